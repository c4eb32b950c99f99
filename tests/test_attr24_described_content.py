"""Framing words in content the narrator attributes or describes, not its own verdict (issue
15, attr24): a sentence opened by 'According to X,' (as one closed by it), the content of a
stereotype or a myth, the topic of a speech someone gives, what a work depicts, and what a
place is equated with. Snippets of our own, beside the narrator's uses that stay warnings."""
import pytest

from framing_helpers import infos, warnings

LEAD = "The mayor was elected in June. "


@pytest.mark.parametrize("text", [
    "According to the Ledger, after the dinner the developer bragged of having the mayor in "
    "his pocket.",
    "According to a person familiar with the talks, the developer bragged about the deal.",
    "Many of the nurses had to wrestle with stereotypes of victimhood for years.",
    "The old myth of a sinister cabal running the banks is back.",
    "The mayor kept making speeches about the need to protect the town from nefarious "
    "outsiders for years.",
    "The mayor gave a fiery speech about nefarious outsiders on Tuesday.",
    "His last campaign ad depicted a global cabal out to ruin the town.",
    "Never mind that his last campaign ad treated the bank as one arm of a global cabal out to "
    "ruin the town.",
    "In this town the land across the river is not equated with disorder and evil, but "
    "with family.",
])
def test_attributed_or_described_content_gives_no_warning(ruleset, text):
    assert warnings(ruleset, LEAD + text) == []


@pytest.mark.parametrize("text, word", [
    ("The developer bragged of having the mayor in his pocket. According to the Ledger, he "
     "paid nothing.", "bragged"),
    ("According to him the deal was fair, and he bragged about it.", "bragged"),
    ("Stereotypes of immigrants persist, and the nefarious cabal is winning.", "nefarious"),
    ("I have given speeches about nefarious outsiders for years.", "nefarious"),
    ("The mayor gave a speech on Tuesday. Nefarious outsiders were not mentioned.", "Nefarious"),
    ("His ad depicted the town. The nefarious cabal won anyway.", "nefarious"),
    ("The army attacked the town as part of a brutal offensive.", "brutal"),
    # the group a view is about is the narrator's name for it, and what a caricature draws
    ("The stereotypes of illegal immigrants who steal jobs persist.", "illegal immigrants"),
    ("He mocked the caricature of illegal immigrants who steal jobs.", "illegal immigrants"),
])
def test_the_narrators_word_keeps_the_warning(ruleset, text, word):
    assert word in [w for _, w in warnings(ruleset, LEAD + text)]


def test_a_doubt_verb_after_according_to_stays_info(ruleset):
    text = LEAD + "According to the Ledger, the developer claimed he paid nothing."
    assert ("QC301", "claimed") in infos(ruleset, text)


def test_the_manner_of_a_depiction_is_the_narrators(ruleset):
    text = LEAD + "No earlier memoir had portrayed the governor in a scathing light."
    assert ("QC332", "scathing") in infos(ruleset, text)
