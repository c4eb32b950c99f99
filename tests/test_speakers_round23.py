"""Issue 12, round 23: quotation kinds and speakers, classes from the Gender Gap Tracker table
and PolNeAR train (the development data of this round), each with a snippet written for the
test in the shape of what was seen (never corpus text)."""
import pytest
from hypothesis import given
from hypothesis import strategies as st
from speaker_helpers import quote_with as _quote

from quotecheck.quotes.naming_cues import naming_cue


@pytest.mark.parametrize("text, piece", [
    # an agentless naming: the words are a name the narrator reports, no one's speech
    ("Nour Haddad, 61, says the couple's first grandchild, Sami - referred to as \"our lucky boy\" - was born in "
     "May.\n", "our lucky boy"),
    ("For decades the stewards were sometimes referred to dismissively as \u201cthe boys\u201d "
     "by passengers.\n", "the boys"),
    ("Critics of what is known as a \u201csafety net\u201d argue it ties the city down.\n",
     "safety net"),
    ("Ana Ruiz says the new bridge, simply called \u2018the link,\u2019 opens next year.\n",
     "the link"),
    ("The hour-long show, sold out weeks ago, is billed as \u201ca dialogue between light, "
     "sound and movement.\u201d\n", "a dialogue between light"),
    ("Mara Diaz says guests often greeted the old steward by the name \u201cJack\u201d at the door.\n",
     "Jack"),
])
def test_a_name_given_by_an_agentless_naming_cue_is_a_term(text, piece):
    q = _quote(text, piece)
    assert q.kind in ("scare", "title") and q.speaker is None


def test_a_label_with_a_speaker_stays_a_partial_quotation():
    # a guard: the speaker's own labelling ("Ruiz called the plan “reckless”") is speech
    text = "Opposition leader Ana Ruiz called the plan \u201creckless\u201d on Monday.\n"
    q = _quote(text, "reckless")
    assert q.kind == "partial" and q.speaker == "Ana Ruiz"


def test_a_role_participle_and_a_party_tag_do_not_cut_the_name():
    # 'said Budget ranking Democrat Jo Hale (D-Ore.)' gave 'Budget': "ranking"
    # ended the role words (an -ing verb), and the party tag's "(" was no end of the name
    text = ("The committee met on Friday.\n\n"
            "\"They are wasting the last days of the session,\" said Budget ranking Democrat "
            "Jo Hale (D-Ore.). \"It is a stunt.\"\n")
    assert _quote(text, "last days").speaker.endswith("Jo Hale")


def test_an_ing_verb_after_a_name_still_ends_the_role_words():
    # a guard: "said Ana Ruiz visiting Lima" is no role before a name
    text = "\"We will be back,\" said Ana Ruiz, visiting Lima Heights on Friday.\n"
    assert _quote(text, "be back").speaker == "Ana Ruiz"


@given(st.text(alphabet="acefgmosty .", max_size=40),
       st.sampled_from(["was referred to as", "is billed as a", "known as the", "by the name",
                        "simply called", "has referred to as", "billed as", "called"]))
def test_naming_cue_holds_for_an_agentless_cue_ending_the_text(prefix, cue):
    # the random letters hold no cue word, be-form, "and", "or", "also" or comma: the cue decides
    text = prefix + " " + cue + " "
    agentless = cue not in ("has referred to as", "billed as", "called")
    assert naming_cue(text, len(text)) == agentless
    assert not naming_cue(prefix, len(prefix))


@pytest.mark.parametrize("text", [
    "Kim Lee has long attacked the pact, which Lee has referred to as \"the sorriest pact in memory\".\n",
    "Kim Lee mocked the rival, whom she wrongly referred to as \"Tom Reyes Jr.\" on Friday.\n",
])
def test_a_name_given_by_a_subject_is_that_subject_quoted(text):
    # a guard: "which Lee has referred to as “…”" is the active voice, Lee's own words
    q = _quote(text, "\"".join(text.split("\"")[1:2]))
    assert q.kind == "partial" and q.speaker == "Kim Lee"


def test_a_longer_single_quoted_paragraph_with_no_stop_is_a_subhead():
    # a single-quoted line of its own between
    # paragraphs: a section head quoting the text below (11 words, over the old limit of 10)
    text = ("The bill passed on Tuesday.\n\n"
            "'I could not vote for it with a clear mind on that day or any other'\n\n"
            "\"As a lawyer for twenty years, I have seen what it does,\" Tom Reyes said.\n")
    assert _quote(text, "clear mind").kind == "headline"


def test_a_single_quoted_paragraph_that_ends_a_sentence_stays_speech():
    # a guard: a whole sentence in single marks ('….') between paragraphs is still speech
    text = ("Tom Reyes was asked about the vote.\n\n"
            "'I could not vote for it with a clear mind on that day, and I said so.'\n\n"
            "He left soon after.\n")
    assert _quote(text, "clear mind").kind == "direct"
