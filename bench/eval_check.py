"""Held-out ``check`` evaluation: drafts against sources, expected findings and exit status.

Each folder under ``tests/eval/drafts/`` holds drafts and ``expect.json`` (its ``sources`` key
names the sources folder, relative to the draft folder, default ``sources/``),
which gives per draft the exit status, the findings expected (``category`` and ``at``, text of the
draft the finding's span must overlap) and ``silent`` quotes that no finding may overlap.
Runs the real CLI, ``python -m quotecheck check DRAFT --sources DIR --format json --no-cache``,
from a temporary folder (no configuration file applies). A draft passes when every expected
finding is there, every silent quote is silent and the exit status is right; each of those is
also counted as a case.

Run: ``python bench/eval_check.py [--verbose]`` from the repository root.
Set ``QUOTECHECK_CODE=DIR`` to measure another copy of the code (for example an export of HEAD).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = Path(os.environ.get("QUOTECHECK_CODE") or ROOT)  # the quotecheck tree to measure
sys.path.insert(0, str(CODE))
DRAFTS = ROOT / "tests" / "eval" / "drafts"


def run_check(draft: Path, sources: Path, in_process: bool = False) -> tuple[int, dict, str]:
    """Exit status, parsed JSON report and stderr of one CLI run.

    ``in_process`` calls ``quotecheck.cli.main`` in this interpreter (same arguments, faster
    for the test suite) instead of a ``python -m quotecheck`` subprocess.
    """
    args = ["check", str(draft), "--sources", str(sources), "--format", "json", "--no-cache"]
    if in_process:
        return _run_in_process(args)
    env = dict(os.environ, PYTHONPATH=str(CODE) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run([sys.executable, "-m", "quotecheck", *args],
                              cwd=tmp, env=env, capture_output=True, text=True, timeout=120)
    try:
        report = json.loads(proc.stdout)
    except ValueError:  # a crash: keep the last line of stderr to show
        report = {"findings": [], "crash": (proc.stderr.strip().splitlines() or ["?"])[-1]}
    return proc.returncode, report, proc.stderr.strip()


def _run_in_process(args: list) -> tuple[int, dict, str]:
    import contextlib
    import io

    from quotecheck.cli import main

    out, err = io.StringIO(), io.StringIO()
    here = os.getcwd()
    with tempfile.TemporaryDirectory() as tmp:
        os.chdir(tmp)
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(args)
        except Exception as exc:  # a crash is a failed case, not a failed evaluation
            code, err = 99, io.StringIO(f"{type(exc).__name__}: {exc}")
        finally:
            os.chdir(here)
    try:
        report = json.loads(out.getvalue())
    except ValueError:
        report = {"findings": [], "crash": (err.getvalue().strip().splitlines() or ["?"])[-1]}
    return code, report, err.getvalue().strip()


def _span(text: str, words: str) -> tuple[int, int]:
    i = text.find(words)
    if i < 0:
        raise SystemExit(f"expectation text not found in draft: {words!r}")
    return i, i + len(words)


def _overlaps(a, b) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def evaluate_draft(folder: Path, name: str, exp: dict, sources: Path,
                   in_process: bool = False) -> list:
    """Case results (case, ok, detail) for one draft checked against ``sources``."""
    draft = folder / name
    text = draft.read_text(encoding="utf-8")
    code, report, err = run_check(draft, sources, in_process)
    found = [f for f in report.get("findings", []) if f.get("document") == name
             and not f.get("suppressed")]
    shown = "; ".join(f"{f['severity']} {f['category']} {text[f['start']:f['end']]!r}"
                      for f in found) or "no findings"
    if "crash" in report:
        shown = f"CRASH: {report['crash']}"
    exit_ok = code == exp["exit"] and "crash" not in report
    out = [{"case": f"{name}: exit {exp['exit']}", "ok": exit_ok,
            "detail": f"exit {code}; {shown}" + ("" if code in (0, 1) else f"; {err}")}]
    for e in exp["expect"]:
        span = _span(text, e["at"])
        hit = [f for f in found if f["category"] == e["category"]
               and _overlaps((f["start"], f["end"]), span)]
        out.append({"case": f"{name}: {e['category']} at {e['at'][:50]!r}", "ok": bool(hit),
                    "detail": shown})
    for words in exp["silent"]:
        span = _span(text, words)
        bad = [f for f in found if _overlaps((f["start"], f["end"]), span)]
        out.append({"case": f"{name}: silent on {words[:50]!r}", "ok": not bad,
                    "detail": "; ".join(f"{f['severity']} {f['category']}: {f['message']}"
                                        for f in bad)})
    return out


def evaluate(in_process: bool = False) -> dict:
    """{set/draft: [case results]} for every draft set."""
    res = {}
    for folder in sorted(p for p in DRAFTS.iterdir() if (p / "expect.json").is_file()):
        spec = json.loads((folder / "expect.json").read_text(encoding="utf-8"))
        sources = (folder / spec.get("sources", "sources")).resolve()
        for name, exp in spec["drafts"].items():
            res[f"{folder.name}/{name}"] = evaluate_draft(folder, name, exp, sources, in_process)
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbose", "-v", action="store_true", help="details of passing cases too")
    args = ap.parse_args(argv)
    res = evaluate()
    drafts_ok = cases = cases_ok = 0
    for name, rows in res.items():
        ok = all(r["ok"] for r in rows)
        drafts_ok += ok
        cases += len(rows)
        cases_ok += sum(r["ok"] for r in rows)
        print(f"{'PASS' if ok else 'FAIL'} {name}")
        for r in rows:
            if args.verbose or not r["ok"]:
                print(f"    {'ok  ' if r['ok'] else 'FAIL'} {r['case']}")
                if r["detail"]:
                    print(f"         {r['detail']}")
    print(f"check: {drafts_ok}/{len(res)} drafts pass, {cases_ok}/{cases} cases pass")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
