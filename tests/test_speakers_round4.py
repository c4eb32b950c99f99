"""Issue 12, fourth round: speaker failure classes seen on real news (PolNeAR train), each with
a snippet written for the test in the shape of what was seen (never corpus text)."""
from speaker_helpers import quotes_of, speaker_of


def test_fragment_inside_a_reported_clause_is_the_reporters():
    # issue 12, round 13: words the inner clause's speech verb gives ("Vane called the levy
    # “…”") are the inner speaker's, the outer speaker relaying them (Quote.reported_by);
    # a verb that is no speech ("praised") leaves the fragment the reporter's
    text = ("Title line\n\n"
            "Councillor Ann Ruiz said Tuesday that Mayor Tom Vane called the levy “a fair ask.”\n\n"
            "According to Civitas, Vane praised his “tireless” deputy.\n\n"
            "Ruiz said the deputy was “out of her depth.”\n")
    (q,) = [q for q in quotes_of(text) if "fair ask" in q.text]
    assert (q.speaker, q.reported_by) == ("Tom Vane", "Ann Ruiz")
    assert speaker_of(text, "tireless") == "Civitas"
    assert speaker_of(text, "out of her depth") == "Ann Ruiz"


def test_a_thing_after_a_preposition_or_verb_is_no_speaker():
    text = ("Title line\n\n"
            "Vane, who has in the past described the levy as “a tax on hope,” spoke first.\n\n"
            "Hours later, the council released a statement saying the fair was “cancelled for good.”\n\n"
            "Ruiz said Vane was “tired.” Later, she sent an email saying, “It is done.”\n")
    assert speaker_of(text, "tax on hope") == "Vane"
    assert speaker_of(text, "cancelled for good") == "council"
    assert speaker_of(text, "It is done") == "Ruiz"


def test_fragment_takes_the_subject_of_a_later_or_following_clause():
    text = ("Title line\n\n"
            "From the mayor’s “shabby” budget to his plan for a new “toll wall,” Dana Obi "
            "described the council as a “club for insiders” and left.\n\n"
            "Ada Lum, the chair, insisted on calling the levy a “fair and modest ask.”\n\n"
            "Noting that the levy “hurts the poor,” though, Obi did vote for it.\n")
    assert speaker_of(text, "club for insiders") == "Dana Obi"
    assert speaker_of(text, "hurts the poor") == "Dana Obi"
    assert speaker_of(text, "modest ask") == "Ada Lum"


def test_fragment_in_a_sentence_naming_no_one_is_the_previous_speakers():
    text = ("Title line\n\n"
            "“The rule is broad and loosely drawn,” Vera Halm added. But that is not the same "
            "thing as “properly taxable under the code.”\n")
    assert speaker_of(text, "properly taxable") == "Vera Halm"


def test_call_after_a_determiner_and_a_noun_is_a_noun():
    text = ("Title line\n\n"
            "Citing the flood as a wake-up call for the town, Dana Obi urged “calm and resolve "
            "from everyone.”\n\n"
            "Ruiz joined a press call Friday, and criticized the levy as “a bad joke.”\n")
    assert speaker_of(text, "calm and resolve") == "Dana Obi"
    assert speaker_of(text, "bad joke") == "Ruiz"
