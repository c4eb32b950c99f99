"""Framing recall on the narrator's verdicts (issue 15, recall27, BABE dev reading): a weak
class's word predicated of a thing in a plain copular clause ('the plan is fallacious') keeps
the warning, not in a sentence of saying, a that-clause, a modal or a question; name-calling
with no plain news sense warns; broader evaluative adjectives, comment adverbs, characterising speech
verbs and idioms are info. Plain and reported uses stay quiet or info. Snippets of our own."""
import pytest

from framing_helpers import infos, warnings


@pytest.mark.parametrize("text, word", [
    ("The plan to tame the river with one dam is equally fallacious.", "fallacious"),
    ("The council's handling of the ferry tender was absurd from the start.", "absurd"),
    ("Indeed the rumour about the reservoir is ridiculous.", "ridiculous"),
])
def test_a_weak_class_verdict_of_the_narrators_warns(ruleset, text, word):
    assert ("QC331", word) in warnings(ruleset, text, "QC331")


@pytest.mark.parametrize("text, word", [
    ("Two sadists in uniform pushed the old ferryman off the pier.", "sadists"),
    ("The minister lives in cloud cuckoo land about the harbour budget.", "cloud cuckoo land"),
    ("The campaign worked on the lizard brains of the suburban voters.", "lizard brains"),
])
def test_name_calling_with_no_plain_sense_warns(ruleset, text, word):
    assert ("QC331", word) in warnings(ruleset, text, "QC331")


@pytest.mark.parametrize("text", [
    "The reckless driver was fined on Monday.",
    "The reckless driver was fined on Monday, and the chaos on the bridge lasted an hour.",
    "Critics said the plan was absurd and the chaos at the port would last.",
    "He is reckless, his rivals said at the debate.",
    "The mayor tweeted on Sunday that the inquiry is ridiculous.",
    "The idea that the port can pay for itself is absurd, the auditor said.",
    "The new levy may be irresponsible in a slump.",
    "The governor won't be heavy-handed during the primary.",
])
def test_plain_or_reported_uses_keep_the_weak_class_default(ruleset, text):
    assert not warnings(ruleset, text, "QC331")


@pytest.mark.parametrize("text, word", [
    ("The council, not surprisingly, paid lip service to the harbour plan.", "not surprisingly"),
    ("The council, not surprisingly, paid lip service to the harbour plan.", "lip service"),
    ("The mayor derided the ferry proposal on Tuesday.", "derided"),
    ("The senator made another inflammatory statement about the port.", "inflammatory"),
    ("The sclerotic agency took a year to answer the letters.", "sclerotic"),
])
def test_broader_words_are_info(ruleset, text, word):
    assert ("QC332", word) in infos(ruleset, text, "QC332")
    assert not warnings(ruleset, text, "QC332")


def test_literal_and_legal_senses_are_left_alone(ruleset):
    text = "The court barred cruel and unusual punishment; the patient had an inflammatory disease."
    assert not infos(ruleset, text, "QC332") and not warnings(ruleset, text, "QC332")
