"""A credit naming an outlet's section or product after its name ("The Valley Times Magazine",
"the Daily Courier Sunday Review", "Kelso Herald Opinion") credits that outlet, and a lead-in
naming the piece a passage comes from ("a roundtable in", "an op-ed in", "an essay in")
credits the outlet it ran in (issue 11: a post block-quoting a magazine roundtable it named
was told as reuse without credit). A lone masthead word before the section ("Star
Magazine") names no one outlet. Our own invented sentences."""
import pytest

from credit_helpers import credits_of
from quotecheck.model import Document, Metadata
from quotecheck.provenance.credits import parse_credits, set_outlet_keys
from quotecheck.provenance.wire import names_parent
from quotecheck.text.textview import TextView


def _names(text):
    return {name for name, *_ in credits_of(text)}


@pytest.mark.parametrize("text, name", [
    ("Those trade-offs run through last month's roundtable in The New York Times Magazine, "
     "which the governor cites.", "The New York Times"),
    ("An essay in the Washington Post Opinion section made the same case last week.",
     "The Washington Post"),
    ("She set out her plan on Friday in one op-ed in the New York Times Sunday Review.",
     "The New York Times"),
    ("The Washington Post Magazine said the mill had closed in the spring.",
     "The Washington Post"),
])
def test_section_after_a_known_outlet_credits_it(text, name):
    assert name in _names(text)


def test_section_of_a_set_outlet_credits_it():
    text = "Last spring, a feature in Kelso Ledger Weekend ran under the headline we quote."
    doc = Document("d", "d", text, TextView.identity(text), Metadata())
    keys = set_outlet_keys(["kelsoledger.com"])
    credits = parse_credits(doc, keys)
    assert names_parent(credits, "kelsoledger.com")


def test_lone_masthead_word_and_plain_mentions_are_no_credit():
    assert "The Star" not in _names("An article in Star Magazine said the singer had wed.")
    # an outlet named without a credit lead-in stays no credit
    assert _names("The mayor reads The New York Times Magazine every Sunday morning.") == set()
