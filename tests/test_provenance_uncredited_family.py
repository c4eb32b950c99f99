"""Copies of one text that credit no wire (an agency story with its credit stripped, a press
release): three or more form a family under a latent root, siblings linked through it, as
wire copies do; a copy of a spun copy still chains (it shares the spun copy's changes)."""
from provenance_synth import make_doc

from quotecheck.provenance.infer import infer_provenance

FERRY = [
    "A passenger ferry with 212 people on board ran aground on a sandbank off Port Vellan early "
    "on Tuesday, the regional coast guard said.",
    "All passengers were taken off the vessel by lifeboats and two fishing trawlers within four "
    "hours, and nobody was seriously hurt, a coast guard officer told reporters at the harbour.",
    "The ferry, the Marisol Dawn, was sailing from the island of Tervo to the mainland when it "
    "struck the bank in thick fog shortly after 5 a.m.",
    "Seven passengers were treated for cold and minor cuts at the Port Vellan clinic and later "
    "released, the clinic's director said.",
    "The operator, Tervo Line, said the captain had reduced speed because of the fog and that "
    "the hull showed no sign of a leak.",
    "Divers inspected the hull in the afternoon while the tide rose, and salvage crews hoped to "
    "refloat the ship by Wednesday evening.",
    "The maritime safety board opened an inquiry into why the ferry left the marked channel "
    "about 300 metres north of the buoy line.",
    "Tervo Line cancelled its remaining crossings for the day and offered refunds to travellers "
    "booked through Thursday.",
    "Islanders have long complained that the route is served by ageing ships that were built "
    "for calmer waters in the south.",
    "It was the second grounding on the route in three years; in 2021 a cargo ship struck rocks "
    "near the Tervo harbour entrance.",
]


def test_three_uncredited_copies_of_one_text_are_siblings_under_a_latent_root():
    text = "\n\n".join(FERRY)
    # the first carrier edits three sentences; the two others print the text as it came
    edited = text.replace("early on Tuesday", "on Tuesday morning").replace(
        "the ferry left", "the vessel left").replace("offered refunds", "offered full refunds")
    docs = [make_doc("first.txt", edited, "Capital Post", "2022-03-01T08:00:00+00:00"),
            make_doc("second.txt", text, "Coast Gazette", "2022-03-01T09:00:00+00:00"),
            make_doc("third.txt", text, "Harbour Daily", "2022-03-01T10:00:00+00:00")]
    res = infer_provenance(docs, [])
    assert len(res.families) == 1
    fam = res.families[0]
    assert fam.id.startswith("text:") and fam.agency == ""
    assert fam.members == ["first.txt", "second.txt", "third.txt"]
    # every sibling hangs from the representative: no chain "third copied second"
    assert {e.source for e in res.edges} == {fam.representative}
    assert {e.derived for e in res.edges} == set(fam.members) - {fam.representative}
    assert res.independent_roots(fam.members) == 1
    # the uncredited copies are still told they reuse without credit, naming the text
    told = [d for d in res.detections if d.rule_type == "provenance"]
    assert told and all(d.args["related_outlet"].startswith("the text (text:") for d in told)


def test_two_uncredited_copies_keep_their_one_edge_and_no_family():
    text = "\n\n".join(FERRY)
    docs = [make_doc("a.txt", text, "Coast Gazette", "2022-03-01"),
            make_doc("b.txt", text, "Harbour Daily", "2022-03-02")]
    res = infer_provenance(docs, [])
    assert res.families == []
    assert [(e.source, e.derived) for e in res.edges] == [("a.txt", "b.txt")]
