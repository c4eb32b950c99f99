"""Issue 11 (prov27): an agency repeats its running background story after story. A paper's
page of the day before that carries a line or two of it, uncredited, did not give the agency
those lines: the agency's page stays the origin of a partial relation. A caption whose photo
credit follows a bar ("Jane Doe | Reuters") is caption furniture, and a closing note crediting
unnamed wires credits an agency's text. Pages invented for the tests."""
from provenance_synth import make_doc

from quotecheck.load.furniture import shape_kind
from quotecheck.provenance.infer import infer_provenance

BACKGROUND = [
    "The harbour authority has denied doing anything improper and said the dredging contract "
    "was awarded in an open tender last spring.",
    "The dispute has delayed the reopening of the eastern quay, which handled a third of the "
    "island's freight before the storms of last winter.",
]
AGENCY_NEW = [
    "Port officials in Kelmoor said on Monday they would ask the regional court to lift an "
    "order halting work on the eastern quay.",
    "The order was granted last week after two fishing cooperatives said the dredging had "
    "buried their oyster beds under silt.",
    "A lawyer for the cooperatives, Mara Lindqvist, said the port had ignored three warnings "
    "from marine biologists before work began.",
    "The regional court is expected to hear the request before the end of the month, a court "
    "clerk said.",
    "Shipping companies have diverted vessels to the mainland port of Ostrava Bay, adding two "
    "days to some deliveries.",
]
PAPER_OWN = [
    "Oyster farmers on the north shore of Kelmoor gathered outside the town hall on Sunday to "
    "demand compensation for a ruined season.",
    "Many of them carried placards showing photographs of empty nets and silted beds.",
    "Councillor Ivo Brandt told the crowd that the island could not afford to lose another "
    "of its oldest trades.",
    "Several farmers said they had taken second jobs on the ferries to cover their loans.",
    "A petition with more than four thousand names was handed to the mayor's office.",
    "The farmers plan another protest next weekend if the council does not meet them.",
]


def _agency_and_paper():
    agency = make_doc("agency.txt", "KELMOOR (Reuters) - " + "\n\n".join(
        AGENCY_NEW[:3] + BACKGROUND + AGENCY_NEW[3:]), "reuters.com", "2021-03-09T16:20:00Z")
    paper = make_doc("paper.txt", "\n\n".join(PAPER_OWN[:4] + BACKGROUND + PAPER_OWN[4:]),
                     "www.islandpost.example.com", "2021-03-08T21:05:00Z")
    return agency, paper


def test_an_earlier_page_carrying_the_agencys_background_lines_is_the_copy():
    for order in (0, 1):
        docs = list(_agency_and_paper())
        if order:
            docs.reverse()
        res = infer_provenance(docs, [])
        assert [(e.source, e.derived, e.relation) for e in res.edges] == [
            ("agency.txt", "paper.txt", "partial")]
        told = {d.document for d in res.detections if d.rule_type == "provenance"}
        assert "agency.txt" not in told


def test_a_news_services_earlier_report_stays_the_source_of_the_agencys_lines():
    """A news service files its own copy, which agencies take lines from: its report of the
    day before keeps the publication days' order."""
    agency, _ = _agency_and_paper()
    service = make_doc("service.txt", "\n\n".join(PAPER_OWN[:4] + BACKGROUND + PAPER_OWN[4:]),
                       "Valley Times News Service", "2021-03-08T21:05:00Z")
    res = infer_provenance([agency, service], [])
    assert [(e.source, e.derived) for e in res.edges] == [("service.txt", "agency.txt")]


def test_a_photo_credit_after_a_bar_closes_a_caption():
    caption = ("Harbour workers repair the eastern quay in Kelmoor, March 8, 2021. "
               "Jane Doe | Reuters")
    assert shape_kind(caption) == "caption"
    assert shape_kind("The harbour authority said the quay would reopen in May.") != "caption"


WIRE_STORY = [
    "Officials in Kelmoor said on Tuesday that the eastern quay would reopen to freight "
    "traffic in May, two months later than first planned.",
    "The harbour authority blamed the delay on a court order won by two fishing cooperatives "
    "that say the dredging buried their oyster beds.",
    "The authority's chief executive, Petra Holm, said the port had met every condition the "
    "court had set and expected the order to be lifted.",
    "Shipping companies have diverted vessels to the mainland port of Ostrava Bay, adding "
    "two days to some deliveries.",
    "The island's chamber of commerce estimates the closure has cost local firms about "
    "$14 million since January.",
]


def _told(source_outlet: str, sign_off: str) -> set:
    source = make_doc("source.txt", "\n\n".join(WIRE_STORY), source_outlet,
                      "2021-03-09T10:00:00Z")
    copy = make_doc("copy.txt", "\n\n".join(WIRE_STORY[:4] + [sign_off]),
                    "www.islandpost.example.com", "2021-03-09T15:00:00Z")
    res = infer_provenance([source, copy], [])
    assert [(e.source, e.derived) for e in res.edges] == [("source.txt", "copy.txt")]
    return {d.document for d in res.detections if d.rule_type == "provenance"}


def test_a_closing_wire_note_credits_the_agencys_text():
    for note in ("With Post wires", "- With wire services",
                 "Wire services contributed to this report."):
        assert _told("apnews.com", note) == set(), note


def test_a_closing_wire_note_does_not_credit_another_papers_text():
    assert _told("www.harbourherald.example.com", "With Post wires") == {"copy.txt"}
