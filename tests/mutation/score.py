#!/usr/bin/env python3
"""Sums up a dotnet-stryker JSON report: mutants by status, the score (killed and timed out over those plus survived and
not covered; compile errors and ignored mutants do not count) and each file's survivors, most first.

    python3 tests/mutation/score.py [path/to/mutation-report.json]   (default: the newest under tests/*/StrykerOutput)
"""
import collections
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def score(counts):
    killed = counts['Killed'] + counts['Timeout']
    scored = killed + counts['Survived'] + counts['NoCoverage']
    return killed, scored, 100 * killed / scored if scored else 0.0


def main():
    reports = sys.argv[1:] or [max(glob.glob(os.path.join(HERE, '..', '*', 'StrykerOutput', '*', 'reports', 'mutation-report.json')), key=os.path.getmtime)]
    report = json.load(open(reports[0], encoding='utf-8'))
    total = collections.Counter()
    files = {}
    for name, data in report['files'].items():
        counts = collections.Counter(m['status'] for m in data['mutants'])
        files[name] = counts
        total += counts
    killed, scored, percent = score(total)
    print(reports[0])
    print(', '.join(f'{status} {count}' for status, count in sorted(total.items())))
    print(f'score {percent:.2f}% ({killed} of {scored})')
    for name, counts in sorted(files.items(), key=lambda f: -(f[1]['Survived'] + f[1]['NoCoverage'])):
        killed, scored, percent = score(counts)
        if scored:
            print(f"{counts['Survived']:5d} survived {counts['NoCoverage']:4d} not covered {percent:6.1f}%  {name.split('/workflows/')[-1].split('/rules/')[-1]}")


if __name__ == '__main__':
    main()
