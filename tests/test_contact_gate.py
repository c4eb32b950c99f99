"""Issue #11 (compare speed): the contact-line patterns are ruled out per text by one search of
the whole text (resources/regexgate), and the bare phone pattern opens with its digit. Neither
may change an answer: the rewritten pattern finds what '\\b\\d{3}...\\b' found in every slice,
a gate finding nothing means no slice matches, and prepare keeps the same narration."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.model import Document
from quotecheck.provenance import derivation
from quotecheck.provenance.derivation import _contact_gates, _contact_patterns, prepare
from quotecheck.provenance.derivation import settings as provenance_settings
from quotecheck.resources.regexgate import whole_text_gate
from quotecheck.text.textview import TextView

OLD_PHONE = re.compile(r"\b\d{3}[-.]\d{3}[-.]\d{4}\b", re.IGNORECASE)
PIECES = ["555", "0100", "12", "7", "-", ".", " ", "(", ")", "x", "_", "\u0663", "Phone", "tel",
          ":", "@", "desk", ".org", "(at)", "\n", "Call", "the", "office", "now", "5.30"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=24).map("".join)


@settings(max_examples=400)
@given(TEXTS, st.integers(0, 40), st.integers(0, 80))
def test_phone_pattern_finds_what_the_boundary_form_found(text, start, end):
    new = re.compile(provenance_settings()["align"]["contact"][0], re.IGNORECASE)
    old, got = OLD_PHONE.search(text, start, end), new.search(text, start, end)
    assert (old and old.span()) == (got and got.span())


@settings(max_examples=400)
@given(TEXTS, st.integers(0, 40), st.integers(0, 80))
def test_a_gate_finding_nothing_means_no_slice_matches(text, start, end):
    for pattern, gate in zip(_contact_patterns(), _contact_gates()):
        if gate is not None and gate.search(text) is None:
            assert pattern.search(text, start, end) is None


def test_patterns_that_look_past_their_end_get_no_gate():
    for source in (r"ab$", r"ab(?=c)", r"a\Bb", r"x*", r"a\b\w*", r"(a)\1", r"a\Z"):
        assert whole_text_gate(re.compile(source)) is None, source
    assert whole_text_gate(re.compile(r"\bab\b")).pattern == r"\bab"
    assert whole_text_gate(re.compile(r"(?<=a)b")).pattern == r"(?<=a)b"


def _narration(text: str) -> list:
    doc = Document("d", "d.txt", text, TextView.identity(text))
    return [(s.start, s.end) for s in prepare(doc).narration]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([
    "The council met on Tuesday to vote on the new budget plan.",
    "For questions about the plan, call the press office at 555-201-0100.",
    "Reporters may phone the desk (555) 201-0100 before noon on weekdays.",
    "Fax: send the forms to the county clerk before the end of the month.",
    "Write to clerk@county.example for the minutes of the last meeting.",
    "The hotel will tell guests about the new parking rules next week.",
    "Members said the vote on 12.5 million in spending was delayed again.",
]), min_size=1, max_size=6).map(" ".join))
def test_prepare_keeps_the_same_narration_with_and_without_gates(text):
    gated = _narration(text)
    original = derivation._contact_gates
    derivation._contact_gates = lambda: (None,) * len(_contact_patterns())
    try:
        assert _narration(text) == gated
    finally:
        derivation._contact_gates = original
