"""Issue 15 (babe19): insults and mockery in the narrator's voice warn (QC331, the insult
group of rules/data/framing-evaluative.toml), and emotive reporting verbs warn where a
passive names speakers as the agent, the object opens with a person's title, or an adverb
stands between a subject pronoun and the verb (QC302, ``[manner]`` of framing-verbs.toml).
Literal senses, other forces as agents and quotations stay silent. Snippets of our own."""
import pytest

from framing_helpers import warnings


@pytest.mark.parametrize("text, word", [
    ("Those Beltway hucksters sold the plan to the county board.", "hucksters"),
    ("The cry-baby council member walked out of the session.", "cry-baby"),
    ("The agency issued a cartoonish threat against the mill owners.", "cartoonish"),
    ("The ministry has stonewalled the inquiry for two years.", "stonewalled"),
    ("The council coddles the developers who fund its members.", "coddles"),
    ("The campaign concocted a story about the missing ballots.", "concocted"),
    ("The board's virtue-signalling statement arrived a week late.", "virtue-signalling"),
    ("The mayor foolishly spent the reserve on a new stadium.", "foolishly"),
])
def test_an_insult_in_the_narrators_voice_warns(ruleset, text, word):
    assert word in [w for _, w in warnings(ruleset, text, "QC331")], text


@pytest.mark.parametrize("text, word", [
    ("The bartender concocted a cocktail of rum and lime.", "concocted"),
    ('"They are hucksters," the treasurer said of the vendors.', "hucksters"),
])
def test_a_literal_sense_or_a_quotation_is_no_insult(ruleset, text, word):
    assert word not in [w for _, w in warnings(ruleset, text, "QC331")], text


@pytest.mark.parametrize("text, word", [
    ("The radio host is being slammed by critics for his remarks.", "slammed"),
    ("The governor has been excoriated by lawmakers of both parties.", "excoriated"),
    ("The union blasted Sen. Jane Roe during the hearing.", "blasted"),
    ("The mayor slammed former Gov. John Doe on Tuesday.", "slammed"),
    ("In the video he vigorously ranted against the lockdowns.", "ranted"),
])
def test_an_emotive_verb_aimed_at_speakers_or_a_titled_person_warns(ruleset, text, word):
    assert word in [w for _, w in warnings(ruleset, text, "QC302")], text


@pytest.mark.parametrize("text, word", [
    ("The coast was slammed by a storm on Tuesday.", "slammed"),
    ("The ridge was blasted by winds all night.", "blasted"),
    ("The wrestler slammed the speaker into the table.", "slammed"),
    ("The senator slammed the door on the way out.", "slammed"),
    ("The newly blasted tunnel opened to traffic.", "blasted"),
    ("A pupil who allegedly bragged about the prank was sent home.", "bragged"),
])
def test_a_force_a_literal_object_or_a_participle_is_no_emotive_verb(ruleset, text, word):
    assert word not in [w for _, w in warnings(ruleset, text, "QC302")], text
