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
