"""One agency's write-through chain: a story rewritten and extended through one day, each
version stamped with its transmission time ("HARBOURTON, Westland 2011-05-04 09:12:40 UTC",
"10:51 04/05/11: Page 1 COURTS Ferry") while the metadata gives only the day. The later
versions add names and figures, so content votes (the copy holds a subset) took the later,
longer version for the source; the printed stamps order them. Figures that move between one
outlet's versions of one day (a toll rises, an estimate is revised) are the story moving, not
a copy's change. Our own invented ferry story."""
import pytest

from quotecheck.load.datelines import parse_stamp, printed_time
from quotecheck.load.loader import load_text
from quotecheck.provenance.direction import one_day_versions, published_after
from quotecheck.provenance.infer import infer_provenance

HEAD = "Ferry runs aground off Harbourton, passengers taken off"
EARLY = [
    "A passenger ferry ran aground on a sandbank off the port of Harbourton early on "
    "Wednesday, and coastguard boats began taking its 212 passengers ashore, officials said.",
    "The Island Star struck the bank in fog about two kilometres from the harbour mouth, the "
    "harbour master Oona Petrakis said.",
    "No injuries were reported and the weather was calm, she said.",
]
LATE = [
    "Salvage crews on Wednesday began pumping fuel from a passenger ferry that ran aground off "
    "Harbourton, after coastguard boats had taken all 212 passengers ashore.",
    "The Island Star struck the bank in fog about two kilometres from the harbour mouth, the "
    "harbour master Oona Petrakis said.",
    "No injuries were reported and the weather was calm, she said.",
    "The ferry's operator, Westland Lines, said 38 crew members stayed aboard to help the "
    "salvage team led by engineer Bram Ketteridge.",
    "Tugs from Porth Maddoc were expected to try to refloat the vessel at high tide around "
    "19:00, the operator said.",
    "The Island Star was built in Rotterdam in 1994 and carried 410,000 passengers last year.",
]


def _doc(doc_id, stamp, paras, published="2011-05-04", outlet="Westland Press Agency"):
    text = "\n\n".join([HEAD, stamp] + paras) + "\n"
    return load_text(text, doc_id, meta={"outlet": outlet, "published": published})


@pytest.mark.parametrize("line, iso", [
    ("HARBOURTON, Westland 2011-05-04 09:12:40 UTC", "2011-05-04T09:12+00:00"),
    ("PORTH MADDOC 2011-05-04 17:03", "2011-05-04T17:03"),
    ("10:51 04/05/11", None),                      # either number could be the month
    ("10:52 16/07/99: Page 1 (HQ) COURTS Ferry", "1999-07-16T10:52"),
    ("16:53 21/06/00: Page 3 COURTS Ferry Nightlead", "2000-06-21T16:53"),
    ("The ferry left at 2011-05-04 09:12 and ran aground an hour later in fog.", None),
    ("Harbourton, Westland, May 4 (Westland Press Agency)", None),
    ("HARBOURTON, Westland 2011-05-04 25:12:40 UTC", None),   # no hour 25: no stamp
])
def test_wire_stamp_lines(line, iso):
    assert parse_stamp(line) == iso


def test_the_stamp_kept_with_the_headline_is_the_printed_time():
    doc = _doc("early.txt", "HARBOURTON, Westland 2011-05-04 09:12:40 UTC", EARLY)
    assert printed_time(doc) == "2011-05-04T09:12+00:00"


def test_the_later_longer_version_of_one_day_is_not_the_source():
    early = _doc("early.txt", "HARBOURTON, Westland 2011-05-04 09:12:40 UTC", EARLY)
    late = _doc("late.txt", "HARBOURTON, Westland 2011-05-04 15:47:02 UTC", LATE)
    for docs in ([early, late], [late, early]):
        res = infer_provenance(docs, [])
        pairs = [(e.source, e.derived) for e in res.edges]
        assert pairs == [("early.txt", "late.txt")], res.edges
        assert any("earlier" in ev for ev in res.edges[0].evidence)


def test_a_shorter_later_version_follows_the_stamps_too():
    # the afternoon version trims the morning one: the stamps, not the length, order them
    early = _doc("early.txt", "HARBOURTON, Westland 2011-05-04 09:12:40 UTC", LATE)
    late = _doc("late.txt", "HARBOURTON, Westland 2011-05-04 15:47:02 UTC", EARLY)
    res = infer_provenance([late, early], [])
    assert [(e.source, e.derived) for e in res.edges] == [("early.txt", "late.txt")]


def test_a_slug_stamp_orders_undated_versions():
    early = _doc("early.txt", "09:12 16/05/11: Page 1 (HHH) NEWS Ferry", EARLY, None)
    late = _doc("late.txt", "15:47 16/05/11: Page 1 (HHH) NEWS Ferry Lead", LATE, None)
    res = infer_provenance([late, early], [])
    assert [(e.source, e.derived) for e in res.edges] == [("early.txt", "late.txt")]


def test_stamps_of_two_outlets_do_not_order_them():
    # one outlet's printed clock orders its own versions only; across outlets the content
    # votes decide as before (the copy with a subset of the names is the copy)
    early = _doc("early.txt", "HARBOURTON, Westland 2011-05-04 09:12:40 UTC", EARLY,
                 outlet="Harbourton Herald")
    late = _doc("late.txt", "HARBOURTON, Westland 2011-05-04 15:47:02 UTC", LATE)
    res = infer_provenance([early, late], [])
    assert all("printed time" not in ev for e in res.edges for ev in e.evidence)


def test_a_later_own_version_is_not_an_origin_of_the_earlier():
    early = _doc("early.txt", "HARBOURTON, Westland 2011-05-04 09:12:40 UTC", EARLY)
    late = _doc("late.txt", "HARBOURTON, Westland 2011-05-04 15:47:02 UTC", LATE)
    assert published_after(late, early, one_site=True)
    assert not published_after(early, late, one_site=True)
    assert not published_after(late, early)     # other sites: only days apart count


def test_figures_moving_between_versions_of_one_day_are_not_told():
    revised = [p.replace("212", "214") for p in LATE]
    early = _doc("early.txt", "HARBOURTON, Westland 2011-05-04 09:12:40 UTC", EARLY)
    late = _doc("late.txt", "HARBOURTON, Westland 2011-05-04 15:47:02 UTC", revised)
    assert one_day_versions(early, late, {"early.txt": "Westland Press Agency",
                                          "late.txt": "Westland Press Agency"})
    res = infer_provenance([early, late], [])
    assert res.edges
    assert not [d for d in res.detections if d.rule_type == "number"]


def test_one_outlets_versions_days_apart_still_compare_figures():
    early = _doc("early.txt", "HARBOURTON, Westland 2011-05-04 09:12:40 UTC", EARLY)
    late = _doc("late.txt", "HARBOURTON, Westland 2011-05-09 15:47:02 UTC", LATE,
                "2011-05-09")
    outlets = {"early.txt": "Westland Press Agency", "late.txt": "Westland Press Agency"}
    assert not one_day_versions(early, late, outlets)
    assert not one_day_versions(early, early, {"early.txt": None})
