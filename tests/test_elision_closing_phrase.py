"""A stretch left out at an elision mark that opens on the closing phrase of a kept sentence
and runs on in whole sentences ("you said that, not me. [sentences] This is" quoted as "you
said that ... This is"): the phrase set off by its comma negates no kept word, so the cut is
no change of meaning. A "not" the mark takes from inside a kept clause still is one.
Our own snippets, shaped like two outlets quoting one senator."""
from align_fixtures import rendering_changes
from hypothesis import given, settings
from hypothesis import strategies as st

HEAD = "If you wanted a fair review you could have asked the staff. You wrote that"
REST = "This is the worst farce I have seen in twenty years of public service."
LEFT = ("You have nothing to regret. When you meet the two judges, say hello for me. "
        "I would never treat them the way you have treated him.")


def test_a_closing_phrase_and_whole_sentences_left_out_is_no_change():
    full = f"{HEAD}, not me. {LEFT} {REST}"
    for mark in ("...", " ...", "\u2026"):
        marked = f"{HEAD}{mark} {REST}"
        for relation in ("independent", "unknown"):
            assert ("meaning",) not in {c[:1] for c in rendering_changes(
                marked, full, relation)}, (mark, relation)


def test_a_negator_taken_from_a_kept_clause_is_still_a_change():
    full = f"{HEAD} I did not mean it. {LEFT} {REST}"
    marked = f"{HEAD} I did... {REST}"
    assert ("meaning", "elision") in rendering_changes(marked, full, "independent")


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from("the panel staff never not nothing vote".split()),
                min_size=1, max_size=4))
def test_left_out_whole_sentences_after_a_closing_phrase_never_read_as_meaning(words):
    """Whatever the left-out sentences say, the cut stays no change of meaning."""
    left = " ".join(words).capitalize() + " was said."
    full = f"{HEAD}, not me. {left} {REST}"
    marked = f"{HEAD}... {REST}"
    assert ("meaning",) not in {c[:1] for c in rendering_changes(marked, full, "independent")}
