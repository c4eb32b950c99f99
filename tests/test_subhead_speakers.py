"""A subhead ("Town notes", "Weekend Reading": a line of its own, a few words, no stop) names
a section, no one a later "he" or "she" stands for (bugs24: "Town notes" gave the speaker
"Town"). A line that is a person's name alone still names that person. Snippets are written
for the test (never corpus text)."""
import pytest
from speaker_helpers import quote_with

QUOTE = "\u201cThe bridge sways in the wind,\u201d he says.\n"


@pytest.mark.parametrize("head", ["Town notes", "Town Notes", "Weekend Reading",
                                  "What the council decided"])
@pytest.mark.parametrize("between", ["", "The ferry was late again.\n\n"])
def test_a_subhead_gives_no_speaker(head, between):
    text = f"{head}\n\n{between}{QUOTE}"
    assert quote_with(text, "bridge").speaker is None


def test_a_pronoun_before_the_quote_skips_the_subhead_too():
    text = "Town notes\n\nHe says \u201cthe bridge sways in the wind.\u201d\n"
    assert quote_with(text, "bridge").speaker is None


def test_a_person_after_the_subhead_still_speaks():
    text = f"Town notes\n\nOwen Pryce runs the ferry.\n\n{QUOTE}"
    assert quote_with(text, "bridge").speaker == "Owen Pryce"


def test_a_name_line_is_no_subhead():
    text = f"Owen Pryce\n\n{QUOTE}"
    assert quote_with(text, "bridge").speaker == "Owen Pryce"
