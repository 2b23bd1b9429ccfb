#!/usr/bin/env python3
"""Adds or updates one text in a resource catalog, in all four languages at once.

    python3 localization/tools/resx.py Messages Import.UnknownClass \
        --en "..." --kk "..." --ky "..." --ru "..." [--comment "..."]

Catalogs live in localization/InternalControl.Localization/Resources/<Catalog>[.kk|.ky|.ru].resx;
the neutral file is English. Files are created when missing. Keys stay sorted so that diffs stay small.
"""
import argparse, os, sys
import xml.etree.ElementTree as ET

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'InternalControl.Localization', 'Resources')
HEADER = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''

def path(catalog, lang):
    return os.path.join(HERE, f'{catalog}.resx' if lang == 'en' else f'{catalog}.{lang}.resx')

def load(p):
    if not os.path.exists(p):
        return {}
    root = ET.parse(p).getroot()
    out = {}
    for d in root.findall('data'):
        out[d.get('name')] = (d.findtext('value') or '', d.findtext('comment'))
    return out

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def save(p, entries):
    with open(p, 'w', encoding='utf-8') as f:
        f.write(HEADER)
        for k in sorted(entries):
            v, c = entries[k]
            f.write(f'  <data name="{esc(k)}" xml:space="preserve">\n    <value>{esc(v)}</value>\n')
            if c:
                f.write(f'    <comment>{esc(c)}</comment>\n')
            f.write('  </data>\n')
        f.write('</root>\n')

def main():
    a = argparse.ArgumentParser()
    a.add_argument('catalog'); a.add_argument('key')
    for l in ('en', 'kk', 'ky', 'ru'):
        a.add_argument('--' + l, required=True)
    a.add_argument('--comment')
    args = a.parse_args()
    for l in ('en', 'kk', 'ky', 'ru'):
        p = path(args.catalog, l)
        e = load(p)
        e[args.key] = (getattr(args, l), args.comment if l == 'en' else None)
        save(p, e)

if __name__ == '__main__':
    sys.exit(main())
