"""Properties of the framing matchers: arbitrary text never crashes them, spans stay exact."""
from hypothesis import assume, given
from hypothesis import strategies as st

from quotecheck.errors import ConfigError
from quotecheck.framing.narration import MASK, Narration
from quotecheck.load.loader import load_text
from quotecheck.model import Quote
from quotecheck.plugins.manager import load_ruleset
from quotecheck.story import Story
from quotecheck.text.lexicon import PhraseMatcher, phrase_key

WORDS = ["claimed", "said", "that", "he", "Putin", "alleged", "so-called", "terrorists",
         "regime", "change", "allegedly", "the", "“", "”", "‘", "’", '"', "'", ",", ".",
         "\n", "\n\n", "ﬁ", "É", "\u00a0", "«", "»", "lashed out", "little evidence", "(",
         ")"]
texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
)

_RULESET, _ = load_ruleset()
_RULES = [r for r in _RULESET.all() if r.code.startswith("QC3")]


@given(texts)
def test_narration_never_crashes_and_keeps_offsets(text):
    doc = load_text(text, id="h")
    nar = Narration(doc)
    assert len(nar.text) == len(nar.view.text)
    for q in nar.quotes:
        assert 0 <= q.ostart <= q.oend <= len(doc.text)
        assert set(nar.text[q.start:q.end]) <= {MASK}
    for pos in range(0, len(nar.text), 7):
        s0, s1 = nar.sentence(pos)
        assert 0 <= s0 <= pos <= max(s1, pos) <= len(nar.text)
    nar.reported  # computed without error


@given(texts)
def test_framing_rules_never_crash_and_spans_are_in_bounds(text):
    doc = load_text(text, id="h")
    story = Story([doc], quotes=[])
    for rule in _RULES:
        rtype = _RULESET.rule_type(rule.type)
        for det in rtype.check_document(rule, _RULESET.compiled(rule), doc, story):
            assert 0 <= det.start < det.end <= len(doc.text)
            assert det.document == "h"


@given(st.lists(st.sampled_from(["claim", "so-called", "coup d’état", "lash out", "regime"]),
                min_size=1, max_size=3, unique=True), texts)
def test_phrase_matcher_hits_are_entries(entries, text):
    m = PhraseMatcher({e: e for e in entries})
    folded = text.lower()
    for hit in m.finditer(folded):
        assert 0 <= hit.start < hit.end <= len(folded)
        assert phrase_key(folded[hit.start:hit.end]) in m.entries
        assert hit.value in entries


@given(texts)
def test_inverse_map_agrees_with_textview(text):
    from quotecheck.framing.narration import Inverse

    try:
        doc = load_text(text, id="h")
    except ConfigError:  # e.g. front matter opened ("+++") and never closed: no document
        assume(False)
    nar = Narration(doc)
    inv = Inverse(nar.view)
    for o in range(0, len(nar.doc.view.text) + 1, 3):
        assert inv(o) == nar.view.from_original(o)


@st.composite
def text_with_quotes(draw):
    text = draw(texts)
    n = len(text)
    quotes = []
    for i in range(draw(st.integers(0, 4))):
        s = draw(st.integers(0, n))
        e = draw(st.integers(s, n))
        quotes.append(Quote(f"q{i}", "h", s, e, text[s:e],
                            speaker=draw(st.sampled_from([None, "Putin"])),
                            open_start=max(0, s - 1), close_end=min(n, e + 1),
                            verb_start=draw(st.sampled_from([None, 0])),
                            verb_end=draw(st.sampled_from([None, min(n, 3)]))))
    return text, quotes


@given(text_with_quotes())
def test_rules_survive_any_extractor_quotes(case):
    text, quotes = case
    doc = load_text(text, id="h")
    story = Story([doc], quotes=quotes)
    for rule in _RULES:
        rtype = _RULESET.rule_type(rule.type)
        for det in rtype.check_document(rule, _RULESET.compiled(rule), doc, story):
            assert 0 <= det.start < det.end <= len(doc.text)
