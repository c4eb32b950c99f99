"""Failure classes of the first untuned reserve read (issue 11, baly_201310, rn25): a video
player's card read as narration, an established term ('vicious circle'), the idiom of worth
('nothing to brag about') and a word inside a believer's view ('X believes ...: ...').
Snippets of our own; the narrator's own use of the same words beside them stays a warning."""
import pytest

from framing_helpers import flagged
from quotecheck.load.furniture import classify

_STORY = ("Lawmakers met again on Tuesday to review the rollout of the new health website and "
          "asked officials to explain the delays.")
_CARD = ("JUST WATCHED The website debacle explained Replay More Videos ... MUST WATCH "
         "The website debacle explained 03:12")


def test_a_video_players_card_is_related_links_not_text():
    text = "Portal Hearing Opens\n\n" + _STORY + "\n\n" + _CARD + "\n\n" + _STORY + "\n"
    kinds = {text[s:e]: k for s, e, k in classify(text)}
    assert kinds[_CARD] == "related"
    assert kinds[_STORY] == "body"


def test_no_framing_warning_in_a_video_players_card(ruleset):
    text = "Portal Hearing Opens\n\n" + _STORY + "\n\n" + _CARD + "\n\n" + _STORY + "\n"
    assert ("QC331", "debacle") not in flagged(ruleset, text, "QC331")


def test_a_sentence_opening_with_just_watched_stays_text(ruleset):
    line = ("Just watched the hearing replay more videos of it than I can count, Roe wrote "
            "in a post that called the rollout a debacle.")
    text = "Portal Hearing Opens\n\n" + _STORY + "\n\n" + line + "\n"
    kinds = {text[s:e]: k for s, e, k in classify(text)}
    assert kinds[line] == "body"


@pytest.mark.parametrize("text", [
    "Low harvests and rising loans have set off a vicious cycle on the farms.",
    "Poor schools and low wages feed a vicious circle in the region, the report found.",
    "The currency fell into a vicious spiral as prices rose.",
])
def test_a_vicious_circle_is_an_established_term(ruleset, text):
    assert ("QC331", "vicious") not in flagged(ruleset, text, "QC331")


def test_a_vicious_attack_stays(ruleset):
    text = "The mayor ran a vicious campaign against the council's budget."
    assert ("QC331", "vicious") in flagged(ruleset, text, "QC331")


@pytest.mark.parametrize("text, word", [
    ("A third of voters approved of the mayor's handling of the strike. That share is "
     "hardly anything to brag about.", "brag"),
    ("The club's record this season is nothing to boast about.", "boast"),
    ("With turnout down again, the party had little to crow about.", "crow"),
])
def test_the_idiom_of_worth_reports_no_speech(ruleset, text, word):
    assert ("QC302", word) not in flagged(ruleset, text, "QC302")


def test_a_boast_in_the_news_voice_stays(ruleset):
    text = "The governor bragged about the poll figures at a rally on Monday."
    assert ("QC302", "bragged") in flagged(ruleset, text, "QC302")


_BELIEF = ("Whatever the court decides, the mayor believes she set the council a trap: "
           "The board won the vote, but it paid a price so grotesque that no member will try "
           "the tactic twice.")


def test_a_contrast_inside_a_believers_colon_led_elaboration_is_still_the_believers(ruleset):
    assert ("QC331", "grotesque") not in flagged(ruleset, _BELIEF, "QC331")


@pytest.mark.parametrize("text", [
    # no believer: the narrator's own figure
    "The mayor set the council a trap: The board won the vote, but it paid a price so "
    "grotesque that no member will try the tactic twice.",
    # a contrast with no colon before it returns the sentence to the narrator
    "The mayor believes she won the round, but the grotesque deal cost the city millions.",
    # a clock time is no colon of an elaboration
    "The mayor believes the vote at 10:30 settled it, but the grotesque deal cost the city "
    "millions.",
])
def test_the_narrators_contrast_stays(ruleset, text):
    assert ("QC331", "grotesque") in flagged(ruleset, text, "QC331")
