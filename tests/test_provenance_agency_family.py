"""Copies of an agency's story that credit no one still form the agency's wire family when
the agency's own page is among them: a carrier of a later write-through is not told it reuses
a sibling carrier or a copy of an unseen text, and every copy is linked through the agency's
page."""
from provenance_synth import make_doc

from quotecheck.provenance.infer import infer_provenance

FIRST_LEAD = ("Marta Velikova beat Joanne Strand in three sets on Sunday to keep her WTA "
              "doubles ranking and the Harbourside Open title.")
LATER_LEAD = ("Marta Velikova beat Joanne Strand in three sets on Sunday to keep a firm hold "
              "on her world ranking and the Harbourside Open title in Kestrel Bay.")
BODY = [
    "The 31-year-old champion, 44-7 this season, broke Strand twice late in the second set at "
    "the Quayside Arena and never looked back.",
    "Strand saved four match points in the deciding set before a double fault ended it at "
    "6-4, 3-6, 6-2.",
    "In 2019 Velikova beat Strand in the quarterfinals of the same event.",
    "Strand, the qualifier who reached her first final this week, fell to 18-9 for the year.",
    "Velikova next plays at the Northport Classic, where she lost in the first round a year ago.",
]
LATER_EXTRA = [
    "About 6,400 spectators watched under a closed roof after rain delayed the start by an hour.",
    "Velikova's coach Ilse Barand said the third set was the best tennis of her season.",
]


def _family_set():
    agency = make_doc("agency.txt", "\n\n".join([FIRST_LEAD] + BODY), "bigstory.ap.org")
    copy = make_doc("copy.txt", "\n\n".join([FIRST_LEAD] + BODY[:4]), "gazette.example.com")
    later = make_doc("later.txt", "\n\n".join([LATER_LEAD] + BODY + LATER_EXTRA),
                     "northern-sports.example.ca")
    later_copy = make_doc("later_copy.txt", "\n\n".join([LATER_LEAD] + BODY[:4] + LATER_EXTRA),
                          "courtside.example.net")
    return [agency, copy, later, later_copy]


def test_uncredited_copies_of_an_agencys_own_page_form_its_family():
    res = infer_provenance(_family_set(), [])
    fams = [f for f in res.families if f.agency]
    assert len(fams) == 1 and fams[0].representative == "agency.txt"
    assert set(fams[0].members) == {"agency.txt", "copy.txt", "later.txt", "later_copy.txt"}
    assert {e.source for e in res.edges} == {"agency.txt"}


def test_each_copy_is_told_it_reuses_the_agencys_page_not_an_unseen_text():
    # the origin is in the set: undisclosed reuse of it (QC501), never "shared unseen text"
    res = infer_provenance(_family_set(), [])
    told = [d for d in res.detections if d.rule_type == "provenance" and d.args.get("parent")]
    assert {d.document for d in told} == {"copy.txt", "later.txt", "later_copy.txt"}
    assert {d.args["parent"] for d in told} == {"agency.txt"}
    assert not any(d.args.get("kind") == "shared-text" for d in told)
