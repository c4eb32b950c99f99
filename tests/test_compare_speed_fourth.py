"""The faster steps of ``compare`` (issue 11, fourth pass) decide exactly what the plain ones did.

Each test keeps the plain form as the reference: the rewritten chrome and code patterns
against the patterns they replace, on hypothesis-generated lines of our own words; n-grams
and capitals lines against the per-word loops; one matching view per document; and the
collector off for the run and back on after it.
"""
from __future__ import annotations

import gc
import re

from align_fixtures import doc
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.align.renderings import matching
from quotecheck.commands.compare import fewer_collections
from quotecheck.framing.narration import Narration
from quotecheck.load.boilerplate import _patterns as chrome_patterns
from quotecheck.load.furniture import rules as furniture_rules
from quotecheck.provenance.derivation import prepare
from quotecheck.provenance.lifted import _capitals_line, _grams
from quotecheck.text.normalize import matching_view

# pieces that meet the patterns' words, boundaries, marks and line ends
_PIECES = ["var", "x", "Var ", " ", "  ", "\n", "\n\n", "\t", "window", ".", "document",
           "googletag", "dataLayer", "_", "é", "Ã", "\u0303", "\u00a9", "via reuters", "photo:",
           "file photo", "/", "/ ", "AP", "Reuters", "Getty Images", "all rights reserved",
           "please don't copy", "support", "us", "the ", "our ", "!", "Nosupport", "a"]
_lines = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)

# the patterns as they were before the rewrite (same flags as the rule data compiles them)
_OLD_CODE = {"var": r"\bvar\s{1,3}\w", "window": r"\bwindow\.\w",
             "document": r"\bdocument\.\w", "googletag": r"\bgoogletag\b",
             "dataLayer": r"\bdataLayer\b"}
_OLD_CHROME = {
    "do-not-copy": r"^.*\b(all rights reserved|please don.t copy)\b.*$",
    "support-us": r"\bsupport (the |us|our )[^.!\n]{0,40}!"}


def _new_code(word: str) -> re.Pattern:
    return next(p for p in furniture_rules().code if p.pattern.startswith(word))


@settings(max_examples=300, deadline=None)
@given(_lines)
def test_code_patterns_find_what_the_boundary_forms_found(line):
    for word, old in _OLD_CODE.items():
        new = _new_code(word)
        found = re.compile(old, new.flags).search(line)
        again = new.search(line)
        assert (found and found.span()) == (again and again.span()), (word, line)


@settings(max_examples=300, deadline=None)
@given(_lines)
def test_chrome_patterns_match_the_same_stretches(text):
    """Scope ``line`` reads the match's line and end (not its start); ``match`` its span."""
    for pat in chrome_patterns():
        if pat.name not in _OLD_CHROME:
            continue
        old = re.compile(_OLD_CHROME[pat.name], pat.regex.flags)
        if pat.scope == "line":
            def key(m):
                return text.rfind("\n", 0, m.start()) + 1, m.end()
        else:
            def key(m):
                return m.span()
        assert [key(m) for m in old.finditer(text)] == \
            [key(m) for m in pat.regex.finditer(text)], (pat.name, text)


_WORDS = ["The", "minister", "said", "prices", "rose", "\u201cwe", "will", "not", "allow",
          "it,\u201d", "U.S.", "1,000", "troops", "ELECTION", "Friday.", "and", "WASHINGTON"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=16), min_size=1,
                max_size=5))
def test_grams_and_capitals_lines_as_the_word_loops_give_them(paragraphs):
    text = "\n\n".join(" ".join(p) for p in paragraphs)
    dt = prepare(doc("d", text))
    for s in dt.sentences:
        words, quoted = s.folded_words(), s.words.quoted_flags()
        for n in (1, 3, 5):
            every = {tuple(words[k:k + n]) for k in range(len(words) - n + 1)}
            narration = {tuple(words[k:k + n]) for k in range(len(words) - n + 1)
                         if not any(quoted[k:k + n])}
            s.memo().pop("grams", None)
            assert _grams(s, n) == (narration, every)
        assert _capitals_line(s) == (not any(w[:1].islower() for w, *_ in s.words))


def test_one_matching_view_per_document_for_alignment_and_framing():
    d = doc("d", "\u201cWe will not allow it,\u201d said the Minist\u00e9r.\tThen `more`.")
    assert Narration(d).view is matching(d)
    plain = matching_view(d.view)
    assert matching(d).text == plain.text
    assert matching(d).span(0, len(plain.text)) == plain.span(0, len(plain.text))


def test_the_collector_is_off_for_the_run_and_as_it_was_after():
    assert gc.isenabled()
    with fewer_collections():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with fewer_collections():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_runs_survivors_leave_the_young_generations():
    """What the run leaves alive is not walked by the first young collection after it (a
    walk of the whole story set); cyclic garbage among it is still found by a full one."""
    import weakref

    class Node:
        pass

    gone = []
    with fewer_collections():
        kept = [[k] for k in range(2000)]
        cycle = Node()
        cycle.me = cycle
        weakref.finalize(cycle, gone.append, True)
        del cycle
    young = {id(o) for g in (0, 1) for o in gc.get_objects(generation=g)}
    assert not any(id(x) in young for x in kept)
    gc.collect()
    assert gone == [True]


def test_objects_a_host_froze_stay_frozen_after_the_run():
    """A host that froze its own heap (before forking workers, say) keeps it frozen: the
    survivors' move to the oldest generation would thaw everything frozen."""
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with fewer_collections():
            pass
        assert gc.get_freeze_count() >= frozen
    finally:
        gc.unfreeze()
