"""A witness's word inside an account told to a listener or as a 'how' clause, and an
emotive verb in a clause of 'said' without 'that' (issue 15, METER set): the reported
speaker's words, not the narrator's. Snippets are made up in the shape of UK court copy."""
import pytest

from quotecheck.framing.verbcontext import verb_data
from quotecheck.load.loader import load_text
from quotecheck.plugins.run import run_checks
from quotecheck.story import Story

LEAD = "A POLICEWOMAN was cleared yesterday of assaulting a fellow officer.\n\n"


def codes(rs, sentence, select="QC3"):
    """The framing codes found in a short court report ending in ``sentence``."""
    doc = load_text(LEAD + sentence + "\n", id="example")
    return [f.code for f in run_checks(Story([doc]), rs.with_selection(select=select),
                                       documents=[doc])]


@pytest.mark.parametrize("sentence", [
    "Pc Roe told the court she had endured years of vile abuse from colleagues.",
    "Pc Roe told the court how she had suffered vile abuse from colleagues.",
    "She detailed how officers on the team had obscene names for the new recruits.",
])
def test_a_witness_word_in_an_account_told_is_the_witness(ruleset, sentence):
    assert codes(ruleset, sentence) == []


@pytest.mark.parametrize("sentence", [
    "Friends also said Jones would boast of his conquests.",
    "Neighbours said Jones would brag about his car.",
])
def test_an_emotive_verb_in_a_clause_of_said_without_that_is_the_speaker(ruleset, sentence):
    assert codes(ruleset, sentence) == []


@pytest.mark.parametrize("sentence", [
    "The officer suffered vile abuse from colleagues.",
    "Jones would boast of his conquests.",
])
def test_the_same_words_in_the_narrators_voice_still_fire(ruleset, sentence):
    assert codes(ruleset, sentence) != []


@pytest.mark.parametrize("example", verb_data()["testimony"]["examples"],
                         ids=lambda e: e.get("reported") or e.get("narrators"))
def test_testimony_examples(ruleset, example):
    """The ``[testimony]`` data's examples: a word in a 'reported' sentence is not flagged,
    the same word in a 'narrators' sentence is."""
    sentence = example.get("reported") or example["narrators"]
    found = codes(ruleset, sentence, select="QC331")
    assert (found == []) == ("reported" in example), found
