"""Issue 11 (prov29): a credit backs reuse only with some wording shown through. A column
that names an outlet for another document ("the letter, which first appeared in the
Ledger") and retells the event loosely shares no sentence with that outlet's report: no edge.
A page citing an outlet for one fact and printing the same public statement is no copy of it
either. A closing note "based in part on wire service reports" credits wire copy, and "first
reported, followed by the Associated Press" credits the agency. Pages invented for the tests."""
from provenance_synth import make_doc

from quotecheck.load.loader import load_text
from quotecheck.provenance.credits import parse_credits, wire_note
from quotecheck.provenance.infer import infer_provenance

REPORT = [
    "Council members in Kelmoor are working to keep defections on a measure to block the "
    "mayor's harbour levy to fewer than ten on Thursday.",
    "So far only one member of the mayor's own party, councillor Ivo Brandt of the north ward, "
    "has backed the opposition motion to scrap the levy.",
    "The levy would add two crowns to every tonne of freight landed at the eastern quay from "
    "next spring.",
    "Party whips spent the morning calling members who had voiced doubts at a closed meeting "
    "last week.",
    "The mayor has promised to veto the motion if it passes, and the opposition lacks the "
    "votes to override her.",
    "Shipping firms have lobbied hard against the levy, warning that it would send cargo to "
    "the mainland.",
    "A vote is expected late on Thursday after a debate that could last most of the day.",
]
COLUMN = [
    "A group of former councillors urged members of the mayor's party to block her harbour "
    "levy in an open letter released on Monday.",
    "Eleven former members put their names to the letter, which first appeared in the "
    "Harbour Ledger, calling on the council to defend its budget powers.",
    "The council votes this week on a motion to end the levy, which so far has the support of "
    "one member of her party.",
    "Whatever one thinks of the levy, the letter is a reminder that budget powers belong to "
    "the council and not to the mayor.",
    "The mayor has said she would veto such a motion, and her opponents could not override "
    "her.",
    "Members should read the letter before they vote.",
]


def _edges(report: list, column: list) -> list:
    a = make_doc("report.txt", "\n\n".join(report), "harbourledger.com", "2021-03-09T10:00:00Z")
    b = make_doc("column.txt", "\n\n".join(column), "harbourreview.com", "2021-03-09T15:00:00Z")
    return [(e.source, e.derived, e.relation) for e in infer_provenance([a, b], []).edges]


def test_a_credit_for_another_document_with_no_close_sentence_is_no_edge():
    assert _edges(REPORT, COLUMN) == []


def test_a_credit_with_a_sentence_kept_close_still_backs_partial_reuse():
    kept = COLUMN[:2] + [REPORT[1].replace("So far only", "Only")] + COLUMN[3:]
    assert _edges(REPORT, kept) == [("report.txt", "column.txt", "partial")]


STATEMENT = ("\u201cWe have met every condition the court set, and we expect the order to be "
             "lifted within weeks so that the quay can reopen,\u201d the harbour authority said "
             "in a statement.")


def test_a_citation_for_one_fact_and_a_shared_statement_are_no_shared_rendering():
    report = REPORT[:3] + [STATEMENT] + REPORT[3:]
    column = ([COLUMN[0], "The levy was first proposed in January, the Harbour Ledger "
               "reported."] + COLUMN[2:4] + [STATEMENT] + COLUMN[4:])
    assert _edges(report, column) == []


def test_based_in_part_on_wire_service_reports_is_a_wire_note():
    body = "The quay will reopen in May, officials said on Tuesday.\n\n"
    for note in ("\u2022 This story is based partly on wire reports.",
                 "Jane Doe filed from Kelmoor for this report, which was based largely on "
                 "news agency reports."):
        assert wire_note(parse_credits(load_text(body + note, "x"))), note
    assert not wire_note(parse_credits(load_text(
        body + "The plan is based in part on reports from the harbour pilots.", "x")))


def test_followed_by_the_agency_credits_the_agency():
    text = ("Prosecutors sent the subpoena to the accounting firm last month, the Harbour "
            "Ledger first reported, followed by the Associated Press and other outlets.")
    names = {c.name for c in parse_credits(load_text(text, "x"))}
    assert "Associated Press" in names
    assert not parse_credits(load_text(
        "The vote was followed by the Harbour Festival parade along the quay.", "x"))


WIRE_BACKGROUND = [
    "The harbour authority has denied any wrongdoing and said the dredging contract was "
    "awarded in an open tender last spring after three bids were reviewed.",
    "The dispute has delayed the reopening of the eastern quay, which handled a third of "
    "the island's freight before the storms of last winter.",
]
CARRIER_OWN = [
    "Kelmoor's port officials asked the regional court on Monday to lift an order halting "
    "work on the eastern quay.",
    "Two fishing cooperatives won the order last week, saying the dredging had buried "
    "their oyster beds under silt.",
    "The court is expected to rule before the end of the month.",
]
NOTE_PAGE_OWN = [
    "Oyster farmers gathered outside Kelmoor town hall on Sunday to demand compensation for "
    "a ruined season.",
    "Councillor Ivo Brandt told the crowd that the island could not afford to lose another "
    "of its oldest trades.",
    "A petition with more than four thousand names was handed to the mayor's office.",
]


def test_a_wire_note_covers_a_page_that_credits_the_agencys_contribution():
    """Two carriers of one agency background: the page closing "based in part on wire
    service reports" is not told it reuses the page crediting the agency's contribution."""
    carrier = make_doc("carrier.txt", "\n\n".join(
        CARRIER_OWN + WIRE_BACKGROUND + ["The Associated Press contributed to this report."]),
        "www.islandpost.example.com", "2021-03-08T12:00:00Z")
    for note, told in (("\u2022 This story is based partly on wire reports.", set()),
                       ("Jane Doe filed this story from Kelmoor.", {"notepage.txt"})):
        page = make_doc("notepage.txt", "\n\n".join(NOTE_PAGE_OWN + WIRE_BACKGROUND + [note]),
                        "www.harbourtimes.example.com", "2021-03-09T12:00:00Z")
        res = infer_provenance([carrier, page], [])
        assert [(e.source, e.derived) for e in res.edges] == [("carrier.txt", "notepage.txt")]
        assert {d.document for d in res.detections if d.rule_type == "provenance"} == told, note
