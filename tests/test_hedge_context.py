"""Hedge drift (QC205) reads what a hedge qualifies: "so-called" before a term it introduces
vouches for no claim, and a hedge traded for an attribution leaves the claim hedged (issue 11)."""
from quotecheck.model import Document, Metadata
from quotecheck.provenance.derivation import prepare
from quotecheck.provenance.integrity import copy_integrity
from quotecheck.provenance.sentalign import Alignment
from quotecheck.text.textview import TextView


def _drift(parent, child):
    a, b = (prepare(Document(i, i, t, TextView.identity(t), Metadata()))
            for i, t in (("p", parent), ("c", child)))
    al = Alignment(a, b, [(0, 0, 0.9)])
    return [(d.args["change"], d.args["text"]) for d in copy_integrity(b, a, al)
            if d.rule_type == "hedge-drift"]


def test_so_called_before_a_term_it_introduces_is_no_hedge():
    """Dropping "so-called" before "implicit-bias training" or a quoted term leaves the term:
    no claim lost its hedge. Before a name or a noun with its verb it still drifts."""
    assert _drift("The airline will introduce so-called implicit-bias training for its staff.",
                  "The airline will introduce implicit-bias training for its staff.") == []
    assert _drift("The plants will move to so-called \u201cmodular\u201d assembly next year.",
                  "The plants will move to modular assembly next year.") == []
    assert _drift("The talks bring together the so-called regional fishery bodies of the ocean.",
                  "The talks bring together the regional fishery bodies of the ocean.") == []
    assert _drift("Troops fought the so-called Dravic Army near the border on Monday.",
                  "Troops fought the Dravic Army near the border on Monday.") == [
        ("dropped", "so-called")]


def test_a_hedge_traded_for_an_attribution_is_no_drift():
    """"Hawkins apparently had a troubled past" and "was described by friends as having a
    troubled past": the copy attributes what the parent hedged. Dropped without one, it
    drifts."""
    parent = "Morrow apparently had a troubled past before the shooting at the mall."
    assert _drift(parent, "Morrow was described by friends as having a troubled past before the "
                  "shooting at the mall.") == []
    assert _drift(parent, "Morrow had a troubled past before the shooting at the mall.") == [
        ("dropped", "apparently")]
