"""Two papers printing one syndicated column (issue 11, synd29): the copy that ends on the
syndicate's line ("\u00a9 YEAR by NAME Syndicate", "Distributed by ...") and the copy without it
(an author's handle as sign-off) are both the syndicate's carriers: the pair stays an edge, but
neither is told it reuses the other without credit, as two carriers of one wire story are not.
Own invented snippets, shaped like what was seen."""
import pytest

from quotecheck.model import Document, Metadata
from quotecheck.provenance.infer import infer_provenance
from quotecheck.text.textview import TextView

COLUMN = [
    "The governor wants a second term, and the cheapest way to get one is to blame the county "
    "board for every pothole between Millbrook and the river.",
    "That is a fine strategy for a campaign and a poor one for a state that still has not "
    "paid for the bridge it promised the valley eleven years ago.",
    "The board, for its part, has voted five times to raise the road levy and five times "
    "watched the state legislature quietly take the money for something else.",
    "Voters in the valley know this, which is why the governor's numbers there have fallen "
    "by nine points since the spring and keep on falling.",
    "A candidate who spent less time on the board and more time on the bridge would find the "
    "valley far friendlier than the polls now suggest.",
    "Until then, expect the potholes to grow deeper and the speeches to grow louder as the "
    "autumn wears on toward the vote.",
]


def _doc(doc_id, text, outlet, published):
    return Document(doc_id, doc_id, text, TextView.identity(text),
                    Metadata(outlet=outlet, published=published))


def _told(res):
    return sorted(d.document for d in res.detections if d.rule_type == "provenance")


def _pair(first_tail, second_tail, take=slice(None)):
    first = "\n\n".join(COLUMN) + first_tail
    body = COLUMN[take]
    # the second paper trims a word or two, as a copy desk does
    second = "\n\n".join([body[0].replace("cheapest", "easiest")] + body[1:]) + second_tail
    return [_doc("first.txt", first, "heraldtimes.com", "2029-10-08"),
            _doc("second.txt", second, "valleyreview.com", "2029-10-09")]


@pytest.mark.parametrize("first_tail,second_tail", [
    ("\n\nTwitter: @annlee", "\n\n\u00a9 2029 by King Features Syndicate"),
    ("\n\n\u00a9 2029 by King Features Syndicate", "\n\nTwitter: @annlee"),
    ("", " Read more of her columns at the syndicate's site. Copyright 2029 Creators.com"),
    ("\n\nDistributed by Creators Syndicate, Inc.", ""),
])
def test_two_carriers_of_a_syndicated_column_are_not_told(first_tail, second_tail):
    res = infer_provenance(_pair(first_tail, second_tail), [])
    assert len(res.edges) == 1 and res.edges[0].relation != "partial"
    assert _told(res) == []


@pytest.mark.parametrize("tail", ["\n\n\u00a9 2029 Herald Times", "\n\nTwitter: @annlee",
                                  "\n\nDistributed by the Herald Times news service."])
def test_a_copy_with_no_syndicates_line_is_still_told(tail):
    res = infer_provenance(_pair(tail, ""), [])
    assert len(res.edges) == 1
    assert _told(res) == ["second.txt"]


def test_the_syndicates_line_is_read_at_the_foot_only():
    from quotecheck.resources.syndicates import holder_line, syndicated_copy

    assert holder_line("Text.\n\n(c) 2029 Universal Uclick")
    assert syndicated_copy("Text.\n\nDistributed by Tribune Content Agency, LLC.")
    assert not holder_line("Text.\n\nDistributed by Tribune Content Agency, LLC.")
    assert not syndicated_copy("She sold the column to King Features Syndicate in 2009, "
                               "and it ran in forty papers.\n\nMore text follows here.")


def test_a_page_lifting_part_of_a_syndicated_column_is_still_told():
    first = "\n\n".join(COLUMN) + "\n\n\u00a9 2029 by King Features Syndicate"
    second = "\n\n".join([
        "Parents at the Millbrook primary school asked the county on Monday night to fix the "
        "crossing outside the gates before the first snow arrives this winter.",
        "The principal, Ruth Okafor, said two children had slipped there last year and that "
        "the school had written to the state three times without an answer."] + COLUMN[1:4])
    res = infer_provenance([_doc("first.txt", first, "heraldtimes.com", "2029-10-08"),
                            _doc("second.txt", second, "valleyreview.com", "2029-10-09")], [])
    assert [e.relation for e in res.edges] == ["partial"]
    assert _told(res) == ["second.txt"]
