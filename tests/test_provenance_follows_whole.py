"""relation._follows: a pair whose every sentence (of both texts) aligns in order reads as a
spun copy even below ``rewrite_follow_min`` sentences; one extra sentence on a side does not."""
from provenance_synth import pair_features

from quotecheck.provenance.relation import relation_of


def _features(n_a: int, n_b: int):
    return pair_features(aligned=4, close=4, verbatim=0, cover=1.0, mean_sim=0.6, anchored=4,
                         n_a=n_a, n_b=n_b)


def test_every_sentence_of_both_texts_in_order_is_a_rewrite():
    assert relation_of(_features(4, 4)) == "rewrite"


def test_a_text_with_a_sentence_of_its_own_is_no_copy_by_order_alone():
    assert relation_of(_features(4, 5)) is None
