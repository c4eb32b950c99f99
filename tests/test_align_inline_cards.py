"""A person's link card inside a quotation's marks is no quoted word (issue 11, baly_201803
reading): a page that glues a politician's card (full name, that person's latest headlines,
"MORE") after the name inside a quoted sentence says the same words as a page without the
card; no change of wording or meaning, and no elision read from a headline's "...".
Our own snippets, shaped like two pages quoting one statement."""
from __future__ import annotations

from quotecheck.align.analyse import analyse_quotes
from quotecheck.load.loader import load_text
from quotecheck.quotes.extract import extract_quotes

STATEMENT = ("I hope the Transport Secretary will follow the sound example of the port "
             "board and Governor Ann Lee{card} and end the harbour inquiry that began in spring")
CARD = (" Ann Marie LeeFerry strike ends after talks Lee says budget 'a promise kept' "
        "Council backs levy on\u2026 MORE")


def _changes(card: str, plain: str = STATEMENT) -> list:
    docs, quotes = [], []
    for name, text in (("plain.txt", plain.format(card="")),
                       ("card.txt", STATEMENT.format(card=card))):
        body = (f"The council met on Monday in the town hall.\n\n\u201c{text},\u201d "
                f"Mayor Tom Birch said in a statement on Tuesday.\n\nThe vote is next week.\n")
        d = load_text(body, name)
        docs.append(d)
        quotes.extend(extract_quotes(d))
    result = analyse_quotes(docs, quotes)
    return [(d.document, d.category) for d in result.detections
            if d.category in ("wording", "meaning", "elision")]


def test_a_card_inside_the_marks_changes_nothing():
    assert _changes(CARD) == []


def test_a_changed_word_beside_a_card_is_still_found():
    plain = STATEMENT.replace("end the harbour", "halt the harbour")
    assert _changes(CARD, plain) != []
