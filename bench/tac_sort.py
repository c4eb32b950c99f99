"""Sort TAC guided-summarisation documents into ``<topic>/<docset>/<DOCID>`` folders.

TAC copies often come as one flat folder of ``<DOCID>.<LDC catalogue>.sgm`` files beside the
task's topic file (``GuidedSumm11_test_topics.xml``); ``realnews_layout.py --duc`` wants one
folder per topic, named by its id (``D1101A`` is topic 1). Set A only by default, since set B
holds later documents of the same topics. No text is kept in the repository: the output goes
outside it.

Other copies (TAC 2010's, ``D2/data/selected_files/devtest`` of
github.com/cl-victor1/Multi-Document-Summarization) hold the source's own multi-document files
instead: AQUAINT day files (``19990421_APW_ENG``, ``<DOC>``s with ``<DOCNO>``) or Gigaword month
files (``<DOC id="...">``). A file whose name is not a document id is split into its ``<DOC>``
elements, each written as one file named by its id, byte for byte. Listed documents the folder
lacks (a partial snapshot) are skipped and counted, so a caller can keep only complete topics.
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
_ID_NAME = re.compile(r"[A-Z]{3}(?:_[A-Z]{3}_)?\d{8}\.\d{4}")
_BLOCK = re.compile(rb"<DOC[\s>].*?</DOC>", re.S)
_BLOCK_ID = re.compile(rb"<DOCNO>\s*(\S+?)\s*</DOCNO>|<DOCID>\s*(\S+?)\s*</DOCID>"
                       rb"|\A<DOC\s+id\s*=\s*\"([^\"]+)\"")


def _entries(topics_xml: str, sets: str = "A"):
    """Yield (topic, docset, docid) for every document the topic file lists in ``sets``."""
    for topic in _TOPIC.finditer(topics_xml):
        for docset in _DOCSET.finditer(topic.group(0)):
            if docset.group(1) in sets:
                for docid in _DOC.findall(docset.group(3)):
                    yield topic.group(1), docset.group(2), docid


def plan(topics_xml: str, docs: dict[str, Path | bytes], sets: str = "A"):
    """Yield (topic, docset, docid, file or bytes) for every listed document found in ``docs``."""
    for topic, docset, docid in _entries(topics_xml, sets):
        if docid in docs:
            yield topic, docset, docid, docs[docid]


def listed(topics_xml: str, sets: str = "A") -> set[str]:
    """Every document id the topic file lists in the given docsets."""
    return {docid for _, _, docid in _entries(topics_xml, sets)}


def documents(folder: Path, wanted: set[str]) -> dict[str, Path | bytes]:
    """Document id -> its file (a file named by the id) or its bytes (one ``<DOC>`` of a
    multi-document file), for the ids in ``wanted``."""
    out: dict[str, Path | bytes] = {}
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        name = _CATALOGUE.sub("", path.name)
        if _ID_NAME.fullmatch(name):
            out[name] = path
            continue
        for block in _BLOCK.finditer(path.read_bytes()):
            found = _BLOCK_ID.search(block.group(0))
            raw = next(filter(None, found.groups())) if found else b""
            docid = _CATALOGUE.sub("", raw.decode("latin-1"))
            if docid and docid in wanted:
                out[docid] = block.group(0) + b"\n"
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("topics", type=Path, help="the TAC topic file (XML)")
    ap.add_argument("docs", type=Path, help="flat folder of the documents")
    ap.add_argument("out", type=Path, help="output folder (outside the repository)")
    ap.add_argument("--sets", default="A", help="docsets to keep: A, B or AB (default A)")
    args = ap.parse_args(argv)
    try:
        xml = args.topics.read_text(encoding="latin-1")
        wanted = listed(xml, args.sets.upper())
        docs = documents(args.docs, wanted)
    except OSError as exc:
        print(f"tac_sort: {exc}", file=sys.stderr)
        return 2
    count = 0
    for topic, docset, docid, source in plan(xml, docs, args.sets.upper()):
        folder = args.out / topic / docset
        folder.mkdir(parents=True, exist_ok=True)
        if isinstance(source, bytes):
            (folder / docid).write_bytes(source)
        else:
            shutil.copyfile(source, folder / docid)
        count += 1
    missing = len(wanted - docs.keys())
    note = f" ({missing} listed, not found)" if missing else ""
    print(f"{count} documents -> {args.out}{note}")
    return 0 if count else 1


if __name__ == "__main__":
    sys.exit(main())
