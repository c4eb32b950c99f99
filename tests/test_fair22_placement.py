"""Two labels in one naming verb's object, and the placement terms hard-left/hard-right
(issue 15, fair22; bias-aware: each case is run for the left and the right, in both orders).
A naming verb's object ran to its first comma, so of "called it a middle ground between the
X, which ..., and the Y, which ..." only the second label was the narrator's, whichever side
it named; and 'hard-left'/'hard-right', placement terms like 'far-left'/'far-right', were
QC331 partisan-slur warnings: now a weak class, info in the body of a report for both sides,
a warning when stacked on another judgement or in a headline. Snippets of our own (never corpus text)."""
import pytest

from framing_helpers import by_severity, flagged, warnings

SIDES = [("left", "right"), ("right", "left")]


@pytest.mark.parametrize("first, second", SIDES)
def test_both_labels_in_a_naming_verbs_object_are_the_subjects(ruleset, first, second):
    text = (f"Aides called the budget a fair middle ground between the radical {first}, which "
            f"wants lower bus fares, and the radical {second}, which wants a lower harbour "
            f"levy.")
    assert flagged(ruleset, text, "QC331") == []


@pytest.mark.parametrize("first, second", SIDES)
def test_both_labels_in_the_narrators_own_sentence_are_alike(ruleset, first, second):
    text = (f"The budget is a fair middle ground between the radical {first}, which wants "
            f"lower bus fares, and the radical {second}, which wants a lower harbour levy.")
    assert sorted(w for _, w in flagged(ruleset, text, "QC331")) == sorted(
        [f"radical {first}", f"radical {second}"])


@pytest.mark.parametrize("first, second", SIDES)
def test_the_relative_clause_stays_the_narrators(ruleset, first, second):
    text = (f"Aides called the budget a fair middle ground between the radical {first}, which "
            f"has fought any plan to let illegal immigrants stay, and the radical {second}, "
            f"which wants a lower harbour levy.")
    assert ("QC330", "illegal immigrants") in warnings(ruleset, text, "QC330")
    assert flagged(ruleset, text, "QC331") == []


@pytest.mark.parametrize("side", ["left", "right"])
def test_a_naming_verbs_object_still_ends_at_its_comma(ruleset, side):
    text = f"Aides called the levy a fair step, and the radical {side} fought it all week."
    assert ("QC331", f"radical {side}") in flagged(ruleset, text, "QC331")


@pytest.mark.parametrize("text, word", [
    ("Some hard-right figures and online pundits spread the rumour within hours.",
     "hard-right"),
    ("Some hard-left figures and online pundits spread the rumour within hours.",
     "hard-left"),
    ("The hard-right zealots in the council blocked every vote.", "hard-right"),
    ("The hard-left zealots in the council blocked every vote.", "hard-left"),
    ("The hard right has taken over the party since the spring.", "hard right"),
    ("The hard left has taken over the party since the spring.", "hard left"),
    ("He ran with the hard-right Union of Farmers at the last election.", "hard-right"),
    ("He ran with the hard-left Union of Farmers at the last election.", "hard-left"),
])
def test_hard_left_and_hard_right_are_placement_info_alike(ruleset, text, word):
    found = by_severity(ruleset, text, "QC33")
    assert ("QC331", word) in found["info"]
    assert all(w != word for _, w in found["warning"])


@pytest.mark.parametrize("side", ["left", "right"])
def test_a_placement_stacked_on_a_verdict_stays_a_warning(ruleset, side):
    text = f"The council backed a violent, hard-{side} group that wrecked the square."
    assert ("QC331", f"hard-{side}") in warnings(ruleset, text, "QC331")


@pytest.mark.parametrize("text", [
    "The van turned hard left at the lights and hit a wall.",
    "The van turned hard right at the lights and hit a wall.",
    "He landed a hard left hook in the third round.",
    "He landed a hard right hook in the third round.",
])
def test_a_literal_turn_or_blow_is_no_placement(ruleset, text):
    assert by_severity(ruleset, text, "QC33")["info"] == []
    assert warnings(ruleset, text, "QC33") == []


@pytest.mark.parametrize("text, word", [
    ("The council backed a divisive, angry, hard-left group that wrecked the square.",
     "hard-left"),
    ("The council backed a divisive, angry, hard-right group that wrecked the square.",
     "hard-right"),
    ("The council backed a thuggish, openly leftist crowd that wrecked the square.",
     "leftist"),
    ("The council backed a thuggish, openly rightist crowd that wrecked the square.",
     "rightist"),
])
def test_a_stack_through_a_series_or_an_adverb_stays_a_warning(ruleset, text, word):
    assert ("QC33", word) in [(c[:4], w) for c, w in warnings(ruleset, text, "QC33")]
