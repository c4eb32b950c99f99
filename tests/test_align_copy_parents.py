"""A copy's quotation is compared with the rendering of the same utterance, not only with a
parent's longer statement it quotes a part of (issue #11: a new partial parent printing the
whole statement turned a changed quotation into an "independent rendering" info)."""
from align_fixtures import doc, hand_quotes

from quotecheck.align.analyse import analyse_quotes
from quotecheck.model import ProvenanceEdge

_LONG = ("\u201cI accept that a prison term is hard for an officer, but as a constable you "
         "must have known how hard it was for these people. You subjected them to cruel and "
         "frightening ordeals to satisfy your own greed.\u201d")
_PART = "\u201cYou subjected {} to cruel and frightening ordeals to satisfy your own greed.\u201d"


class _Prov:
    """A provenance result holding only the given edges."""

    def __init__(self, edges):
        self.edges = edges

    def derives(self, child, parent):
        return any(e.source == parent and e.derived == child for e in self.edges)

    def parent_of(self, doc_id):
        return next((e.source for e in self.edges if e.derived == doc_id), None)

    def independent_roots(self, doc_ids):
        kids = {e.derived for e in self.edges}
        return max(1, len([d for d in doc_ids if d not in kids]))


def _docs(texts):
    docs = [doc(name, text, outlet=name.upper()) for name, text in texts]
    quotes = [q for d in docs for q in hand_quotes(d, "Morland")]
    return docs, quotes


def _changes_on(result, doc_id):
    return [(d.category, d.document) for d in result.detections
            if d.document == doc_id and d.category in ("wording", "meaning")]


def _tabloid_quoting_part_of_the_papers_statement():
    """A tabloid copies a paper that prints the judge's whole statement; the tabloid quotes
    one sentence of it with a word changed, which a wire prints alone."""
    docs, quotes = _docs([
        ("wire", "The judge said: " + _PART.format("them")),
        ("paper", "The judge told him: " + _LONG),
        ("tabloid", "The judge told him: " + _PART.format("your victims")),
    ])
    return analyse_quotes(docs, quotes, _Prov([ProvenanceEdge("paper", "tabloid", "partial", 0.7)]))


def test_copy_quoting_part_of_its_parents_statement_meets_the_same_part_elsewhere():
    result = _tabloid_quoting_part_of_the_papers_statement()
    assert _changes_on(result, "tabloid"), [(d.category, d.document) for d in result.detections]


def test_copy_with_two_parents_meets_the_one_printing_its_words():
    docs, quotes = _docs([
        ("first", "The judge told him: " + _LONG),
        ("second", "The judge said: " + _PART.format("them")),
        ("copy", "The judge said: " + _PART.format("your victims")),
    ])
    prov = _Prov([ProvenanceEdge("first", "copy", "partial", 0.8),
                  ProvenanceEdge("second", "copy", "partial", 0.6)])
    result = analyse_quotes(docs, quotes, prov)
    assert ("meaning", "copy") in _changes_on(result, "copy") or \
        ("wording", "copy") in _changes_on(result, "copy")
    others = {r.document for d in result.detections if d.document == "copy"
              for r in d.related}
    assert "second" in others


def test_copy_whose_parent_prints_the_same_words_is_not_compared_with_other_roots():
    docs, quotes = _docs([
        ("wire", "The judge said: " + _PART.format("these people")),
        ("paper", "The judge said: " + _PART.format("them")),
        ("copy", "The judge said: " + _PART.format("them")),
    ])
    prov = _Prov([ProvenanceEdge("paper", "copy", "verbatim", 0.9)])
    result = analyse_quotes(docs, quotes, prov)
    assert not [d for d in result.detections if d.document == "copy"]


def test_with_many_roots_the_copy_meets_its_best_match_only():
    wires = [(f"wire{k}", "The judge said: " + _PART.format("them")) for k in range(9)]
    copy = _PART.format("your victims")
    docs, quotes = _docs(wires + [("paper", "The judge told him: " + _LONG),
                                  ("tabloid", "The judge told him: " + copy)])
    prov = _Prov([ProvenanceEdge("paper", "tabloid", "partial", 0.7)])
    result = analyse_quotes(docs, quotes, prov)
    others = {r.document for d in result.detections if d.document == "tabloid"
              and d.category in ("wording", "meaning") for r in d.related}
    assert others == {"wire0"}


def test_copy_meeting_the_roots_meets_its_root_parent_once():
    """The copy's part, compared with the roots beside its parent, is not aligned with its
    parent's rendering a second time (as an independent rendering): one alignment, one
    finding per pair."""
    result = _tabloid_quoting_part_of_the_papers_statement()
    pairs = [frozenset((a.a, a.b)) for a in result.alignments]
    assert len(pairs) == len(set(pairs)), pairs
    found = [(d.document, d.category, tuple(r.document for r in d.related))
             for d in result.detections]
    assert len(found) == len(set(found)), found
