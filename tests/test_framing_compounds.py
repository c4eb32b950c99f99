"""Compound modifiers after an 'anti-' label, and 'savage' before a kind of joke (rn24, from
the untuned baly06/allsides05 reading): 'anti-police brutality protesters' are against police
brutality, not against the police, so the label 'anti-police' is not there (the prefix governs
the compound noun 'police' opens: 'police violence', 'police misconduct'); 'savage memes' is the
slang for biting humour. Snippets are our own, in the shape of the news copy read; beside them,
the uses that must stay warnings."""
import pytest

from framing_helpers import flagged


@pytest.mark.parametrize("text", [
    "Thousands of anti-police brutality protesters marched through the city on Saturday.",
    "The anti-police violence demonstrations spread to a dozen cities over the weekend.",
    "Grants went to food banks and to the anti-police brutality campaign in the county.",
    "Organisers of the anti-police misconduct rally asked marchers to wear masks.",
])
def test_anti_prefix_of_a_police_compound_is_not_the_label(ruleset, text):
    assert [f for f in flagged(ruleset, text, "QC331") if f[1].lower() == "anti-police"] == []


@pytest.mark.parametrize("text", [
    "Thousands of anti-police protesters marched through the city on Saturday.",
    "The mayor's anti-police rhetoric drew criticism from the union.",
    "The anti-police mob smashed the windows of the station.",
])
def test_anti_police_itself_stays(ruleset, text):
    assert ("QC331", "anti-police") in [(c, w.lower()) for c, w in flagged(ruleset, text, "QC331")]


# -- 'savage' right before a kind of joke: the slang for biting humour (allsides05 reading) ----
@pytest.mark.parametrize("text", [
    "Fans flooded the site with savage memes after the team's third loss in a row.",
    "The comedian opened the ceremony with a savage roast of the night's nominees.",
])
def test_savage_before_a_kind_of_joke_is_slang(ruleset, text):
    assert [f for f in flagged(ruleset, text, "QC331") if f[1].lower() == "savage"] == []


@pytest.mark.parametrize("text", [
    "The regime launched a savage crackdown on the protesters.",
    "The budget is a savage attack on working families.",
])
def test_savage_of_an_act_stays(ruleset, text):
    assert ("QC331", "savage") in [(c, w.lower()) for c, w in flagged(ruleset, text, "QC331")]
