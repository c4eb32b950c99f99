"""'woke' the past tense of 'wake' told by its place in the clause (issue 15, the word-sense
class of the baly_201909b reading): a subject right before it and what follows the verb after
it (up, a time, to, from, an hour, a place or a state), or a verb joined to an earlier one
with its subject left out. Words of politics around it do not make it the label; the label
('the woke mob', 'went woke', 'so woke', 'young and woke') stays. Snippets of our own."""
import pytest

from framing_helpers import by_severity


def _flagged(rs, text):
    found = by_severity(rs, text, "QC331")
    return [w.lower() for sev in ("warning", "info") for _, w in found[sev]]


@pytest.mark.parametrize("text", [
    # a plural subject and a day and a time of day, politics in the same sentence
    "Party lawmakers woke Thursday morning to a political storm over the vote.",
    # a time word after the verb
    "Residents woke before dawn as the political row over the plant deepened.",
    "Voters woke early on polling day, eager to back a political outsider.",
    # an hour
    "The senator woke at five and read the election returns with her political staff.",
    # an object (a pronoun, or a noun phrase and 'up')
    "The announcement woke everyone in the political world.",
    "The candidate's speech woke the party base up across the political map.",
    # a verb joined to an earlier one: its subject left out
    "Campaign aides went to bed late and woke in a panic over the political fallout.",
    "The aide read the polls all night, woke at six and called the political director.",
])
def test_the_verb_wake_raises_nothing(ruleset, text):
    assert "woke" not in _flagged(ruleset, text)


@pytest.mark.parametrize("text", [
    "The woke mob shouted down the speaker on campus.",
    # a verb of becoming, a copula or a degree word before it, a time after it
    "The company went woke in 2019 and lost half its customers.",
    "The network grew so woke in a year that its viewers left.",
    "The studios now race to be woke before their rivals.",
    "The university is woke at heart, its critics on the board complain.",
    # joined by a comma or 'and', but a noun or a politics word after it
    "Local taxes, woke ideology and the budget dominated the political meeting.",
    "Its voters are young and woke in their politics.",
])
def test_the_label_stays(ruleset, text):
    assert "woke" in _flagged(ruleset, text)
