// The dashboard's charts (/dashboard): Chart.js bar charts drawn from the numbers of the tables on the page. Each chart
// is a <div class="chart" hidden> that names its table (data-chart-table), the series it draws (data-chart-series, keys
// of the table's header cells) and its accessible name (data-chart-label, already in the reader's language). The
// table stays under the chart for screen readers and for printing, and it is the whole page without JavaScript: this
// script only unhides the chart and draws it. Numbers come from data-value attributes (invariant culture), labels from
// the rows' data-label, so the chart shows exactly the table's figures.
import { Chart, BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

// The site's accent for this quarter and a grey for last quarter: both distinguishable from each other in greyscale
// print (the tables carry the numbers anyway).
const colours = ['#1f5fa8', '#9aa5b5', '#0b5d5b', '#6b4400'];

function draw(holder) {
  const table = document.getElementById(holder.dataset.chartTable);
  if (!table) {
    return;
  }

  const keys = holder.dataset.chartSeries.split(' ');
  const headers = keys.map((key) => table.querySelector(`thead th[data-series="${key}"]`));
  const rows = [...table.querySelectorAll('tbody tr')];
  const labels = rows.map((row) => row.dataset.label ?? row.cells[0].textContent.trim());
  const datasets = keys.map((key, i) => ({
    label: headers[i] ? headers[i].textContent.trim() : key,
    backgroundColor: colours[i % colours.length],
    data: rows.map((row) => {
      const cell = row.querySelector(`[data-series="${key}"]`);
      return cell && cell.dataset.value !== undefined && cell.dataset.value !== '' ? Number(cell.dataset.value) : null;
    }),
  }));

  const box = document.createElement('div');
  box.style.position = 'relative';
  box.style.height = `${Math.max(14, Math.min(28, 6 + rows.length * 1.4))}rem`;
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', holder.dataset.chartLabel);
  canvas.textContent = holder.dataset.chartLabel;
  box.appendChild(canvas);
  holder.appendChild(box);
  holder.hidden = false;
  const percent = holder.dataset.chartMax === '100';
  // eslint-disable-next-line no-new
  new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets },
    options: {
      maintainAspectRatio: false,
      animation: false,
      indexAxis: holder.dataset.chartAxis === 'y' ? 'y' : 'x',
      scales: { [holder.dataset.chartAxis === 'y' ? 'x' : 'y']: percent ? { min: 0, max: 100 } : { beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { display: datasets.length > 1 } },
    },
  });
}

function start() {
  document.querySelectorAll('div.chart[data-chart-table]').forEach(draw);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
