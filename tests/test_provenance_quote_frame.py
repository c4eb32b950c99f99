"""A sentence that is mostly a quotation has only the quotation's frame for narration (the
speaker's name, a long official title, the reporting verb, "in a statement"). A reporter
quoting that speaker writes the same frame, so a run shared with such a sentence is no
narration carried over, even against an agency's own text (where one lifted line is
otherwise enough): the agency quoted one sentence of the company's statement, the paper
interviewed the executive and paraphrased another. The whole sentence kept as written still
counts."""
from provenance_synth import make_doc

from quotecheck.provenance.infer import infer_provenance

TITLE = ("Mara Quist, the toy maker's senior vice president of global product safety "
         "and compliance")
AGENCY = [
    "A toy maker recalled nearly half a million painted wooden trains on Thursday after "
    "inspectors found lead in the paint on the engines.",
    "The trains were sold in discount stores across four states between March and July.",
    "\u201cEvery factory must buy its paint from mills we have approved, and this time a "
    "subcontractor broke that rule,\u201d " + TITLE + ", said in a statement.",
    "Parents were told to take the toys away from children and return them for a refund.",
    "No injuries have been reported, the company said.",
]
PAPER = [
    "Shares in the Dunmore toy company fell sharply after the second recall of its wooden "
    "trains in a year, and retailers began clearing them from their shelves.",
    "Analysts said the cost of the recall could wipe out the profit of the holiday season.",
    TITLE + ", said factories are now tested every week by outside laboratories.",
    "Consumer groups asked regulators to ban painted toys made abroad until tests improve.",
    "The company's chief executive is due to meet regulators in the capital next week.",
]


def _edges(docs):
    return {frozenset((e.source, e.derived)) for e in infer_provenance(docs, []).edges}


def _docs(paper):
    return [make_doc("agency.txt", "\n\n".join(AGENCY), "Associated Press", "2007-08-02"),
            make_doc("paper.txt", "\n\n".join(paper), "The Dunmore Ledger", "2007-08-03")]


def test_a_speakers_frame_beside_a_quotation_is_not_a_lifted_line():
    assert _edges(_docs(PAPER)) == set()


def test_two_quotations_framed_alike_after_the_marks_are_not_a_lifted_line():
    paper = list(PAPER)
    paper[2] = ("\u201cEvery batch of paint will now be sent to an outside laboratory before "
                "it reaches a factory,\u201d said " + TITLE + ".")
    agency = list(AGENCY)
    agency[2] = ("The rules \u201cwere broken by one subcontractor who bought cheap paint from "
                 "a supplier we had never approved,\u201d said " + TITLE + ".")
    docs = [make_doc("agency.txt", "\n\n".join(agency), "Associated Press", "2007-08-02"),
            make_doc("paper.txt", "\n\n".join(paper), "The Dunmore Ledger", "2007-08-03")]
    assert _edges(docs) == set()


def test_the_whole_sentence_kept_still_counts():
    paper = list(PAPER)
    paper[2] = AGENCY[2]
    assert _edges(_docs(paper)) == {frozenset(("agency.txt", "paper.txt"))}
