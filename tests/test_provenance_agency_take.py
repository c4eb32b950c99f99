"""An agency's short take (a substitute paragraph, a new lead: a few narration sentences and a
quotation) printed by a paper that rewords its sentence but keeps it close and prints the
take's quotation whole is a partial copy of the take (``relation._agency_take``): agency copy
is written for subscribers to print. A quotation alone, or a close sentence alone, is what two
reporters of one event share; and two agencies' own texts are rival reports, not a copy."""
from provenance_synth import make_doc

from quotecheck.provenance.infer import infer_provenance

QUOTE = ("``We have waited eleven years for this day and nobody in the village will ever forget "
         "what the river took from us,'' she said.")
TAKE = [
    "The mother of a drowned ferryman wept in the High Court today as a judge ruled that the "
    "harbour board had ignored repeated warnings about the Carrow slipway.",
    QUOTE,
    "The board is expected to pay compensation to six families.",
]
PAPER = [
    "A drowned ferryman's mother wept yesterday when a High Court judge ruled that warnings "
    "about the Carrow slipway had been repeatedly ignored by the harbour board.",
    "Margaret Ellery's son Tom, 24, drowned when his ferry slid off the ramp in a storm.",
    "His father had raised the alarm about the cracked concrete months before.",
    "Mrs Ellery, 61, said: \u201cWe have waited eleven years for this day and nobody in the "
    "village will ever forget what the river took from us.\u201d",
    "Lawyers for the families said the ruling would be studied by ports across the country.",
    "The slipway was rebuilt two years after the accident at a cost of \u00a3400,000.",
    "Neighbours gathered outside the family's cottage last night to light candles.",
    "A memorial service will be held at the harbour church on Sunday.",
]


def _edges(take_outlet="Press Association", paper=PAPER):
    docs = [make_doc("take.txt", "\n\n".join(TAKE), take_outlet, "1999-07-16"),
            make_doc("paper.txt", "\n\n".join(paper), "The Morning Courier", "1999-07-17")]
    return {(e.source, e.derived, e.relation) for e in infer_provenance(docs, []).edges}


def test_a_papers_reworded_lead_with_the_takes_quotation_is_a_partial_copy():
    assert _edges() == {("take.txt", "paper.txt", "partial")}


def test_the_close_sentence_without_the_quotation_is_no_copy():
    paper = [p for p in PAPER if "eleven years" not in p]
    assert _edges(paper=paper) == set()


def test_the_quotation_without_a_close_sentence_is_no_copy():
    paper = ["Harbour chiefs were found to blame for a ferryman's death in a ruling that "
             "families said came far too late."] + PAPER[1:]
    assert _edges(paper=paper) == set()


def test_two_agencies_texts_are_rival_reports():
    docs = [make_doc("take.txt", "\n\n".join(TAKE), "Press Association", "1999-07-16"),
            make_doc("rival.txt", "\n\n".join(PAPER), "Reuters", "1999-07-16")]
    assert infer_provenance(docs, []).edges == []


# a take of one sentence: the detective's statement after the verdict, which the paper quotes
# with its own introduction of him (our own snippet, in the shape of a court lead)
STATEMENT_TAKE = [
    "Detective Inspector Ruth Gale, who headed the inquiry, said after the trial: "
    "``Nobody is above the law, and thieves in uniform will be caught.''",
]
STATEMENT_PAPER = [
    "A former constable who stole from pensioners was jailed for four years yesterday.",
    "Colin Marsh, 44, took cash and jewellery from homes he visited on duty.",
    "Detective Inspector Ruth Gale said outside the court: \u201cNobody is above the law, and "
    "thieves in uniform will be caught.\u201d",
    "Marsh had served in the force for nineteen years before his arrest.",
    "His victims included a widow of 91 who lost her wedding ring.",
]


def test_a_statement_both_quote_with_their_own_introduction_is_no_take():
    # other texts of the set (the quotation's words are rare in it, as in a real set)
    others = [make_doc(f"other{k}.txt", "\n\n".join(PAPER[k:k + 3]), f"Outlet {k}",
                       "1999-07-17") for k in (1, 4)]
    docs = others + [make_doc("take.txt", "\n\n".join(STATEMENT_TAKE), "Press Association",
                     "1999-07-16"),
            make_doc("paper.txt", "\n\n".join(STATEMENT_PAPER), "The Morning Courier",
                     "1999-07-17")]
    assert not [e for e in infer_provenance(docs, []).edges if e.source == "take.txt"]
