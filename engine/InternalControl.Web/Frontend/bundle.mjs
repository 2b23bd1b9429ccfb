// What the two bundles share (build-editor.mjs, build-charts.mjs): a package's version, checked against
// package-lock.json, and an esbuild run that bundles and minifies one file here into ../Hosting under the same name,
// with a first line naming the packages, their versions and the script that built it.
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

export async function bundle({ file, title, packages, script }) {
  const named = packages.map((name) => `${name}@${version(name)}`).join(', ');
  await build({
    entryPoints: [join(here, file)],
    outfile: join(here, '..', 'Hosting', file),
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    legalComments: 'none',
    banner: { js: `/*! ${title}: ${named} (MIT); built by engine/InternalControl.Web/Frontend/${script} with esbuild@${version('esbuild')}, do not edit */` },
  });
  console.log(`${named} -> Hosting/${file}`);
}
