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


@pytest.mark.parametrize("text", [
    "Few agree on what the movement is about. Lately, protests have lashed out against targets "
    "as diverse as the central bank, the stock market and the news media.",
    "The storm lashed out at the coast on Monday, cutting power to thousands.",
])
def test_an_emotive_verb_of_a_force_is_no_manner_of_speech(ruleset, text):
    assert warnings(ruleset, text, "QC302") == []


@pytest.mark.parametrize("text", [
    "The senator lashed out at the central bank on Monday.",
    "The protesters lashed out at the police.",
])
def test_a_speaker_lashing_out_keeps_the_warning(ruleset, text):
    assert ("QC302", "lashed out") in warnings(ruleset, text, "QC302")


@pytest.mark.parametrize("text", [
    # (lead25, baly_201909 reading) the force is the subject of a raising or modal verb, or is
    # a quoted forecast term: the weather still speaks no words
    "A \u201chistoric blizzard\u201d is expected to slam the plains by Friday.",
    "The storm is forecast to slam the valley towns on Sunday night.",
    "High winds will slam the harbour at dawn.",
])
def test_a_force_under_a_modal_or_a_forecast_is_no_manner_of_speech(ruleset, text):
    assert [w for w in warnings(ruleset, text, "QC302") if w[1].startswith("slam")] == []


@pytest.mark.parametrize("text", [
    "The senator is expected to slam the budget plan on Friday.",
    "Critics of the storm response will slam the governor this week.",
])
def test_a_speaker_under_a_modal_keeps_the_warning(ruleset, text):
    assert [w for w in warnings(ruleset, text, "QC302") if w[1].startswith("slam")]
