"""The one who asks a question is not the one who answers it (issue 12).

"When the mayor was asked by a reporter why ..., Ana Ruiz went on to say that “…”": the
passive 'asked by' names the asker of a question the sentence tells; the quotation that follows
answers it, so the asker is never its speaker. A question the agent asks in marks stays theirs.
"""
from speaker_helpers import speakers_of


def test_the_asker_of_a_told_question_does_not_answer_it():
    text = ("When the mayor was asked by a reporter why voters should trust him, Ana Ruiz went "
            "on to say that \u201cthere was no deal.\u201d")
    assert speakers_of(text) == ["Ana Ruiz"]
    text = ("When the mayor was then asked by a reporter whether the plan would pass, Ana Ruiz "
            "jumped in to again say that \u201cthe votes are there.\u201d")
    assert speakers_of(text) == ["Ana Ruiz"]


def test_an_answer_after_asked_by_about_is_not_the_askers():
    text = "She was asked by the committee about the loan and answered: \u201cI never saw it.\u201d"
    assert "committee" not in speakers_of(text)


def test_a_relative_clause_about_the_asker_is_no_question():
    text = ("Ruiz was asked by host Tom Lee, who has backed her, \u201cAre you tired of the "
            "story?\u201d")
    assert speakers_of(text) == ["Tom Lee"]


def test_a_question_the_agent_asks_in_marks_stays_theirs():
    text = "The mayor was asked by a reporter: \u201cWhy should voters trust you?\u201d"
    assert speakers_of(text) == ["reporter"]
    text = "Asked by reporters whether he would resign, the mayor said: \u201cNot today.\u201d"
    assert speakers_of(text) == ["mayor"]
