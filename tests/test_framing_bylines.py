"""A byline names the writer: its words are never the narrator's framing (a surname that is
also an evaluative word, 'By PETTY ALVAREZ', or a loaded one), while the same word in the body
still counts."""
from __future__ import annotations

from tests.framing_helpers import flagged

_STORY = ("ANALYSTS SAY THE GOVERNOR KEEPS HIS LEAD\n\n"
          "By {byline}\n\n"
          "AUSTIN, Texas _ The governor is not likely to lose votes over the bill, analysts "
          "said on Tuesday after a week of hearings.\n\n"
          "The hearings drew crowds of protesters and a handful of lobbyists.\n")


def test_a_surname_that_is_an_evaluative_word_in_a_byline_is_not_framing(ruleset):
    found = flagged(ruleset, _STORY.format(byline="PETTY ALVAREZ"))
    assert not [w for w in found if w[1].lower() == "petty"]


def test_a_loaded_word_in_a_byline_is_not_framing(ruleset):
    found = flagged(ruleset, _STORY.format(byline="JOHN BRUTAL"))
    assert not [w for w in found if w[1].lower() == "brutal"]


def test_the_same_word_in_the_body_still_counts(ruleset):
    text = _STORY.format(byline="ANN LEE").replace(
        "a handful of lobbyists", "a handful of petty lobbyists")
    assert ("QC331", "petty") in flagged(ruleset, text)


def test_a_sentence_opening_with_an_adverbial_by_is_no_byline():
    from quotecheck.load.furniture import classify

    text = ("By SAM ORTIZ\n\nBy now we are all well aware of the debacle in the election.\n\n"
            "By contrast, the other party kept its seats.\n\nBy The Associated Press\n")
    kinds = {text[s:e]: k for s, e, k in classify(text)}
    assert kinds["By SAM ORTIZ"] == "byline"
    assert kinds["By The Associated Press"] == "byline"
    assert kinds["By now we are all well aware of the debacle in the election."] != "byline"
    assert kinds["By contrast, the other party kept its seats."] != "byline"
