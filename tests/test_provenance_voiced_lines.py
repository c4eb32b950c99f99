"""Issue 11: two reports that both print one prepared statement, testimony or
transcript turns as paragraphs of their own text (no quotation marks: the speaker's "I" and
"we" tell whose words they are) share the speaker's wording, not each other's narration: no
edge. The same lines told in the third person (one text's background narration carried into
the other) are still reuse. Pages invented for the tests."""
from provenance_synth import make_doc

from quotecheck.load.loader import load_text
from quotecheck.provenance.derivation import prepare
from quotecheck.provenance.infer import infer_provenance

TESTIMONY = [
    "I joined the harbour pilots in the spring of my twentieth year, and I have guided ships "
    "past the eastern shoals ever since.",
    "On the night of the storm I was called to the quay a little after two in the morning. "
    "The tug crews were already waiting on the slipway. The wind had turned to the north and "
    "the tide was running against us.",
    "I told the master of the grain ship that we could not bring her in before first light. "
    "He refused to wait. The ship struck the outer wall twenty minutes later.",
    "We have asked the council for a second tug every winter for six years, and every winter "
    "my request has been turned down.",
]
REPORT_A = [
    "The chief pilot of Kelmoor's harbour told the council inquiry on Tuesday that a grain "
    "ship ignored his advice before it hit the outer wall in January.",
    "Marten Oyelaran, who has led the pilots for eleven years, read a prepared statement to "
    "the members.",
    "The accident closed the eastern quay for a month and cost the port an estimated four "
    "million crowns in lost fees, according to the harbour board's accounts.",
    "Two crew members of the grain ship were treated in hospital for minor injuries.",
    "The ship's owners have said the master acted within his authority and followed the "
    "weather routing advised by their own forecasters.",
    "Councillor Ida Feld, who chairs the inquiry, asked whether the pilots had put their "
    "warning in writing.",
    "Oyelaran said the pilots' log recorded the advice at 2.40 in the morning.",
    "The inquiry is due to report to the council in the autumn.",
]
REPORT_B = [
    "A veteran harbour pilot blamed a ship's captain and the council's budget cuts for the "
    "grain ship accident that closed Kelmoor's eastern quay for a month.",
    "Here is the statement Marten Oyelaran delivered to the inquiry on Tuesday:",
    "His testimony was the first public account by a pilot of the night the quay was "
    "damaged, and it drew applause from dock workers in the public gallery.",
    "Budget papers show the harbour's tug fleet shrank from five boats to three over the past "
    "decade as the council moved money to road repairs.",
    "A second pilot, who asked not to be named, said crews had complained about the shortage "
    "for years.",
    "Shipping firms say insurers have since raised premiums for vessels calling at the "
    "eastern quay in winter.",
    "The port reopened fully in late February after divers checked the wall's foundations.",
    "Council officials declined to comment while the inquiry continues, and the ship's owners "
    "did not reply to messages.",
]


def _edges(a_paras: list, b_paras: list) -> list:
    a = make_doc("a.txt", "\n\n".join(a_paras), "kelmoorpost.com", "2022-02-08T10:00:00Z")
    b = make_doc("b.txt", "\n\n".join(b_paras), "harbourreview.com", "2022-02-08T16:00:00Z")
    return [(e.source, e.derived, e.relation) for e in infer_provenance([a, b], []).edges]


def test_two_reports_printing_one_first_person_statement_are_no_edge():
    a = REPORT_A[:2] + TESTIMONY + REPORT_A[2:]
    b = REPORT_B[:2] + TESTIMONY[1:3] + REPORT_B[2:]
    assert _edges(a, b) == []


def test_the_same_lines_as_third_person_narration_are_still_reuse():
    told = [p.replace("I was called", "the pilot was called").replace("against us",
            "against the tugs").replace("I told", "The pilot told").replace(
            "we could not", "the pilots could not") for p in TESTIMONY[1:3]]
    a = REPORT_A[:2] + told + REPORT_A[2:]
    b = REPORT_B[:2] + told + REPORT_B[2:]
    assert [r for *_, r in _edges(a, b)] == ["partial"]


def test_a_roman_numeral_is_no_first_person():
    from quotecheck.provenance.pairfeatures import voiced_sentences
    dt = prepare(load_text("Veterans of World War I gathered on the quay on Sunday.\n\n"
                           "Then I walked down to the quay with my father.", "x"))
    assert voiced_sentences(dt) == frozenset({1})


def test_a_statement_taken_from_the_outlet_it_names_is_still_reuse():
    a = REPORT_A[:2] + TESTIMONY + REPORT_A[2:]
    b = (REPORT_B[:1] + ["Oyelaran gave this account of the night in an interview on Monday, the "
                         "Kelmoor Post reported."]
         + TESTIMONY[1:3] + REPORT_B[2:])
    assert [r for *_, r in _edges(a, b)] == ["partial"]
