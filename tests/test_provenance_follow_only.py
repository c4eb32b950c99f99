"""Following the other text's order is evidence of a spun copy only when the copy follows
it over several sentences, each reworded but close. Two short reports of one police
statement retell four of its five facts in the same order, each in its own words: no
sentence kept, no run lifted, no credit, so no edge (ecbplus2, ecbplus4, meter: such pairs
were rewrites and drew undisclosed-reuse warnings)."""
from provenance_synth import make_doc

from quotecheck.provenance.infer import infer_provenance

STATION = [
    "A van driver has been charged with drunk driving and reckless homicide after police "
    "said he hit and killed a cyclist in Eastfield on Friday evening.",
    "According to a police statement, the 41-year-old cyclist was riding along Canal Road "
    "near the old mill at about 8 p.m. when the van struck her from behind.",
    "The driver drove on but was stopped by officers two streets away.",
    "He was also charged with leaving the scene of a fatal collision.",
    "The cyclist, a nurse at the county hospital, died at the scene.",
]
PAPER = [
    "Police said a cyclist was killed in Eastfield on Friday evening when a van hit her, and "
    "the van driver was later arrested.",
    "Hilda Marsh, 41, was riding her bicycle on Canal Road by the old mill when she was "
    "struck, according to police.",
    "The van driver, who drove on after the crash, was stopped by officers nearby.",
    "Kit Brannock, 29, was charged with reckless homicide, drunk driving and leaving the "
    "scene of a fatal collision.",
    "Neighbours laid flowers by the canal bridge on Saturday morning.",
]


def _edges(docs):
    return [(e.source, e.derived, e.relation) for e in infer_provenance(docs, []).edges]


def test_two_short_reports_retelling_one_statement_in_order_are_independent():
    docs = [make_doc("station.txt", "\n\n".join(STATION), "Eastfield Radio", "2013-05-10"),
            make_doc("paper.txt", "\n\n".join(PAPER), "The Canal Times", "2013-05-11")]
    assert _edges(docs) == []


def test_a_long_spun_copy_is_a_rewrite_however_loosely_reworded():
    # a spinner swaps words one by one over a whole story and drops its last paragraph: eight
    # sentences follow the report's order at a mean similarity near 0.5, below the short
    # reports' bound; the length of the run in order carries it (the archive's planted copies)
    from provenance_synth import story_set

    from quotecheck.load.loader import load_text

    docs = story_set(100, prefix="s-")
    indep, spun = docs["independent"], docs["spun"]
    loaded = [load_text(indep.text, indep.id, fmt="text",
                        meta={"outlet": "Daily Courier", "published": "2026-03-01T09:15:00Z"}),
              load_text(spun.text, spun.id, fmt="text",
                        meta={"published": "2026-03-02T06:00:00Z"})]
    assert ("s-indep.txt", "s-spun.txt", "rewrite") in _edges(loaded)
