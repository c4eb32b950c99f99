"""Issue 12, speakers (spk41): failure classes seen on the Gender Gap Tracker corpus, as
classes. Snippets are written for the test (never corpus text)."""
import pytest

from quotecheck.text.quotemarks import find_quote_spans
from speaker_helpers import quote_with, quotes_of


def _quotes(text):
    return [text[q.start:q.end] for q in find_quote_spans(text)]


@pytest.mark.parametrize("mark", ["\u201c", '"'])
def test_a_closing_mark_printed_as_an_opener_keeps_both_quotations(mark):
    close = "\u201d" if mark == "\u201c" else '"'
    text = (f"{mark}The tide turned early,{close} Ruiz said. {mark}We cannot wait for the "
            f"pumps. {mark}Every hour costs the harbour money.{close}\n\nThe board met later.")
    assert _quotes(text) == ["The tide turned early,", "We cannot wait for the pumps.",
                             "Every hour costs the harbour money."]
    q = quote_with(text, "cannot wait")
    assert q.speaker == "Ruiz"


@pytest.mark.parametrize("clause", [", said Ana Ruiz, the harbour chair.", ", she went on.",
                                    ", she said."])
def test_a_lost_closer_before_a_reporting_clause_costs_only_that_quotation(clause):
    text = f"\u201cWe lost the vote{clause} \u201cNow we rebuild.\u201d"
    assert _quotes(text) == ["Now we rebuild."]
