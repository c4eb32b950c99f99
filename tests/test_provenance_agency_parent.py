"""A copy's two candidate parents, an agency's own text and another outlet's text that carries
it, are not rivals: what the copy shares with the carrier is partly the agency's text (two
outlets printing one wire story resemble each other), so the agency stays a parent beside
the carrier, and the copy's reuse of the agency is still reported."""
from provenance_synth import make_doc

from quotecheck.provenance.infer import infer_provenance

AGENCY = [
    "A ferry captain accused of endangering passengers in a storm off Carra Point was "
    "cleared by a jury at Bridgeford Crown Court on Thursday afternoon.",
    "The ferry was carrying 212 passengers and 31 cars when it left the quay on the evening "
    "of November 14 despite a gale warning from the coastguard.",
    "Jurors took less than three hours to reach their verdict after a five-day trial in "
    "which crew members described waves as high as a house breaking over the bow.",
    "The harbour board suspended sailings on the route for a fortnight while engineers "
    "inspected the hull and the loading ramp for damage.",
    "Passengers had been told to stay in their cabins as water poured through a broken "
    "window on the upper deck during the crossing.",
]
PAPER = [   # another outlet's story: two agency lines and its own reporting
    "Skipper Alun Pryce walked free from court yesterday and went straight back to the "
    "harbour where he has worked for thirty years.",
    AGENCY[1].replace("despite a gale warning from the coastguard", "in a rising gale"),
    AGENCY[2].replace("breaking over the bow", "on the night"),
    "Outside court his daughter hugged him and said the family would celebrate at home "
    "with a quiet dinner on the quay.",
    "Friends on the quay said the captain had barely slept since he was charged in "
    "the spring and had lost two stone in weight.",
    "The local lifeboat crew sent him a card signed by all eleven volunteers on the "
    "station before the verdict came in.",
    "His solicitor said the prosecution should never have been brought and called for an "
    "inquiry into the harbour board's decision to report him.",
]
COPY = [    # a third outlet's story: the paper's own lines, and one agency line it lacks
    "A ferry skipper cleared of endangering his passengers has returned to the harbour.",
    PAPER[4].replace("in weight", "since then"),
    PAPER[5].replace("before the verdict came in", "last week"),
    PAPER[6].replace("and called for an inquiry into", "and criticised"),
    AGENCY[4].replace("during the crossing", "as the ship rolled"),
    "Sailings on the route are due to resume on Monday morning, the operator said.",
    "The island's councillor said residents had been cut off for too long this winter.",
    "A new timetable will be posted at the terminal and on the operator's website.",
]


def test_the_agency_stays_a_parent_beside_the_carrier():
    docs = [make_doc("agency.txt", "\n\n".join(AGENCY), "Press Association", "2005-05-05"),
            make_doc("paper.txt", "\n\n".join(PAPER), "The Morning Ledger", "2005-05-06"),
            make_doc("copy.txt", "\n\n".join(COPY), "The Evening Post", "2005-05-06")]
    res = infer_provenance(docs, [])
    edges = {(e.source, e.derived) for e in res.edges}
    assert ("agency.txt", "paper.txt") in edges
    assert ("paper.txt", "copy.txt") in edges or ("copy.txt", "paper.txt") in edges
    assert ("agency.txt", "copy.txt") in edges
    # the copy prints an agency line and credits no one: its reuse is still reported
    assert {(d.document, d.args.get("parent")) for d in res.detections
            if d.rule_type == "provenance"} >= {("copy.txt", "agency.txt")}
