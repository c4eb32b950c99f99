"""Partisan names for a cause or a service warn (issue 15, babe21): 'the abortion industry',
'abortionist', 'gender ideology' and 'transgender ideology' are one side's words for the
other's cause (AP style, GLAAD), as 'anti-choice' and 'pro-abortion' are, and
'social justice warriors' and 'NeverTrumpers' mock a side; the plain names
and a quotation are left alone. Snippets of our own."""
import pytest

from framing_helpers import warnings


@pytest.mark.parametrize("text, word", [
    ("The clinic chain, an abortion industry giant, opened two offices in the valley.",
     "abortion industry"),
    ("Her visit to an abortionist was described in the filing.", "abortionist"),
    ("The new syllabus includes the promotion of gender ideology in primary schools.",
     "gender ideology"),
    ("The board would enforce the transgender ideology on every school in the county.",
     "transgender ideology"),
    ("Militant social justice warriors marched past the depot on Friday.",
     "social justice warriors"),
    ("NeverTrumpers still think they guard the party's soul.", "NeverTrumpers"),
])
def test_a_partisan_name_for_a_cause_warns(ruleset, text, word):
    assert word in [w for c, w in warnings(ruleset, text, "QC33") if c == "QC331"], text


@pytest.mark.parametrize("text", [
    "The clinic chain, one of the largest abortion providers, opened two offices in the valley.",
    "The new syllabus includes lessons on transgender rights in primary schools.",
    "“They push gender ideology on our kids,” the candidate told the crowd.",
])
def test_the_plain_name_or_a_quotation_is_left_alone(ruleset, text):
    assert not [w for c, w in warnings(ruleset, text, "QC33") if c == "QC331"], text


@pytest.mark.parametrize("text, word", [
    ("The forced-birth lobby filled the gallery on Tuesday.", "forced-birth"),
    ("Rethuglicans in the statehouse blocked the measure again.", "Rethuglicans"),
    ("A crowd of teabaggers waited outside the town hall.", "teabaggers"),
    ("The gun nuts at the range cheered the ruling.", "gun nuts"),
])
def test_the_other_sides_counterparts_warn_alike(ruleset, text, word):
    # bias-aware symmetry: each side's slur for the other is listed, not one side's only
    assert word in [w for c, w in warnings(ruleset, text, "QC33") if c == "QC331"], text
