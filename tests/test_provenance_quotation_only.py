"""Quotation-only takes (docs/provenance.md, "Quotations alone are not derivation"): a paper
that prints an agency's court quotations word for word, however many, but tells the hearing in
its own narration is an independent report of the hearing; the quoted words are the
speaker's, which every reporter in court heard. Corroboration counting depends on it: two
reports of one hearing must stay two. The agency's narration showing through (a sentence
kept nearly word for word) is what makes the paper's text the agency's copy."""
from provenance_synth import make_doc

from quotecheck.provenance.infer import infer_provenance

QUOTES = [
    "``I never touched the money and I never asked anyone to move it for me,'' he told the jury.",
    "``The ledgers were kept in a cupboard that three other people could open,'' he said.",
    "``When the auditors came I handed them every key I had,'' he added.",
    "``I am a bookkeeper, not a thief,'' he said.",
]
AGENCY = [
    "A parish treasurer accused of stealing church funds told a crown court today that he had "
    "been made a scapegoat by the diocese.",
    QUOTES[0],
    "Geoffrey Tallis, 58, of Upper Brent, denies six counts of theft totalling 41,000 pounds "
    "between 2004 and 2007.",
    QUOTES[1],
    "The prosecution says he paid the money into an account held in his sister's name.",
    QUOTES[2],
    QUOTES[3],
    "The trial continues tomorrow.",
]


def _paper(quotes):
    """A paper's own court report: its narration, the same quotations in its own marks."""
    q = [x.replace("``", "\u201c").replace(",''", ",\u201d").replace(".''", ".\u201d")
         for x in quotes]
    return [
        "The churchwarden who ran a village parish's accounts for twenty years wept in the "
        "witness box yesterday as he insisted he was innocent.",
        "Mr Tallis, a retired bookkeeper, is said to have siphoned collection money over three "
        "years while the bishop's office failed to check the books.",
        q[0],
        "His sister, who is not charged, sat in the public gallery throughout.",
        q[1],
        "Parishioners had raised funds for a new roof that was never built, the court heard.",
        *q[2:],
        "Judge Moira Kent told jurors they would hear closing speeches on Friday.",
    ]


def _edges(docs):
    return {(e.source, e.derived) for e in infer_provenance(docs, []).edges}


def test_a_paper_printing_the_agencys_court_quotations_in_its_own_narration_is_independent():
    docs = [make_doc("agency.txt", "\n\n".join(AGENCY), "Press Association", "1999-12-08"),
            make_doc("paper.txt", "\n\n".join(_paper(QUOTES)), "The Morning Courier",
                     "1999-12-09")]
    assert _edges(docs) == set()


def test_three_reports_of_one_hearing_sharing_its_quotations_stay_three():
    other = [p.replace("wept in the witness box", "broke down in the witness box")
             .replace("village parish", "country parish") for p in _paper(QUOTES[:3])]
    other[1] = ("The former treasurer, who kept the books unpaid, faces six charges relating "
                "to money collected at Sunday services.")
    other[3] = "Prosecutors told the jury the bank statements would speak for themselves."
    other[5] = "A surveyor said the roof fund had been empty since the spring of 2006."
    docs = [make_doc("agency.txt", "\n\n".join(AGENCY), "Press Association", "1999-12-08"),
            make_doc("paper.txt", "\n\n".join(_paper(QUOTES)), "The Morning Courier",
                     "1999-12-09"),
            make_doc("other.txt", "\n\n".join(other), "The Evening Ledger", "1999-12-09")]
    assert _edges(docs) == set()


def test_the_agencys_narration_kept_with_its_quotations_is_a_copy():
    paper = _paper(QUOTES)
    paper[1] = ("Geoffrey Tallis, 58, of Upper Brent, denies six counts of theft totalling "
                "41,000 pounds between 2004 and 2007.")
    docs = [make_doc("agency.txt", "\n\n".join(AGENCY), "Press Association", "1999-12-08"),
            make_doc("paper.txt", "\n\n".join(paper), "The Morning Courier", "1999-12-09")]
    assert _edges(docs) == {("agency.txt", "paper.txt")}
