"""A framing word inside a charge's content or inside what a speaker said something was, in
a relative clause (issue 15, quotecheck.framing.charges), and the clause of 'said' after a
relative pronoun with a named subject ('an article that said Roe lied'). Snippets of our
own; the narrator's own use of the same words beside them stays a warning."""
import pytest

from framing_helpers import flagged
from quotecheck.framing.verbcontext import verb_data


@pytest.mark.parametrize("text, code, word", [
    ("Appointing donors to the bench led to charges of cronyism, delays and incompetence.",
     "QC331", "incompetence"),
    ("The council faced allegations of reckless spending on the stadium.", "QC331",
     "reckless"),
    ("The judge was charged with partiality, tyranny and oppression.", "QC331", "tyranny"),
    ("The judge was charged with appointing incompetent receivers and padding their fees.",
     "QC331", "incompetent"),
    ("The jets hit a warehouse that the ministry said was a terrorist depot.", "QC330",
     "terrorist"),
    ("The board passed a budget which the union called a reckless gamble.", "QC331",
     "reckless"),
    ("The council rejected a motion that said Mayor Roe lied about the budget.", "QC331",
     "lied"),
])
def test_the_charge_or_the_speakers_words_are_reported(ruleset, text, code, word):
    assert (code, word) not in flagged(ruleset, text, code)


@pytest.mark.parametrize("text, code, word", [
    ("The charges were dropped, and their incompetent receivers kept their posts.", "QC331",
     "incompetent"),
    ("He was charged with fraud, and the tyranny of his political machine went on.", "QC331", "tyranny"),
    ("The ministry said the site was empty. The jets then hit a shoddy depot.", "QC331",
     "shoddy"),
    ("Mayor Roe lied about the budget in May.", "QC331", "lied"),
    # who is suspected is the suspicion's; the event named stays the narrator's
    ("Police held 20 men on suspicion of a role in the shoddy repairs.", "QC331", "shoddy"),
    # what someone called a thing is their word up to the comma, not what follows
    ("The court heard of the gas, which the guru called a divine power, used by their "
     "reckless guards.", "QC331", "reckless"),
])
def test_the_narrators_words_beside_them_stay(ruleset, text, code, word):
    assert (code, word) in flagged(ruleset, text, code)


def test_that_alleged_before_a_noun_is_no_verb(ruleset):
    """'alleged' after 'that' before a noun and a verb is the adjective ('that alleged plot
    was foiled'), not a doubt verb: no clause is read after it."""
    assert flagged(ruleset, "Police said that alleged plot was foiled in May.", "QC301") == []


@pytest.mark.parametrize("example", verb_data()["charges"]["examples"],
                         ids=lambda e: e.get("reported") or e.get("narrators"))
def test_charges_examples(ruleset, example):
    """The ``[charges]`` data's examples: the word in a 'reported' sentence is not flagged,
    the same word in a 'narrators' sentence is."""
    sentence = example.get("reported") or example["narrators"]
    marked = [w for _, w in flagged(ruleset, sentence, "QC33")]
    assert (example["word"] in marked) == ("narrators" in example), marked
