"""A copy's figure that differs from its parent's for a reason the texts show is no changed
figure (issue 11): a revision the copy reports, a revised count restated with its parts, a
conversion rounded another way, a figure the parent gives for another thing."""
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.model import Document, Metadata
from quotecheck.provenance.derivation import prepare
from quotecheck.provenance.figure_scope import conversions
from quotecheck.provenance.figures import extract_figures
from quotecheck.provenance.infer import infer_provenance
from quotecheck.text.textview import TextView


def _doc(doc_id, text, outlet=None, published=None):
    return Document(doc_id, doc_id, text, TextView.identity(text),
                    Metadata(outlet=outlet, published=published))


_REST = (" Crews worked through the night to pump the remaining cargo into a second vessel. "
         "The coast guard closed three harbours and sent eight patrol boats to the area. "
         "Fishermen in the nearby villages said they feared for the oyster farms along the "
         "bay. The port authority opened an inquiry into the anchorage rules for large tankers.")


def _copied(lede, copy_lede, extra=""):
    """Numbers detections when a copy (a day later, no outlet) takes a wire story."""
    parent = _doc("p", lede + _REST, "Wire", "2021-03-05")
    copy = _doc("c", copy_lede + _REST + extra, None, "2021-03-06")
    res = infer_provenance([parent, copy], [])
    assert [(e.source, e.derived) for e in res.edges] == [("p", "c")]
    return [copy.text[d.start:d.end] for d in res.detections if d.rule_type == "number"]


_LEDE = ("A barge slammed into the tanker Orla Star off the Kessel coast on Friday, causing "
         "the tanker to leak about {n} barrels of crude oil, the shipping ministry said.")


def test_a_revision_the_copy_reports_is_no_changed_figure():
    """"leak about 61,000 barrels" in a later story that adds "earlier, the ministry had put
    the spill at a larger figure of about 104,000 barrels": the copy knows the parent's figure."""
    parent, copy = _LEDE.format(n="104,000"), _LEDE.format(n="61,000")
    told = " Earlier, the ministry had put the spill at a larger figure of about 104,000 barrels."
    assert _copied(parent, copy, told) == []
    assert _copied(parent, copy) == ["61,000"]   # changed without a word: still reported


def test_a_conversion_is_compared_through_its_primary():
    """"150 kilometers (93 miles)" and "(95 miles)": the primary agrees, the conversion was
    rounded another way; a changed primary is reported once, not once more per conversion."""
    base = ("The tanker Orla Star lay at anchor 150 kilometers ({m} miles) southwest of Kessel "
            "on Friday when a barge hit it, the shipping ministry said.")
    assert _copied(base.format(m="93"), base.format(m="95")) == []
    changed = base.replace("150 kilometers", "250 kilometers")
    assert _copied(base.format(m="93"), changed.format(m="155")) == ["250"]


def test_a_sentence_whose_every_figure_is_new_is_a_revised_count():
    """"46 dog food brands and 37 cat food brands" restated as 48 and 40: a later count of
    both, not one figure changed in copying; a copy that keeps 46 and changes 37 is."""
    base = ("Meridian Foods said on Saturday it was recalling {a} brands of dog food and {b} "
            "brands of cat food sold across the Kessel region after a spate of illnesses.")
    parent = base.format(a="46", b="37")
    assert _copied(parent, base.format(a="48", b="40")) == []
    assert _copied(parent, base.format(a="46", b="40")) == ["40"]


def test_the_parent_states_the_copys_figure_for_another_thing():
    """The copy's own line "officials had cited a figure of about 104,000 barrels" meets the
    parent's "carrying about 1.8 million barrels" (one ministry, one noun): the parent states
    104,000 barrels too, so the copy's figure is the parent's, not a changed cargo."""
    cargo = (" The tanker was carrying about 1.8 million barrels when the barge hit it, a "
             "ministry official said.")
    parent = _LEDE.format(n="104,000") + cargo
    told = " Ministry officials had cited a figure of about 104,000 barrels for the spill."
    assert _copied(parent, _LEDE.format(n="104,000"), told) == []


def test_an_outlet_that_states_the_other_figure_counts_a_part():
    """Independent reports: "carrying 102 people" in one, and in the other the same 102 with
    "the remaining 12 people aboard" on the same day: no disagreement on the 102."""
    a = _doc("a", "An Aravian airliner carrying 102 people vanished on Monday over the Kessel "
             "strait, the transport ministry said.", "A")
    b = _doc("b", "Rescuers found 90 survivors of the Aravian airliner that vanished on Monday "
             "carrying 102 people. There was no news on Monday of the remaining 12 people "
             "aboard the Aravian airliner over the Kessel strait, the ministry said.", "B")
    res = infer_provenance([a, b], [])
    assert [d for d in res.detections if d.rule_type == "number"] == []


@given(st.lists(st.sampled_from(["12", "150", "kilometers", "miles", "(", ")", ";", "and",
                                 "barrels", "1.5", "million", ",", "of", "\n"]), max_size=30))
def test_conversions_are_later_figures_of_one_sentence(pieces):
    """A conversion is a figure after another figure of its sentence, never the first."""
    text = " ".join(pieces) + "."
    figs = extract_figures(prepare(_doc("d", text)))
    conv = conversions(figs, text)
    assert conv <= {f.start for f in figs}
    for f in figs:
        if f.start in conv:
            assert any(g.sentence == f.sentence and g.end <= f.start for g in figs)
