"""Issue 12, round 22: classes from PolNeAR train and the Gender Gap Tracker table (the
development data of this round), each with a snippet written for the test in the shape of
what was seen (never corpus text)."""
from speaker_helpers import quote_with as _quote


def test_a_participle_after_a_reported_clause_goes_with_the_reporter():
    # "Ruiz says Peru has asked …, calling the charges “absurd”": the participle was tied to
    # the reported clause's subject (Peru), with Ruiz only relaying the words
    text = ("LIMA \u2014 Transport Minister Ana Ruiz says Canada has asked Peru to release a "
            "fisherman held since May, calling the charges \"absurd.\"\n\n"
            "Ruiz also listed the partners the country has courted.\n")
    q = _quote(text, "absurd")
    assert q.speaker == "Ana Ruiz" and q.reported_by is None
