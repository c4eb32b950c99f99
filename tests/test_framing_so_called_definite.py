"""'the so-called' before a two-word technical term closed by a preposition introduces the
term ('the so-called greenshoe option of', as 'a so-called white knight at' already does);
a label or a clause after it keeps the warning (real trade news, energy set)."""
import pytest

from framing_helpers import flagged


@pytest.mark.parametrize("text", [
    "With the so-called greenshoe option of up to 12% of the offer, the listing could raise "
    "about 1.9 billion euros.",
    "Prices are set under the so-called contract-for-difference scheme in most auctions.",
])
def test_the_so_called_before_a_term_and_a_preposition_is_not_scepticism(ruleset, text):
    assert flagged(ruleset, text, "QC321") == []


@pytest.mark.parametrize("text", [
    "The so-called experts at the ministry were wrong again.",
    "Fighters of the so-called moderate rebels attacked the town.",
])
def test_the_so_called_before_a_label_stays(ruleset, text):
    assert ("QC321", "so-called") in flagged(ruleset, text, "QC321")
