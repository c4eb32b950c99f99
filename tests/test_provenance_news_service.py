"""A news service (a newspaper's syndicate: "... News Service", or a service named in
``credits.toml [news_service]``) sells its own stories to client papers as an agency sells
its wire. One narration line shared between an agency's text and a service's own story is
two wires' reports of one event sharing a background line, as between two rival agencies,
not a copy, unless a second sentence stays close as well (a service's brief condensing the
agency's narration) or a third outlet's text prints the line too (it circulates as the
agency's copy). A paper's text (no service) sharing that one line is a partial copy."""
from provenance_synth import FLOOD_AGENCY_STORY as AGENCY, make_doc

from quotecheck.provenance.infer import infer_provenance
from quotecheck.provenance.wire import news_service

OTHER = [
    "Farmers along the lower valley counted their losses on Monday as the water began to "
    "drain from fields planted only a month before.",
    "Seed dealers said replanting so late in the season would halve this year's harvest.",
    "The levee, for Halvor Strand, a 52-year-old grain farmer and father of four, had been "
    "the only thing between his fields and the river.",
    "Insurance agents said few of the farms had bought flood cover for their crops.",
    "State officials promised to review how the levees are inspected before next spring.",
]


THIRD = [
    "Volunteers filled sandbags through the night at the edge of the county seat.",
    "The levee, for Halvor Strand, a 52-year-old grain farmer and father of four, had been "
    "the only thing between his fields and the river.",
    "Churches opened their halls to families who had lost their homes.",
]


def _edges(outlet, other=OTHER, third=False):
    docs = [make_doc("agency.txt", "\n\n".join(AGENCY), "Associated Press", "2007-08-02"),
            make_doc("other.txt", "\n\n".join(other), outlet, "2007-08-03")]
    if third:
        docs.append(make_doc("third.txt", "\n\n".join(THIRD), "The Hallstead Herald",
                             "2007-08-03"))
    return {frozenset((e.source, e.derived)) for e in infer_provenance(docs, []).edges}


def test_one_line_against_an_agency_makes_a_papers_text_a_partial_copy():
    assert _edges("The Dunmore Ledger") == {frozenset(("agency.txt", "other.txt"))}


def test_one_line_against_an_agency_is_no_copy_for_a_news_services_own_story():
    assert _edges("Dunmore Ledger News Service") == set()
    assert _edges("Los Angeles Times-Washington Post") == set()


def test_a_services_brief_keeping_another_sentence_close_still_counts():
    other = list(OTHER)
    other[1] = "Crews in rescue boats carried hundreds of people off attics and porches."
    assert _edges("Dunmore Ledger News Service", other) == {frozenset(("agency.txt", "other.txt"))}


def test_a_line_a_third_outlet_prints_too_still_counts():
    assert frozenset(("agency.txt", "other.txt")) in _edges("Dunmore Ledger News Service",
                                                            third=True)


def test_news_service_by_name_shape_and_table():
    assert news_service("New York Times News Service")
    assert news_service("the Cox News Service")
    assert news_service("Los Angeles Times-Washington Post")
    assert not news_service("Associated Press")
    assert not news_service("The Dunmore Ledger")
    assert not news_service(None)
