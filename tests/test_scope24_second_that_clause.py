"""A second that-clause joined to one report by 'and that' or ', but that' (issue 15, scope24):
it stays the reported speaker's whatever its verb's complement is, so a doubt verb there
('and that he claimed to ...', 'and that he claimed that ...') is not the narrator's; a new
clause or sentence of the narrator's after the report is still read as the narrator's.
Sentences of our own."""
import pytest

from framing_helpers import doubted

REPORTED = [
    "Aides said that the courier was paid and that he claimed to have met the mayor twice.",
    "Aides said that the courier was paid and that he claimed that the mayor knew of it.",
    "Aides said that the courier was paid, and that he claimed to have met the mayor twice.",
    "Aides said the courier was paid and that he claimed to have met the mayor twice.",
    "Aides told reporters that the courier was paid, but that he claimed to be owed more.",
    "Aides said that the courier was paid and that she insisted on being thanked in public.",
]


@pytest.mark.parametrize("text", REPORTED)
def test_doubt_verb_in_a_second_that_clause_is_the_reports(ruleset, text):
    assert doubted(ruleset, text, "QC301") == []


NARRATOR = [
    ("Aides said that the courier was paid. He claimed to have met the mayor twice.", "claimed"),
    ("Aides said that the courier was paid, and he claimed to have met the mayor twice.",
     "claimed"),
    ("Aides said that the courier was paid, and that was when he claimed to have met the "
     "mayor twice.", "claimed"),
    ("Aides said that the courier was paid, but he claimed to have met the mayor twice.",
     "claimed"),
]


@pytest.mark.parametrize("text, word", NARRATOR)
def test_doubt_verb_after_the_report_stays_the_narrators(ruleset, text, word):
    assert ("QC301", word) in doubted(ruleset, text, "QC301")
