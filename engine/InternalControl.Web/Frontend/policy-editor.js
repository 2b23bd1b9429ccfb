// The policy editor (/policy/editor): CodeMirror 6 over the overlay's textarea. Diagnostics come from the real compiler
// through the page's JSON endpoint as one types; completion offers the policy language's keywords, fact types, fields,
// functions and the attached policy's parameters in the language the overlay is written in. The textarea stays the
// form's field (the editor writes every change back), so tests, preview and attach post what is on screen.
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, lineNumbers, highlightActiveLine, drawSelection } from '@codemirror/view';
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { StreamLanguage, syntaxHighlighting, defaultHighlightStyle } from '@codemirror/language';
import { linter, lintGutter } from '@codemirror/lint';
import { autocompletion, completionKeymap } from '@codemirror/autocomplete';

const data = JSON.parse(document.getElementById('policy-editor-data').textContent);
const textarea = document.getElementById('overlay-text');
const host = document.getElementById('overlay-editor');
const list = document.getElementById('diagnostics');
const token = document.querySelector('#overlay-form input[name="__RequestVerificationToken"]').value;
let language = data.language;

const lower = (w) => w.toLocaleLowerCase();
const allWords = (kind) => new Set(Object.values(data.words).flatMap((w) => w[kind]).map(lower));
const keywords = allWords('keywords');
const types = allWords('types');
const fields = allWords('fields');
const functions = allWords('functions');

// Colours by the same kinds as the reading page: keywords, types, fields, functions, strings, numbers, comments.
const policyLanguage = StreamLanguage.define({
  token(stream) {
    if (stream.eatSpace()) return null;
    if (stream.match('--')) { stream.skipToEnd(); return 'comment'; }
    if (stream.match(/^"[^"]*"?/) || stream.match(/^«[^»]*»?/)) return 'string';
    if (stream.match(/^\d{4}-\d{2}-\d{2}/) || stream.match(/^\d+(\.\d+)?/)) return 'number';
    if (stream.match(/^[\p{L}_][\p{L}\p{N}_]*/u)) {
      const word = lower(stream.current());
      if (keywords.has(word)) return 'keyword';
      if (types.has(word)) return 'typeName';
      if (fields.has(word)) return 'propertyName';
      if (functions.has(word)) return 'function';
      return 'variableName';
    }
    stream.next();
    return 'operator';
  },
});

function render(diagnostics) {
  list.replaceChildren();
  if (diagnostics.length === 0) {
    const ok = document.createElement('p');
    ok.className = 'muted';
    ok.textContent = data.texts.none;
    list.append(ok);
    return;
  }
  const ul = document.createElement('ul');
  for (const d of diagnostics) {
    const li = document.createElement('li');
    li.className = d.severity === 'error' ? 'error' : 'warning';
    li.dataset.line = d.line;
    const at = d.line > 0 ? data.texts.at.replace('{line}', d.line).replace('{column}', d.column) + ': ' : '';
    li.textContent = `${at}${d.code}: ${d.message}`;
    ul.append(li);
  }
  list.append(ul);
}

async function check(view) {
  const body = new URLSearchParams({ text: view.state.doc.toString(), __RequestVerificationToken: token });
  const response = await fetch(data.check, { method: 'POST', body, credentials: 'same-origin' });
  if (!response.ok) return [];
  const result = await response.json();
  language = result.language;
  render(result.diagnostics);
  const doc = view.state.doc;
  return result.diagnostics.filter((d) => d.overlay && d.line >= 1 && d.line <= doc.lines).map((d) => {
    const line = doc.line(d.line);
    const from = Math.min(line.from + Math.max(d.column - 1, 0), line.to);
    const to = Math.min(Math.max(from + d.length, from), doc.length);
    return { from, to, severity: d.severity, message: `${d.code}: ${d.message}` };
  });
}

function complete(context) {
  const word = context.matchBefore(/[\p{L}_][\p{L}\p{N}_]*/u);
  if (!word || (word.from === word.to && !context.explicit)) return null;
  const words = data.words[language] ?? data.words.en;
  const options = [
    ...words.keywords.map((label) => ({ label, type: 'keyword', detail: data.texts.keyword })),
    ...words.types.map((label) => ({ label, type: 'type', detail: data.texts.type })),
    ...words.fields.map((label) => ({ label, type: 'property', detail: data.texts.field })),
    ...words.functions.map((label) => ({ label, type: 'function', detail: data.texts.function })),
    ...words.parameters.map((p) => ({ label: p.name, type: 'variable', detail: data.texts.parameter, info: p.detail })),
  ];
  return { from: word.from, options, validFor: /^[\p{L}\p{N}_]*$/u };
}

const view = new EditorView({
  parent: host,
  state: EditorState.create({
    doc: textarea.value,
    extensions: [
      lineNumbers(),
      history(),
      drawSelection(),
      highlightActiveLine(),
      policyLanguage,
      syntaxHighlighting(defaultHighlightStyle),
      lintGutter(),
      linter(check, { delay: 400 }),
      autocompletion({ override: [complete] }),
      keymap.of([...completionKeymap, ...defaultKeymap, ...historyKeymap]),
      EditorView.contentAttributes.of({ 'aria-label': data.texts.label }),
      // Line numbers dark enough to read (WCAG AA contrast) on the gutter's background.
      EditorView.theme({ '.cm-gutters': { color: '#4a5260', backgroundColor: '#f0f2f5' } }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) textarea.value = update.state.doc.toString();
      }),
    ],
  }),
});

textarea.hidden = true;
textarea.setAttribute('aria-hidden', 'true');
host.hidden = false;
window.policyEditor = view;
