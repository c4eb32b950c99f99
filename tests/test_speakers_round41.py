"""Issue 12, speakers (spk41): failure classes seen on the Gender Gap Tracker corpus, as
classes. Snippets are written for the test (never corpus text)."""
import pytest

from speaker_helpers import quote_with
from speaker_helpers import span_texts as _quotes


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


def test_a_lost_closer_before_a_nested_quotations_reporting_clause_keeps_nothing_of_it():
    text = ("\u201cWe hear the same line: \u2018The vote is fixed, nothing will change,\u2019 "
            "Ruiz said. \u201cSo we work harder!\u201d")
    assert not any(q.startswith("We hear") for q in _quotes(text))
    assert "So we work harder!" in _quotes(text)


@pytest.mark.parametrize("shape", ["echoes Keller", "Keller echoes", "echoed Keller"])
def test_echo_reports_right_after_a_closing_mark(shape):
    text = ("Harbour notes\n\n\u201cThe pumps are old,\u201d says the harbour master.\n\n"
            "The board has asked for a survey before the spring tides.\n\n"
            f"\u201cNobody wants another flooded quay,\u201d {shape}. \u201cWe will pay now or "
            "later.\u201d\n")
    assert quote_with(text, "flooded quay").speaker == "Keller"
    assert quote_with(text, "pay now").speaker == "Keller"


def test_echo_with_an_object_is_no_reporting_verb():
    text = ("Harbour notes\n\nThe survey will echo the concerns of the fishing crews, "
            "Keller said. \u201cThey are tired,\u201d the harbour master added.\n")
    assert quote_with(text, "tired").speaker == "harbour master"
