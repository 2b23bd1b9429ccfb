#!/usr/bin/env python3
"""Adds many texts at once from a tab-separated file: key, en, kk, ky, ru (one text per line, '#' comments).

    python3 localization/tools/resx-batch.py Messages texts.tsv
"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib.util
spec = importlib.util.spec_from_file_location('resx', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'resx.py'))
resx = importlib.util.module_from_spec(spec); spec.loader.exec_module(resx)

catalog, tsv = sys.argv[1], sys.argv[2]
rows = []
with open(tsv, encoding='utf-8') as f:
    for n, line in enumerate(f, 1):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        parts = line.split('\t')
        if len(parts) != 5:
            sys.exit(f'{tsv}:{n}: expected 5 tab-separated fields, got {len(parts)}')
        rows.append(parts)
for i, lang in enumerate(('en', 'kk', 'ky', 'ru'), 1):
    p = resx.path(catalog, lang)
    e = resx.load(p)
    for r in rows:
        e[r[0]] = (r[i], e.get(r[0], ('', None))[1])
    resx.save(p, e)
print(f'{len(rows)} texts written to {catalog}')
