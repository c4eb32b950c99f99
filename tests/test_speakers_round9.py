"""Issue 12, ninth round: transcript turns and speakers seen on real news (PolNeAR dev), each
with a snippet written for the test in the shape of what was seen (never corpus text)."""
from speaker_helpers import quotes_of


def test_a_quoted_transcript_turn_starts_after_its_speaker_label():
    text = ("Ferry interview\n\nThe mayor spoke to the radio on Sunday.\n\n"
            "\"HOST: Is the new ferry late again this winter?\n\n"
            "\"RUIZ: It is late, and we have told the builder so.\n")
    turns = {q.speaker: q for q in quotes_of(text)}
    assert set(turns) == {"Host", "Ruiz"}
    for who, words in (("Host", "Is the new ferry"), ("Ruiz", "It is late")):
        q = turns[who]
        assert q.text.startswith(words) and text[q.start:q.end] == q.text
        assert text[q.speaker_start:q.speaker_end].title() == who
