"""Two short write-ups of one announcement that give its four facts in the same order, each
sentence paraphrased and none keeping a run of the other's words, are two reports of one
release, not a rewrite of one another (a spun copy that follows its parent through five or
more sentences still is one)."""
from provenance_synth import make_doc

from quotecheck.provenance.infer import infer_provenance

FIRST = [
    "Brightwater Energy has agreed to buy the Kestrel offshore wind farm from Norland Power "
    "for 410 million euros, the companies announced on Monday.",
    "The Kestrel farm, located 30 kilometres off the Dutch coast, has 64 turbines and began "
    "producing power in 2019.",
    "Brightwater expects the purchase to close in the third quarter once regulators approve.",
    "Shares of Brightwater rose 3 percent in Amsterdam after the announcement.",
]
SECOND = [
    "Norland Power is selling its Kestrel wind farm to Brightwater Energy in a deal valued "
    "at 410 million euros, both firms said Monday.",
    "Kestrel sits about 30 kilometres from the coast of the Netherlands, operates 64 "
    "turbines and has been generating electricity since 2019.",
    "Completion of the purchase, subject to approval by regulators, is planned for the third "
    "quarter, Brightwater said.",
    "Brightwater stock gained 3 percent in Amsterdam trading on the news.",
]


def test_two_paraphrased_write_ups_of_one_announcement_are_independent():
    docs = [make_doc("first.txt", "\n\n".join(FIRST), "Offshore Daily", "2021-03-01"),
            make_doc("second.txt", "\n\n".join(SECOND), "Power Markets Weekly", "2021-03-01")]
    assert infer_provenance(docs, []).edges == []
