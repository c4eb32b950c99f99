"""Issue 11, item 4: a word masked by one outlet's house style and printed in full by another
is orthographic, read from the two printed forms. An en dash inside a word ('d\u2013n'), a
masked part of a hyphenated word ('h\u2013l-raiser'), a run of en dashes that splits the
token ('b\u2013\u2013\u2013ds') and a printed placeholder ('expletive deleted') were typed
as changed words (QC103/QC104). A mask whose letters disagree with the other word, and a
region that changes another word beside the masked one, stay changes. Own snippets."""
import pytest
from align_fixtures import rendering_changes
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.align.masking import masked_spelling
from quotecheck.resources.ruledata import load_data


def _changes(a, b, relation):
    return rendering_changes(a, b, relation, speaker="The coach")


@pytest.mark.parametrize("relation", ["derived", "independent"])
@pytest.mark.parametrize("masked, full", [
    ("it was a d\u2013n shame, all of it", "it was a damn shame, all of it"),
    ("he is a real h\u2013l-raiser on the pitch", "he is a real hell-raiser on the pitch"),
    ("those b\u2013\u2013\u2013ds lied to us", "those bastards lied to us"),
    ("it was an expletive deleted shame", "it was an awful shame"),
    ("it was a d\u2014\u2014n shame, all of it", "it was a damn shame, all of it"),
])
def test_a_masked_word_against_the_full_one_is_house_style(masked, full, relation):
    for a, b in ((masked, full), (full, masked)):
        changes = _changes(a, b, relation)
        assert changes == [("orthographic", "masking")], (a, b, changes)


@pytest.mark.parametrize("masked, other", [
    ("it was a d\u2013n shame, all of it", "it was a dumb shame, all of it"),
    ("he is a real h\u2013l-raiser on the pitch", "he is a real hell-bent on the pitch"),
    ("it was an expletive deleted shame", "it was a very awful shame"),
])
def test_a_mask_that_fits_no_word_there_is_still_a_change(masked, other):
    changes = _changes(masked, other, "derived")
    assert ("orthographic", "masking") not in changes
    assert any(c not in ("orthographic", "equal") for c, _ in changes), changes


def test_a_changed_word_beside_a_mask_keeps_the_region_a_change():
    changes = _changes("they break a d\u2013n rule", "they broke a damn rule", "derived")
    assert changes and ("orthographic", "masking") not in changes
    assert any(c in ("wording", "meaning") for c, _ in changes), changes


@pytest.mark.parametrize("example", load_data("meaning-words")["masked_words"]["examples"])
def test_masked_word_examples(example):
    assert masked_spelling(example["a"], example["b"]) is example["same"]
    assert masked_spelling(example["b"], example["a"]) is example["same"]


LETTERS = st.text(alphabet="abcdefghijklmnop", min_size=3, max_size=10)


@given(LETTERS, st.integers(1, 3), st.sampled_from(["\u2013", "\u2014", "**", "--", "\u2013\u2013"]),
       st.booleans())
def test_a_word_masked_after_its_first_letters_matches_it_both_ways(word, head, mask, tail):
    head = min(head, len(word) - 1 - (1 if tail else 0))
    if head < 1:
        return
    masked = word[:head] + mask + (word[-1] if tail else "")
    assert masked_spelling(masked, word) and masked_spelling(word, masked)
    assert masked_spelling(masked, "z" + word) is False
