"""Issue 12, speakers (spk38): a quotation inside a "who" relative clause is the antecedent's,
not the reported clause's subject's; junk names from capitalised religion or region adjectives
("Muslim organizations", "Central Asian states") and from nouns read as verbs ("many Asian
states,", "last week's Paris attack"). Snippets are written for the test in the shape of what
was seen (never corpus text)."""
import pytest
from hypothesis import given, settings, strategies as st

from speaker_helpers import quote_with


def test_who_said_that_goes_to_the_antecedent():
    text = ("Trade\n\nVane then attacked Ana Ruiz, who said that the pact has been good for "
            "\u201cboth of our countries\u201d and more.\n")
    assert quote_with(text, "both of our").speaker == "Ana Ruiz"


def test_who_promises_that_another_will_not():
    # the subject of the reported clause (Ortiz) is what the words are about
    text = ("Ads\n\nOne spot stars a Lincoln impersonator who promises that Ortiz won't "
            "\u201csend you to war\u201d or \u201ctell you who to marry.\u201d\n")
    assert quote_with(text, "send you").speaker == "Lincoln impersonator"
    assert quote_with(text, "tell you").speaker == "Lincoln impersonator"


def test_a_dash_relative_clause_speaks():
    text = ("War\n\nGOP front-runner Tom Vane - who previously said he would \u201cbomb the hell "
            "out of\u201d the fields - spoke at a rally in Texas.\n")
    assert quote_with(text, "bomb the").speaker == "Tom Vane"


def test_a_party_tag_before_who_is_no_speaker():
    text = ("Park\n\nLee now has the support of Rep. Mark Vane, D-Ore., who said in a letter, "
            "\u201cHe found a task left undone.\u201d\n")
    assert quote_with(text, "found a task").speaker == "Mark Vane"


def test_a_relative_clause_closed_before_the_quote_keeps_the_main_speaker():
    # guard: the clause ends at the comma; the main clause's speaker says the words
    text = ("Hawks\n\nAs for analysts who claim to find Vane more palatable, Ruiz said, "
            "\u201cThey are wrong about her.\u201d\n")
    assert quote_with(text, "wrong about").speaker == "Ruiz"


def test_a_sentence_after_the_relative_clause_keeps_its_speaker():
    # guard: "who wrote the report." ends the sentence; the quote after it is the speaker's
    text = ("Water\n\n\u201cThe basin will face choices,\u201d said Ernest Vane, who chaired "
            "the panel of scientists who wrote the report. \u201cDemand is rising.\u201d\n")
    assert quote_with(text, "Demand is").speaker == "Ernest Vane"


@pytest.mark.parametrize("text, needle, junk", [
    # a religion adjective is no name ("Muslim organizations")
    ("Letter\n\nNine civic and Muslim organizations pressed Vane to remove an aide "
     "who suggested last spring that the nation should \u201csegregate\u201d "
     "radicals.\n", "segregate", "Muslim"),
    # a noun after a time possessive is no verb ("last week\u2019s Paris attack")
    ("Pundit\n\nColumnist Tom Vane renewed his feud with Ruiz this week.\n\nPointing to "
     "last week\u2019s Paris attack as an alarm bell for citizens and their \u201creveries "
     "about treating the job as an entry-level post,\u201d Will urged voters to think.\n",
     "reveries", "Paris"),
], ids=["religion-adjective", "noun-after-time-possessive"])
def test_a_junk_capitalised_word_is_no_speaker(text, needle, junk):
    assert quote_with(text, needle).speaker != junk


def test_states_after_a_quantifier_is_a_noun():
    text = ("Asia\n\nThe port deal worried officials in several Asian states, and Beijing "
            "now offers \u201cvelvet gloves\u201d to its neighbours, said Nora Kassen, an "
            "expert.\n")
    assert quote_with(text, "velvet").speaker == "Nora Kassen"


def test_a_name_before_an_adjective_word_stays():
    # guard: "Mark Cuban" is a name; "Chinese books … read" is a text
    text = ("Race\n\nBillionaire Mark Cuban said the race is \u201cblack and white.\u201d\n")
    assert quote_with(text, "black and").speaker == "Billionaire Mark Cuban"


def test_a_text_noun_after_an_adjective_name_keeps_the_source():
    # guard: a text speaks ("Chinese books … read"), so the attribution is not dropped as junk
    text = "Schools\n\nChinese books read, \u201cThe island was always ours.\u201d\n"
    assert quote_with(text, "always ours").speaker is not None


def test_a_sentence_end_in_the_relative_clause_closes_it():
    # guard: "who said it." ends the clause though the next sentence opens in lower case
    text = ("Water\n\nRuiz praised Ernest Vane, who said it. so the data show demand is "
            "\u201crising fast.\u201d\n")
    assert quote_with(text, "rising fast").speaker != "Ernest Vane"


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["the Chilean minister Ana Ruiz", "Sen. Ana Ruiz of Ohio",
                        "Ana Ruiz"]),
       st.sampled_from(["said that", "has said", "previously said", "promised that",
                        "once vowed that"]),
       st.sampled_from(["Ortiz", "the plan", "Tom Vane"]))
def test_the_antecedent_of_who_speaks(head, verb, subject):
    text = (f"Talks\n\nVane attacked {head}, who {verb} {subject} would "
            f"\u201cchange everything\u201d in the region.\n")
    assert quote_with(text, "change everything").speaker == "Ana Ruiz"
