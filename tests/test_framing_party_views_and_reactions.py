"""A party's characterisation after an aside in dashes, a feeling given as one person's, a
'brutal' dispute or campaign named only by its hardness, and a crowd's jeering as a noun
(issue 15: the false rows of the baly_201810 and baly_201812 readings). Snippets of
our own; the narrator's own use of the same words stays a warning."""
import pytest

from framing_helpers import at_info_only, flagged


@pytest.mark.parametrize("text", [
    "Council members are openly doubting the harbour vote, casting routine steps\u2014the "
    "sorting of the ballots\u2014as potentially insidious.",
    "The mayor's allies painted the levy\u2013a modest charge on boats\u2013as a sinister grab.",
])
def test_an_aside_in_dashes_before_as_keeps_the_partys_characterisation(ruleset, text):
    assert not [f for f in flagged(ruleset, text, "QC331") if f[1] in ("insidious", "sinister")]


@pytest.mark.parametrize("text", [
    "The levy\u2014a modest charge on boats\u2014was a sinister grab, as the mayor knew.",
    "Council members cast their ballots early; the insidious levy passed as expected.",
])
def test_a_dash_aside_with_no_verb_of_regarding_leaves_the_narrators_word(ruleset, text):
    assert [f for f in flagged(ruleset, text, "QC331") if f[1] in ("insidious", "sinister")]


@pytest.mark.parametrize("text", [
    "The idea of a fixed end to her term at the request of two junior members was abhorrent "
    "to her.",
    "A second count of the harbour ballots seemed absurd to them.",
])
def test_a_feeling_given_to_a_pronoun_is_the_holders(ruleset, text):
    assert not [f for f in flagged(ruleset, text, "QC331") if f[1] in ("abhorrent", "absurd")]


@pytest.mark.parametrize("text", [
    "The new warden was brutal to them for a decade.",
    "The abhorrent levy was mailed to her on Monday.",
])
def test_cruelty_to_a_pronoun_stays_the_narrators_verdict(ruleset, text):
    assert [f for f in flagged(ruleset, text, "QC331") if f[1] in ("brutal", "abhorrent")]


@pytest.mark.parametrize("text", [
    "The board will face a budget fight and brutal divisions on several minor bills that "
    "will trouble the party all winter.",
    "The governor gave his first address in January. It also might have been the governor "
    "closing the book after a brutal campaign.",
])
def test_a_brutal_dispute_or_campaign_named_by_its_hardness_is_info(ruleset, text):
    assert at_info_only(ruleset, text, "QC331", "brutal")


@pytest.mark.parametrize("text", [
    "The regime answered the marchers with a brutal crackdown on the harbour district.",
    "The town fell to the army after a brutal campaign.",
    "The senator won after his brutal campaign.",
    "The brutal divisions among the clans ended in killings across the north.",
])
def test_brutal_of_force_an_army_or_an_agent_stays_a_warning(ruleset, text):
    assert ("QC331", "brutal") in flagged(ruleset, text, "QC331")


def test_jeering_as_a_noun_of_an_audience_is_no_speech_verb(ruleset):
    text = ("The minister said she had listened \"very closely to the committee\" -- a remark "
            "that was greeted with laughter and jeering by members of the assembly.")
    assert ("QC302", "jeering") not in flagged(ruleset, text, "QC302")


def test_jeered_closing_a_quotation_stays_an_emotive_verb(ruleset):
    text = "\"You cannot have it both ways on the harbour,\" the councillor jeered."
    assert ("QC302", "jeered") in flagged(ruleset, text, "QC302")
