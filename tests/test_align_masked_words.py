"""Issue 11 (baly_201903): masked expletives and glued tweet links read as house style.

A word masked after a longer head ('darn----', 'darns***') or as one letter, an em dash and
one letter ('d—n') is the spelled word of another rendering; a spoken filler one rendering
ends with is no added word; a link glued to a tweet's last hashtag ('#GoTeamhttps://t.co/x')
is split off, both parts keeping their offsets. Own invented snippets.
"""
import pytest
from align_fixtures import rendering_changes
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.align.masking import resolve_masks
from quotecheck.align.orthography import words
from quotecheck.text.normalize import matching_view, tokenize


def _changes(a_text, b_text, relation="derived"):
    return rendering_changes(a_text, b_text, relation, speaker="The coach")


@pytest.mark.parametrize("relation", ["derived", "shared"])
@pytest.mark.parametrize("a,b", [
    ("they keep feeding the fans horse----.", "they keep feeding the fans horseshit."),
    ("they keep feeding the fans horse----, you see", "they keep feeding the fans horseshit, you see"),
    ("they keep feeding the fans horses***.", "they keep feeding the fans horseshit."),
    ("what the f\u2014k did the referee see", "what the fuck did the referee see"),
    ("they keep feeding the fans horse----.", "they keep feeding the fans horseshit, OK"),
])
def test_a_masked_word_against_the_spelled_one_is_house_style(a, b, relation):
    changes = _changes(a, b, relation)
    assert all(c in ("orthographic", "equal") for c, _ in changes), changes
    assert ("orthographic", "masking") in changes


@pytest.mark.parametrize("b", ["they keep feeding the fans nonsense.",
                               "they keep feeding the fans hot dogs."])
def test_a_masked_word_against_another_word_is_still_a_change(b):
    changes = _changes("they keep feeding the fans horse----.", b)
    assert any(c not in ("orthographic", "equal") for c, _ in changes), changes


def test_a_name_left_at_the_end_is_still_an_added_word():
    changes = _changes("we beat them fair and square.", "we beat them fair and square, Rodrigo")
    assert ("wording", "added") in changes


def test_a_cut_off_sentence_is_no_mask():
    text = "and then the---"
    ws = words(tokenize(matching_view(text)), text)
    assert [w.norm for w in ws][-1] == "the"


@pytest.mark.parametrize("tail", ["https://t.co/Ab12Cd34Ef", "http://t.co/Ab12Cd34Ef",
                                  "pic.twitter.com/Ab12Cd34Ef"])
def test_a_link_glued_to_a_hashtag_is_split_off(tail):
    a = f"proud of every one of these players tonight #GoTeam{tail}"
    changes = _changes(a, "proud of every one of these players tonight #GoTeam")
    assert all(c in ("truncation", "equal") for c, _ in changes), changes
    text = f"we won #GoTeam{tail} today"
    ws = words(tokenize(matching_view(text)), text)
    assert [text[w.start:w.end] for w in ws][2:4] == ["GoTeam", tail.split(":")[0].split("/")[0]]


def test_a_word_ending_in_http_without_a_link_stays_whole():
    text = "the token xhttp stays and so does https alone"
    ws = words(tokenize(matching_view(text)), text)
    assert "xhttp" in [w.norm for w in ws]


WORD = st.text(alphabet="abcdefgh", min_size=1, max_size=7)


@given(st.lists(WORD, max_size=12), st.lists(WORD, max_size=12))
def test_resolving_masks_keeps_unmasked_sequences(na, nb):
    assert resolve_masks(na, nb) == (na, nb)


@given(st.lists(WORD, min_size=1, max_size=10), st.data())
def test_a_mask_resolves_only_to_a_word_it_fits(na, data):
    k = data.draw(st.integers(0, len(na) - 1))
    masked = list(na)
    masked[k] = na[k][:1] + "*"
    ra, rb = resolve_masks(masked, na)
    assert rb == na and len(ra) == len(masked)
    assert ra[k] == masked[k] or (ra[k] in na and ra[k].startswith(na[k][:1]) and len(ra[k]) > 1)
