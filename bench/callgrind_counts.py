"""Instructions per article of extraction and of ``compare`` under callgrind: a speed figure
that a shared, busy machine does not blur (timed runs there vary by ±15%; instruction counts
by well under 1%).

    python bench/callgrind_counts.py extract [--n 2,32] [--tree TREE]
    python bench/callgrind_counts.py compare [--n 2,40] [--tree TREE]

``extract``: the first N articles of ``bench_extract.seed_corpus()`` (the five seeds with
their names varied), each extracted twice in one process after the lexicons are loaded; the
figure is the second, warm pass (name caches filled, as the best run of bench_extract.py):
(I(N, two passes) - I(N, one pass)) / N. ``compare``: the whole ``quotecheck compare`` command
(``--format json --plugin-timeout 0``) on a folder of the first N of 40 articles taken from six
real sets (7 each of census, spotify, newscluster and energy, 6 each of meter and ecbplus, in
name order; laid out by realnews_layout.py), after one unmeasured run has filled the warm-start
cache and written the modules' bytecode (``PYTHONDONTWRITEBYTECODE`` is unset: a module a larger
set imports lazily would otherwise be compiled inside the measured run); per article = (I(N_max) - I(N_min)) / (N_max - N_min), so start-up cancels out.
``compare --function module:qualname --n 40`` counts the instructions inside one function
(its outermost calls, routed through ``operator.call``) in a whole ``compare`` run on the
folder: where the time goes, deterministically (set it beside the whole run's count).
``--tree`` runs another checkout (a folder holding its ``quotecheck``, ``rules`` and
``plugins/builtin``) instead of this one. Each figure is one callgrind run (about a minute).
Milliseconds follow from the machine's rate: the last quiet timed runs put 2 ms of extraction
near 11.1M instructions (about 5.5 instructions per ns).
"""
from __future__ import annotations

import argparse
import gc
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the options of every counted compare run (the whole run's and --function's are one command)
COMPARE_OPTIONS = ("--format", "json", "--plugin-timeout", "0", "--fail-on", "never",
                   "-o", os.devnull)
SETS = (("census", 7), ("spotify", 7), ("newscluster", 7), ("energy", 7), ("meter", 6),
        ("ecbplus", 6))


def path_root(tree: Path, scratch: Path) -> Path:
    """A folder of links that puts ``tree``'s packages first on the import path."""
    scratch.mkdir(parents=True, exist_ok=True)
    for name, target in (("quotecheck", tree / "quotecheck"), ("quotecheck_rules", tree / "rules"),
                         ("quotecheck_plugins", tree / "plugins" / "builtin")):
        link = scratch / name
        if not link.exists():
            link.symlink_to(target.resolve(), target_is_directory=True)
    return scratch


def callgrind(argv: list[str], env: dict, out: Path, options: tuple = ()) -> int:
    """Instructions (Ir) of one run of ``argv`` under callgrind (run from ``out``'s folder:
    ``python -m`` would import this checkout from the current folder)."""
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *options, *argv],
                   env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   cwd=out.parent)
    text = out.read_text()
    found = re.search(r"^(?:summary|totals):\s*(\d+)", text, re.M)
    return int(found.group(1))


def wrap(spec: str) -> None:
    """Route the outermost calls of function ``module:qualname`` through ``operator.call``, the
    C function that ``--toggle-collect=_operator_call`` counts inside: its own instructions."""
    import importlib
    import operator

    module, _, qual = spec.partition(":")
    owner = importlib.import_module(module)
    *path, name = qual.split(".")
    for part in path:
        owner = getattr(owner, part)
    func = owner.__dict__[name] if isinstance(owner, type) else getattr(owner, name)
    depth = [0]

    def counted(*args, **kwargs):
        if depth[0]:
            return func(*args, **kwargs)
        depth[0] += 1
        try:
            return operator.call(func, *args, **kwargs)
        finally:
            depth[0] -= 1

    setattr(owner, name, counted)
    if not isinstance(owner, type):     # the names other modules imported it under
        for mod in list(sys.modules.values()):
            if getattr(mod, "__name__", "").startswith("quotecheck"):
                for key, value in list(vars(mod).items()):
                    if value is func:
                        setattr(mod, key, counted)


def extract_child(n: int, passes: int, wrapped: str = "") -> None:
    """Run in the measured process: load, warm up on another article, extract ``passes`` times
    (with ``wrapped``, that function is wrapped before the last pass)."""
    import quotecheck   # from PYTHONPATH (--tree), before bench_extract puts this tree first

    print("quotecheck from", quotecheck.__file__, file=sys.stderr)
    sys.path.insert(0, str(ROOT / "bench"))
    import bench_extract
    from quotecheck.model import Document
    from quotecheck.quotes.extract import extract_quotes
    from quotecheck.text.textview import TextView

    texts = bench_extract.seed_corpus()     # all 1,000 held, as in bench_extract.py (the
    # garbage collector's passes grow with the objects alive: 3% of the count)
    docs = [Document(f"d{i}", f"d{i}.txt", t, TextView.identity(t)) for i, t in enumerate(texts)]
    extract_quotes(docs[-1])  # lexicons and patterns, outside the articles counted
    gc.freeze()     # the corpus and lexicons stay out of the collector's passes: a full pass
    # over them lands in one version's counted pass and not another's (±10% of the count)
    for k in range(passes):
        if wrapped and k == passes - 1:
            for spec in wrapped.split(","):
                wrap(spec)
        for doc in docs[:n]:
            extract_quotes(doc)


def compare_child(folder: str, wrapped: str) -> None:
    """Run in the measured process: ``compare`` on ``folder`` with the functions ``wrapped``
    (their modules imported, and so outside the count, before the command starts)."""
    from quotecheck import cli

    for spec in wrapped.split(","):
        wrap(spec)
    cli.main(["compare", folder, *COMPARE_OPTIONS])


def compare_folder(n: int, scratch: Path) -> Path:
    """A folder holding copies of the first ``n`` of the 40 articles (a link leading out of
    the folder would be skipped by the loader)."""
    paths = []
    for name, k in SETS:
        paths += sorted(Path("/tmp/realnews", name).glob("*.txt"))[:k]
    folder = scratch / f"compare{n}"
    folder.mkdir(parents=True, exist_ok=True)
    for p in paths[:n]:
        (folder / f"{p.parent.name}-{p.name}").write_bytes(p.read_bytes())
    return folder


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stage", choices=("extract", "compare", "extract-child",
                                                 "compare-child"))
    ap.add_argument("--n", default="")
    ap.add_argument("--passes", type=int, default=1)
    ap.add_argument("--tree", default=str(ROOT))
    ap.add_argument("--folder", default="",
                    help="compare --function: count on this folder of articles instead "
                         "(a real set; --n is then ignored)")
    ap.add_argument("--function", default="",
                    help="the instructions spent inside these functions (module:qualname, "
                         "comma-separated, none calling another; outermost calls): extract's "
                         "warm pass; compare's whole run on each --n folder")
    args = ap.parse_args(argv)
    if args.stage == "extract-child":
        extract_child(int(args.n), args.passes, args.function)
        return 0
    if args.stage == "compare-child":
        compare_child(args.n, args.function)
        return 0
    scratch = Path(tempfile.mkdtemp(prefix="qc-callgrind-"))
    env = dict(os.environ, PYTHONPATH=str(path_root(Path(args.tree), scratch / "path")),
               XDG_CACHE_HOME=str(scratch / "cache"), QUOTECHECK_DISABLE_PLUGIN_AUTOLOAD="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)    # warm: modules load from their bytecode
    env["PYTHONHASHSEED"] = "0"     # set orders, and so the counts, the same in every run
    py = sys.executable
    if args.stage == "extract":
        n = int(args.n or 32)
        me = [py, str(Path(__file__).resolve()), "extract-child", "--n", str(n)]
        subprocess.run(me[:-1] + ["1"], env=env, check=True, cwd=scratch,   # bytecode written
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if args.function:
            inside = callgrind(me + ["--passes", "2", "--function", args.function], env,
                               scratch / "cgf", ["--collect-atstart=no",
                                                 "--toggle-collect=_operator_call"])
            print(f"{args.function}: warm per article {inside / n / 1e6:.3f}M instructions")
            return 0
        one = callgrind(me + ["--passes", "1"], env, scratch / "cg1")
        two = callgrind(me + ["--passes", "2"], env, scratch / "cg2")
        print(f"extract, {args.tree}: one pass {one:,}, two passes {two:,}; "
              f"warm per article {(two - one) / n / 1e6:.3f}M instructions")
        return 0
    sizes = [int(s) for s in (args.n or "2,40").split(",")]
    counts = []
    if args.folder:
        sizes = [len(list(Path(args.folder).glob("*.txt")))]
    for n in sizes:
        folder = Path(args.folder).resolve() if args.folder else compare_folder(n, scratch)
        cmd = [py, "-m", "quotecheck", "compare", str(folder), *COMPARE_OPTIONS]
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       cwd=scratch)
        if args.function:
            me = [py, str(Path(__file__).resolve()), "compare-child", "--n", str(folder),
                  "--function", args.function]
            inside = callgrind(me, env, scratch / f"cgf{n}", ["--collect-atstart=no",
                                                             "--toggle-collect=_operator_call"])
            print(f"compare {n} articles, {args.function}: {inside:,} instructions, "
                  f"{inside / n / 1e6:.3f}M per article")
            continue
        counts.append(callgrind(cmd, env, scratch / f"cgc{n}"))
        print(f"compare {n} articles: {counts[-1]:,} instructions")
    if args.function:
        return 0
    per = (counts[-1] - counts[0]) / (sizes[-1] - sizes[0])
    print(f"compare, {args.tree}: per article {per / 1e6:.3f}M instructions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
