"""Issue 12, round 17: speaker failure classes seen on PolNeAR train, each with a snippet
written for the test in the shape of what was seen (never corpus text)."""
from speaker_helpers import quote_with as _quote


def test_a_paraphrase_goes_on_with_the_previous_sentences_reported_speaker():
    # "X has argued that ... As a result, there is still “…”": the narrator goes on
    # paraphrasing the same speaker in a sentence that names no one
    text = ("Title line\n\n"
            "Ana Ruiz has argued that the clinic was underfunded from the start. As a result, "
            "there is still \"a waiting list that grows every single month.\"\n")
    assert _quote(text, "waiting list").speaker == "Ana Ruiz"


def test_a_paraphrase_goes_on_with_the_previous_sentences_quoted_speaker():
    # an opening phrase's capitalised word ("In March,", "For African-Americans,") is no subject
    text = ("Title line\n\n"
            "\"The money is gone,\" Ana Ruiz said, \"and nobody will say where.\" In March, the plan "
            "was \"better than anything the council has put forward.\"\n")
    assert _quote(text, "better than anything").speaker == "Ana Ruiz"


def test_no_carried_speaker_when_the_sentence_has_its_own_subject_or_no_report_before():
    text = ("Title line\n\n"
            "Scott Perry said the vote was close. Perry's office has asked the council to "
            "publish \"every ballot and every tally sheet.\"\n\n"
            "Refugees from Norland admitted to the program have mostly found work. Most of them "
            "are, in the end, \"hard workers who want to stay.\"\n\n"
            "Ana Ruiz said the hall was full.\n\n"
            "The vote, by contrast, was \"a quiet affair with very few surprises.\"\n")
    assert _quote(text, "every ballot").speaker != "Scott Perry"
    assert _quote(text, "hard workers").speaker is None           # 'admitted to' reports nothing
    assert _quote(text, "quiet affair").speaker is None           # another paragraph


def test_a_share_of_a_polls_respondents_gives_the_poll_as_the_source():
    # "In a ... poll, 31% of Republicans said they were “…”": a finding, not a group's words
    text = ("Title line\n\n"
            "In a national Harbor/Metro poll released Monday, 31% of Republicans said they were "
            "\"extremely enthusiastic\" about voting.\n\n"
            "The Lakeview poll also finds that, while 41 percent of voters say the mayor is \"very "
            "responsible\" for the delays, 18 percent call him \"not at all responsible.\"\n\n"
            "Six in 10 residents said the bridge was \"a waste of money,\" according to a new "
            "survey.\n")
    assert _quote(text, "extremely enthusiastic").speaker == "national Harbor/Metro poll"
    assert _quote(text, "very responsible").speaker == "Lakeview poll"
    assert _quote(text, "not at all").speaker == "Lakeview poll"
    assert _quote(text, "waste of money").speaker == "new survey"


def test_a_share_with_no_poll_named_keeps_its_speaker():
    text = ("Title line\n\n"
            "A majority of the council said the plan was \"dead on arrival.\"\n")
    assert _quote(text, "dead on arrival").speaker == "council"
