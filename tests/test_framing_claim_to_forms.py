"""'claim to' and an infinitive where the form names no status the claimant gives itself
(issue 15): the verb's object before it and nothing after, and a claim negated after 'and
not' or 'not to'. Snippets of our own (never corpus text)."""
import pytest

from framing_helpers import flagged, infos, warnings


@pytest.mark.parametrize("text, word", [
    # the object stands before the verb, nothing after it but a stop: what is professed
    ("The mill closed, and so did the jobs of the workers the senator claimed to protect. "
     "We have seen it before.", "claimed"),
    ("The firm lost the very market it claims to serve, the filing shows.", "claims"),
])
def test_a_claim_to_that_names_no_status_is_info(ruleset, text, word):
    assert ("QC301", word) not in warnings(ruleset, text, "QC301")
    assert ("QC301", word) in infos(ruleset, text, "QC301")


@pytest.mark.parametrize("text, word", [
    # the participle of a status: how someone presents itself, doubted
    ("A group claiming to fight fraud online was named in the filing.", "claiming"),
    ("For weeks the broker was still claiming to be a licensed adviser.", "claiming"),
    # a status with what follows the verb
    ("The clinic hired Jon Reed, who claimed to be a licensed doctor from the capital.",
     "claimed"),
    ("The two men, who claimed to be engineers, were held on suspicion of spying.", "claimed"),
    ("The firm claims to serve every village in the valley.", "claims"),
])
def test_the_claim_of_a_status_stays_a_warning(ruleset, text, word):
    assert ("QC301", word) in warnings(ruleset, text, "QC301")


@pytest.mark.parametrize("text", [
    "The coach said anyone can win if they plan ahead and not claim to be surprised by luck.",
    "The union chose not to claim that the vote had been rigged.",
])
def test_a_claim_negated_after_and_not_or_not_to_is_not_found(ruleset, text):
    assert flagged(ruleset, text, "QC301") == []
