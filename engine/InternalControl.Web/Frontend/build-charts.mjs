// The dashboard's chart bundle (run by build.mjs, after `npm ci`): dashboard-charts.js here with the parts of Chart.js
// it registers, bundled and minified by esbuild into ../Hosting/dashboard-charts.js with a first line naming the
// package and its version. That file is committed, so that `dotnet build` and `dotnet test` never need Node.
import { bundle } from './bundle.mjs';

await bundle({ file: 'dashboard-charts.js', title: 'dashboard charts', script: 'build-charts.mjs', packages: ['chart.js', '@kurkle/color'] });
