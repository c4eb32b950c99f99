"""Issue 11 (prov24): a copy that shares text with one page crediting a wire is told it
reuses the wire's story as that page carries it, not the page; a lead-in naming an outlet's
article before a block quotation of it is a credit; two briefs of one wire story (a lede and
the statement it quotes) are one text. Pages invented for the tests."""
from credit_helpers import credits_of
from provenance_synth import make_doc

from quotecheck.provenance.infer import infer_provenance
from quotecheck.provenance.derivation import settings

LEDE = ("The harbour authority of Port Vellan on Monday closed the northern quay to all "
        "shipping after cracks were found in its concrete deck, two days after a crane "
        "collapsed there.")
LEDE_RETOUCHED = LEDE.replace("on Monday", "today")
QUOTES = [
    "\"We will not reopen the quay until every pillar has been checked by independent "
    "engineers, however long that takes,\" the authority's director said.",
    "\"Ferries and cargo ships will use the southern berths in the meantime, and we expect "
    "delays of a few hours at most for passengers,\" she said.",
]


def _brief(lede, credit=""):
    return "\n\n".join([credit + lede] + QUOTES)


def test_two_briefs_of_one_wire_story_are_one_text():
    docs = [make_doc("wire-carrier.txt", _brief(LEDE, "PORT VELLAN (Reuters) - "),
                     "Coast Gazette", "2022-03-07"),
            make_doc("retouched.txt", _brief(LEDE_RETOUCHED, "PORT VELLAN, March 7 - "),
                     "Harbour Daily", "2022-03-07")]
    res = infer_provenance(docs, [])
    assert len(res.edges) == 1 and res.edges[0].relation in ("rewrite", "verbatim",
                                                               "syndication")


def test_two_briefs_with_ledes_of_their_own_stay_apart():
    own = ("Engineers were called to the northern quay of Port Vellan after a crane fell "
           "on Saturday, and the authority has now shut it until further notice.")
    docs = [make_doc("one.txt", _brief(LEDE), "Coast Gazette", "2022-03-07"),
            make_doc("two.txt", _brief(own), "Harbour Daily", "2022-03-07")]
    assert infer_provenance(docs, []).edges == []


def test_a_brief_needs_the_quotations_too():
    r = dict(settings()["relation"])
    assert r["brief_quotes"] >= 2
    docs = [make_doc("one.txt", LEDE + "\n\n" + QUOTES[0], "Coast Gazette", "2022-03-07"),
            make_doc("two.txt", LEDE_RETOUCHED + "\n\nThe authority gave no date.",
                     "Harbour Daily", "2022-03-07")]
    for e in infer_provenance(docs, []).edges:
        assert e.relation == "partial" or "credit" in " ".join(e.evidence)


STORY = [
    "The regional council of Tervo voted on Thursday to sell its stake in the island's ferry "
    "operator, ending forty years of public ownership of the crossing.",
    "The sale, worth about 48 million euros, still needs the approval of the national "
    "competition office, which has three months to rule on it.",
    "Opposition councillors walked out before the vote, saying the price had been agreed "
    "behind closed doors and that fares would rise within a year.",
    "The buyer, a shipping group based on the mainland, has promised to keep all four "
    "crossings a day and to replace the oldest vessel by 2026.",
    "Islanders have long complained that the route is served by ageing ships built for "
    "calmer southern waters.",
]


def test_a_copy_of_a_credited_wire_carrier_is_told_the_wire_story():
    carrier = "TERVO (Reuters) - " + "\n\n".join(STORY)
    copy = "\n\n".join([
        "Tervo's ferry link is to be sold, and islanders fear what comes next.",
        STORY[1], STORY[2],
        "A ferry captain told this paper he had heard nothing from the new owners.",
        STORY[4]])
    docs = [make_doc("carrier.txt", carrier, "Coast Gazette", "2022-03-03"),
            make_doc("copy.txt", copy, "Harbour Daily", "2022-03-04")]
    res = infer_provenance(docs, [])
    told = [d for d in res.detections if d.rule_type == "provenance"
            and d.document == "copy.txt"]
    assert told and told[0].args["related_outlet"] == (
        "the Reuters story (as carried by Coast Gazette)")


def test_an_article_named_before_a_block_quotation_is_a_credit():
    text = ("In a long article in the Valley Times, two reporters described the mood among "
            "the mayor's aides:")
    assert ("Valley Times", "according-to") in {(n, k) for n, k, _, _ in credits_of(text)}
    text = "In other emails reported on by the Valley Times, the aides argued about money."
    assert ("Valley Times", "according-to") in {(n, k) for n, k, _, _ in credits_of(text)}
    # a person reporting is no outlet
    assert credits_of("The leak was reported by Ann Lee on Monday.") == []


def test_a_short_capture_ordered_by_its_length_alone_is_not_told_it_copies():
    # an excerpt of two sentences of a longer page: nothing but the excerpt's length orders
    # the two, and an excerpt of the original is as short as one of a copy
    capture = "\n\n".join(STORY[1:3])
    docs = [make_doc("long.txt", "\n\n".join(STORY), "Coast Gazette"),
            make_doc("excerpt.txt", capture, "Harbour Daily")]
    res = infer_provenance(docs, [])
    assert [(e.source, e.derived) for e in res.edges] == [("long.txt", "excerpt.txt")]
    assert not [d for d in res.detections if d.rule_type == "provenance"]
    # dated, the later excerpt is a copy as before
    docs = [make_doc("long.txt", "\n\n".join(STORY), "Coast Gazette", "2022-03-03"),
            make_doc("excerpt.txt", capture, "Harbour Daily", "2022-03-04")]
    res = infer_provenance(docs, [])
    assert [d.document for d in res.detections if d.rule_type == "provenance"] == ["excerpt.txt"]


def test_a_wire_sign_off_on_the_last_quotations_line_is_a_credit():
    text = LEDE + "\n\n" + QUOTES[0] + "\n\n\u201cWe expect delays of a few hours.\u201d \u2014 Reuters\n"
    assert ("Reuters", "source-line", True) in {(n, k, r) for n, k, r, _ in credits_of(text)}
    # a dash and a wire's name inside the text is no sign-off
    text = "The quay closed. \u2014 Reuters and others reported it first.\n\n" + LEDE
    assert not [c for c in credits_of(text) if c[1] == "source-line"]
