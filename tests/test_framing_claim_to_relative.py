"""'claim to be' / 'claim to have' as a status only in a relative clause that introduces the
claimant (issue 15, the lead's decision): elsewhere the finite verb reports a party's position
or account, under the account policy (info unless the narrator's verdict keeps it).
Snippets of our own (never corpus text)."""
import pytest

from framing_helpers import infos, warnings


@pytest.mark.parametrize("text, word", [
    ("The rebel party claims to be the true voice of the northern towns.", "claims"),
    ("The minister claimed to have the support of most of the cabinet.", "claimed"),
    ("The senator claimed to be the victim of a smear by his rivals.", "claimed"),
    ("The council claims to have cut the waiting lists by half.", "claims"),
])
def test_a_finite_claim_to_be_or_have_outside_a_relative_clause_is_info(ruleset, text, word):
    assert ("QC301", word) not in warnings(ruleset, text, "QC301")
    assert ("QC301", word) in infos(ruleset, text, "QC301")


@pytest.mark.parametrize("text, word", [
    ("The two men, who claimed to be plumbers, were seen at the depot.", "claimed"),
    ("The fund hired a broker, who claims to have inside knowledge of the market.", "claims"),
    ("The clinic hired an aide that had once claimed to have a degree in medicine.", "claimed"),
    # the participle is left to the status rule
    ("A group claiming to fight fraud online was named in the filing.", "claiming"),
    # the narrator's verdict still keeps the finite form a warning
    ("He even claimed to have met the king in his youth.", "claimed"),
    # another infinitive than 'be' or 'have' is not limited
    ("The firm claims to serve every village in the valley.", "claims"),
    # an aside after the infinitive is no stop: the status still follows it
    ("The fund hired Roe, who claims to be, in effect, an insider.", "claims"),
    ("The fund hired Roe, who claims to have, she says, inside knowledge of the market.",
     "claims"),
])
def test_a_claimant_introduced_by_its_claim_stays_a_warning(ruleset, text, word):
    assert ("QC301", word) in warnings(ruleset, text, "QC301")


@pytest.mark.parametrize("text, word", [
    # outside a relative clause an aside changes nothing: a party's account, info
    ("He is not as thrifty as he claims to be, the audit shows.", "claims"),
    ("The party claims to be, in effect, the voice of the north.", "claims"),
])
def test_a_finite_claim_to_be_before_an_aside_outside_a_relative_clause_is_info(
        ruleset, text, word):
    assert ("QC301", word) not in warnings(ruleset, text, "QC301")
    assert ("QC301", word) in infos(ruleset, text, "QC301")
