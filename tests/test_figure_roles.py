"""Figures of a change ("from 38% to 48%") are paired by role and value, not by position."""
from quotecheck.model import Document, Metadata
from quotecheck.provenance.infer import infer_provenance
from quotecheck.text.textview import TextView

_HEAD = "Harbour Oil raises its stake in the Kelso field."
_BODY = ("Harbour Oil has agreed to take a larger share of the Kelso oil field off the coast, "
         "the company said on Tuesday. {change} The deal is subject to approval by the "
         "partners' boards and by the regulator, and is expected to close in the third quarter. "
         "The Kelso field produced 61,000 barrels of oil a day last year from its three "
         "platforms.\n\nHarbour Oil chief Ada Brennan said the field would run until 2040 and "
         "that a second drilling campaign would start in the spring.")


def _doc(doc_id, change, outlet):
    text = f"{_HEAD}\n\n{_BODY.format(change=change)}"
    return Document(doc_id, doc_id, text, TextView.identity(text), Metadata(outlet=outlet))


def _numbers(parent_change, child_change):
    res = infer_provenance([_doc("a.txt", parent_change, "Energy Wire"),
                            _doc("b.txt", child_change, "Coast Oil News")], [])
    assert res.edges
    return [d.args.get("value") for d in res.detections if d.rule_type == "number"]


def test_swapped_order_of_a_change_is_no_mismatch():
    to_from = "Harbour Oil's share of the field will increase to 47% from approximately 36%."
    from_to = ("Harbour Oil's share of the field will increase from approximately 36 per cent "
               "to 47 per cent.")
    assert _numbers(to_from, from_to) == []
    assert _numbers(from_to, to_from) == []


def test_a_changed_end_of_a_change_is_still_a_mismatch():
    assert _numbers("Harbour Oil's ownership will increase to 48% from 38%.",
                    "Harbour Oil's ownership will increase to 58% from 38%.") == ["58"]
