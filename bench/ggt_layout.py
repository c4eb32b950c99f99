"""Lay out the Gender Gap Tracker's human-annotated quotations as a brat folder for eval_brat.

The GGT evaluation table (sfu-discourse-lab/GenderGapTracker, ``AnnotationTable_byArticle_
withReplacementArticles.xlsx``; 98 Canadian news articles, 7 outlets, one annotator) holds each
article's ``articleBodyText`` and a JSON list of quotations (direct, indirect and mixed) with
``quote``, ``speaker``, ``verb``, their ``(start,end)`` indices and ``reference``, the
annotator's full name for the speaker (also for pronoun speakers and quotes without one).

The stated indices drift from the stored text (by up to ~60 code points in most articles), so
every string is located in the text: the occurrence of the quote nearest its stated start (words
may be separated by any whitespace), then the speaker and the cue nearest their stated starts
shifted by the quote's drift, within ``WINDOW`` characters of the quote. A quotation whose
text is not found is left out (counted).

``--blank-dot-lines``: 20 of the table's texts (mostly CBC) mark paragraph breaks with a line
holding only " ." (``"\n .\n "``; the same articles in the project's ``rawtext.zip`` have a
blank line); the option writes that dot as a space, so offsets are unchanged and the break is
a blank line again. Without it the text is written as stored.

Writes ``OUTLET_ID.txt`` (the text, never committed) and ``OUTLET_ID.ann`` in PolNeAR's scheme:
``E Attribution:T Content:T [Source:T] [Cue:T]`` and ``#N AnnotatorNotes T<Attribution>
reference``; eval_brat.py ignores the notes, eval_ggt.py scores speakers against them.

  python bench/ggt_layout.py TABLE.xlsx /tmp/ggt
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
DOT_LINE = re.compile(r'(?<=\n)[ \t]*\.[ \t]*(?=\n)')   # a paragraph break in some exports
WINDOW = 400          # a speaker or cue further than this from its quotation is not taken


def read_table(path: Path) -> list:
    """Rows of the first sheet as {header: value} dicts (stdlib only: shared strings, values)."""
    z = zipfile.ZipFile(path)
    strings = [''.join(t.text or '' for t in si.iter(SHEET + 't'))
               for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall(SHEET + 'si')]
    rows = []
    for r in ET.fromstring(z.read('xl/worksheets/sheet1.xml')).iter(SHEET + 'row'):
        row = {}
        for c in r.findall(SHEET + 'c'):
            v = c.find(SHEET + 'v')
            col = re.match(r'[A-Z]+', c.get('r')).group()
            if v is not None:
                row[col] = strings[int(v.text)] if c.get('t') == 's' else v.text
        rows.append(row)
    header = rows[0]
    return [{header[k]: v for k, v in row.items() if k in header} for row in rows[1:]]


def stated(index: str) -> tuple | None:
    """``"(12,40)"`` as (12, 40); None when empty or malformed."""
    m = re.fullmatch(r'\s*\(\s*(\d+)\s*,\s*(\d+)\s*\)\s*', index or '')
    return (int(m.group(1)), int(m.group(2))) if m else None


def locate(text: str, s: str, hint: int, window: int | None = None) -> tuple | None:
    """(start, end) of the occurrence of ``s`` (stripped; any whitespace between its words)
    nearest ``hint``; None if absent or, given ``window``, further than that from ``hint``."""
    words = s.split()
    if not words:
        return None
    pattern = r'\s+'.join(map(re.escape, words))
    hits = [(abs(m.start() - hint), m.start(), m.end()) for m in re.finditer(pattern, text)]
    if not hits:
        return None
    dist, a, b = min(hits)
    return (a, b) if window is None or dist <= window else None


def article_ann(text: str, quotes: list, tally: Counter) -> list:
    """brat lines for one article's quotations (see the module docstring)."""
    lines, t = [], 0
    for n, q in enumerate(quotes, 1):
        at = stated(q.get('quote_index'))
        content = locate(text, q.get('quote') or '', at[0] if at else 0)
        if not content:
            tally['quotation not found in the text'] += 1
            continue
        drift = content[0] - at[0] if at else 0
        roles = [('Content', content)]
        for role, field, idx in (('Source', 'speaker', 'speaker_index'),
                                 ('Cue', 'verb', 'verb_index')):
            st = stated(q.get(idx))
            hint = st[0] + drift if st else content[0]
            found = locate(text, q.get(field) or '', hint, WINDOW)
            if found and not (content[0] <= found[0] and found[1] <= content[1]):
                roles.append((role, found))
            elif (q.get(field) or '').strip():
                tally[f'{field} not found near its quotation'] += 1
        trigger = dict(roles).get('Cue', content)
        roles.append(('Attribution', trigger))
        ids = []
        for role, (a, b) in roles:
            t += 1
            lines.append(f"T{t}\t{role} {a} {b}\t{' '.join(text[a:b].split())}")
            ids.append(f"{role}:T{t}")
        lines.append(f"E{n}\t" + " ".join([ids[-1]] + ids[:-1]))
        ref = ' '.join((q.get('reference') or '').split())
        if ref:
            lines.append(f"#{n}\tAnnotatorNotes T{t}\t{ref}")
        tally['quotations laid out'] += 1
    return lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('table', type=Path, help='AnnotationTable_byArticle_...xlsx')
    ap.add_argument('out', type=Path, help='folder to write (outside the repository)')
    ap.add_argument('--blank-dot-lines', action='store_true',
                    help='write the " ." paragraph-break lines as blank lines (same length)')
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    tally = Counter()
    for row in read_table(args.table):
        text = row.get('articleBodyText') or ''
        if args.blank_dot_lines:
            text = DOT_LINE.sub(lambda m: m.group().replace('.', ' '), text)
        doc = re.search(r'[0-9a-f]{24}', row.get('_id') or '')
        try:
            quotes = json.loads(row.get('quotations') or '[]', strict=False)
        except json.JSONDecodeError:
            tally['article whose quotation list is no valid JSON (left out)'] += 1
            continue
        if not doc or not text:
            tally['row without id or text (left out)'] += 1
            continue
        stem = re.sub(r'\W+', '-', (row.get('outlet') or 'unknown').casefold()) + '_' + doc.group()
        (args.out / f'{stem}.txt').write_text(text, encoding='utf-8')
        ann = article_ann(text, quotes, tally)
        (args.out / f'{stem}.ann').write_text('\n'.join(ann) + '\n', encoding='utf-8')
        tally['articles'] += 1
    for k, v in sorted(tally.items()):
        print(f'{v:6d}  {k}', file=sys.stderr)
    return 0


if __name__ == '__main__':
    raise SystemExit(main())
