"""Speed steps of the sixteenth session give the same results as before.

- ``resources.regexruns``: a pattern confined to runs of word characters, '&', '.', '-' and
  spaces, searched only in the runs holding a needle, finds the matches the plain scan
  finds (the credit patterns it is used for, and patterns built to probe each edge: look
  aheads and behinds at a run's edge, word boundaries, case folding, line starts); a
  multi-line ``^``-led pattern tried at line starts only finds them too.
"""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.provenance import credits
from quotecheck.resources.regexruns import LineLed, RunScoped, confined, line_led, run_scoped

PIECES = ["By ", "From ", "(AP) ", " _ ", "With ", "\t", "\r\n", "Ann", "Lee", "said", " said", "told", " told ", "the", "The", "Daily", "Courier",
          "Reuters", "U.S.", "AT&T", "co-op", "witness", " reporter", "according to",
          "Statement", "statement to", "email", "interview with", "reported", "quoted",
          ",", ", ", ".", " ", "  ", "\n", "\n\n", '"', "\u201c", "\u201d", "'", "(", ")",
          "\u2014", "-", "_", "9", "2024", "But", "And", "\u0130", "\u0131", "\u017f",
          "\u212a", "\u00e9t\u00e9", "x", "Y"]

texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def _same(regex, scoped, text):
    want = [(m.span(), m.groupdict(), m.groups()) for m in regex.finditer(text)]
    got = [(m.span(), m.groupdict(), m.groups()) for m in scoped.finditer(text)]
    assert got == want


def _credit_scans():
    return [regex for _, regex, *_ in credits._patterns()
            if isinstance(regex, (RunScoped, LineLed))]


def test_credit_patterns_use_runs_and_lines():
    # the "Ann Lee said" credit and its siblings (told, reported, witness) are confined;
    # the byline and credit-line patterns open with a multi-line ^
    scans = _credit_scans()
    assert sum(isinstance(r, RunScoped) for r in scans) >= 4
    assert sum(isinstance(r, LineLed) for r in scans) >= 4


@settings(max_examples=300, deadline=None)
@given(texts)
def test_credit_runs_find_what_the_scan_finds(text):
    for scoped in _credit_scans():
        _same(scoped.regex, scoped, text)


PROBES = [
    r"\b(?P<n>[A-Z][\w&.\-]*(?: [A-Z][\w&.\-]*){0,3}) said\b",
    r"\btold (?:the )?(?P<n>[A-Z]\w*)(?!\w)",
    r"(?<![.\w])Lee(?= said)",
    r"\b[Tt]he (?P<n>\w+) witness",
    r"(?m)^The \w+",
    r"\BLee\B|said\b",
    r"(?:Ann|Lee)(?:\.| )+said",
    r"AT&T(?=\b)",
]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_probe_patterns_find_what_the_scan_finds(text):
    _probe(PROBES, text, (RunScoped, LineLed))


def _probe(sources, text, shape):
    """Each pattern of ``sources`` is scoped as a ``shape`` and finds what its scan finds."""
    for source in sources:
        regex = re.compile(source)
        scoped = run_scoped(regex)
        assert isinstance(scoped, shape), source
        _same(regex, scoped, text)


def test_patterns_that_may_leave_a_run_are_refused():
    for source in (r"said$", r"said\Z", r"said.", r"said\s", r"[^,]+ said", r"(\w+) \1",
                   r"said(?=,)", r"said[!-~]", r"said(?=\s+[A-Z])", r"(?m)said$",
                   r"(?i)\u03b9 said", r"(?i)the said", r"(?i:\u03b9)lee said",
                   r"\b(?i:the) said"):
        assert not confined(re.compile(source)), source
    assert run_scoped(re.compile(r"[A-Z]\w+")) is None   # confined, but no needle


def test_scoped_case_folding_is_refused():
    # "(?i:\u03b9)" matches a combining mark (U+0345) outside the run class: the full scan
    # finds a match there that a search of the run holding "lee said" cannot
    regex = re.compile("(?i:\u03b9)lee said")
    text = "a\u0345lee said"
    assert [m.span() for m in regex.finditer(text)] == [(1, 10)]
    scoped = run_scoped(regex)
    assert scoped is None or [m.span() for m in scoped.finditer(text)] == [(1, 10)]


LINE_PROBES = [
    r"(?m)^[^\S\n]*By (?P<n>[A-Z]\w+(?: [A-Z]\w+)?)",
    r"(?m)^\s*From (?:the )?(?P<n>\w+)\.(?=\s|$)",
    r"(?mi)^[^\S\n]*with (?P<n>[a-z]+)[)]?$",
    r"(?m)^(?:The|Ann)\b[^\n]{0,20}",
    r"(?m)^(?<=\n)\w+",
    r"(?m)^\s*\(?(?P<n>[A-Z]{2,})\)\s*(?:[-\u2014]|_(?=\s))",
]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_line_led_patterns_find_what_the_scan_finds(text):
    _probe(LINE_PROBES, text, LineLed)


def test_line_led_needs_a_multiline_start_and_width():
    for source in (r"^By \w+", r"(?m)^$", r"(?m)^\s*", r"(?m)By|^From", r"(?m)\b^By"):
        assert not line_led(re.compile(source)), source
