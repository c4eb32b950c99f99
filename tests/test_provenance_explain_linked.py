"""Explaining away through a parent that prints the child's text word for word.

An agency's page and a carrier printing it word for word are one text on two pages. A third
text that lifts lines of that text resembles both; when the pair it forms with the carrier
was never measured (each page keeps only its strongest candidates) or came out apart on a
side fact (the carrier's date), dropping its edge to the agency's page as "explained by the
carrier" left it tied to neither page. Invented texts; the edges are given, the alignments
and fact overlaps measured.
"""
import random

from provenance_synth import make_doc, story_facts, wire_report

from quotecheck.model import ProvenanceEdge
from quotecheck.provenance.derivation import document_frequency, key_weights, prepare
from quotecheck.provenance.parents import explain_away
from quotecheck.provenance.sentalign import align_sentences


def _texts(seed: int):
    f = story_facts(random.Random(seed))
    wire = wire_report(f)
    paras = wire.split("\n\n")
    # a paper's own report: its own lede and closing line around two of the agency's lines
    own = ("The regional council met late on Tuesday evening to weigh a reply, its "
           "chairwoman Odile Varga told the Harbour Ledger in a long interview.")
    closing = ("Varga said the council would publish its own account of the matter by "
               "the end of the month, after hearing from residents of the valley.")
    paper = "\n\n".join([own, paras[2], paras[4], closing])
    docs = [make_doc("agency.txt", wire, "Reuters", "2022-03-02"),
            make_doc("carrier.txt", wire, "Valley Daily", "2022-03-01"),
            make_doc("paper.txt", paper, "Harbour Ledger", "2022-03-02")]
    texts = {d.id: prepare(d) for d in docs}
    weight = key_weights(document_frequency(list(texts.values())), len(texts))
    return texts, weight


def _item(texts, weight, source, derived, relation, confidence):
    al = align_sentences(texts[source], texts[derived], weight)
    return (ProvenanceEdge(source, derived, relation, confidence), al, confidence)


def _kept(found, texts, weight):
    return {(e.source, e.derived) for e, _, _ in explain_away(found, texts, weight)}


def test_unmeasured_pair_with_the_word_for_word_parent_keeps_the_edge():
    for seed in range(3):
        texts, weight = _texts(seed)
        # the carrier (dated a day earlier) stands as the agency page's parent before the
        # families are built; the paper was never measured against the carrier
        found = [_item(texts, weight, "carrier.txt", "agency.txt", "verbatim", 0.99),
                 _item(texts, weight, "agency.txt", "paper.txt", "partial", 0.74)]
        assert found[1][1].pairs, "the paper's lifted lines align with the agency's text"
        assert ("agency.txt", "paper.txt") in _kept(found, texts, weight)


def test_pair_linked_to_the_word_for_word_parent_is_still_explained_away():
    for seed in range(3):
        texts, weight = _texts(seed)
        found = [_item(texts, weight, "carrier.txt", "agency.txt", "verbatim", 0.99),
                 _item(texts, weight, "carrier.txt", "paper.txt", "partial", 0.75),
                 _item(texts, weight, "agency.txt", "paper.txt", "partial", 0.74)]
        kept = _kept(found, texts, weight)
        assert ("carrier.txt", "paper.txt") in kept
        assert ("agency.txt", "paper.txt") not in kept


def test_a_reworded_parent_still_explains_without_a_link():
    """A spun copy's parent (a rewrite, not one text) explains the copy's resemblance to a
    third text as before, linked or not: two translations of one interview stay apart."""
    for seed in range(3):
        texts, weight = _texts(seed)
        found = [_item(texts, weight, "carrier.txt", "agency.txt", "rewrite", 0.95),
                 _item(texts, weight, "agency.txt", "paper.txt", "partial", 0.74)]
        assert ("agency.txt", "paper.txt") not in _kept(found, texts, weight)
