"""Find corpus text left in the repository: runs of N or more words (default 8) that a file of
the tree shares with a measurement corpus.

Most public corpora the project measures with carry no licence, so their text must never be
committed, not even as a comment, a docstring, a rule example or a test snippet. This tool is
the review check for that rule. It collects every N-word run of the scanned files once, reads
each corpus file once, and reports, per file of the tree, the shared runs with overlapping
hits merged into one span (so a copied sentence of 12 words is one hit of 12, not five of 8).

    python bench/corpus_runs.py                       # default corpora and areas, 8 words
    python bench/corpus_runs.py --words 6 tests/      # shorter runs, only tests/
    python bench/corpus_runs.py --summary             # counts per area only

Default corpora: the open sets (each /tmp/realnews/<set> with pair labels in bench/labels and
not named in bench/labels/reserve.txt, the rule bench/measure_sets.sh uses) and
/tmp/polnear/train and dev. Only those: never point it at a reserved set or a test split.
Words are lower-cased runs of letters and digits (curly apostrophes folded), so a run matches
across line breaks, comment markers and punctuation. Exit status 1 when any run is found.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
DEFAULT_AREAS = ("quotecheck", "plugins", "rules", "docs", "bench", "README.md")
SKIP_CORPUS_SUFFIXES = {".ann", ".xml", ".json", ".csv", ".toml"}
SKIP_TREE_SUFFIXES = {".pyc", ".png", ".jpg", ".gz", ".zip", ".sqlite", ".db"}


def words(text: str) -> list[tuple[str, int]]:
    """The words of ``text`` with their code-point offsets (lower-cased, apostrophes folded)."""
    folded = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    return [(m.group(), m.start()) for m in WORD.finditer(folded)]


def open_sets(realnews: Path = Path("/tmp/realnews"), labels: Path = ROOT / "bench" / "labels"
              ) -> list[Path]:
    """The laid-out sets with pair labels, less the untuned reserve (never read by this tool):
    the sets ``bench/measure_sets.sh`` measures by default, so the list never goes stale."""
    reserve_file = labels / "reserve.txt"
    reserve = set()
    if reserve_file.is_file():
        reserve = {line.strip() for line in reserve_file.read_text().splitlines()
                   if line.strip() and not line.startswith("#")}
    if not realnews.is_dir():
        return []
    return [d for d in sorted(realnews.iterdir()) if d.is_dir() and d.name not in reserve
            and (labels / f"{d.name}_pairs.csv").is_file()]


def default_corpora() -> list[Path]:
    """The open sets and PolNeAR train/dev (never test, never a reserve)."""
    return open_sets() + [Path("/tmp/polnear/train"), Path("/tmp/polnear/dev")]


def tree_files(paths: list[Path]) -> list[Path]:
    """Text files under ``paths``, skipping binaries, caches and, inside a folder, the label
    files (ids and class names); a file named itself is always read, labels included."""
    out = []
    for path in paths:
        if path.is_file():
            out.append(path)
            continue
        found = sorted(p for p in path.rglob("*") if p.is_file())
        out += [p for p in found if p.suffix not in SKIP_TREE_SUFFIXES
                and "__pycache__" not in p.parts and "labels" not in p.parts]
    return out


class Index:
    """Every n-word run of the scanned texts, keyed by the run's hash, with where it occurs."""

    def __init__(self, n: int):
        self.n = n
        self.texts: dict[str, tuple[str, list[tuple[str, int]]]] = {}
        self.where: dict[int, list[tuple[str, int]]] = defaultdict(list)
        self.hit: dict[str, set[int]] = defaultdict(set)
        self.sources: dict[int, set[str]] = defaultdict(set)

    def add(self, name: str, text: str) -> None:
        ws = words(text)
        self.texts[name] = (text, ws)
        toks = [w for w, _ in ws]
        for i in range(len(toks) - self.n + 1):
            self.where[hash(tuple(toks[i:i + self.n]))].append((name, i))

    def read_corpus(self, label: str, text: str) -> None:
        """Mark every scanned run that ``text`` (a corpus document) also holds."""
        toks = [w for w, _ in words(text)]
        for i in range(len(toks) - self.n + 1):
            key = hash(tuple(toks[i:i + self.n]))
            if key in self.where:
                for name, at in self.where[key]:
                    self.hit[name].add(at)
                    self.sources[key].add(label)

    def runs(self, name: str) -> list[tuple[int, int, int, str, set[str]]]:
        """Merged hits of one scanned text: (start, end offsets, word count, text, corpora)."""
        text, ws = self.texts[name]
        toks = [w for w, _ in ws]
        out, starts = [], sorted(self.hit.get(name, ()))
        i = 0
        while i < len(starts):
            first = last = starts[i]
            while i + 1 < len(starts) and starts[i + 1] <= last + self.n:
                i += 1
                last = starts[i]
            i += 1
            end_word = last + self.n - 1
            start, end = ws[first][1], ws[end_word][1] + len(ws[end_word][0])
            labels = set()
            for j in range(first, last + 1):
                labels |= self.sources.get(hash(tuple(toks[j:j + self.n])), set())
            out.append((start, end, end_word - first + 1, text[start:end], labels))
        return out


def scan(tree: list[Path], corpora: list[Path], n: int, root: Path = ROOT) -> dict:
    """{file name: merged runs} for the ``tree`` files sharing n-word runs with ``corpora``."""
    index = Index(n)
    for path in tree:
        try:
            name = str(path.relative_to(root))
        except ValueError:
            name = str(path)
        index.add(name, path.read_text(errors="ignore"))
    for corpus in corpora:
        for doc in sorted(p for p in corpus.rglob("*") if p.is_file()):
            if doc.suffix not in SKIP_CORPUS_SUFFIXES:
                index.read_corpus(corpus.name, doc.read_text(errors="ignore"))
    return {name: index.runs(name) for name in sorted(index.hit)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help="files or folders of the tree (default: the areas)")
    ap.add_argument("--words", type=int, default=8, help="shortest run reported (default 8)")
    ap.add_argument("--corpus", action="append", type=Path, help="corpus folder (repeatable)")
    ap.add_argument("--summary", action="store_true", help="counts per area only")
    args = ap.parse_args(argv)
    paths = [ROOT / p for p in (args.paths or DEFAULT_AREAS)]
    if not args.paths:
        paths = [p for p in paths if p.exists()]
    found = scan(tree_files(paths), args.corpus or default_corpora(), args.words)
    areas: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name, runs in found.items():
        area = name.split("/")[0]
        areas[area][0] += 1
        areas[area][1] += len(runs)
        if args.summary:
            continue
        for start, _end, count, text, labels in runs:
            line = found and 1 + (ROOT / name).read_text(errors="ignore")[:start].count("\n")
            print(f"{name}:{line}: {count} words [{','.join(sorted(labels))}] "
                  f"{' '.join(text.split())[:160]}")
    for area, (files, runs) in sorted(areas.items()):
        print(f"# {area}: {files} files, {runs} runs", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
