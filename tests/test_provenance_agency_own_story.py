"""Issue 11: an agency's two texts of one running story (a follow-up sent days later, a new
lead) carry its background sentence by sentence, each retouched: two close sentences over a
quarter of the smaller text at mean similarity above 0.6 are the agency reusing its own
copy (partial). Two papers' texts, two lines close in a long text, loosely alike lines or
lines close only through a quotation stay no edge. Feature values invented for the tests."""
from functools import partial

from provenance_synth import pair_features

from quotecheck.provenance.relation import relation_of

_features = partial(pair_features, aligned=3, close=2, verbatim=0, cover=0.3, mean_sim=0.66,
                    anchored=2, n_a=10, n_b=14, one_site=True, agency_both=True)


def test_agency_follow_up_retelling_its_background_is_partial_reuse():
    assert relation_of(_features()) == "partial"


def test_two_texts_of_one_paper_need_lifted_wording():
    assert relation_of(_features(agency_both=False)) is None


def test_two_agencies_texts_are_rival_reports():
    assert relation_of(_features(one_site=False)) is None


def test_two_close_lines_in_a_long_text_are_no_reuse():
    assert relation_of(_features(cover=0.1, aligned=2, n_a=20)) is None


def test_loosely_alike_lines_are_no_reuse():
    assert relation_of(_features(mean_sim=0.5)) is None


def test_lines_close_only_through_their_quotation_are_no_reuse():
    assert relation_of(_features(close_quoted=1)) is None
