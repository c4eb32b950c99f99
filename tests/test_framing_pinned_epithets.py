"""An epithet the narrator pins on a person keeps the warning (issue 15, babe21): the weak
class's epithets (info by default) said of one person in a copular clause ('he himself is a
racist'), in the tag 'Demagogue that he is', or on a ruler's title ('a wannabe dictator');
the same words of a group, a fan or a charge someone made keep the default. Snippets of our
own."""
import pytest

from framing_helpers import infos, warnings


@pytest.mark.parametrize("text, word", [
    ("The mayor keeps winning, but he himself is a racist whose politics divide the town.",
     "racist"),
    ("Everyone at the depot knows she is a liar about the overtime.", "liar"),
    ("Demagogue that he is, the chief blamed the ferrymen for the strike.", "Demagogue"),
    ("The rift runs between the old guard and a wannabe president for life.", "wannabe"),
    ("Voters had tired of the wannabe strongman by spring.", "wannabe"),
])
def test_an_epithet_pinned_on_a_person_warns(ruleset, text, word):
    assert word in [w for _, w in warnings(ruleset, text, "QC33")], text


@pytest.mark.parametrize("text, word", [
    ("The mall was full of Martha Stewart wannabes on Saturday.", "wannabes"),
    ("The teenager was among the racists who marched through the square.", "racists"),
])
def test_an_epithet_of_a_group_or_a_fan_keeps_the_default(ruleset, text, word):
    assert word not in [w for _, w in warnings(ruleset, text, "QC33")], text
    assert word in [w for _, w in infos(ruleset, text, "QC33")], text


def test_an_epithet_in_a_clause_of_saying_is_the_speakers(ruleset):
    text = "Critics said he is a racist who should resign."
    assert "racist" not in [w for _, w in warnings(ruleset, text, "QC33")]
