"""Severity follows confidence: a loaded label or an evaluative word whose loaded reading
depends on what it is said of, at info where the words around it show a plain use ('terrorists
bombed the tower', 'leftist rebels', 'a brutal schedule' of a team, 'suspected racists').

The contexts are data (``[[contexts]]`` of ``rules/data/framing-referents.toml``, then of
``rules/data/framing-ideologies.toml``: ideology nouns as categories, issue 15; with their
what, why and examples): the first whose tests all hold gives its note (the finding is info);
none holding keeps the warning. The test is the same for every outlet. The tables of
``policy = "first-exposure"`` (weak classes, info by default) apply only while the run's
``framing-weak-classes`` setting is "info" (:func:`weak_classes`); "warning" switches them
off, so each word keeps its rule's severity. A table with ``keeps_warning = true`` works the
other way: where it holds the search stops and the warning stays (the narrator's own label
stacked on another judgement, 'these left-wing terrorists'), so no later table, a weak
class's default included, lowers it.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from typing import Any, NamedTuple

from quotecheck.framing.eras import long_past
from quotecheck.framing.quoteterms import words_pattern


class Context(NamedTuple):
    """One context of plain use, compiled: its words, note and tests (None: no such test)."""
    words: frozenset
    note: str
    before: "re.Pattern | None"
    unless_before: "re.Pattern | None"
    name_before: "re.Pattern | None"
    after: "re.Pattern | None"
    heads: "re.Pattern | None"
    name_head: bool
    cues: "re.Pattern | None"
    against: "re.Pattern | None"
    not_in_headline: bool
    policy: bool                # a weak class's table (policy = "first-exposure")
    keep: bool                  # keeps_warning = true: holding keeps the warning
    sentence_only: bool         # window = "sentence": cues and against read in its sentence
    era: "int | None" = None    # era = N: its clause dates what it names N years back or more


# "info": the first-exposure tables apply (the default); "warning": they do not
_WEAK_CLASSES: ContextVar = ContextVar("framing_weak_classes", default="info")


@contextmanager
def weak_classes(setting: "str | None"):
    """Run the checks inside with the ``framing-weak-classes`` setting ``setting`` ("info",
    the default, or "warning"; None keeps the current one)."""
    token = _WEAK_CLASSES.set(setting or _WEAK_CLASSES.get())
    try:
        yield
    finally:
        _WEAK_CLASSES.reset(token)


# up to two words after the word, then the head: 'a brutal [road] schedule'
_NEXT_WORDS = re.compile(r"[ \t]+([a-z][a-z\-]*)(?:[ \t]+([a-z][a-z\-]*))?(?:[ \t]+([a-z][a-z\-]*))?")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


def _expand(words, groups: dict) -> list:
    """The words of a cue list, '@name' replaced by the list ``name`` of ``[cues]``."""
    out: list = []
    for w in words:
        w = str(w)
        out.extend(groups.get(w[1:], ()) if w.startswith("@") else [w])
    return out


IDEOLOGIES = "framing-ideologies"
"""The data file of ideology nouns used as categories (issue 15), read after the referents'."""


@lru_cache(maxsize=1)
def contexts() -> tuple[Context, ...]:
    """The ``[[contexts]]`` of the data file, compiled once."""
    from quotecheck.resources.ruledata import load_data

    data = load_data("framing-referents")
    groups = data.get("cues", {})
    weak = {str(w).lower() for e in data.get("contexts", ()) if e.get("policy") == "first-exposure"
            for w in e.get("words", ())}
    out = []
    entries = list(data.get("contexts", ())) + list(load_data(IDEOLOGIES).get("contexts", ()))
    for entry in entries:
        words = {str(w).lower() for w in entry.get("words", ())}
        if entry.get("words_from") == "first-exposure":     # the weak classes' words, but ...
            words |= weak - {str(w).lower() for w in entry.get("except_words", ())}
        before, after = entry.get("before"), entry.get("after")
        unless, named = entry.get("unless_before"), entry.get("name_before")
        out.append(Context(
            frozenset(words), str(entry.get("note", "")),
            re.compile(before) if before else None, re.compile(unless) if unless else None,
            re.compile(named) if named else None,
            re.compile(after) if after else None,
            words_pattern(entry.get("heads", ())), bool(entry.get("name_head", False)),
            words_pattern(_expand(entry.get("cues", ()), groups)),
            words_pattern(_expand(entry.get("against", ()), groups)),
            bool(entry.get("not_in_headline", False)),
            entry.get("policy") == "first-exposure", bool(entry.get("keeps_warning", False)),
            entry.get("window") == "sentence",
            int(entry["era"]) if "era" in entry else None))
    return tuple(out)


@lru_cache(maxsize=1)
def class_defaults() -> frozenset:
    """The notes of the tables that lower a weak class whole (``policy = "first-exposure"``):
    a more particular reason the checks find (a designation, nature) is given before them."""
    return frozenset(ctx.note for ctx in contexts() if ctx.policy)


def plain_use(nar: Any, start: int, end: int) -> "str | None":
    """The note of the first context of plain use that holds for the word at narration
    ``[start, end)`` (the finding is then info), or None (the warning stays). A weak class's
    table counts only under ``framing-weak-classes = "info"``; a table that keeps the warning
    ends the search with None where it holds."""
    word = nar.text[start:end].lower()
    weak = _WEAK_CLASSES.get() == "info"
    for ctx in contexts():
        if (word in ctx.words or "*" in ctx.words) and (weak or not ctx.policy) \
                and _holds(ctx, nar, start, end):
            return None if ctx.keep else ctx.note
    return None


def _holds(ctx: Context, nar: Any, start: int, end: int) -> bool:
    if ctx.not_in_headline and nar.in_headline(start):
        return False                            # the outlet's own headline: its label
    s0, s1 = nar.sentence(start)
    if ctx.before is not None and not ctx.before.search(nar.text, s0, start):
        return False
    if ctx.unless_before is not None or ctx.name_before is not None or ctx.after is not None:
        o, oe = nar.original(start, end)        # the tests read in the original's case
        lo = max(0, o - 80)
        if ctx.unless_before is not None and ctx.unless_before.search(nar.doc.text, lo, o):
            return False                        # 'Hale's'
        if ctx.name_before is not None and not ctx.name_before.search(nar.doc.text, lo, o):
            return False                        # a name before it: 'the Harbour 9 terrorist'
        if ctx.after is not None and not ctx.after.match(nar.doc.text, oe):
            return False
    if ctx.heads is not None and not _head_after(ctx, nar, start, end):
        return False
    if ctx.era is not None and not long_past(nar, start, end, ctx.era):
        return False
    if ctx.cues is None and ctx.against is None:
        return True
    lo, hi = s0, s1
    if not ctx.sentence_only:                   # the sentences either side too
        lo = nar.sentence(s0 - 1)[0] if s0 > 0 else s0
        hi = nar.sentence(s1)[1] if s1 < len(nar.text) else s1
    window = nar.text[lo:hi]
    if ctx.cues is not None and not ctx.cues.search(window):
        return False
    return ctx.against is None or not ctx.against.search(window)


def _head_after(ctx: Context, nar: Any, start: int, end: int) -> bool:
    """One of the context's heads within two words after the word (three for a two-word
    head such as 'road trip'), or a capitalised word right after it under ``name_head``."""
    if ctx.name_head:
        _, e = nar.original(start, end)
        if _CAPITAL_AFTER.match(nar.doc.text, e):
            return True
    m = _NEXT_WORDS.match(nar.text, end)
    if not m:
        return False
    words = [w for w in m.groups() if w]
    pairs = [" ".join(words[i:i + 2]) for i in range(len(words) - 1)]
    return any(ctx.heads.fullmatch(w) for w in words[:2] + pairs)
