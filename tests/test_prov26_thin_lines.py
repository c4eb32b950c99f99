"""Issue 11 (prov26): one line lifted from an agency's own text makes the other text its
partial reuser, unless the run the two lines share is only a name with its title and a stock
attribution, or a defendant's list of charges: any reporter writes those alike. Pages
invented for the tests."""
from provenance_synth import make_doc

from quotecheck.provenance.infer import infer_provenance

AGENCY = [
    "A ferry captain who sailed out of Penmorva harbour in a force nine gale was arrested at "
    "his home in Tregaron on Friday, the coastguard said.",
    "The ferry was carrying 212 passengers and 31 cars when it left the quay on the evening "
    "of November 14 last year.",
    "Harbour staff had raised the storm flag an hour before the ferry sailed, according to "
    "the port's log.",
]
PAPER = [
    "A sea captain who took his ferry into a storm with hundreds on board has been detained.",
    "Crew members said the waves towered over the bridge as the vessel left Penmorva.",
    "Islanders have asked for an inquiry into how the crossing was allowed to go ahead.",
]
CHARGES_AGENCY = ("Alun Pryce, 48, was arraigned Monday and pleaded not guilty to three counts "
                  "of reckless endangerment and one count of obstruction.")
CHARGES_PAPER = ("Pryce entered a plea of not guilty to three counts of reckless endangerment "
                 "and one count of obstruction at the hearing.")
TITLE_AGENCY = ("Harbour master Gwen Teague, chair of the Penmorva Port Authority Board, told "
                "reporters Monday that the warning had gone out twice.")
TITLE_PAPER = ("Gwen Teague, chair of the Penmorva Port Authority Board, told reporters the "
               "sailing was unsafe.")
LINE_AGENCY = ("The coastguard lifeboat reached the stricken vessel after a two hour search "
               "in heavy seas off the northern headland.")
LINE_PAPER = ("The coastguard lifeboat reached the stricken vessel after a two hour search "
              "in rough water off the headland.")


def _edges(agency_line, paper_line):
    agency = make_doc("agency.txt", "\n\n".join(AGENCY + [agency_line]), "Press Association")
    paper = make_doc("paper.txt", "\n\n".join(PAPER + [paper_line]), "Harbour Daily")
    return {frozenset((e.source, e.derived)) for e in infer_provenance([agency, paper],
                                                                         []).edges}


def test_a_shared_charge_list_is_no_lifted_line():
    assert _edges(CHARGES_AGENCY, CHARGES_PAPER) == set()


def test_a_shared_name_and_title_with_told_reporters_is_no_lifted_line():
    assert _edges(TITLE_AGENCY, TITLE_PAPER) == set()


def test_a_narration_line_lifted_from_the_agency_still_counts():
    assert _edges(LINE_AGENCY, LINE_PAPER) == {frozenset(("agency.txt", "paper.txt"))}


COLUMN = [
    "Every winter I promise myself that this will be the year I finally learn to skate, and "
    "every winter the ice on Miller's Pond wins the argument.",
    "My neighbours have watched this contest for a decade now, some with sympathy and most "
    "with a flask of cocoa and a folding chair.",
    "The town council wants to fence the pond off next year, citing the cost of insurance "
    "and a handful of twisted ankles.",
    "I think that would be a mistake, and not only because it would spare me the annual "
    "humiliation.",
    "A frozen pond is one of the last places where the whole town turns up without being "
    "asked, and that is worth a few ankles.",
]


def test_a_column_noting_the_paper_it_first_ran_in_is_credited():
    """A signed column carried by a sister paper, its note naming the first paper by its
    full masthead (city first): declared syndication, no undisclosed reuse."""
    first = make_doc("courier.txt", "\n\n".join(COLUMN), "www.evening-courier.com",
                     "2020-01-06")
    sister = make_doc("sister.txt", "\n\n".join(COLUMN + [
        "Ann Lee is a retired teacher and a columnist. This column first appeared in the "
        "Valleytown Evening Courier."]), "www.sisterpaper.com", "2020-01-07")
    res = infer_provenance([first, sister], [])
    assert len(res.edges) == 1
    assert [d for d in res.detections if d.rule_type == "provenance"] == []
