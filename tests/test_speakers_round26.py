"""Issue 12, round 26: quotation kinds and speakers from the Gender Gap Tracker table (the
development data of this round), each with a snippet written for the test in the shape of what
was seen (never corpus text)."""
from speaker_helpers import quote_with as _quote


def test_a_quoted_phrase_before_trope_is_a_term_with_no_speaker():
    text = ("Ana\u2019s sisters (twins) are always shown bickering or shopping, a tired "
            "example of the \u201cgirls will be girls\u201d trope mocked in the new ad.\n")
    q = _quote(text, "girls will be girls")
    assert q.kind == "scare" and q.speaker is None


def test_a_quoted_word_defined_by_is_when_is_a_term():
    text = ("Rents are rising, a report from the board says.\n\n"
            "A \"flipover\" is when an owner says a flat is for family use and then sells "
            "it within the month.\n")
    q = _quote(text, "flipover")
    assert q.kind == "scare" and q.speaker is None


def test_a_further_name_after_or_simply_continues_the_list_of_terms():
    text = ("The porters were white-gloved, and sometimes referred to mockingly as "
            "\u201cSam\u2019s lads\u201d \u2014 or, simply, \u201cSam.\u201d Both names "
            "came from the owner, Sam Porter.\n")
    q = _quote(text, "Sam.")
    assert q.kind in ("scare", "title") and q.speaker is None


def test_a_quote_said_before_means_stays_speech():
    # a guard: no article before the open, a real quotation whose words "mean" something
    text = ("\u201cWe will not back down,\u201d said Dana Roy, the union leader. "
            "Her \u201cnot back down\u201d means a strike, she said.\n")
    q = _quote(text, "We will not back down")
    assert q.kind == "direct" and q.speaker == "Dana Roy"


def test_a_courtesy_title_of_the_other_gender_is_another_person():
    # "Mrs. X" after "Barack X"-like: not the husband, so a later "she" finds her
    text = ("President Dennis Ruiz spoke first at the rally in Ohio on Tuesday.\n\n"
            "Mrs. Ruiz followed him on stage, praising the volunteers.\n\n"
            "\u201cWe are proud of this city,\u201d she said.\n")
    q = _quote(text, "We are proud")
    assert q.speaker is not None and "Dennis" not in q.speaker and "Ruiz" in q.speaker


def test_a_courtesy_title_finds_the_woman_of_that_surname_named_before():
    text = ("Wendy Ruiz and her husband, Dennis Ruiz, arrived late.\n\n"
            "Mrs. Ruiz waved to the crowd.\n\n"
            "\u201cWe are proud of this city,\u201d she said.\n")
    assert _quote(text, "We are proud").speaker == "Wendy Ruiz"


def test_a_given_name_joined_to_a_full_name_is_a_person_for_she():
    text = ("Brenda and Dennis Keller run the farm outside town, and have for 30 years.\n\n"
            "\u201cWe have nowhere to go,\u201d she said.\n")
    q = _quote(text, "nowhere to go")
    assert q.speaker == "Brenda Keller"     # the family surname (round 28)


def test_a_firm_of_two_surnames_is_no_given_name_pair():
    # a guard: "Marks and Spencer"-like names are no person
    text = ("Higgins and Carter Partners said the deal was done.\n\n"
            "\u201cWe are pleased,\u201d the firm said.\n")
    q = _quote(text, "We are pleased")
    assert q.speaker != "Higgins"
