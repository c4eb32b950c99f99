"""Speed steps of the twentieth session: each exact (the same results as the code it replaced)."""
from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.report.jsontext import dumps_indented
from sentence_fakes import FakeSentence

_SCALARS = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True)
            | st.text(alphabet=st.characters(), max_size=8))
_KEYS = st.text(max_size=5) | st.integers() | st.floats() | st.booleans() | st.none()
_VALUES = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=4)
                       | st.tuples(inner, inner) | st.dictionaries(_KEYS, inner, max_size=4),
                       max_leaves=30)


@settings(max_examples=400, deadline=None)
@given(_VALUES, st.sampled_from([0, 1, 2, 4]))
def test_dumps_indented_is_the_librarys_indented_text(value, indent):
    assert dumps_indented(value, indent) == json.dumps(value, ensure_ascii=False, indent=indent)


def test_dumps_indented_refuses_what_the_library_refuses():
    import pytest
    for bad in ({"a": object()}, [set()], {(1, 2): 3}):
        with pytest.raises(TypeError):
            json.dumps(bad, ensure_ascii=False, indent=2)
        with pytest.raises(TypeError):
            dumps_indented(bad)


def _old_speaker_introduced(x, y, common, n, r):
    """The code before the twentieth session (each call recomputed every tail)."""
    verbs = frozenset(r["lifted_frame_verbs"])
    cuts = []
    for s in (x, y):
        quoted = s.words.quoted_flags()
        cuts.append(next((k for k, w in enumerate(s.folded_words())
                          if w in verbs and not quoted[k]), None))
    if None in cuts:
        return False
    for s, cut in zip((x, y), cuts):
        words = s.folded_words()
        if len(words) - cut - 1 < r["lifted_frame_rest"]:
            return False
        after = set(zip(*(words[cut + 1 + k:] for k in range(n))))
        if after & common:
            return False
    return True


_WORD = st.sampled_from(["said", "told", "the", "mayor", "a", "b", "c", "noted"])
_SENT = st.lists(st.tuples(_WORD, st.booleans()), max_size=12)


@settings(max_examples=300, deadline=None)
@given(_SENT, _SENT, st.integers(1, 3), st.integers(0, 4), st.data())
def test_speaker_introduced_with_kept_tails_as_before(wx, wy, n, rest, data):
    from quotecheck.provenance.lifted import _speaker_introduced
    r = {"lifted_frame_verbs": ["said", "told", "noted"], "lifted_frame_rest": rest}
    x = FakeSentence([w for w, _ in wx], bytes(int(q) for _, q in wx))
    y = FakeSentence([w for w, _ in wy], bytes(int(q) for _, q in wy))
    grams = sorted(set(zip(*([w for w, _ in wx][i:] for i in range(n)))))
    common = frozenset(data.draw(st.lists(st.sampled_from(grams), max_size=3)) if grams else [])
    want = _old_speaker_introduced(x, y, common, n, r)
    for _ in range(2):   # the second call reads the kept tails
        assert _speaker_introduced(x, y, lambda: common, n, r) == want


_CHROME_BITS = st.sampled_from([
    "Support the Guardian", "  Support the Guardian\n", "VOA News", "By VOA News\n",
    "Source: Al Jazeera", "Democracy Dies in Darkness", "Copyright 2020 Reuters", "\u00a9 2019 ",
    "Some information in this report came from", "WASHINGTON, Jan. 5 /PRNewswire/ ",
    "Subscribe now to read Example.com", "Our Standards: The Thomson Reuters Trust Principles",
    "the mayor said", "\n", " ", "x", "Guardian", "News\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_CHROME_BITS, max_size=10))
def test_guarded_outlet_chrome_patterns_match_as_the_plain_ones(bits):
    import re

    from quotecheck.load.metadata import _chrome_rules
    text = "".join(bits)
    rules = _chrome_rules()
    for pattern in [p for p, *_ in rules.patterns] + [p for p, _ in rules.published]:
        plain = re.compile(getattr(pattern, "regex", pattern).pattern, re.M)
        got, want = pattern.search(text), plain.search(text)
        assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))


class _Span:
    def __init__(self, start: int, end: int):
        self.start, self.end = start, end
        self._memo = {}

    def memo(self) -> dict:
        return self._memo


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Ann Lee", ", chief executive", " of Acme", ". ", "CEO",
                                 " sales manager", "the", " said", "ceo"]), max_size=8),
       st.integers(0, 40), st.integers(0, 40))
def test_officer_title_kept_per_sentence_as_searched(bits, a, b):
    from quotecheck.provenance.releases import _patterns, _titled
    text = "".join(bits)
    titles = _patterns()[0]
    s = _Span(min(a, b), max(a, b))
    want = titles.search(text, s.start, s.end) is not None
    assert _titled(s, titles, text) == want
    assert _titled(s, titles, text) == want   # from the memo


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["WASHINGTON, Jan. 5 /PRNewswire/ ", "\n", "A", "Z, ", "/X/",
                                 " ", "Copyright 2001 ", "\u00a9 ", "date 2020-01-02",
                                 "Support the Guardian"]), max_size=10), st.booleans())
def test_line_led_search_is_the_patterns_search(bits, ignore):
    import re

    from quotecheck.resources.regexruns import LineLed
    text = "".join(bits)
    flags = re.M | (re.I if ignore else 0)
    for source in (r"^[A-Z][A-Z.\- ]{1,40}, [A-Z][a-z]{2,8}\.? \d{1,2}\.? /(?P<o>[A-Z]+)/",
                   r"^[^\S\n]*(?:Copyright\s*)?(?:\u00a9\s*)?\d{4}", r"^\s*date\s+\d{4}",
                   r"^[^\S\n]*Support the Guardian\b"):
        regex = re.compile(source, flags)
        for needles in ((), ("support the guardian",) if ignore else ("Support the Guardian",)):
            if needles and "Guardian" not in source:
                continue
            got, want = LineLed(regex, needles).search(text), regex.search(text)
            assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
