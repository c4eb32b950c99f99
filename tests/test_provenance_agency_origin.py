"""An agency's own page of its story (its own site, its own dateline) is the story's origin:
a site that carries the text without credit, stamped with an earlier date (a date alone
reads as midnight), is the copy, and the agency is never told it reuses that site."""
from provenance_synth import make_doc

from quotecheck.provenance.infer import infer_provenance

STORY = [
    "Tidewater Capital Partners said on Friday a consortium it led had closed a deal to buy "
    "49% of Marlow Oil's pipelines business for $8.2 billion.",
    "Tidewater said the co-investment process had drawn investors from Norway, Japan, Canada "
    "and the United States.",
    "They included the Fjordvik Pension Fund, Kanto Infrastructure and Lakeshore Asset "
    "Management, the company said.",
    "Marlow Oil will keep a 51% stake and operate the network, which carries about a fifth of "
    "the country's crude output.",
    "The sale is part of a plan to raise $40 billion from non-core assets by 2025, Marlow's "
    "finance chief told analysts last month.",
    "Marlow shares rose 1.2% in early trading after the announcement.",
    "A second sale, of a stake in the company's gas processing plants, is expected next year, "
    "two people familiar with the matter said.",
]


def test_the_agencys_own_page_is_the_source_of_an_uncredited_carrier():
    agency = make_doc("agency.txt", "(Reuters) - " + "\n\n".join(STORY), "reuters.com",
                      "2021-06-18 20:13:00")
    # the carrier prints the first three paragraphs only: partial reuse, no wire family
    carrier = make_doc("carrier.txt", "\n\n".join(STORY[:3]), "gulfwire.example.com",
                       "2021-06-18 00:00:00")
    res = infer_provenance([agency, carrier], [])
    assert [(e.source, e.derived) for e in res.edges] == [("agency.txt", "carrier.txt")]
    told = {d.document for d in res.detections if d.rule_type == "provenance"}
    assert "agency.txt" not in told
