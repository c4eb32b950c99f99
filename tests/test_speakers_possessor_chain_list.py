"""Issue 12, speakers: possessor-only names, a he/she chain to the last named speaker,
quoted lists; failure classes seen on the Gender Gap Tracker, as classes.
Snippets are written for the test (never corpus text)."""
from speaker_helpers import quote_with

_LONG_GAP = (
    "The rules changed twice over the following years in the province.\n .\n "
    "Doctors were told to write fewer prescriptions for the pills each month.\n .\n "
    "Pharmacies were asked to keep better records of every sale they made.\n .\n "
    "The risks of mixing two sedatives. The station's Tom Reed explains what went wrong "
    "with the system. 4:12.\n .\n "
    "There were questions about which police force should look into the case at all.\n .\n "
    "Then there was the matter of whether anyone could be charged for the sale.\n .\n "
    "Man charged in teen's death.\n .\n "
    "But she kept going. Her son made his own choice that night, she says, and paid for it.\n .\n ")


def test_a_speaking_she_past_her_story_window_is_the_woman_named_before():
    text = ("Sofia Marchetti lives in a small house by the river with two old dogs. She keeps "
            "no photos of her son on the walls.\n .\n "
            "\u201cYou never know what somebody else took that day,\u201d she says.\n .\n "
            + _LONG_GAP +
            "\u201cThat is why I decided to push for some kind of action,\u201d she says.\n")
    assert quote_with(text, "push for some kind").speaker == "Sofia Marchetti"


def test_a_speaking_she_takes_no_stray_capitalised_word_of_no_gender():
    text = ("Results by party came in late. [Democratic results, Republican results.]\n\n"
            + _LONG_GAP.replace("Tom Reed", "reporter") +
            "\u201cThat is why I decided to push for some kind of action,\u201d she says.\n")
    assert quote_with(text, "push for some kind").speaker != "Democratic"


def test_the_second_item_of_a_quoted_list_shares_the_first_items_speaker():
    text = ("Some members of the junior curling team hold up signs in the clip, including: "
            "\u201cCoach Dana is really unwell\u201d and \u201cWe must find a kidney for "
            "Coach Dana.\u201d\n\nThe clip was posted on Sunday.\n")
    first = quote_with(text, "really unwell")
    second = quote_with(text, "must find a kidney")
    assert first.speaker is not None and second.speaker == first.speaker


def test_a_list_with_a_scare_item_is_still_terms():
    text = ("The mayor listed the words she hates, “synergy” and “circle back to that "
            "later today,” in a speech.\n")
    assert quote_with(text, "circle back").speaker in (None, "mayor")


def test_a_possessor_only_full_name_names_a_later_bare_surname():
    text = ("Part of Ian Walcott\u2019s penalty was a ban from the final round.\n\n"
            "The club met on Friday. \u201cWe all make mistakes and I made one,\u201d Walcott "
            "said.\n")
    assert quote_with(text, "make mistakes").speaker == "Ian Walcott"


def test_a_possessor_name_sharing_a_surname_with_another_person_teaches_nothing():
    text = ("Part of Ian Walcott\u2019s penalty was a ban from the final round. Mrs. Walcott "
            "was not there.\n\n\u201cWe all make mistakes,\u201d Walcott said.\n")
    assert quote_with(text, "make mistakes").speaker != "Ian Walcott"


def test_a_speaking_she_after_a_mans_quotation_takes_no_woman_named_far_back():
    text = ("\u201cWe will keep the clinic open,\u201d Ana Ruiz said on Monday.\n\n"
            + _LONG_GAP.replace("she", "the town").replace("Her son", "A boy") +
            "\u201cThis is worse than any scandal before,\u201d Tom Vane charged.\n\n"
            "Meanwhile, Vane\u2019s wife, Lulu, is speaking out about the tape. She told the "
            "radio her husband never acts that way.\n\n"
            "\u201cThat was just silly talk and he was pushed into it,\u201d she said.\n")
    assert quote_with(text, "silly talk").speaker != "Ana Ruiz"
