"""Issue 11 (baly_201801): house style and encoding damage typed harmless, own snippets.

A masked compound ('s---hole' / 's***hole' / the word in full), a number spelled out against
its figure ('twenty-sixth' / '26th') and UTF-8 read as cp1252 ('todayâ€™s') are one wording;
a mask of a word with other first letters and another value stay changes.
"""
import pytest
from align_fixtures import rendering_changes
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.text.mojibake import repair
from quotecheck.text.normalize import matching_view, tokenize


def _changes(a_text, b_text, relation="derived"):
    return rendering_changes(a_text, b_text, relation, speaker="The organiser")


@pytest.mark.parametrize("relation", ["derived", "shared"])
@pytest.mark.parametrize("a,b", [
    ("why do we take the folks from s---hole towns over here",
     "why do we take the folks from shithole towns over here"),
    ("why do we take the folks from s***hole towns over here",
     "why do we take the folks from s---hole towns over here"),
    ("why do we take the folks from s\u2014hole towns over here",
     "why do we take the folks from shithole towns over here"),
    ("why do we take the folks from s\u2014hole towns over here",
     "why do we take the folks from s***hole towns over here"),
])
def test_a_masked_compound_is_house_style(a, b, relation):
    changes = _changes(a, b, relation)
    assert all(c == "orthographic" for c, _ in changes), changes


@pytest.mark.parametrize("b", ["why do we take the folks from pothole towns over here",
                               "why do we take the folks from poor towns over here"])
def test_a_masked_compound_against_another_word_is_still_a_change(b):
    changes = _changes("why do we take the folks from s---hole towns over here", b)
    assert any(c != "orthographic" for c, _ in changes), changes


def test_an_en_dash_joining_a_compound_is_no_mask():
    assert all(c == "orthographic" for c, _ in _changes(
        "she wore a t\u2013shirt to the match", "she wore a t-shirt to the match"))


def test_a_dash_after_a_contraction_is_no_mask():
    from quotecheck.align.masking import mask_form

    text = "it isn't---going well at all"
    start = text.index("going")
    assert mask_form("going", start, start + 5, text, frozenset()) == "going"
    text = "it was s---going well at all"
    assert mask_form("going", start, start + 5, text, frozenset()) == "*going"


@pytest.mark.parametrize("a,b", [
    ("the desk on the 31st floor was empty", "the desk on the thirty-first floor was empty"),
    ("the desk on the 47th floor was empty", "the desk on the forty-seventh floor was empty"),
    ("the desk on the 2nd floor was empty", "the desk on the second floor was empty"),
    ("we counted 64 boats in the bay", "we counted sixty-four boats in the bay"),
    ("we counted 1 boat in the bay", "we counted one boat in the bay"),
    ("the desk on the 23rd floor was empty", "the desk on the twenty third floor was empty"),
])
def test_a_number_spelled_out_against_its_figure_is_house_style(a, b):
    changes = _changes(a, b)
    assert changes and all(c == "orthographic" for c, _ in changes), changes


@pytest.mark.parametrize("a,b", [
    ("the desk on the 31st floor was empty", "the desk on the thirty-second floor was empty"),
    ("the desk on the 2nd floor was empty", "the desk on the first floor was empty"),
    ("we counted 64 boats in the bay", "we counted sixty-five boats in the bay"),
    ("we counted 2 boats in the bay", "we counted one boat in the bay"),
])
def test_another_value_spelled_out_is_still_a_change(a, b):
    assert ("meaning", "number") in _changes(a, b)


@pytest.mark.parametrize("damaged", [
    "we vote on it and today\u00e2\u20ac\u2122s plan is the best one",            # cp1252 once
    "we vote on it and today\u00c3\u00a2\u00c2\u0080\u00c2\u0099s plan is the best one",  # Latin-1 twice
    "we vote on it and today\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2s plan is the best one",
])
def test_utf8_read_as_cp1252_is_no_change_of_wording(damaged):
    changes = _changes(damaged, "we vote on it and today\u2019s plan is the best one")
    assert changes and all(c == "orthographic" for c, _ in changes), changes
    assert ("orthographic", "encoding") in changes


def test_the_repair_keeps_the_reported_text():
    text = "He said the caf\u00c3\u00a9\u00e2\u20ac\u2122s menu was fine."
    view = matching_view(text)
    assert "the cafe's menu" in view.text
    tok = [t for t in tokenize(view) if t.text == "cafe's"][0]
    assert text[tok.start:tok.end] == "caf\u00c3\u00a9\u00e2\u20ac\u2122s"


@pytest.mark.parametrize("text", ["Er muß\u201c sagen", "\u00c0 \u00ab bient\u00f4t \u00bb",
                                  "S\u00e3o Paulo and Bras\u00edlia", "na\u00efve \u00a3 5"])
def test_sound_text_is_never_repaired(text):
    assert repair(text) == text
    assert matching_view(text).text == matching_view(text).text.lower()
    assert len(tokenize(matching_view(text))) == len(text.split()) - sum(
        1 for w in text.split() if not any(c.isalnum() for c in w))


SOUND = st.text(alphabet=st.sampled_from(list("ab cd’'\u201c\u201d\".,-\n2éüñßÀ«»£–—")),
                max_size=60)


def _damage(s: str, times: int) -> str:
    for _ in range(times):
        s = s.encode("utf-8").decode("cp1252", errors="strict")
    return s


@given(st.lists(st.tuples(SOUND, st.integers(0, 2)), min_size=1, max_size=5))
def test_damaged_text_matches_as_the_sound_text_and_maps_back(pieces):
    """Offset map round trip: a text damaged piece by piece (once or twice) folds to the same
    matching text as the sound one, and every token's span in the damaged original is in
    bounds, in order, and mends and folds back to the token itself (each character meant
    maps to the characters it was damaged into, never to the whole run)."""
    def cp1252_able(s):
        try:
            _damage(s, 2)
            return True
        except UnicodeDecodeError:
            return False
    pieces = [(s, n if cp1252_able(s) else 0) for s, n in pieces]
    sound = " ".join(s for s, _ in pieces)
    damaged = " ".join(_damage(s, n) for s, n in pieces)
    view = matching_view(damaged)
    assert view.text == matching_view(sound).text
    last = 0
    for tok in tokenize(view):
        assert last <= tok.start < tok.end <= len(damaged)
        assert matching_view(repair(damaged[tok.start:tok.end])).text == tok.text
        last = tok.end
