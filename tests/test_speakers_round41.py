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


RUN = ("Lake notes\n\n"
       "Marta Oyelaran keeps bees on a narrow lot behind the old cannery.\n\n"
       "Her hives sit in a row along the fence. Her mornings start before dawn.\n\n"
       "\u201cThe bees know the weather better than the radio,\u201d she says.\n\n"
       "Watch the keepers of the lake at work in a short film from the spring fair. 3:12.\n\n"
       "After the frost, she moved the hives indoors. The shed was cold. The roof leaked. "
       "The gutter had not been fixed in years. The door stuck in the damp. The windows "
       "rattled at night.\n\n"
       "Spring market opens soon.\n\n"
       "But she kept going. She counted the frames each week, she says, and lost only "
       "two colonies. She wanted the town to see the hives. And she thought the council "
       "should pay for a new roof.\n\n"
       "\u201cThat is why I kept asking for help,\u201d she says.\n")


def test_a_she_run_broken_by_a_video_card_keeps_its_person():
    assert quote_with(RUN, "kept asking").speaker == "Marta Oyelaran"


def test_a_she_with_no_one_before_her_run_stays_unresolved():
    text = ("Lake notes\n\nThe shed was cold. The roof leaked. The gutter was not fixed "
            "in years. The door stuck in the damp. The windows rattled at night. The frames "
            "were wet. The paint had peeled. The floor was rotten. The lock was rusted. "
            "The path was flooded. The gate was broken. The wind was strong.\n\n"
            "But she kept going.\n\n\u201cThat is why I kept asking for help,\u201d she says.\n")
    assert quote_with(text, "kept asking").speaker in (None, "she")
