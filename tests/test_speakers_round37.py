"""Issue 12, speakers (spk37): junk speakers from sentence-initial words and from nouns read as
reporting verbs, "X in his speech called “…”", and a participle after a party tag. Snippets
are written for the test in the shape of what was seen (never corpus text)."""
from hypothesis import given, settings, strategies as st

from speaker_helpers import quote_with


def test_a_name_before_an_occasion_speaks():
    # "his announcement speech" was the subject of "called"
    text = ("Party\n\nThe break was complete when Vane in his announcement speech called the "
            "plan \u201creckless\u201d and left.\n")
    assert quote_with(text, "reckless").speaker == "Vane"


def test_a_reporting_verb_before_an_occasion_keeps_its_subject():
    text = "Vote\n\nParty leader Ana Ruiz said in a triumphant tweet that the result was \u201chuge.\u201d\n"
    assert quote_with(text, "huge").speaker == "Ana Ruiz"


def test_the_hearer_before_an_occasion_never_speaks():
    # guard: "told Bush in a letter" names the hearer; "in a firm voice" is no occasion
    text = ("Letter\n\n\u201cWe need a meeting,\u201d the groups told Vane in a letter.\n\n"
            "Kim Lund told Ortiz in a firm voice, \u201cYou did not break us.\u201d\n")
    assert quote_with(text, "meeting").speaker != "Vane"
    assert quote_with(text, "break us").speaker == "Kim Lund"
    # the participle after the occasion reaches the occasion rule, which keeps the hearer out
    text = "Letter\n\nRuiz told Vane in a letter saying \u201cwe need a meeting.\u201d\n"
    assert quote_with(text, "meeting").speaker != "Vane"


def test_a_publication_after_a_participle_and_in_still_speaks():
    # guard: "a commentary published in the Daily Star said": no occasion noun
    text = ("Press\n\nBut a commentary published in the Daily Star newspaper on Friday said "
            "\u201cno pressure works on us.\u201d\n")
    assert quote_with(text, "no pressure").speaker == "Daily Star newspaper"


def test_a_sentence_initial_following_opens_no_name():
    text = ("Race\n\nVane himself admitted in a forum \u201cit will be very hard to win\u201d "
            "this year.\n\nFollowing Vane on the same show, Ruiz urged him to stop.\n")
    assert quote_with(text, "very hard").speaker == "Vane"


def test_without_ends_a_description():
    text = ("Debate\n\nFrustrated, Tom Vane said he \u201ccannot walk down the street\u201d without "
            "reporters asking him about it.\n")
    assert quote_with(text, "walk down").speaker == "Tom Vane"


def test_state_after_an_adjective_is_a_noun():
    text = ("Mood\n\nBut Ms. Kara Vane added on Tuesday that in her deeply "
            "troubled state, \u201cthere is a lot of gloom.\u201d\n")
    assert quote_with(text, "gloom").speaker == "Kara Vane"


def test_a_document_subject_still_states():
    # guard: "-ing" document nouns head a subject ("The filing states")
    text = "Court\n\nThe court met on Monday. The filing states, \u201cWe will appeal.\u201d\n"
    assert quote_with(text, "appeal").speaker == "filing"
    text = "Court\n\n\u201cWe will appeal,\u201d the filing states.\n"
    assert quote_with(text, "appeal").speaker == "filing"


def test_a_participle_after_a_party_tag_goes_to_the_main_subject():
    text = ("Senate\n\nBut Sen. Pat Vane (R-Pa.) refused to entertain campaigning alongside "
            "Lund, responding that he is \u201cnot going to go into it.\u201d\n")
    assert quote_with(text, "not going").speaker == "Pat Vane"


def test_an_adverb_before_the_main_verb_keeps_the_participle_subject():
    text = ("Apology\n\nFollowing backlash from that post, Ned Cole again declined to back down "
            "in an interview with Fast Journal, saying that \u201capologies are empty.\u201d\n")
    assert quote_with(text, "apologies").speaker == "Ned Cole"


_NAMES = st.sampled_from(["Ana Ruiz", "Tom Vane", "Judge Mara Dent", "Mr. Toller"])
_OCCASIONS = st.sampled_from(["a speech", "a statement", "the dissent", "an interview",
                              "a blog post"])
_VERBS = st.sampled_from(["called", "described", "said"])


@settings(max_examples=40, deadline=None)
@given(_NAMES, _OCCASIONS, _VERBS)
def test_property_a_name_before_in_and_an_occasion_speaks(name, occasion, verb):
    text = (f"News\n\nThe vote was close. {name} in {occasion} {verb} the plan "
            "\u201ca disgrace\u201d on Monday.\n")
    q = quote_with(text, "disgrace")
    assert q.speaker is not None and q.speaker.split()[-1] == name.split()[-1]
