"""Issue 12, round 21: classes from PolNeAR train and the Gender Gap Tracker table (the
development data of this round), each with a snippet written for the test in the shape of
what was seen (never corpus text)."""
from speaker_helpers import quote_with as _quote


def test_saying_a_name_should_gives_the_words_to_the_one_saying():
    # "…, saying Ruiz should “…”": the participle was joined to the name ("saying Ruiz") and
    # taken as the subject of the fragment's clause; Ruiz is what the spokeswoman spoke of
    text = ("Ruiz said she was worried.\n\n"
            "Norlandic foreign ministry spokeswoman Hua Chunying hit back on Tuesday, saying Ruiz "
            "should \u201cstop making careless remarks and respect the courts.\u201d\n")
    assert _quote(text, "careless remarks").speaker == "Hua Chunying"


def test_a_name_before_a_comma_set_reporting_aside_is_not_he():
    # "Ruiz, he said, “…”": "he" is the one quoted in the sentence before, not Ruiz
    text = ("Senate leader Paul Ruiz spoke first.\n\n"
            "\u201cIt is about trust,\u201d said Sen. Tom Baker, D-Ohio. Ruiz, he said, "
            "\u201cunderstands the members better than anyone.\u201d\n")
    assert _quote(text, "understands the members").speaker == "Tom Baker"
