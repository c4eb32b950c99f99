"""Which sentences of other documents keep each QC301 'claim'/'allege' a warning through
verb drift, with the features that would tell a rendering of the same report from a topical
match (issue 15, drift22).

Why: [drift] of rules/data/framing-verbs.toml keeps 'claimed'/'alleged' a warning where
another document has a sentence with a neutral verb ('said') that shares enough of the claim's
content words. To test whether a stricter reading of "the same report" (the claimant as the
neutral verb's speaker, more shared words, the words in the claim's order, shared word pairs,
a derivation link between the two documents) separates real from false drift, each drift hit
needs those features. This runs ``compare`` in-process with
:func:`quotecheck.framing.accounts.doubt_usage` wrapped (as bench/doubt_cues.py does) and
writes ``{"<document>:<start>": {"lemma", "subject", "claim_words", "matches": [{"doc", "start",
"end", "shared", "named", "speaker", "in_order", "pairs", "derived"}]}}``: ids, offsets and
counts only, no text. Run it on an open set; tally with --judgements and --report.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from doubt_cues import compare_in_process  # noqa: E402  (compare run in-process, as there)


def _in_order(a: list, b: list) -> int:
    """Longest common subsequence of two word lists (the shared words in the same order)."""
    row = [0] * (len(b) + 1)
    for x in a:
        prev = 0
        for j, y in enumerate(b):
            cur = row[j + 1]
            row[j + 1] = prev + 1 if x == y else max(row[j + 1], row[j])
            prev = cur
    return row[-1]


def _pairs(a: list, b: list) -> int:
    """Adjacent word pairs of ``a`` that are adjacent in ``b`` too."""
    return len(set(zip(a, a[1:])) & set(zip(b, b[1:])))


def _speaker(text: str, s: int, e: int, subject: str) -> bool:
    """Whether ``subject`` stands in the speaker slot of a neutral verb of ``text[s:e]`` (in
    the five words before the verb or the three after it: 'Moderna says', 'said Moderna')."""
    from quotecheck.framing import accounts

    for m in accounts._neutral_pattern().finditer(text, s, e):
        near = (accounts._WORD.findall(text[max(s, m.start() - 80):m.start()])[-5:]
                + accounts._WORD.findall(text[m.end():min(e, m.end() + 40)])[:3])
        if subject in {accounts._key(w) for w in near}:
            return True
    return False


def matches(story, nar, start: int, end: int, derived: set) -> dict:
    """The drift features of the claim at narration ``[start, end)`` (module docstring)."""
    from quotecheck.framing import accounts
    from quotecheck.framing.refutations import SENTENCE_STOP
    from quotecheck.text.sentences import split_sentences

    stop = SENTENCE_STOP.search(nar.text, end, min(len(nar.text), end + 400))
    o0, o1 = nar.original(end, stop.start() if stop else min(len(nar.text), end + 400))
    cfg = accounts._settings()
    claim = accounts._keys(nar.doc.text[o0:o1])[:cfg["max_words"]]
    words = set(claim)
    need = max(cfg["min_shared"], int(cfg["min_share"] * len(words) + 0.999))
    need_unnamed = max(need, int(cfg["min_share_unnamed"] * len(words) + 0.999))
    subject = accounts._subject(nar, start)
    verbs, pronoun = accounts._neutral_pattern(), accounts._pronoun_pattern()
    out = []
    for doc in story.documents:
        if doc.id == nar.doc.id:
            continue
        text = doc.text
        for s, e in split_sentences(text):
            if not verbs.search(text, s, e):
                continue
            keys = accounts._keys(text[s:e])
            shared = len(words & set(keys))
            named = subject is not None and subject in keys
            if not (shared >= need if named else (subject is None or bool(
                    pronoun.search(text, s, e))) and shared >= need_unnamed):
                continue
            out.append({"doc": doc.id, "start": s, "end": e, "shared": shared,
                        "named": named, "speaker": bool(named and _speaker(text, s, e, subject)),
                        "in_order": _in_order(claim, keys), "pairs": _pairs(claim, keys),
                        "derived": frozenset((doc.id, nar.doc.id)) in derived})
    return {"subject": subject, "claim_words": len(words), "need": need, "matches": out}


def run(folder: Path) -> dict:
    """Run ``compare`` on ``folder`` and record the drift features of every drift hit."""
    from quotecheck.framing import accounts, verbcontext
    import quotecheck_plugins.checks_framing as cf

    record: dict = {}
    hits: list = []
    original = accounts.doubt_usage

    def wrapped(nar, story, start, end, lemma):
        note = original(nar, story, start, end, lemma)
        lemmas = verbcontext.verb_data().get("standard_usage", {}).get("account_lemmas", ())
        if lemma in lemmas and not note and story is not None and accounts.said_elsewhere(
                story, nar, start, end):
            hits.append((nar, story, start, end, lemma))
        return note

    cf.doubt_usage = wrapped
    report = compare_in_process(folder)
    derived = {frozenset((e["source"], e["derived"])) for e in report.get("provenance", [])}
    for fam in report.get("families", []):
        members = set(fam["members"]) | set(fam.get("partial", []))
        derived |= {frozenset((a, b)) for a in members for b in members if a != b}
    for nar, story, start, end, lemma in hits:
        o0, _ = nar.original(start, end)
        record[f"{nar.doc.id}:{o0}"] = {"lemma": lemma, **matches(story, nar, start, end,
                                                                   derived)}
    return record


def tally(record: dict, report: Path, judgements: Path) -> None:
    """Per feature rule, the drift warnings of ``report`` it would keep: real/false."""
    from judged_totals import verdicts

    verdict = verdicts(judgements)
    found = {f"{x['document']}:{x['start']}": x for x in json.loads(report.read_text())[
        "findings"] if x["code"] == "QC301" and x["severity"] in ("warning", "error")}
    rules = {"all": lambda m: True, "speaker": lambda m: m["speaker"] or not m["named"],
             "shared>=4": lambda m: m["shared"] >= 4, "in_order>=4": lambda m: m["in_order"] >= 4,
             "pairs>=2": lambda m: m["pairs"] >= 2, "derived": lambda m: m["derived"]}
    for name, rule in rules.items():
        got = {"real": 0, "false": 0, "unjudged": 0}
        for key, hit in record.items():
            if key in found and any(rule(m) for m in hit["matches"]):
                got[verdict.get(found[key]["fingerprint"], "unjudged")] += 1
        print(f"{name:12} kept {got}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--report", type=Path, help="the set's saved compare report (tally)")
    ap.add_argument("--judgements", type=Path, help="the set's judgements CSV (tally)")
    args = ap.parse_args(argv)
    record = run(args.folder)
    args.out.write_text(json.dumps(record, indent=0, sort_keys=True), encoding="utf-8")
    print(f"{len(record)} drift hits recorded")
    if args.report and args.judgements:
        tally(record, args.report, args.judgements)
    return 0


if __name__ == "__main__":
    sys.exit(main())
