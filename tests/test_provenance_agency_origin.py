"""An agency's own page of its story (its own site, its own dateline) is the story's origin:
a site that carries the text without credit, stamped with an earlier date (a date alone
reads as midnight), is the copy, and the agency is never told it reuses that site."""
from provenance_synth import make_doc

from quotecheck.provenance.infer import infer_provenance

STORY = [
    "Tidewater Capital Partners announced on Friday that a group it headed had agreed to buy "
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


# An agency's short substitute: its slug line and staff byline, no dateline or credit naming
# the agency; a paper next morning prints the same sentences amid more of its own, uncredited.
SUBSTITUTE = [
    "16:05 03/03/04: Page 2 (HHH) COURTS Harbour Substitute",
    "By Dana Whitlock, Courts Correspondent",
    "Pc Irene Malby told the court that on her second day with the harbour unit a colleague "
    "asked her about her private life in front of other officers.",
    "She said officers on the team based at Quayside Road used offensive names for visitors "
    "and made crude remarks about passing women.",
    "She left the unit in 2001 and went to work for a fraud squad based in Eastgate, where "
    "matters improved.",
]
PAPER_OWN = [
    "A POLICEWOMAN was cleared yesterday of attacking a sergeant with a billiard cue after "
    "telling a jury of years of abuse from her colleagues.",
    "The 36-year-old wept as the verdict was read out at Northgate Crown Court.",
    "Her lawyer said the case showed how much work remained to be done in the force.",
    "The sergeant, 41, had told the court that she struck him twice without warning.",
]


def _substitute_and_paper(agency_outlet: str):
    agency = make_doc("agency.txt", "\n\n".join(SUBSTITUTE), agency_outlet)
    paper = make_doc("paper.txt", "\n\n".join(PAPER_OWN[:2] + SUBSTITUTE[2:] + PAPER_OWN[2:]),
                     "The Morning Ledger")
    return agency, paper


def test_an_agencys_own_text_without_a_dateline_is_the_source_of_an_uncredited_paper():
    # without dates the paper's extra sentences make the agency look like the subset copy;
    # the agency's own text naming no other outlet's copy is the origin, whatever the agency
    for name in ("Press Association", "Agence France-Presse", "apnews.com", "Reuters"):
        agency, paper = _substitute_and_paper(name)
        for docs in ([agency, paper], [paper, agency]):
            res = infer_provenance(docs, [])
            edges = [(e.source, e.derived) for e in res.edges]
            assert edges == [("agency.txt", "paper.txt")], name
            told = {d.document for d in res.detections if d.rule_type == "provenance"}
            assert "agency.txt" not in told, name


# A member paper's story, and the agency's rewrite of it published the next day under the
# agency's own dateline: the paper's report is the source, and no wire family forms.
MEMBER_STORY = [
    "Former mayor Dale Hartigan and his wife reached an agreement on Monday on how to divide "
    "their assets while their separation goes ahead, avoiding an open hearing this week.",
    "The confidential agreement gives them both support to live on, said Ray Olmos, the "
    "former mayor's lawyer and longtime friend.",
    "A hearing set for Thursday before Superior Court Judge Anne Pell is now unnecessary, "
    "Olmos said, although the court had not cancelled it by late Monday.",
    "Mrs. Hartigan's lawyer, Joan Meyer, confirmed that an agreement had been reached but "
    "would give no details of it.",
    "The hearing had been expected to draw reporters from across the state after the former "
    "mayor's relationship with a 29-year-old aide became public.",
    "By settling, the couple also avoid answering the charges they have made against each "
    "other since he filed for divorce in June.",
]
AGENCY_REWRITE = [
    "RIVERTON (AP) -- Former mayor Dale Hartigan and his wife have agreed on how to split "
    "their property in the divorce.",
    "The confidential agreement gives them both support to live on, said Ray Olmos, the "
    "former mayor's lawyer.",
    "Mrs. Hartigan's lawyer, Joan Meyer, said a deal had been struck but offered "
    "nothing more.",
    "The agreement came before a Thursday hearing that had been expected to draw reporters "
    "from across the state after his relationship with a 29-year-old aide became public.",
    "By settling, the couple also avoid answering the charges they have made against each "
    "other since he filed for divorce in June.",
]


def test_an_agencys_rewrite_of_a_member_papers_earlier_story_is_the_copy():
    paper = make_doc("paper.txt", "\n\n".join(MEMBER_STORY), "Riverton Courier",
                     "1999-09-13T19:49")
    agency = make_doc("agency.txt", "\n\n".join(AGENCY_REWRITE), "Associated Press",
                      "1999-09-14T09:10")
    for docs in ([agency, paper], [paper, agency]):
        res = infer_provenance(docs, [])
        assert [(e.source, e.derived) for e in res.edges] == [("paper.txt", "agency.txt")]
        assert res.families == []


# An agency's own page of a story under its own dateline, and another site's page carrying the
# same text word for word with the dateline stripped and no credit, dated the day before (its
# clock, or the capture's): the carrier is never the source of the agency's dateline story.
HARBOUR_STORY = [
    "Dock workers at the port of Kessling walked off the job on Tuesday, halting the loading "
    "of grain ships for the first time in eleven years.",
    "The union said its members would stay out until the port authority restored the night "
    "shift bonus it cut in March.",
    "The port authority said it had offered talks twice and called the stoppage unlawful.",
    "About 40 vessels were waiting at anchor outside the harbour by late afternoon, according "
    "to a shipping agent in the town.",
    "Grain traders said prices for the region's wheat rose about 3% on the news.",
    "The last stoppage at Kessling, in 2012, lasted nine days and cost exporters an estimated "
    "$60 million.",
    "Talks between the two sides are due to resume on Thursday, the union's secretary said.",
]
DATELINES = {"Reuters": ("reuters.com", "KESSLING (Reuters) - "),
             "AP": ("apnews.com", "KESSLING (AP) — "),
             "AFP": ("afp.com", "Kessling (AFP) - ")}


def test_an_uncredited_carrier_dated_a_day_earlier_is_no_source_of_the_agencys_own_copy():
    for name, (site, dateline) in DATELINES.items():
        agency = make_doc("agency.txt", dateline + "\n\n".join(HARBOUR_STORY), site,
                          "2019-07-05")
        carrier = make_doc("carrier.txt", "\n\n".join(HARBOUR_STORY), "dailyharbour.example.com",
                           "2019-07-04")
        for docs in ([agency, carrier], [carrier, agency]):
            res = infer_provenance(docs, [])
            assert [(e.source, e.derived) for e in res.edges] == [
                ("agency.txt", "carrier.txt")], name
            told = {d.document for d in res.detections if d.rule_type == "provenance"}
            assert "agency.txt" not in told, name
