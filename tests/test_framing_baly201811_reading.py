"""Failure classes of the baly_201811 untuned read (issues 11 and 15): an evaluative adverb as
a degree word before a quality no one is blamed for ('a brutally frank op-ed'), and a label
inside an attributed comparison ('the party compared the governor to a dictator'). Snippets of
our own; the narrator's own use of the same words beside them stays a warning."""
import pytest

from framing_helpers import flagged


@pytest.mark.parametrize("text, word", [
    ("The former leader startled her colleagues with a brutally frank essay this week.",
     "brutally"),
    ("The coach was brutally honest about the team's chances in the spring.", "brutally"),
    ("Critics found the new sitcom hysterically funny in its first season.", "hysterically"),
    ("The region braced for a brutally cold week after the storm.", "brutally"),
    ("The young violinist is ridiculously talented, her teacher said of the prize.",
     "ridiculously"),
])
def test_an_evaluative_adverb_as_a_degree_word_is_no_verdict(ruleset, text, word):
    assert ("QC331", word) not in flagged(ruleset, text, "QC331")


@pytest.mark.parametrize("text, word", [
    ("The senator brutally mocked the mayor's budget plan in a speech.", "brutally"),
    ("The council raised the fees outrageously high for the poorest tenants.", "outrageously"),
])
def test_an_evaluative_adverb_of_blame_stays(ruleset, text, word):
    assert ("QC331", word) in flagged(ruleset, text, "QC331")


@pytest.mark.parametrize("text, word", [
    ("The state's opposition party, meanwhile, has compared the governor to a dictator.",
     "dictator"),
    ("Opposition leaders reacted to the court filings by comparing the mayor to a strongman "
     "striking at the count.", "strongman"),
    ("Her rivals likened the senator to a demagogue in a series of ads.", "demagogue"),
])
def test_a_label_in_an_attributed_comparison_is_the_comparers(ruleset, text, word):
    assert not [f for f in flagged(ruleset, text, "QC33") if f[1] == word]


def test_the_narrators_own_label_beside_a_comparison_stays(ruleset):
    text = ("The governor, a dictator in all but name, compared the budget to a family's "
            "household accounts.")
    assert ("QC330", "dictator") in flagged(ruleset, text, "QC33")


def test_the_narrators_measure_with_compared_is_no_comparers_figure(ruleset):
    text = "Turnout fell compared with the brutal winter election of the year before."
    # the narrator's 'compared with' opens no span: the same word without it reads the same
    plain = "Turnout fell after the brutal winter election of the year before."
    assert ([w for _, w in flagged(ruleset, text, "QC33")]
            == [w for _, w in flagged(ruleset, plain, "QC33")])
