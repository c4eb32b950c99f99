"""Figures of two independent reports (neither derived from the other) that disagree are no
warning (issue 11): a toll that rose between two agencies' reports of one day, an estimate one
outlet gives before another revises it, a count for one country against the world's. Neither
outlet is the truth the other is measured against; the spread is kept at info. A copy that
changes its parent's figure is still a warning. Our own snippets, shaped like wire copy."""
from quotecheck.model import Document, Metadata
from quotecheck.provenance.infer import infer_provenance
from quotecheck.text.textview import TextView


def _doc(doc_id, text, outlet=None, published=None):
    return Document(doc_id, doc_id, text, TextView.identity(text),
                    Metadata(outlet=outlet, published=published))


_EARLY = ("Blasts Hit Market Town\n\nA series of bombs tore through crowded bazaars in the "
          "hill town of Varna on Tuesday, killing as many as 35 people and wounding dozens, "
          "police said.\n\nTraders closed their shops as soldiers sealed the old quarter.\n")
_LATE = ("Seven Bombs Strike Old Quarter\n\nSeven bombs ripped through the old quarter of "
         "Varna on Tuesday, killing at least 60 people in crowded bazaars near the temple, "
         "police said.\n\nThe regional governor called an emergency meeting of his cabinet.\n")


def _numbers(docs):
    res = infer_provenance(docs, [])
    return res, [(d.document, d.severity) for d in res.detections if d.rule_type == "number"]


def test_independent_reports_that_disagree_are_info_not_a_warning():
    res, found = _numbers([_doc("a", _EARLY, "Agency One", "2021-05-11"),
                           _doc("b", _LATE, "Agency Two", "2021-05-11")])
    assert res.edges == []                      # two reports, no copy
    assert found and all(sev == "info" for _, sev in found)


_REST = (" Crews worked through the night to pump the remaining cargo into a second vessel. "
         "The coast guard closed three harbours and sent eight patrol boats to the area. "
         "Fishermen in the nearby villages said they feared for the oyster farms along the "
         "bay. The port authority opened an inquiry into the anchorage rules for large tankers.")
_LEDE = ("A barge slammed into the tanker Orla Star off the Kessel coast on Friday, causing "
         "a spill of about {n} barrels of crude oil into the bay, the shipping ministry said.")


def test_a_copy_that_changes_its_parents_figure_keeps_the_warning():
    parent = _doc("p", _LEDE.format(n="104,000") + _REST, "Wire", "2021-03-05")
    copy = _doc("c", _LEDE.format(n="48,000") + _REST, None, "2021-03-06")
    res, found = _numbers([parent, copy])
    assert [(e.source, e.derived) for e in res.edges] == [("p", "c")]
    assert found == [("c", None)]               # the rule's severity (warning)
