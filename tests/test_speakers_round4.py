"""Issue 12, fourth round: speaker failure classes seen on real news (PolNeAR train), each with
a snippet written for the test in the shape of what was seen (never corpus text)."""
from speaker_helpers import speaker_of


def test_fragment_inside_a_reported_clause_is_the_reporters():
    text = ("Title line\n\n"
            "Councillor Ann Ruiz said Tuesday that Mayor Tom Vane called the levy “a fair ask.”\n\n"
            "According to Civitas, Vane praised his “tireless” deputy.\n\n"
            "Ruiz said the deputy was “out of her depth.”\n")
    assert speaker_of(text, "fair ask") == "Ann Ruiz"
    assert speaker_of(text, "tireless") == "Civitas"
    assert speaker_of(text, "out of her depth") == "Ann Ruiz"
