"""A negator a speaker says twice in a row ("will not, not sign") printed once by another
outlet is no dropped negation: the negation stands on both sides (a copy that leaves the
repeat out still changed the quoted words: wording). A repeat across a sentence start ("said
no. No one came") is two words, and dropping one stays a change of meaning; so does a negator
that stands once on one side and nowhere on the other, and a repeated degree word ("very,
very") keeps its own typing. Our own snippets."""
import pytest
from align_fixtures import rendering_changes

from quotecheck.align.meaningkinds import repeated_run


TWICE = [
    ("We will not, not sign this deal with them", "We will not sign this deal with them"),
    ("We will never, never sign this deal with them", "We will never sign this deal with them"),
]


@pytest.mark.parametrize("relation", ["independent", "near-rendering"])
@pytest.mark.parametrize("twice, once", TWICE)
def test_a_negator_said_twice_printed_once_is_no_change(relation, twice, once):
    for a, b in ((twice, once), (once, twice)):
        assert not [c for c, _ in rendering_changes(a, b, relation) if c != "orthographic"]


@pytest.mark.parametrize("twice, once", TWICE)
def test_a_copy_leaving_out_the_repeat_changed_wording_not_meaning(twice, once):
    for a, b in ((twice, once), (once, twice)):
        assert rendering_changes(a, b, "derived") == [("wording", "repetition")]


def test_a_repeated_degree_word_keeps_its_typing():
    assert ("meaning", "scalar") in rendering_changes(
        "It is a very, very delicate matter", "It is a very delicate matter", "derived")


@pytest.mark.parametrize("relation", ["derived", "independent"])
def test_a_repeat_across_a_sentence_start_or_a_lone_negator_stays_a_change(relation):
    assert ("meaning", "negation") in rendering_changes(
        "He said no. No one came to the door", "He said no. One came to the door", relation)
    assert ("meaning", "negation") in rendering_changes(
        "We will not sign this deal with them", "We will sign this deal with them", relation)


def test_repeated_run_reads_the_twin_before_or_after():
    words = "we will not not sign it".split()
    assert repeated_run(words, (), 2, 3, 1) and repeated_run(words, (), 3, 4, 1)
    assert not repeated_run(words, (), 4, 5, 1)
    assert not repeated_run(words, {3}, 3, 4, 1)     # the second opens a sentence
    assert not repeated_run("a b a b".split(), (), 2, 4, 1)   # longer than the limit
