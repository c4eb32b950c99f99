"""Failure classes of the untuned real sets opened in the tenth session (issue 15): words of a
named source's indirect speech, technical senses and introduced terms. Snippets of our own;
the narrator's own use of the same words beside them stays a warning."""
import pytest

from framing_helpers import infos, warnings


@pytest.mark.parametrize("text, code, word", [
    # a party's accusation or criticism in the active voice: the accuser's account, to the
    # end of its phrase (a list joined by commas included)
    ("The envoy accused Tehran of arming militias and the brutal junta next door.", "QC331",
     "brutal"),
    ("The premier condemned the council for ignoring riots, stalling talks and arming the "
     "brutal junta.", "QC331", "brutal"),
    ("The spokesman accused Roe of staging little more than a publicity stunt.", "QC331",
     "stunt"),
    # an inverted attribution closing the sentence, the speaker's role in apposition
    ("It is that cult-like loyalty that could save the deal, said Tyler, the former aide to "
     "the senator.", "QC330", "cult"),
])
def test_a_named_sources_indirect_speech_is_reported(ruleset, text, code, word):
    assert (code, word) not in warnings(ruleset, text, code)


@pytest.mark.parametrize("text, code, word", [
    # the passive with no accuser keeps the act the narrator's
    ("The envoy was accused of hiring racist aides.", "QC331", "racist"),
    ("The envoy accused Tehran of arming militias, and the brutal junta next door did "
     "nothing.", "QC331", "brutal"),
    # a sentence that goes on after the speaker's role is not closed by the attribution
    ("It is the regime that could save the deal, said Tyler, and the regime agreed.", "QC330",
     "regime"),
])
def test_the_narrators_words_beside_them_stay(ruleset, text, code, word):
    assert (code, word) in warnings(ruleset, text, code)
