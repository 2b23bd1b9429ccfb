// Builds the web host's front-end bundle from the locked npm packages (run ./build.sh, which runs `npm ci` first):
// htmx's minified build goes to ../Hosting/htmx.min.js with a first line naming the package and version, and that
// file is committed, so that `dotnet build` and `dotnet test` never need Node.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const htmx = join(here, 'node_modules', 'htmx.org');
const { version, license } = JSON.parse(readFileSync(join(htmx, 'package.json'), 'utf8'));
const locked = JSON.parse(readFileSync(join(here, 'package-lock.json'), 'utf8')).packages['node_modules/htmx.org'].version;
if (locked !== version) {
  throw new Error(`node_modules has htmx.org ${version} but package-lock.json locks ${locked}; run npm ci`);
}

const code = readFileSync(join(htmx, 'dist', 'htmx.min.js'), 'utf8').trimEnd();
const banner = `/*! htmx.org@${version} (${license}); built by engine/InternalControl.Web/Frontend/build.mjs, do not edit */`;
writeFileSync(join(here, '..', 'Hosting', 'htmx.min.js'), `${banner}\n${code}\n`);
console.log(`htmx.org@${version} -> Hosting/htmx.min.js`);

// The policy editor's bundle.
await import('./build-editor.mjs');

// The dashboard's charts.
await import('./build-charts.mjs');
