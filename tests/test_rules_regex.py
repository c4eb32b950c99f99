"""A rule's regular expression cannot hang a run (quotecheck.resources.regexsafe)."""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.resources.regexsafe import (MAX_INPUT, UnsafePattern, bounded_finditer,
                                            check_pattern, compile_safe)

CATASTROPHIC = [r"(a+)+b", r"(a*)*b", r"(?:\w+\s?)+$", r"(x+x+)+y", r"(a|aa)+$",
                r"(a|ab)*c", r"(.*a){2,}", r"((ab)*)+", r"(?:\s*,\s*)*$", r"(a{1,99})+"]
SAFE = [r"\bso-called\b", r"\b(?:alleged(?:ly)?|reportedly)\b", r"[A-Z][a-z]+ [A-Z][a-z]+",
        r"(?:foo|bar)+", r"\d{1,3}(?:,\d{3})*", r"(?i)\bregime\b", r"(?<=\s)'\w+'",
        r"[.,;:] [.,;:]", r"(?:Mr|Mrs|Ms)\.? \w+"]


@pytest.mark.parametrize("pattern", CATASTROPHIC)
def test_catastrophic_patterns_are_rejected(pattern):
    with pytest.raises(UnsafePattern):
        check_pattern(pattern)


@pytest.mark.parametrize("pattern", [r"(a)\1", r"(?P<w>\w+) (?P=w)", r"(a)?(?(1)b|c)"])
def test_backreferences_are_rejected(pattern):
    with pytest.raises(UnsafePattern, match="backreference"):
        check_pattern(pattern)


@pytest.mark.parametrize("pattern", SAFE)
def test_ordinary_patterns_are_accepted(pattern):
    assert compile_safe(pattern).pattern == pattern


def test_syntax_errors_surface_as_re_error():
    with pytest.raises(re.error):
        compile_safe("(unclosed")


def test_bounded_finditer_cuts_long_text_at_line_breaks():
    line = ("word " * 100).strip() + "\n"
    text = line * 100  # 50,000 characters, longer than one piece
    assert len(text) > 2 * MAX_INPUT
    pattern = re.compile(r"\bword\b")
    found = [(m.start(), m.end()) for m in bounded_finditer(pattern, text)]
    assert found == [(m.start(), m.end()) for m in pattern.finditer(text)]
    longest = re.compile(r"[^\n]+")
    assert all(m.end() - m.start() <= MAX_INPUT for m in bounded_finditer(
        re.compile(r"(?s).+"), text))
    assert [m.group() for m in bounded_finditer(longest, text, 0, 30)] == [text[:30]]


@given(st.lists(st.text(alphabet="ab \n", max_size=30), max_size=30),
       st.sampled_from([r"a+", r"\bab\b", r"b a", r"[ab]{2}"]))
def test_bounded_finditer_agrees_with_finditer_within_lines(lines, pattern):
    text = "\n".join(lines)
    compiled = re.compile(pattern)
    expected = [(m.start(), m.group()) for m in compiled.finditer(text)
                if "\n" not in m.group()]
    got = [(m.start(), m.group()) for m in bounded_finditer(compiled, text)]
    assert got == expected


@given(st.text(alphabet="ab()|*+?{},1-9\\", max_size=12))
def test_checker_never_crashes_on_arbitrary_patterns(pattern):
    try:
        check_pattern(pattern)
    except (UnsafePattern, re.error, OverflowError, RecursionError):
        pass


@pytest.mark.parametrize("pattern", [r"[[a-z]]", r"[a&&b]", r"[a||b]", r"[-~~]"])
def test_patterns_python_warns_will_change_meaning_are_rejected(pattern):
    """'[[', '&&', '||' or '~~' in a set draws a FutureWarning and may match differently later."""
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(UnsafePattern, match="escape"):
            check_pattern(pattern)
