"""Issue 15: 'state' right before the head it modifies ('red state governors', 'state
lawmakers') is a noun, no verb of saying; its false clause had taken the sentence's own
emotive verb out of the narrator's voice. Snippets are written for the test."""
from __future__ import annotations

import pytest

from framing_helpers import flagged


@pytest.mark.parametrize("text", [
    "Farm Belt Cases Rise\n\nThe president and red state governors for weeks have loudly "
    "bragged about how the plains escaped the virus without shelter orders.",
    "State lawmakers have bragged for months that the fund would never run dry.",
])
def test_a_state_noun_before_its_head_leaves_the_narrators_verb(ruleset, text):
    assert ("QC302", "bragged") in flagged(ruleset, text, "QC302")


def test_the_verb_state_keeps_its_clause(ruleset):
    # 'state' as a verb of saying: its clause is the speakers', so the brag is theirs
    text = "Officials state the mayor bragged about the budget at every meeting."
    assert ("QC302", "bragged") not in flagged(ruleset, text, "QC302")
