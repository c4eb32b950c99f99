"""Issue 12, fifth round: speaker failure classes seen on real news (PolNeAR dev), each with a
snippet written for the test in the shape of what was seen (never corpus text)."""
from speaker_helpers import speaker_of


def test_horizontal_bar_after_a_quote_names_its_speaker():
    text = ("Readers speak out\n\n"
            "“The plan is a joke. It hurts us all.” ― Lena Ortiz \n"
            "“I cannot believe this man. How did we sink so low?” ― Marta Quill  \n"
            "“He must stop the lies when most of us work hard.”― Dora Vance.\n")
    assert speaker_of(text, "plan is a joke") == "Lena Ortiz"
    assert speaker_of(text, "sink so low") == "Marta Quill"
    assert speaker_of(text, "stop the lies") == "Dora Vance"
