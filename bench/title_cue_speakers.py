"""Count quotations given a speaker right after a title or slogan cue (issue 12).

A quotation opened right after "titled", "entitled", "headlined", "headline", "under the
title", "slogan(s)", "motto", "catchphrase" or "hashtag" (a comma or colon allowed between)
names a work or a slogan: no speaker says it. This counts the direct and partial quotations
of a folder of JSON reports (the contract; e.g. written by brat_reports.py) that still carry
one, and lists them with --list.

    python bench/title_cue_speakers.py /tmp/e30_dev [--list]
"""
import argparse
import json
import re
import sys
from pathlib import Path

CUE = re.compile(r"\b(?:titled|entitled|headlined|headline|under[ \t\u00a0]+the[ \t\u00a0]+title|"
                 r"slogans?|motto|catchphrase|hashtag)[ \t\u00a0]*[,:]?[ \t\u00a0]*\Z", re.I)
OPENERS = "\"'\u201c\u2018\u00ab"


def cue_before(text: str, start: int) -> bool:
    """True when the quotation starting at ``start`` opens right after a cue word."""
    i = start
    while i > 0 and text[i - 1] in OPENERS:      # the opening mark(s) before the quoted words
        i -= 1
    return i < start and CUE.search(text, max(0, i - 40), i) is not None


def scan(folder: Path):
    """Yield (document, quotation) of each direct/partial quotation with a speaker after a cue."""
    for report in sorted(folder.glob("*.json")):
        data = json.loads(report.read_text(encoding="utf-8"))
        texts = {}
        for doc in data.get("documents", []):
            path = Path(doc["path"])
            texts[doc["id"]] = path.read_text(encoding="utf-8") if path.exists() else ""
        for q in data.get("quotes", []):
            if q.get("kind") in ("direct", "partial") and q.get("speaker"):
                text = texts.get(q["document"], "")
                if text and cue_before(text, q["start"]):
                    yield q["document"], q, text


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--list", action="store_true", help="print each quotation found")
    args = ap.parse_args(argv)
    for folder in args.folders:
        hits = list(scan(folder))
        print(f"{folder}: {len(hits)} quotations given a speaker after a title/slogan cue")
        if args.list:
            for doc, q, text in hits:
                lead = text[max(0, q["start"] - 40):q["start"]].replace("\n", " ")
                print(f"  {doc} {q['start']}: ...{lead}{q['text'][:60]!r} -> {q['speaker']!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
