"""Helpers of the framing reading tests: the warnings (or infos) a short text raises, as
(code, words)."""
from __future__ import annotations

from quotecheck.framing.narration import narration_for
from quotecheck.load.loader import load_text
from quotecheck.plugins.run import run_checks
from quotecheck.resources.ruledata import load_data
from quotecheck.story import Story


def _findings(rs, text, select):
    """The document made of ``text`` and the findings of one run of the ``select`` rules."""
    doc = load_text(text, id="example")
    return doc, run_checks(Story([doc]), rs.with_selection(select=select), documents=[doc])


def narration_opinion(text, url=None):
    """Why the narration of a one-document story of ``text`` (at ``url``, if given) reads as
    opinion (its quotations masked, as a run reads it), or None."""
    doc = load_text(text, id="d", meta={"url": url} if url else None)
    return narration_for(Story([doc]), doc).opinion


def assert_opinion_example(example, reason_start: str) -> None:
    """An ``opinion-voice.toml`` example (``text``, ``opinion``, perhaps ``url``) read as its
    ``opinion`` says: opinion for the reason starting ``reason_start``, else news."""
    reason = narration_opinion(example["text"], example.get("url"))
    if example["opinion"]:
        assert reason is not None and reason.startswith(reason_start)
    else:
        assert reason is None


def closing_bio_report() -> str:
    """The report under the closing bio of ``[closing_bio]``'s opinion example
    (``opinion-voice.toml``): a column's body with no mark of its genre, for tests that put
    their own last paragraph under it (:func:`with_foot`)."""
    column = next(e["text"] for e in load_data("opinion-voice")["closing_bio"]["examples"]
                  if e["opinion"])
    return column.rstrip("\n").rpartition("\n\n")[0]


def with_foot(body: str, foot: str) -> str:
    """``body`` closed by ``foot`` as its own last paragraph."""
    return body + "\n\n" + foot + "\n"


def story_findings(rs, texts):
    """(document index, severity, word) of the QC301 findings of a story of ``texts``."""
    docs = [load_text(t, id=f"d{i}") for i, t in enumerate(texts)]
    found = run_checks(Story(docs), rs.with_selection(select="QC301"))
    ids = {d.id: (i, d) for i, d in enumerate(docs)}
    return sorted((ids[f.document][0], f.severity, ids[f.document][1].text[f.start:f.end])
                  for f in found)


def pair_findings(rs, peer: str, text: str):
    """:func:`story_findings` of a story of two documents: a peer report, then ``text``."""
    return story_findings(rs, [peer, text])


def by_severity(rs, text, select="QC3") -> dict:
    """severity -> [(code, flagged words)] of the findings ``text`` raises under ``select``:
    one run of the checks for tests that look at several severities."""
    doc, found = _findings(rs, text, select)
    out: dict = {"warning": [], "info": [], "error": []}
    for f in found:
        out.setdefault(f.severity, []).append((f.code, doc.text[f.start:f.end]))
    return out


def warnings(rs, text, select="QC3"):
    """(code, flagged words) of each warning ``text`` raises under the ``select`` rules."""
    return by_severity(rs, text, select)["warning"]


def warned_words(rs, text, code):
    """The words, lower-cased, that raise a ``code`` warning in ``text``."""
    return [w.lower() for c, w in warnings(rs, text, code) if c == code]


def quoted_use(word):
    """A report in which ``word`` stands only inside a speaker's quotation."""
    return f"\u201cThat was {word},\u201d the senator said on Monday."


def infos(rs, text, select="QC3"):
    """(code, flagged words) of each info-level finding ``text`` raises under ``select``."""
    return by_severity(rs, text, select)["info"]


def at_info_only(rs, text, code, words) -> bool:
    """Whether ``text`` reports ``words`` under ``code`` at info and not as a warning (the
    shape of every 'plain use lowered to info' test), from one run of the checks. An info
    that has no reason but the first-exposure policy (:func:`weak_only`) does not count: a
    test of a context or an exception must fail when that context stops applying, even for
    a word of a weak class (or a 'so-called', info by its rule)."""
    doc, found = _findings(rs, text, code)
    at = [(f.severity, weak_only(f)) for f in found
          if (f.code, doc.text[f.start:f.end]) == (code, words)]
    return bool(at) and all(sev == "info" and not weak for sev, weak in at)


def doubted(rs, text, select="QC3"):
    """(code, flagged words) of each finding ``text`` raises in the narrator's doubt: every
    warning, and a 'claim' or 'allege' at info for no reason but issue 15's account policy
    (quotecheck.framing.accounts: a party's account the report does not weigh) or a word at
    info for no reason but the first-exposure policy (:func:`weak_only`). Tests that pin
    that an exception does not apply to a plain claim read this: the exception's own reason
    would show in the finding's note."""
    doc, found = _findings(rs, text, select)
    return [(f.code, doc.text[f.start:f.end]) for f in found
            if f.severity == "warning" or account_only(f) or weak_only(f)]


def flagged(rs, text, select="QC3"):
    """(code, flagged words) of each warning ``text`` raises, and of each finding at info for
    no reason but the first-exposure severity policy (issue 15: a weak class is info by
    default, :func:`weak_only`). Tests that pin a sense, a context or a reported view (not the
    severity calibration) read this: a word the rule treats as the narrator's loaded use."""
    doc, found = _findings(rs, text, select)
    return [(f.code, doc.text[f.start:f.end]) for f in found
            if f.severity == "warning" or weak_only(f)]


def weak_only(finding) -> bool:
    """Whether ``finding`` is at info for no reason but the first-exposure policy: a weak
    class's table of rules/data/framing-referents.toml (``policy = "first-exposure"``) gave
    its note, or it is a 'so-called' (rule severity info) with no note of its own."""
    if finding.severity != "info":
        return False
    if finding.code == "QC321":
        return "(info:" not in finding.message
    return any(finding.message.endswith(f"(info: {note})") for note in _weak_notes())


def _weak_notes() -> tuple:
    from quotecheck.resources.ruledata import load_data

    return tuple(c["note"] for c in load_data("framing-referents")["contexts"]
                 if c.get("policy") == "first-exposure")


def account_only(finding) -> bool:
    """Whether ``finding`` is at info for no reason but issue 15's account policy."""
    from quotecheck.framing.verbcontext import verb_data

    note = verb_data()["standard_usage"]["account_note"]
    return finding.severity == "info" and finding.message.endswith(f"(info: {note})")


def doubt_codes(found, severity=None):
    """(code, severity) of findings, a 'claim' lowered only by the account policy, or a word
    only by the first-exposure policy, counted as the warning it is without that policy (see
    :func:`doubted`)."""
    out = [(f.code, "warning" if account_only(f) or weak_only(f) else f.severity)
           for f in found]
    return [c for c in out if severity is None or c[1] == severity]


def context_cases(name: str):
    """One ``pytest.param(kind, text, word, policy)`` per example of every ``[[contexts]]``
    table of rules/data/``name``.toml (framing-referents, framing-ideologies): ``kind`` is
    'info' or 'warning', ``policy`` whether the table is a weak class's (policy =
    "first-exposure")."""
    import pytest
    from quotecheck.resources.ruledata import load_data

    for i, ctx in enumerate(load_data(name)["contexts"]):
        for j, ex in enumerate(ctx.get("examples", ())):
            kind = "info" if "info" in ex else "warning"
            policy = ctx.get("policy") == "first-exposure"
            yield pytest.param(kind, ex[kind], ex["word"], policy, id=f"{i}-{j}-{kind}")


def assert_contexts_documented(name: str) -> None:
    """rules/data/``name``.toml says what, why and its licence; each context table its name,
    what, why, note and words, with an info and a warning example, and each info example
    shows one of the table's words."""
    from quotecheck.resources.ruledata import load_data

    data = load_data(name)
    assert data["what"] and data["why"] and data["licence"] == "MIT"
    for ctx in data["contexts"]:
        assert ctx["name"] and ctx["what"] and ctx["why"] and ctx["note"] and ctx["words"]
        kinds = {("info" if "info" in ex else "warning") for ex in ctx["examples"]}
        assert kinds == {"info", "warning"}, ctx["name"]
        for ex in ctx["examples"]:       # an info example shows one of the table's words
            assert "info" not in ex or ex["word"].lower() in ctx["words"] \
                or "*" in ctx["words"], ex


def assert_context_example(rs, kind, text, word, policy) -> None:
    """A context's info example is info; its warning example is a word the context does not
    lower (a weak class's default, the first-exposure policy, counted as the warning it would
    otherwise be, except for that policy's own tables)."""
    warned = [w for _, w in (warnings if policy else flagged)(rs, text, "QC33")]
    if kind == "info":
        assert word not in warned, text
        assert word in [w for _, w in infos(rs, text, "QC33")], text
    else:
        assert word in warned, text
