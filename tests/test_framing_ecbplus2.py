"""Framing false-alarm classes of the ecbplus2 reading (issue 11, branch newset5), each with a
snippet of our own and the narrator's use beside it that must stay a warning."""
import pytest

from framing_helpers import warnings


# -- an emotive verb in a sentence a neutral attribution closes: the attributed speaker's ----
@pytest.mark.parametrize("text", [
    "He had also boasted before the shooting that he wanted to make a name, the judge added.",
    "The suspect had bragged about the robbery to a cellmate, prosecutors said Tuesday.",
])
def test_an_emotive_verb_closed_by_an_attribution_is_the_speakers(ruleset, text):
    assert warnings(ruleset, text, "QC302") == []


@pytest.mark.parametrize("text, word", [
    ("He boasted about the robbery to a cellmate.", "boasted"),
    # the attribution must close the sentence: a clause after it leaves the verb the narrator's
    ("The suspect bragged about the robbery, prosecutors said, and laughed in court.", "bragged"),
])
def test_the_narrators_emotive_verb_stays(ruleset, text, word):
    assert ("QC302", word) in warnings(ruleset, text, "QC302")


# -- 'obscene gesture' names a kind of sign; 'obscene' as the narrator's verdict stays --------
def test_an_obscene_gesture_is_a_kind_of_sign(ruleset):
    text = "He grinned as he was led out of the courtroom and made an obscene gesture at a photographer."
    assert warnings(ruleset, text, "QC331") == []


def test_obscene_as_a_verdict_stays(ruleset):
    text = "The council's pay rise for its own members was obscene."
    assert ("QC331", "obscene") in warnings(ruleset, text, "QC331")
