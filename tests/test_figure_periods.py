"""Figures of two stated reporting periods are two referents (issue #11)."""
from quotecheck.model import Document, Metadata
from quotecheck.provenance.derivation import prepare
from quotecheck.provenance.figure_periods import period_in
from quotecheck.provenance.figures import _comparable, extract_figures
from quotecheck.text.textview import TextView


def _figs(text):
    d = Document("d", "d", text, TextView.identity(text), Metadata())
    return extract_figures(prepare(d))


_WEEK = ("Filings for state jobless benefits fell by {a} to {b} in the week ended {d}, the agency "
         "data showed on Thursday. The median forecast in a poll of analysts called for {c} "
         "filings.\n\nHiring picked up across the region as restrictions eased further.")


def test_period_in():
    assert period_in("rose by 12,000 in the week ended May 29, data showed") == "may 29"
    assert period_in("sales for the quarter ending 30 June climbed") == "30 june"
    assert period_in("Prices rose 0.4% in May from April") == "may"
    assert period_in("Prices rose 0.4% in May 2021") == "may"
    assert period_in("the vote in May 20 cities") is None
    assert period_in("12,000 people marched on Sunday") is None


def test_other_weeks_figures_are_other_referents():
    a = _figs(_WEEK.format(a="21,000", b="376,000", d="March 4", c="390,000"))
    b = _figs(_WEEK.format(a="34,000", b="419,000", d="March 18", c="366,000"))
    assert len(a) >= 2 and {f.period for f in a} == {"march 4"}
    assert any("forecast" in f.referent or "filing" in f.referent for f in a)
    pairs = [(x, y) for x in a for y in b if x.referent == y.referent]
    assert pairs and not any(_comparable(x, y) for x, y in pairs)


def test_one_period_figures_still_compared():
    a = _figs(_WEEK.format(a="21,000", b="376,000", d="March 4", c="390,000"))
    b = _figs(_WEEK.format(a="23,000", b="378,000", d="March 4", c="390,000"))
    assert any(_comparable(x, y) for x in a for y in b if x.referent == y.referent)


def test_period_does_not_cross_paragraphs():
    got = _figs("Claims fell to 376,000 in the week ended March 4.\n\n"
                "About 2,000 workers walked out at the plant.")
    assert got[-1].period is None
