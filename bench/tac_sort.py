"""Sort TAC guided-summarisation documents into ``<topic>/<docset>/<DOCID>`` folders.

TAC copies often come as one flat folder of ``<DOCID>.<LDC catalogue>.sgm`` files beside the
task's topic file (``GuidedSumm11_test_topics.xml``); ``realnews_layout.py --duc`` wants one
folder per topic, named by its id (``D1101A`` is topic 1). Set A only by default, since set B
holds later documents of the same topics. No text is kept in the repository: the output goes
outside it.
"""
from __future__ import annotations

import argparse
import re
import shutil
import sys
from pathlib import Path

_TOPIC = re.compile(r'<topic\s+id\s*=\s*"([\w-]+)".*?</topic>', re.S)
_DOCSET = re.compile(r'<docset([AB])\s+id\s*=\s*"([\w-]+)"\s*>(.*?)</docset\1>', re.S)
_DOC = re.compile(r'<doc\s+id\s*=\s*"([\w.-]+)"')
_CATALOGUE = re.compile(r"\.LDC\w+(\.sgml?)?$|\.sgml?$")


def plan(topics_xml: str, docs: dict[str, Path], sets: str = "A"):
    """Yield (topic, docset, docid, path) for every listed document found in ``docs``."""
    for topic in _TOPIC.finditer(topics_xml):
        for docset in _DOCSET.finditer(topic.group(0)):
            if docset.group(1) not in sets:
                continue
            for docid in _DOC.findall(docset.group(3)):
                if docid in docs:
                    yield topic.group(1), docset.group(2), docid, docs[docid]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("topics", type=Path, help="the TAC topic file (XML)")
    ap.add_argument("docs", type=Path, help="flat folder of the documents")
    ap.add_argument("out", type=Path, help="output folder (outside the repository)")
    ap.add_argument("--sets", default="A", help="docsets to keep: A, B or AB (default A)")
    args = ap.parse_args(argv)
    try:
        xml = args.topics.read_text(encoding="latin-1")
        docs = {_CATALOGUE.sub("", p.name): p for p in args.docs.iterdir() if p.is_file()}
    except OSError as exc:
        print(f"tac_sort: {exc}", file=sys.stderr)
        return 2
    count = 0
    for topic, docset, docid, path in plan(xml, docs, args.sets.upper()):
        folder = args.out / topic / docset
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, folder / docid)
        count += 1
    print(f"{count} documents -> {args.out}")
    return 0 if count else 1


if __name__ == "__main__":
    sys.exit(main())
