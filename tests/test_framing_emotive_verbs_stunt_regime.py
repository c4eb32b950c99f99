"""Emotive reporting verbs in plain constructions, and three false framing warnings of a
roundup set (issue 15, framing23): the progressive passive and a perfect with an adverb before
the verb, a direct object that names a target of criticism, 'rip X for'; the verb 'stunt', the
content of an accusation named before the word, and a communist state's 'regime' in a
headline. Snippets of our own, shaped like the copy read (never corpus text)."""
import pytest

from framing_helpers import infos, warnings


@pytest.mark.parametrize("text, word", [
    ("The governor is being slammed by critics for the new tax.", "slammed"),
    ("The mayor has repeatedly boasted about the city's record on crime.", "boasted"),
    ("The senator blasted the plan on Tuesday.", "blasted"),
    ("Democrats blasted the president's budget proposal.", "blasted"),
    ("Critics slammed the council\u2019s plan to close the library.", "slammed"),
    ("The senator ripped the administration for its handling of the crisis.", "ripped"),
    ("The coach on Friday ripped former team owner Sam Doe for failing the players.", "ripped"),
])
def test_emotive_verb_in_a_plain_construction_is_a_warning(ruleset, text, word):
    assert ("QC302", word) in warnings(ruleset, text, "QC302")


@pytest.mark.parametrize("text", [
    "She wore ripped jeans to the gala.",
    "The house was ripped apart by a blast.",
    "The storm ripped the roof off the barn for the second time.",
    "A fire ripped through the building that housed the archive.",
    "The rocket blasted the payload into orbit.",
    "He slammed the door on the plan and walked out.",
    "Engineers blasted the rock to clear the tunnel.",
    "Rest in peace: RIP, the banner read.",
])
def test_literal_senses_stay_silent(ruleset, text):
    assert not [w for w in warnings(ruleset, text, "QC302") if w[0] == "QC302"]


def test_a_participle_after_an_adverb_stays_a_noun_phrase(ruleset):
    # 'newly discovered emails' is no verb; a perfect auxiliary before the adverb makes one
    assert not warnings(ruleset, "The boastful statement cited newly boasted records.", "QC302")


@pytest.mark.parametrize("text, word", [
    ("Parts delays stunt the shipyard's recovery\n\nThe yard launched fewer hulls in May.", "stunt"),
    ("Drought could stunt growth of the wheat crop this year.", "stunt"),
])
def test_the_verb_stunt_is_not_the_loaded_noun(ruleset, text, word):
    found = warnings(ruleset, text, "QC331") + infos(ruleset, text, "QC331")
    assert ("QC331", word) not in found


def test_the_noun_stunt_in_a_headline_stays_a_warning(ruleset):
    text = "Governor's stunt draws crowds\n\nHundreds came to the square on Monday."
    assert ("QC331", "stunt") in warnings(ruleset, text, "QC331")


def test_the_content_of_an_accusation_named_before_the_word_is_info(ruleset):
    text = ("Mayor retracts attack over budget lies\n\n"
            "The mayor said on Monday he meant a dozen users, not the company.")
    assert ("QC331", "lies") not in warnings(ruleset, text, "QC331")
    assert ("QC331", "lies") in infos(ruleset, text, "QC331")


def test_lies_in_the_narrators_headline_stays_a_warning(ruleset):
    text = "Mayor's budget lies cost the city\n\nThe mayor said on Monday he meant a dozen users."
    assert ("QC331", "lies") in warnings(ruleset, text, "QC331")


def test_a_communist_regime_in_a_headline_is_info(ruleset):
    text = "Students rally against communist regime in the capital\n\nThe rallies grew on Tuesday."
    assert ("QC330", "regime") not in warnings(ruleset, text, "QC330")
    assert ("QC330", "regime") in infos(ruleset, text, "QC330")


def test_a_regime_of_unstated_form_in_a_headline_stays_a_warning(ruleset):
    text = "Regime tightens its grip on the capital\n\nSoldiers patrolled the streets on Monday."
    assert ("QC330", "Regime") in warnings(ruleset, text, "QC330")
