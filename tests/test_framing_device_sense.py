"""'useless' of a device that does not work in a circumstance its sentence names (issue 15,
baly_201910 reading): 'the panels are useless when the grid goes down' says the thing fails
there and judges no one. A bare verdict on gear, a plan or a person stays a warning. Snippets
of our own."""
import pytest

from framing_helpers import flagged


@pytest.mark.parametrize("text", [
    "Few owners know it, but rooftop panels are useless when the grid goes down.",
    "The old radios were largely useless underground, so the crews used runners.",
    "Most of the old antibiotics are useless against the new strain.",
    "Phones become useless once the towers lose power.",
])
def test_a_device_that_fails_in_a_circumstance_is_not_a_verdict(ruleset, text):
    assert ("QC331", "useless") not in flagged(ruleset, text, "QC331")


@pytest.mark.parametrize("text", [
    "The new gear was useless, and the rescue failed.",
    "The plan is useless when voters need help most.",
    "The senator was useless during the crisis.",
    "The agency's useless phones cost taxpayers millions.",
])
def test_a_verdict_on_a_plan_a_person_or_bare_gear_stays(ruleset, text):
    assert ("QC331", "useless") in flagged(ruleset, text, "QC331")
