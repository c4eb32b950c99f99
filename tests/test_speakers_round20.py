"""Issue 12, round 20: classes from PolNeAR train and the Gender Gap Tracker table (the
development data of this round), each with a snippet written for the test in the shape of
what was seen (never corpus text)."""
from speaker_helpers import quote_with as _quote

from quotecheck.quotes.datelines import blank_datelines


def test_a_mixed_case_dateline_with_a_wire_credit_is_no_speaker():
    # "Porto (AFP) – Ana Ruiz has ..., saying that “…”": the place opened the sentence and
    # was taken as the subject of the participle
    text = ("Ruiz swipes at Vane over tariffs\n\n"
            "Porto (AFP) \u2013 Senator Ana Ruiz has taken a swipe at her rival Bo Vane\u2019s "
            "stance on tariffs, saying that \u201creckless comments\u201d do more harm than good.\n\n"
            "Vane has praised the vote.\n")
    assert _quote(text, "reckless comments").speaker == "Ana Ruiz"


def test_dateline_blanking_keeps_offsets_and_leaves_names_with_a_party_tag():
    text = "x\n\nRENO, Nev. (AP) \u2014 The man said\nSen. Ana Ruiz (D-Mich.) - said (loudly) - no"
    out = blank_datelines(text)
    assert len(out) == len(text)
    assert "RENO" not in out and "The man said" in out
    assert "Sen. Ana Ruiz (D-Mich.) - said" in out
    assert blank_datelines("Porto (Reuters) - The court") == " " * 18 + "The court"


def test_a_name_used_as_a_modifier_after_the_is_nobody():
    # "the Vane Express" (a slogan, a brand named after a person) made a person "Vane Express",
    # and every later bare "Vane" became him
    text = ("Title line\n\n"
            "Not everyone has boarded the Vane Express yet, the pundits say.\n\n"
            "To wit, Vane told a radio host that Ana Ruiz \u201chad a reckless plan,\u201d adding, "
            "\u201cShe lost the whole state.\u201d\n")
    assert _quote(text, "reckless plan").speaker == "Vane"
    assert _quote(text, "whole state").speaker == "Vane"
