// The policy editor's bundle (run by build.mjs, after `npm ci`): policy-editor.js here with CodeMirror 6 and its
// packages, bundled and minified by esbuild into ../Hosting/policy-editor.js with a first line naming the packages and
// their versions. That file is committed, so that `dotnet build` and `dotnet test` never need Node.
import { bundle } from './bundle.mjs';

await bundle({
  file: 'policy-editor.js',
  title: 'policy editor',
  script: 'build-editor.mjs',
  packages: ['@codemirror/state', '@codemirror/view', '@codemirror/commands', '@codemirror/language', '@codemirror/lint', '@codemirror/autocomplete'],
});
