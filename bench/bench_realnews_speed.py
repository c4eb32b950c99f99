"""Provenance cost on real articles as the set grows: CPU per article, growth, peak memory.

    python bench/bench_realnews_speed.py FOLDER [FOLDER...] [--sizes 100,1000] [--compare]

Reads every ``.txt`` of the story folders (laid out by ``bench/realnews_layout.py``) and
builds sets of the requested sizes by duplicating with variation: copy ``k`` of an article
drops a pseudo-random tenth of its paragraphs and changes every 17th word (the variants of
one article are copies of one story, as wire carriers are) and gets outlet ``vK.<outlet>``.
Prints, per size, the CPU seconds of ``infer_provenance`` (sentences, candidates, alignment,
families, findings) per article, its ratio to the smallest size, and the peak resident
memory of a child process that runs it; ``--compare`` also times the whole ``compare``
command (quote extraction, grouping and rules included) on the set written to a temp folder,
with its own growth ratio and peak resident memory. The command runs with
``--plugin-timeout 0``: the default budget is wall-clock time, and on a busy machine a large
set ran past it, the story hook was interrupted and the analyses computed a second time for
the report (the figure then measured neither the work nor the machine).

``--base TREE`` runs every figure a second time with another checkout's code (a folder that
holds its ``quotecheck``, ``rules`` and ``plugins/builtin``: ``git archive REV | tar -x -C
TREE``) in the same run and prints the ratio, so that a change is read against the same
machine load. ``--stages`` prints, for the largest size, the CPU seconds of each stage of one
``compare`` run (loading, quote extraction, provenance, quote alignment, the report; the rule
checks are the rest), measured in the process by wrapping each stage's entry point.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent


def articles(folders: list[str]) -> list[tuple[str, str]]:
    out = []
    for folder in folders:
        for path in sorted(Path(folder).glob("*.txt")):
            out.append((path.name, path.read_text(encoding="utf-8-sig")))
    return out


def variant(text: str, k: int) -> str:
    """Copy ``k`` of ``text``: some paragraphs dropped, every 17th word changed."""
    if k == 0:
        return text
    rng = random.Random(k)
    paras = [p for p in text.split("\n\n") if rng.random() >= 0.1] or [text]
    words = "\n\n".join(paras).split(" ")
    return " ".join(w + "s" if i % 17 == k % 17 else w for i, w in enumerate(words))


def build(base: list, size: int) -> list[tuple[str, str, str]]:
    """``size`` documents ``(id, text, outlet)`` cycling through ``base`` with variants."""
    out = []
    for n in range(size):
        k, (name, text) = divmod(n, len(base))[0], base[n % len(base)]
        outlet = name.split("_", 1)[-1].rsplit(".txt", 1)[0]
        out.append((f"{k}_{name}", variant(text, k), f"v{k}.{outlet}"))
    return out


def _child(folders: list[str], size: int) -> None:
    """Run in a child process: time infer_provenance on one set, print CPU seconds."""
    import time

    from quotecheck.load.loader import load_paths
    from quotecheck.provenance.infer import infer_provenance

    with tempfile.TemporaryDirectory() as tmp:
        write(build(articles(folders), size), Path(tmp))
        docs = load_paths([tmp], role="compared").documents
        t0 = time.process_time()
        infer_provenance(docs, [])
        print(time.process_time() - t0)


def write(docs: list, folder: Path) -> None:
    lines = ['[defaults]', 'language = "en"', '']
    for doc_id, text, outlet in docs:
        (folder / doc_id).write_text(text, encoding="utf-8")
        lines += [f'[files."{doc_id}"]', f'outlet = "{outlet}"', '']
    (folder / "quotecheck-corpus.toml").write_text("\n".join(lines), encoding="utf-8")


def code_env(tree: Optional[str]) -> Optional[dict]:
    """The environment that runs ``tree``'s code (None: this checkout's, as installed)."""
    if tree is None:
        return None
    from same_output import import_root   # the same import folder same_output.py makes

    root = import_root(Path(tree).resolve(), Path(tempfile.gettempdir())
                       / f"bench-speed-root-{os.getpid()}")
    return dict(os.environ, PYTHONPATH=str(root), QUOTECHECK_DISABLE_PLUGIN_AUTOLOAD="1")


def run_size(folders: list[str], size: int, env: Optional[dict] = None) -> tuple[float, float]:
    """(CPU seconds of infer_provenance, peak RSS MB of the child) for one set size."""
    proc = subprocess.run([sys.executable, __file__, "--child", str(size), *folders],
                          capture_output=True, text=True, check=True, env=env)
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return float(proc.stdout.strip().splitlines()[-1]), rss


def compare_cpu(folders: list[str], size: int, env: Optional[dict] = None,
                stages: bool = False) -> tuple[float, float, str]:
    """(CPU seconds, peak RSS MB, stage lines) of one ``compare`` run, in a child that
    reports them."""
    with tempfile.TemporaryDirectory() as tmp:
        write(build(articles(folders), size), Path(tmp))
        flag = "--stages-child" if stages else "--compare-child"
        proc = subprocess.run([sys.executable, __file__, flag, tmp], cwd=ROOT,
                              capture_output=True, text=True, check=True, env=env)
    lines = proc.stdout.rstrip().splitlines()
    cpu, rss = lines[-1].split()
    return float(cpu), float(rss), "\n".join(lines[:-1])


def _compare_child(folder: str) -> None:
    """Run ``quotecheck compare`` in a grandchild; print its CPU seconds and peak RSS MB."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    # cwd is the set's folder, not this checkout: ``python -m`` puts cwd first on sys.path,
    # which ran this checkout's code under --base instead of the base tree's
    proc = subprocess.run([sys.executable, "-m", "quotecheck", *COMPARE_ARGS(folder)],
                          cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.exit(f"compare failed (exit {proc.returncode}): {proc.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(cpu, after.ru_maxrss / 1024)


def COMPARE_ARGS(folder: str) -> list[str]:   # noqa: N802 (a constant list per folder)
    return ["compare", folder, "--format", "json", "--fail-on", "never", "--quiet",
            "--plugin-timeout", "0"]


STAGES = (("loading", "quotecheck.commands.compare", "load_inputs"),
          ("quote extraction", "quotecheck.quotes.extract", "extract_story_quotes"),
          ("provenance", "quotecheck.provenance.infer", "infer_provenance"),
          ("quote alignment", "quotecheck.align.analyse", "analyse_quotes"),
          ("report", "quotecheck.report.output", "emit"))


def _stages_child(folder: str) -> None:
    """Run ``compare`` in this process with each stage's entry point wrapped; print each
    stage's CPU seconds, then the whole run's CPU seconds and peak RSS MB."""
    import importlib
    import time

    spent: dict = {}

    def wrapped(name, fn):
        def run(*args, **kwargs):
            t0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - t0
        return run

    for name, module, attr in STAGES:
        mod = importlib.import_module(module)
        setattr(mod, attr, wrapped(name, getattr(mod, attr)))
    from quotecheck.cli import main as cli_main

    out = sys.stdout
    t0 = time.process_time()
    with open(os.devnull, "w") as sink:
        sys.stdout = sink
        try:
            cli_main(COMPARE_ARGS(folder))
        except SystemExit:
            pass
        finally:
            sys.stdout = out
    total = time.process_time() - t0
    rest = total - sum(spent.values())
    for name, _, _ in STAGES:
        cpu = spent.get(name, 0.0)
        print(f"    {name:18s} {cpu:7.2f} s  {100 * cpu / total:4.0f}%")
    print(f"    {'rule checks, rest':18s} {rest:7.2f} s  {100 * rest / total:4.0f}%")
    print(total, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+")
    ap.add_argument("--sizes", default="100,1000")
    ap.add_argument("--compare", action="store_true")
    ap.add_argument("--base", metavar="TREE", help="also run another checkout's code (ratios)")
    ap.add_argument("--stages", action="store_true",
                    help="CPU of each compare stage at the largest size")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--compare-child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--stages-child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.compare_child:
        _compare_child(args.folders[0])
        return 0
    if args.stages_child:
        _stages_child(args.folders[0])
        return 0
    if args.child:
        _child(args.folders, args.child)
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{len(articles(args.folders))} real articles from {', '.join(args.folders)}")
    runs = [("this tree", None)] + ([("base", code_env(args.base))]
                                    if args.base else [])
    figures: dict = {}
    for size in sizes:
        for label, env in runs:
            cpu, rss = run_size(args.folders, size, env)
            first = figures.setdefault((label, "prov"), (size, cpu))
            ratio = cpu / first[1] if first[1] else float("nan")
            line = (f"n={size:5d} {label:9s} provenance CPU {cpu:7.2f} s = "
                    f"{1000 * cpu / size:6.1f} ms/article  x{ratio:5.1f} time for "
                    f"x{size / first[0]:.0f} articles  peak RSS so far {rss:6.0f} MB")
            if args.compare:
                c, c_rss, _ = compare_cpu(args.folders, size, env)
                first_c = figures.setdefault((label, "compare"), (size, c))
                c_ratio = c / first_c[1] if first_c[1] else float("nan")
                figures[(label, size)] = c
                line += (f"  compare CPU {c:7.2f} s = {1000 * c / size:6.1f} ms/article"
                         f"  x{c_ratio:5.1f}  peak RSS {c_rss:6.0f} MB")
            print(line, flush=True)
        if args.compare and args.base:
            mine, base = figures[(runs[0][0], size)], figures[(runs[1][0], size)]
            print(f"n={size:5d} compare CPU this tree / base = {mine / base:.2f}", flush=True)
    if args.stages:
        for label, env in runs:
            c, c_rss, lines = compare_cpu(args.folders, sizes[-1], env, stages=True)
            print(f"stages of compare at n={sizes[-1]} ({label}): {c:.2f} s CPU in one process, "
                  f"peak RSS {c_rss:.0f} MB\n{lines}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
