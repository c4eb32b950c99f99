"""Framing false-alarm classes of DUC 2006 newswire (issue 15): evaluative words in another
sense. 'evil' in the theme of 'good versus evil' (a film's fable, a novel's tale) judges no
one, and an 'ugly appearance' describes a look. Snippets of our own, shaped like the real
text, beside the verdicts that stay warnings."""
import pytest

from framing_helpers import warnings


@pytest.mark.parametrize("text", [
    "The film owes much to old Westerns: the costumes, the duels and the epic fable of good "
    "vs. evil.",
    "The novel is a tale of good versus evil set in a small town.",
    "The play turns on the struggle between good and evil.",
    "Bats were long thought frightening for their sharp teeth and ugly appearance.",
])
def test_a_theme_or_a_look_is_not_a_verdict(ruleset, text):
    assert warnings(ruleset, text, "QC331") == []


@pytest.mark.parametrize("text, word", [
    ("The evil plan left thousands without homes.", "evil"),
    ("The good news was buried under an evil campaign of smears.", "evil"),
    ("The ugly campaign ended on Tuesday.", "ugly"),
])
def test_a_verdict_keeps_the_warning(ruleset, text, word):
    assert ("QC331", word) in warnings(ruleset, text, "QC331")
