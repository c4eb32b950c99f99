"""A paper rewriting agency copy changes most sentences but keeps some of the agency's own
narration as written: one such sentence against an agency's own text is partial reuse; two
independent reports sharing one background line, a carrier citing the agency by name for one
fact, and a shared attribution frame around a quotation are not."""
from provenance_synth import make_doc

from quotecheck.provenance.derivation import prepare
from quotecheck.provenance.infer import infer_provenance
from quotecheck.provenance.lifted import lifted_sentences
from quotecheck.provenance.relation import relation_of

AGENCY = [
    "14:20 05/05/05: Page 1 (HHH) COURTS Ferry",
    "By Tom Ashdown, Courts Correspondent",
    "A ferry captain who sailed out of Penmorva harbour in a force nine gale was cleared of "
    "endangering his passengers at Truro Crown Court today.",
    "Jurors took three hours to find Alun Pryce not guilty after a five-day trial in which "
    "his crew described waves as high as a house.",
    "Mr Pryce, of Tregaron, had told the court he turned back as soon as the harbour master "
    "radioed a warning.",
    "The ferry was carrying 212 passengers and 31 cars when it left the quay on the evening "
    "of November 14 last year, the jury heard.",
    "Outside court his solicitor said the captain was relieved and wanted to return to work.",
]
PAPER = [
    "A SEA captain accused of risking 200 lives by taking his ferry into a storm walked free "
    "yesterday.",
    "Alun Pryce wept in the dock as the jury at Truro cleared him after deliberating for "
    "under three hours.",
    "Crew members had told the trial that the waves towered over the bridge.",
    # the agency's narration kept nearly word for word
    "The ferry was carrying 212 passengers and 31 cars when it left the quay on the evening "
    "of November 14 last year.",
    "Pryce, 48, says he now hopes to go back to sea.",
]


def _edges(docs):
    return {frozenset((e.source, e.derived)) for e in infer_provenance(docs, []).edges}


def test_one_agency_sentence_kept_in_a_rewrite_is_partial_reuse():
    agency = make_doc("agency.txt", "\n\n".join(AGENCY), "Press Association")
    paper = make_doc("paper.txt", "\n\n".join(PAPER), "The Morning Ledger")
    for docs in ([agency, paper], [paper, agency]):
        res = infer_provenance(docs, [])
        assert [(e.source, e.derived, e.relation) for e in res.edges] == [
            ("agency.txt", "paper.txt", "partial")]


def test_two_papers_sharing_one_background_line_stay_independent():
    first = make_doc("first.txt", "\n\n".join(PAPER), "The Morning Ledger")
    second = make_doc("second.txt", "\n\n".join(AGENCY[2:5] + [PAPER[3]]), "The Evening Post")
    assert _edges([first, second]) == set()


def test_a_carrier_naming_the_agency_for_one_fact_cites_it():
    agency = make_doc("agency.txt", "\n\n".join(AGENCY), "Press Association")
    cited = PAPER[:3] + ["The Press Association reported that the ferry was carrying 212 "
                         "passengers and 31 cars when it left the quay on the evening of "
                         "November 14 last year."] + PAPER[4:]
    paper = make_doc("paper.txt", "\n\n".join(cited), "The Morning Ledger")
    assert _edges([agency, paper]) == set()


def test_a_shared_attribution_frame_is_not_lifted_narration():
    frame = ("Tom Lloyd, Deputy Chief Constable of Kernow Police, added: \u201cPryce {} and "
             "we will be reviewing what the harbour master told him that night.\u201d")
    agency = make_doc("agency.txt", "\n\n".join(AGENCY[:5] + [frame.format(
        "made the right call")]), "Press Association")
    paper = make_doc("paper.txt", "\n\n".join(PAPER[:3] + [frame.format(
        "did what any skipper would do")] + PAPER[4:]), "The Morning Ledger")
    res = infer_provenance([agency, paper], [])
    assert res.edges == []


def test_lifted_count_is_what_decides(monkeypatch):
    # the rule is the lifted count: the same pair without it has no relation
    agency = make_doc("agency.txt", "\n\n".join(AGENCY), "Press Association")
    paper = make_doc("paper.txt", "\n\n".join(PAPER), "The Morning Ledger")
    seen = []
    import quotecheck.provenance.infer as infer

    def spy(f):
        seen.append((f.lifted, f.agency_side, relation_of(f)))
        f.lifted = 0
        return relation_of(f)
    monkeypatch.setattr(infer, "relation_of", spy)
    assert infer.infer_provenance([agency, paper], []).edges == []
    assert seen == [(1, True, "partial")]


# two stories of one agency weeks apart, each its own report, sharing background lines
FOLLOW_UP = [
    "The harbour master who radioed a warning to a ferry in a force nine gale has resigned, "
    "the Penmorva harbour board said today.",
    "Board chairman Ellen Rowe said the resignation had been offered and accepted at a short "
    "meeting on Thursday evening.",
    "Mrs Rowe gave no reason for the decision but praised twelve years of service.",
    "The board will advertise the post next month and appoint a deputy in the meantime.",
    "Fishermen at the quay said the harbour master had been well liked.",
    "A review of the port's storm procedures is due to report in the autumn.",
]
TRIAL = [
    "The prosecution had argued that the captain ignored two forecasts on the day.",
    "Mr Pryce told the jury he had crossed the bay more than four thousand times.",
    "His wife and two daughters sat in the public gallery throughout the trial.",
    "The shipping line has since replaced the vessel with a larger catamaran.",
]
BACKGROUND = [   # the agency's lines, lightly edited (lifted, not word for word)
    "Jurors took less than three hours to find Alun Pryce not guilty after a five-day trial "
    "in which his crew described waves as high as a house.",
    "The ferry was carrying 212 passengers and 31 cars when it left the quay on the evening "
    "of November 14, the jury was told.",
]


def test_an_agency_reusing_one_of_its_own_background_lines_is_no_copy():
    """One lifted line suffices against an agency's own text across outlets, and between two
    versions of one agency story (a newsline and its write-through, the same day); the
    agency's two stories weeks apart sharing one background line are its own reporting."""
    def pair(first_day, second_day):
        return [make_doc("first.txt", "\n\n".join(AGENCY), "Press Association", first_day),
                make_doc("second.txt", "\n\n".join(FOLLOW_UP + BACKGROUND[1:]),
                         "Press Association", second_day)]
    assert _edges(pair("2005-05-05", "2005-06-02")) == set()
    assert _edges(pair("2005-05-05T14:20", "2005-05-05T18:05")) == {
        frozenset(("first.txt", "second.txt"))}


def test_an_outlet_reusing_two_of_its_own_background_lines_reuses_its_text():
    """Independent reports are two outlets' work: one outlet's two stories sharing two lifted
    background lines reuse its own text (partial), where two outlets' would need three."""
    first = make_doc("first.txt", "\n\n".join(AGENCY[2:] + TRIAL), "The Morning Ledger",
                     "2005-05-05")
    second = make_doc("second.txt", "\n\n".join(FOLLOW_UP + BACKGROUND), "The Morning Ledger",
                      "2005-06-02")
    res = infer_provenance([first, second], [])
    assert [(e.source, e.derived, e.relation) for e in res.edges] == [
        ("first.txt", "second.txt", "partial")]
    other = make_doc("second.txt", "\n\n".join(FOLLOW_UP + BACKGROUND), "The Evening Post")
    paper = make_doc("first.txt", "\n\n".join(PAPER[:3] + AGENCY[2:4] + PAPER[4:]),
                     "The Morning Ledger")
    assert _edges([paper, other]) == set()


# a statement the agency reports in its own words, which a paper prints as a block quote: a
# paragraph in the statement's first person, no quotation marks
STATEMENT_REPORTED = ("The harbour board said in a statement that some skippers feared a single "
                      "mistake would be held against them for years.")
STATEMENT_BLOCK = ("We have listened carefully to our skippers and to the families. Some skippers "
                   "feared a single mistake would be held against them for years.")


def test_a_statement_printed_as_a_block_quote_is_not_lifted_narration():
    agency = make_doc("agency.txt", "\n\n".join(AGENCY + [STATEMENT_REPORTED]),
                      "Press Association")
    paper = make_doc("paper.txt", "\n\n".join(PAPER[:3] + [STATEMENT_BLOCK] + PAPER[4:]),
                     "The Morning Ledger")
    assert _edges([agency, paper]) == set()
    # the same line in the paper's own narration voice is still carried over
    own = STATEMENT_BLOCK.replace("We have listened carefully to our skippers and to the "
                                  "families.", "The board has met skippers and families.")
    paper = make_doc("paper.txt", "\n\n".join(PAPER[:3] + [own] + PAPER[4:]),
                     "The Morning Ledger")
    assert _edges([agency, paper]) == {frozenset(("agency.txt", "paper.txt"))}


def test_a_first_person_quoted_in_single_marks_leaves_the_paragraph_narration():
    # single marks are no quotation region here: "I" inside them is the speaker's, and the
    # paragraph's agency line after it is still the paper's narration, carried over
    quoted = "Outside court Mr Pryce said: 'I am relieved.' " + PAPER[3]
    agency = make_doc("agency.txt", "\n\n".join(AGENCY), "Press Association")
    paper = make_doc("paper.txt", "\n\n".join(PAPER[:3] + [quoted] + PAPER[4:]),
                     "The Morning Ledger")
    assert _edges([agency, paper]) == {frozenset(("agency.txt", "paper.txt"))}


# our own snippet: two reports quote different words of one speaker and name her alike, a
# long title and affiliation (the agency's copy types its opening mark as a closer, '')
TITLE = ("said Dr. Mara Quillfeather, vice president of clinical affairs for the Kernow "
         "Children's Research Alliance in Truro, which paid for the harbour study.")


def test_two_quotations_framed_alike_are_not_lifted_narration():
    agency = AGENCY[2:5] + ["''We did not expect the waves to be the main risk,'' " + TITLE]
    paper = PAPER[:3] + ["``The crossing figures are startling,'' " + TITLE] + PAPER[4:]
    docs = [make_doc("agency.txt", "\n\n".join(agency), "Press Association"),
            make_doc("paper.txt", "\n\n".join(paper), "The Morning Ledger")]
    assert _edges(docs) == set()


def test_a_quotation_frame_against_a_narration_sentence_still_counts():
    # the paper narrates what the agency's sentence says outside its quotation: lifted
    narrated = ("Jurors took three hours to find Alun Pryce not guilty after a five-day trial "
                "in which his crew described waves as high as a house, the court heard.")
    quoted = ("``It was a fair verdict,'' said his solicitor as jurors took three hours to "
              "find Alun Pryce not guilty after a five-day trial in which his crew described "
              "waves as high as a house.")
    agency = AGENCY[:3] + [quoted] + AGENCY[4:]
    paper = PAPER[:1] + [narrated] + PAPER[2:]
    docs = [make_doc("agency.txt", "\n\n".join(agency), "Press Association"),
            make_doc("paper.txt", "\n\n".join(paper), "The Morning Ledger")]
    assert frozenset(("agency.txt", "paper.txt")) in _edges(docs)


def _lifted(first: str, second: str) -> int:
    a = prepare(make_doc("a.txt", first, "Press Association"))
    b = prepare(make_doc("b.txt", second, "The Morning Ledger"))
    assert len(a.sentences) == len(b.sentences) == 1
    return lifted_sentences(a, b, [(0, 0, 1.0)])


def test_a_quoted_sentence_copied_whole_still_counts():
    # a digest prints the story's first quotation with its frame word for word: a copy
    sentence = "``We did not expect the waves to be the main risk,'' " + TITLE
    assert _lifted(sentence, sentence) == 1
    other = "``The crossing figures are startling,'' " + TITLE
    assert _lifted(sentence, other) == 0
