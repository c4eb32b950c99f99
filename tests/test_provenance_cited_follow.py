"""A short text that names another outlet of the set as its source ("..., according to the
Dunmore Ledger") and follows that outlet's report over half of its own sentences, one kept
close, retells the report: a partial copy, ordered from the outlet it names. Independent
reports of one event do not name each other; one shared line with a citation is a citation
of one fact."""
from provenance_synth import make_doc

from quotecheck.provenance.infer import infer_provenance

SOURCE = [
    "The county council voted on Thursday to close the old Brennick swimming baths at the "
    "end of the summer, after surveyors found cracks in the main pool.",
    "Repairs would cost at least four million pounds, the council's finance officer said.",
    "Swimming clubs that train at the baths will move to the leisure centre in Halwick.",
]
RETOLD = [
    "The Brennick swimming baths will close when the summer ends after the county council "
    "voted on Thursday to shut them, according to the Dunmore Ledger.",
    "Surveyors found cracks in the main pool and repairs would cost four million pounds or "
    "more, the council said, the Ledger reported.",
]
ONE_LINE = [
    "Parents in Halwick asked for more lanes at the leisure centre on Friday.",
    "The county council voted on Thursday to close the old Brennick swimming baths at the "
    "end of the summer, according to the Dunmore Ledger.",
    "Club coaches said evening sessions would be hard to fit in.",
    "A petition against the move has gathered eight hundred names.",
]


def _edges(retold):
    docs = [make_doc("source.txt", "\n\n".join(SOURCE), "The Dunmore Ledger", "2021-08-12"),
            make_doc("retold.txt", "\n\n".join(retold), "Glen Valley Times", "2021-08-13")]
    return [(e.source, e.derived, e.relation) for e in infer_provenance(docs, []).edges]


def test_a_text_retelling_the_outlet_it_names_is_its_partial_copy():
    assert _edges(RETOLD) == [("source.txt", "retold.txt", "partial")]


def test_one_line_with_a_citation_is_no_copy():
    assert _edges(ONE_LINE) == []
