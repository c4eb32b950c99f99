"""'claim' as the noun of a filed application (issue 15, attr23): an asylum claim, jobless
claims, an injury claim name what someone applied for, not words the outlet doubts. Snippets
of our own, shaped like the real text, beside the doubt verbs that stay warnings."""
import pytest

from framing_helpers import doubted, warnings


@pytest.mark.parametrize("text", [
    "While she waited for her asylum claim to be heard in Leeds, she was not allowed to work.",
    "He was still waiting for his injury claim to be settled by the insurer last spring.",
    "The family hoped the disability claim to be reviewed this month would finally succeed.",
])
def test_a_filed_claim_gives_no_warning(ruleset, text):
    assert warnings(ruleset, text, "QC301") == []
    assert doubted(ruleset, text, "QC301") == []


@pytest.mark.parametrize("text, word", [
    ("The minister claimed that the asylum system was being abused by smugglers.", "claimed"),
    ("Dozens of families are seeking asylum, claiming that the camps are unsafe.", "claiming"),
    ("The crash was in May. The insurer claims that the injury was caused before it.", "claims"),
])
def test_a_doubt_verb_keeps_the_warning(ruleset, text, word):
    assert ("QC301", word) in doubted(ruleset, text, "QC301")
