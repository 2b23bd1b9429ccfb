#!/usr/bin/env python3
"""Picks a seeded random sample of the code lines of the workflow library's database half (everything but the files
run.sh's `workflows-pure` mutates) and prints them as dotnet-stryker `--mutate` patterns, one per file, each line a
character span: `**/Runtime/WorkflowRuntime.cs{1200..1290}{3000..3050}`. The mutants on the sampled lines estimate the
score of the whole half, whose full run takes many hours on a 2-core machine.

    python3 tests/mutation/sample-lines.py LINES SEED
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..', '..', 'workflows', 'InternalControl.Workflows')
PURE = ('Definitions/', 'Diagrams/', 'Runtime/CaseMachine', 'Tasks/FormValidator.cs', 'Outbox/QuietHours.cs')
TRIVIAL = ('{', '}', '};', '});', '],', ')', '(')


def code_lines():
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = sorted(d for d in dirs if d not in ('bin', 'obj'))
        for name in sorted(f for f in files if f.endswith('.cs')):
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, ROOT).replace(os.sep, '/')
            if relative.startswith(PURE):
                continue
            offset = 0
            with open(path, encoding='utf-8-sig') as source:
                text = source.read()
            for line in text.split('\n'):
                stripped = line.strip()
                if stripped and not stripped.startswith(('//', 'using ', 'namespace ')) and stripped not in TRIVIAL:
                    yield relative, offset, offset + len(line)
                offset += len(line) + 1


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    lines = list(code_lines())
    random.seed(int(sys.argv[2]))
    picked = sorted(random.sample(lines, int(sys.argv[1])))
    print(f'{len(lines)} code lines, {len(picked)} sampled', file=sys.stderr)
    spans = {}
    for relative, start, end in picked:
        spans.setdefault(relative, []).append(f'{{{start}..{end}}}')
    for relative, file_spans in spans.items():
        print(f'**/{relative}' + ''.join(file_spans))


if __name__ == '__main__':
    main()
