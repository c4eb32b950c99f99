"""Issue 12: which quoted spans are quotations and of what kind, the classes seen on real
news (PolNeAR dev and train), each with a snippet written for the test in their shape."""
import pytest

from quotecheck.model import Document
from quotecheck.quotes.extract import extract_quotes
from quotecheck.text.textview import TextView


def _quotes(text):
    return extract_quotes(Document("t", "t.txt", text, TextView.identity(text)))


def _kinds(text):
    return {q.text.strip(" ,."): (q.kind, q.speaker) for q in _quotes(text)}


def test_credit_line_after_a_dash_names_each_vox_pop_speaker():
    text = ("Readers told us what they think of the harbour plan.\n\n"
            "“It will flood the old town. Nobody asked us.” \u2015 Ana Ruiz\n"
            "“I like the new ferry.”\u2015 Bo Lind.\n"
            "“The council never listens to fishermen.”\u00a0\u2014 Carla Moss\n")
    assert [q.speaker for q in _quotes(text)] == ["Ana Ruiz", "Bo Lind", "Carla Moss"]
