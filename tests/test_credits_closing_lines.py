"""Credit forms of issue #11 read by the reuse-without-credit decision (QC501): a closing
contributor list ("Contributing: <person>, <paper>; ...; <agency>") and a block quotation's
introducer ("From an <agency> explainer, "...", by ...:"). Each credits the outlet it
names without ordering a pair (``decision_only``: the edges stay as the page's other credits
make them). And a copy that names another carrier of its parent's agency story ("ABC
reports") credits that story."""
from types import SimpleNamespace

import pytest
from provenance_synth import FLOOD_AGENCY_STORY, make_doc

from quotecheck.provenance.credits import pair_credits, parse_credits
from quotecheck.provenance.familyreach import names_family_carrier
from quotecheck.provenance.infer import infer_provenance

BODY = "The council ordered a recount in three provinces on Monday.\n\n"


def _credits(text):
    return [(c.name, c.kind, c.decision_only) for c in parse_credits(make_doc("d", text))]


@pytest.mark.parametrize("line", [
    "Contributing: Ann Lee, The Valley Courier; Bo Wu and Cy Roe, Northern Herald; "
    "Dee Fox, Lakeside Star; The Associated Press",
    "Contributing: The Associated Press. Follow Ann Lee on Twitter: @annlee",
    "Contributing: Ann Lee, Bo Wu, Cy Roe, Associated Press",
    "Contributing: Ann Lee in Lima, Bo Wu/Northern Herald and The Associated Press",
    "Contributors: Ann Lee of The Associated Press; Bo Wu",
    "Contributing writers: Ann Lee; Bo Wu, Associated Press.",
])
def test_a_closing_contributor_list_credits_the_agency(line):
    got = _credits(BODY + line)
    assert ("Associated Press", "contributed", True) in got


@pytest.mark.parametrize("line", [
    "Contributing: Ann Lee, Bo Wu and Cy Roe",
    "Contributing: Ann Lee in Lima; Bo Wu in Quito",
    "Contributing to the fund were the council and the press office.",
])
def test_a_contributor_list_of_people_credits_no_outlet(line):
    assert not [c for c in _credits(BODY + line) if c[1] == "contributed"]


@pytest.mark.parametrize("intro, name", [
    ("From an Associated Press explainer, \u201cWhat does the recount change?\u201d, by Ann "
     "Lee and Bo Wu:", "Associated Press"),
    ("From a Reuters analysis by Ann Lee, entitled \u201cWhat the recount really means: a "
     "guide\u201d:", "Reuters"),
    ("From Ann Lee at Reuters, \u201cThe recount, explained\u201d:", "Reuters"),
    ("From the AP:", "Associated Press"),
])
def test_a_block_quotation_introducer_credits_the_outlet(intro, name):
    got = _credits(BODY + intro + "\n\nThe recount will start on Wednesday. . . .\n")
    assert (name, "quotation", True) in got


@pytest.mark.parametrize("intro", [
    "From Monday, the office will open at nine:",
    "From the rule:",
    "From Ann Lee at Reuters, who said the recount would fail.",
    "From an Associated Press explainer we learn that the recount starts on Wednesday.",
])
def test_other_sentences_opening_on_from_are_no_quotation_credit(intro):
    assert not [c for c in _credits(BODY + intro + "\n\nMore text.\n") if c[1] == "quotation"]


def test_decision_only_credits_are_left_out_of_the_pair_credits():
    credits = parse_credits(make_doc("d", BODY + "(AP) - Text.\n\nContributing: Reuters"))
    assert {c.kind for c in credits} >= {"contributed"}
    assert "contributed" not in {c.kind for c in pair_credits(credits)}


AGENCY = "\n\n".join(FLOOD_AGENCY_STORY)
OWN = ("Our reporter drove along the river road on Monday morning.\n\n"
       "Most shops in the old town stayed shut, their windows taped.\n\n")


def _run(docs):
    result = infer_provenance(docs, [])
    told = {d.document for d in result.detections
            if d.rule_type == "provenance" and "kind" not in d.args}
    return told, {(e.source, e.derived, e.relation) for e in result.edges}


def _agency_and_paper(closing: str):
    paper = OWN + AGENCY + "\n\n" + closing
    return [make_doc("agency.txt", AGENCY, "Associated Press", "2022-03-01T08:00:00+00:00"),
            make_doc("paper.txt", paper, "Valley Courier", "2022-03-01T12:00:00+00:00")]


def test_a_copy_closing_on_a_contributor_list_naming_the_agency_is_credited():
    told, edges = _run(_agency_and_paper(
        "Contributing: Ann Lee, Northern Herald; Bo Wu, Lakeside Star; The Associated Press"))
    assert "paper.txt" not in told
    # the list credits the copy; it does not move the edge the pair makes without it
    _, plain_edges = _run(_agency_and_paper("Contributing: Ann Lee; Bo Wu"))
    assert edges == plain_edges and edges


def test_a_copy_closing_on_a_list_of_people_only_is_still_told():
    told, _ = _run(_agency_and_paper("Contributing: Ann Lee, Northern Herald; Bo Wu"))
    assert "paper.txt" in told


def _carrier_and_roundup(intro: str):
    carrier = AGENCY + "\n\nThis story was reported by The Associated Press."
    quoted = "\n\n".join(FLOOD_AGENCY_STORY[:3]).replace("night.", "night. . . .")
    roundup = (OWN + intro + "\n\n" + quoted + "\n\nSo the council has a week to decide.")
    return [make_doc("monitor.txt", carrier, "Lakeside Monitor", "2022-03-01T08:00:00+00:00"),
            make_doc("roundup.txt", roundup, "Harbour Review", "2022-03-02T12:00:00+00:00")]


def test_a_block_quotation_credited_to_the_agency_a_sibling_carries_is_credited():
    told, _ = _run(_carrier_and_roundup(
        "From an Associated Press explainer, \u201cWhy the levee failed\u201d, by Ann Lee "
        "and Bo Wu:"))
    assert "roundup.txt" not in told


def test_the_same_block_quotation_introduced_without_its_outlet_is_still_told():
    told, _ = _run(_carrier_and_roundup(
        "From an explainer, \u201cWhy the levee failed\u201d, by Ann Lee and Bo Wu:"))
    assert "roundup.txt" in told


def _credit(name, kind="according-to"):
    return SimpleNamespace(name=name, kind=kind)


FAMILY = [SimpleNamespace(agency="AP", members=["carrier.txt", "tv.txt", "agency.txt"])]
OUTLETS = {"carrier.txt": "Valley Courier", "tv.txt": "abc News", "agency.txt": "apnews.com",
           "copy.txt": "Harbour Review"}


@pytest.mark.parametrize("name", ["ABC", "abc News", "ABC News"])
def test_a_copy_naming_another_carrier_of_the_story_credits_it(name):
    assert names_family_carrier("copy.txt", "carrier.txt", FAMILY, [_credit(name)], OUTLETS)


@pytest.mark.parametrize("credits, parent", [
    ([_credit("ABC", "reporting-by")], "carrier.txt"),     # a reporter line names no source
    ([_credit("ABC", "told")], "carrier.txt"),             # nor an interview given to it
    ([_credit("Northern Herald")], "carrier.txt"),         # no carrier of the story
    ([_credit("ABC")], "elsewhere.txt"),                   # the parent carries no such story
    ([_credit("Valley Courier")], "carrier.txt"),          # the parent itself: names_parent's
])
def test_other_names_credit_no_carrier_of_the_story(credits, parent):
    assert not names_family_carrier("copy.txt", parent, FAMILY, credits, OUTLETS)
