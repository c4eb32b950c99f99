"""The short refutation '(He was not.)' after a claim is one shape of
:mod:`quotecheck.framing.refutations` (issue 15, scope24): read on the original text, it holds
after a claim sentence longer than the narration's old 240-character window too, and
:func:`quotecheck.framing.usage.standard_usage` reads the same pattern. Sentences of our own."""
import pytest

from framing_helpers import doubted
from quotecheck.framing.refutations import short_denial

LONG = ("The hopeful claimed that his uncle had sailed as a cook on the old whaler during the "
        "long winter siege of the northern harbours, that he had been praised twice by the "
        "captain for his courage in the storms, and that the family still kept his knives in "
        "a tin box in the loft of the barn for many years. (He had not.)")


def test_short_refutation_after_a_long_claim_sentence(ruleset):
    assert doubted(ruleset, LONG, "QC301") == []


@pytest.mark.parametrize("following, denies", [
    (". (He was not.)", True),
    (". She did not.", True),
    (". They didn't.", True),
    (". They didn\u2019t.", True),      # a curly apostrophe alike (rv26b's rule: typography)
    (". He did not respond to questions.", False),
    (". He was not available.", False),     # a non-answer, no denial
    (". He was a cook for years.", False),
])
def test_short_denial_shape(following, denies):
    assert short_denial(following) is denies
