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
            "A \"flipover\" is when a landlord tells a tenant to leave so the unit can be "
            "sold.\n")
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
