"""Which context keeps each doubt-verb (QC301) finding a warning: the cue of
:mod:`quotecheck.framing.weighing` that fires, verb drift, 'claim to', or a lemma that is
always a warning (issue 15).

Why: claim/allege are info unless the report weighs them or another rendering says 'said',
insist/maintain unless weighed; to judge which of these strong contexts hold on unseen news
(bench/first_exposure.py) each warning needs its cue. This runs ``compare`` on a laid-out set
in-process with :func:`quotecheck.framing.accounts.doubt_usage` wrapped, and writes
``{"<document>:<start>": {"lemma", "cues", "usage"}}`` (ids, offsets and cue names only).
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
from pathlib import Path


def cues_at(text: str, s0: int, start: int, end: int, previous: str,
            lemma: str = "") -> list[str]:
    """The names of the weighing cues that fire (``weighing.weighing_cues``, all of them;
    ``lemma`` for the lemma-bound conditions: a suspicion weighs 'insist' only where it
    denies, an opener answered by another side does not weigh it)."""
    from quotecheck.framing.weighing import weighing_cues

    return list(weighing_cues(text, s0, start, end, previous, lemma))


def install(record: dict) -> None:
    """Wrap ``doubt_usage`` where checks_framing looks it up, recording each call."""
    from quotecheck.framing import accounts, usage, verbcontext
    import quotecheck_plugins.checks_framing as cf

    original = accounts.doubt_usage

    def wrapped(nar, story, start, end, lemma):
        note = original(nar, story, start, end, lemma)
        s0 = nar.sentence(start)[0]
        cues = cues_at(nar.text, s0, start, end, usage.previous_sentence(nar.text, s0), lemma)
        data = verbcontext.verb_data().get("standard_usage", {})
        if lemma in data.get("account_lemmas", ()) and not note:
            if lemma == "claim" and re.match(r"\s+to\s+[a-z]", nar.text[end:end + 30]):
                cues.append("claim-to")
            if story is not None and accounts.said_elsewhere(story, nar, start, end):
                cues.append("drift")
        o0, _ = nar.original(start, end)
        record[f"{nar.doc.id}:{o0}"] = {"lemma": lemma, "cues": cues, "usage": note}
        return note

    cf.doubt_usage = wrapped


def compare_in_process(folder: Path) -> dict:
    """The JSON report of ``compare`` on ``folder``, run in this process so that a wrapped
    ``doubt_usage`` (:func:`install`, bench/drift_matches.py) sees every call."""
    from quotecheck.cli import main as qc_main
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        try:
            qc_main(["compare", str(folder), "--format", "json", "--fail-on", "never",
                     "--quiet"])
        except SystemExit:
            pass
    return json.loads(buf.getvalue() or "{}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("out", type=Path)
    args = ap.parse_args(argv)
    record: dict = {}
    install(record)
    compare_in_process(args.folder)
    args.out.write_text(json.dumps(record, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(record)} doubt-verb hits recorded")
    return 0


if __name__ == "__main__":
    sys.exit(main())
