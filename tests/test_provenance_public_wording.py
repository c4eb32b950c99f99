"""Independent reports read as derived on what they share only as the public's wording or the
page's furniture (issue #11, baly_201806 reading):

- a text that names another outlet for some other fact ("Reuters reported" of a vote,
  paragraphs away) and prints a tweet or statement that outlet prints too took the quotation
  from the speaker: no shared translation unless the citation stands in the quotation's
  passage (or the text also follows the outlet's narration);
- a rendering a third outlet prints word for word too (even as lines of its own, without
  marks) is no rendering of the pair's own (quote-backed partial reuse);
- a person's link card glued into a sentence (name, other pages' headlines, "MORE") is the
  site's chrome: two stories of one site that print the same card share no narration by it.
"""
from provenance_synth import make_doc

from quotecheck.provenance.derivation import prepare
from quotecheck.provenance.infer import infer_provenance

TWEET = ("“Prime Minister Ola Brandt of Norland was all smiles and nods at our summit "
         "table, then went out to brief reporters the moment I had gone,” the president wrote.")


def _relations(docs):
    return [(e.source, e.derived, e.relation) for e in infer_provenance(docs, []).edges]


def _agency_and_citing():
    agency = make_doc("agency.txt", "The Kessel summit ended in disarray on Saturday. " + TWEET +
                      " Delegates from six states left without a joint statement.",
                      "Reuters", "2018-06-10")
    citing = make_doc("citing.txt", "Norland's parliament voted to back its prime minister, "
                      "Reuters reported. " + TWEET + " Markets in the region fell sharply "
                      "on Monday.", "The Capital Daily", "2018-06-12")
    return agency, citing


def test_a_citation_and_a_quotation_only_these_two_print_stay_a_shared_translation():
    assert _relations(list(_agency_and_citing())) == [
        ("agency.txt", "citing.txt", "shared-translation")]


def test_a_citation_for_another_fact_does_not_cover_a_shared_quotation():
    agency, _ = _agency_and_citing()
    citing = make_doc("citing.txt", "Norland's parliament voted to back its prime minister, "
                      "Reuters reported.\n\nThe president attacked his host in a post after "
                      "leaving the summit.\n\n" + TWEET + "\n\nMarkets in the region fell "
                      "sharply on Monday.", "The Capital Daily", "2018-06-12")
    assert _relations([agency, citing]) == []


def test_a_rendering_a_third_outlet_prints_as_its_own_lines_is_not_the_pair_s_own():
    from quotecheck.provenance.pairfeatures import own_quote_count, quote_shingles
    from quotecheck.provenance.quoteprinters import QuotePrinters

    agency, citing = _agency_and_citing()
    third = make_doc("third.txt", "The president attacked his host after leaving the summit."
                     "\n\nPrime Minister Ola Brandt of Norland was all smiles and nods at our "
                     "summit table, then went out to brief reporters the moment I had gone\n\n"
                     "Officials in the Norland capital declined to comment.", "Evening Wire")
    texts = [prepare(d) for d in (agency, citing, third)]
    qs = [quote_shingles(t) for t in texts]
    printers = QuotePrinters(texts)
    assert own_quote_count(qs[0], qs[1], lambda sh: False) == 1
    assert printers(qs[0][0]) == frozenset({0, 1, 2})
    assert own_quote_count(qs[0], qs[1], lambda sh: bool(printers(sh) - {0, 1})) == 0


CARD = ("Interior Minister Ann Lee Ann Marie LeeCouncil passes budget after long night "
        "Harbour plan draws protest Lee slams rival's housing plan MORE")
FIRST = [
    "The ministry defended its border policy on Tuesday as criticism mounted in parliament.",
    CARD + " announced the new detention rules in April, meaning that every adult who "
    "crossed the border without papers would be charged and held apart from the children "
    "travelling with them, officials said.",
    "Opposition members called for an inquiry into the camps near the northern crossing.",
]
SECOND = [
    "Farmers in the eastern valley said the drought had cut their harvest by half this year.",
    "Water use limits were imposed on three towns after the reservoir fell to a record low.",
    CARD + " visited the valley on Friday and promised relief payments to every farm that "
    "lost more than a third of its crop, to be paid by the regional offices before the "
    "autumn sowing begins.",
]


def test_a_link_card_glued_into_a_sentence_is_not_among_its_words():
    text = "\n\n".join(FIRST)
    dt = prepare(make_doc("one.txt", text, "The Capital Daily"))
    words = {w for s in dt.sentences for w in s.folded_words()}
    assert "announced" in words and "lee" in words
    assert not {"budget", "harbour", "slams", "rival's"} & words


def test_two_stories_of_one_site_sharing_a_link_card_are_not_derived():
    docs = [make_doc("a.txt", "\n\n".join(FIRST), "The Capital Daily", "2018-06-18"),
            make_doc("b.txt", "\n\n".join(SECOND), "The Capital Daily", "2018-06-20")]
    assert _relations(docs) == []


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECE = st.sampled_from(["\ufffd", "\u201c", "\u201d", '"', " ", "\n", "\n\n", "word", "The",
                          "s", ",", ".", "(", "AP", ")", "``", "''"])


@settings(max_examples=200)
@given(st.lists(_PIECE, max_size=40).map("".join))
def test_quote_regions_stay_in_order_inside_their_paragraphs(text):
    from quotecheck.provenance.derivation import quote_regions

    regions = quote_regions(text)
    last = 0
    for s, e in regions:
        assert last <= s <= e <= len(text)
        assert "\n" not in text[s:e]
        last = e
