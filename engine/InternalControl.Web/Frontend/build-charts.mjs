// The dashboard's chart bundle (run by build.mjs, after `npm ci`): dashboard-charts.js here with the parts of Chart.js
// it registers, bundled and minified by esbuild into ../Hosting/dashboard-charts.js with a first line naming the
// package and its version. That file is committed, so that `dotnet build` and `dotnet test` never need Node.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const lock = JSON.parse(readFileSync(join(here, 'package-lock.json'), 'utf8')).packages;

function version(name) {
  const installed = JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8')).version;
  const locked = lock[`node_modules/${name}`].version;
  if (locked !== installed) {
    throw new Error(`node_modules has ${name} ${installed} but package-lock.json locks ${locked}; run npm ci`);
  }
  return installed;
}

const named = ['chart.js', '@kurkle/color'].map((name) => `${name}@${version(name)}`).join(', ');
await build({
  entryPoints: [join(here, 'dashboard-charts.js')],
  outfile: join(here, '..', 'Hosting', 'dashboard-charts.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  legalComments: 'none',
  banner: { js: `/*! dashboard charts: ${named} (MIT); built by engine/InternalControl.Web/Frontend/build-charts.mjs with esbuild@${version('esbuild')}, do not edit */` },
});
console.log(`${named} -> Hosting/dashboard-charts.js`);
