// The policy editor's bundle (run by build.mjs, after `npm ci`): policy-editor.js here with CodeMirror 6 and its
// packages, bundled and minified by esbuild into ../Hosting/policy-editor.js with a first line naming the packages and
// their versions. That file is committed, so that `dotnet build` and `dotnet test` never need Node.
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

const packages = ['@codemirror/state', '@codemirror/view', '@codemirror/commands', '@codemirror/language', '@codemirror/lint', '@codemirror/autocomplete'];
const named = packages.map((name) => `${name}@${version(name)}`).join(', ');
await build({
  entryPoints: [join(here, 'policy-editor.js')],
  outfile: join(here, '..', 'Hosting', 'policy-editor.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  legalComments: 'none',
  banner: { js: `/*! policy editor: ${named} (MIT); built by engine/InternalControl.Web/Frontend/build-editor.mjs with esbuild@${version('esbuild')}, do not edit */` },
});
console.log(`${named} -> Hosting/policy-editor.js`);
