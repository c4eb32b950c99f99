"""An agency's own texts of one story (a newsline, its write-through, a sub) are versions of one
running text: a paper carrying lines that several versions print derives from each of them.
Pruning and explaining away choose one parent among copies of a copy; they must not drop a
version for another version of the same agency's text (METER: papers labelled derived from
every PA version whose narration they carry). Our own invented court story."""
from provenance_synth import make_doc

from quotecheck.provenance.infer import infer_provenance

NEWSLINE = [
    "11:05 12/03/04: Page 1 (HHH) COURTS Kiln",
    "By Nia Treharne, Courts Correspondent",
    "A pottery owner whose kiln set fire to a row of thatched cottages was fined 40,000 pounds "
    "at Exeter Crown Court today for breaching fire safety rules.",
    "Gwyn Morcom, 58, of Lydford Mill, admitted firing the kiln overnight without a "
    "supervisor after he had been warned twice by the fire service.",
    "The blaze in August spread along Church Lane and destroyed four homes, the court heard.",
]
WRITE_THROUGH = [
    "16:40 12/03/04: Page 1 (HHH) COURTS Kiln Lead",
    "By Nia Treharne, Courts Correspondent",
    "A pottery owner whose kiln set fire to a row of thatched cottages was fined 40,000 pounds "
    "today and ordered to pay the families' legal costs.",
    "Gwyn Morcom, 58, of Lydford Mill, admitted firing the kiln overnight without a "
    "supervisor after he had been warned twice by the fire service.",
    "The blaze in August spread along Church Lane and destroyed four homes, the court heard.",
    "Judge Helen Tregear told him his stubbornness had cost his neighbours everything they "
    "owned.",
    "One family had lived in the end cottage for three generations and lost every photograph "
    "they had.",
    "The fire service said after the hearing that rural workshops needed more inspections.",
]
PAPER = [
    "A STUBBORN potter who burned down his neighbours' homes was hit with a huge fine "
    "yesterday.",
    # the agency's narration, carried by both versions, kept nearly word for word
    "Gwyn Morcom, 58, of Lydford Mill, admitted firing the kiln overnight without a "
    "supervisor after he had been warned twice by the fire service.",
    "Villagers wept in the public gallery as the sentence was read out.",
    "The blaze in August spread along Church Lane and destroyed four homes, the court was "
    "told.",
    "Morcom left by a side door and said nothing.",
]


def _docs():
    return [make_doc("newsline.txt", "\n\n".join(NEWSLINE), "Press Association",
                     "2004-03-12T11:05"),
            make_doc("lead.txt", "\n\n".join(WRITE_THROUGH), "Press Association",
                     "2004-03-12T16:40"),
            make_doc("paper.txt", "\n\n".join(PAPER), "The Western Courier", "2004-03-13")]


def test_a_paper_derives_from_each_agency_version_that_prints_its_lines():
    for docs in (_docs(), _docs()[::-1]):
        res = infer_provenance(docs, [])
        into_paper = {e.source for e in res.edges if e.derived == "paper.txt"}
        assert into_paper == {"newsline.txt", "lead.txt"}


def test_two_outlets_copying_one_paper_still_keep_one_parent():
    """Pruning still keeps the closest of parents that are copies of one another when they
    are not one agency's versions: a copy of a copy takes the nearer one."""
    paper = make_doc("paper.txt", "\n\n".join(PAPER + NEWSLINE[2:3]), "The Western Courier",
                     "2004-03-13")
    copy = make_doc("copy.txt", "\n\n".join(PAPER + NEWSLINE[2:3]), "Daily Roundup",
                    "2004-03-14")
    again = make_doc("again.txt", "\n\n".join(PAPER[:4] + NEWSLINE[2:3]), "Moor Gazette",
                     "2004-03-15")
    res = infer_provenance([paper, copy, again], [])
    assert len({e.source for e in res.edges if e.derived == "again.txt"}) == 1
