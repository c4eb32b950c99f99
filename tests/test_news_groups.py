"""Quote groups on real-news shapes (issue 11): a group is one utterance of one speaker.

No single-link chains, no group across two named speakers, a partial quote joins one full
rendering, and short phrases many outlets put in marks glue nothing. Hypothesis properties:
a partition, one named speaker per group, independent of input order."""
import random
from dataclasses import replace

from align_fixtures import doc, hand_quotes
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.align.clustering import named, same_person
from quotecheck.align.grouping import group
from quotecheck.align.renderings import prepare


def _rend(doc_id, text, speaker=None, order=0):
    d = doc(doc_id, text)
    return [prepare(q, d, order) for q in hand_quotes(d, speaker)]


def _clusters(rends, derived=()):
    groups, _ = group(rends, list(derived))
    return sorted(sorted(r.id for r in g) for g in groups)


def _with(clusters, quote_id):
    return next(c for c in clusters if quote_id in c)


def test_identical_words_of_two_named_speakers_are_two_groups():
    line = "\u201cWe will not back down on the citizenship question,\u201d {} said."
    r = (_rend("a", line.format("Wilbur Ross"), "Wilbur Ross")
         + _rend("b", line.format("Ross"), "Ross", 1)
         + _rend("c", line.format("Dale Ho"), "Dale Ho", 2))
    clusters = _clusters(r)
    assert ["a#q0", "b#q0"] in clusters and ["c#q0"] in clusters


def test_one_person_under_two_names_is_one_group():
    r = (_rend("a", "\u201cWe will not allow colour revolutions to happen here,\u201d Putin said.",
               "Putin")
         + _rend("b", "\u201cWe will not allow colour revolutions to happen here,\u201d said "
                      "Russian President Vladimir Putin.", "Russian President Vladimir Putin", 1))
    assert ["a#q0", "b#q0"] in _clusters(r)


def test_unnamed_speaker_joins_a_named_group_only_on_a_strong_match():
    full = ("\u201cThe whole point of this was to be certain that we did not host abuse on "
            "the platform,\u201d Daniel Ek said.")
    r = (_rend("a", full, "Daniel Ek")
         + _rend("b", "He added that \u201cthe point of this was to be certain that we did not "
                      "host abuse\u201d.", "he", 1)
         + _rend("c", "\u201cWe need to make sure the service is safe,\u201d he said.", "he", 2))
    clusters = _clusters(r)
    assert ["a#q0", "b#q0"] in clusters and ["c#q0"] in clusters


def test_partial_quote_joins_one_full_rendering():
    r = (_rend("a", "\u201cThe census must count every person living in this country, citizen "
                    "or not,\u201d Ho said.", "Dale Ho")
         + _rend("b", "\u201cEvery person living in this country pays taxes, sends children "
                      "to public schools, drives on roads built with that money and deserves "
                      "a fair share of seats in Congress,\u201d Ho said.",
                 "Dale Ho", 1)
         + _rend("c", "Ho said the census must count \u201cevery person living in this "
                      "country\u201d.", "Dale Ho", 2))
    clusters = _clusters(r)
    assert sum(1 for c in clusters if "c#q0" in c) == 1
    assert len(_with(clusters, "c#q0")) == 2


def test_no_chain_through_middling_matches():
    """A matches B and B matches C, but A and C say different things: not one group."""
    a = ("\u201cThe administration added the question to gain a partisan advantage in "
         "redistricting,\u201d the lawyer said.")
    b = ("\u201cThe administration added the question to gain an advantage for Republicans and "
         "white voters in the census count,\u201d the lawyer said.")
    c = ("\u201cRepublicans and white voters in the census count will be overrepresented for a "
         "decade of maps,\u201d the lawyer said.")
    r = _rend("a", a, order=0) + _rend("b", b, order=1) + _rend("c", c, order=2)
    clusters = _clusters(r)
    assert not any({"a#q0", "c#q0"} <= set(cl) for cl in clusters), clusters


def test_shared_short_phrase_glues_nothing():
    """A scare quote in many documents stays apart from the statements that contain it."""
    r = []
    for k in range(4):
        r += _rend(f"s{k}", f"Critics called the policy \u201chateful conduct\u201d rules, "
                             f"report {k} said.", order=k)
    r += _rend("x", "\u201cWe will not tolerate hateful conduct on the service,\u201d Ek said.",
               "Daniel Ek", 5)
    r += _rend("y", "\u201cArtists accused of hateful conduct were removed from playlists,\u201d "
                    "Kelly's lawyer said.", "Kelly's lawyer", 6)
    clusters = _clusters(r)
    phrase = _with(clusters, "s0#q0")
    assert sorted(phrase) == [f"s{k}#q0" for k in range(4)]
    assert _with(clusters, "x#q0") != _with(clusters, "y#q0")


# -- properties -------------------------------------------------------------------------
SPEAKERS = [None, "he", "Putin", "Vladimir Putin", "Tokayev", "the ministry", "Lavrov"]
PHRASES = ["we will not allow colour revolutions", "order will be restored in the country",
           "the troops will leave within days", "we will not allow", "order", "colour revolutions",
           "the situation in our home is under control", "troops will leave"]


@st.composite
def story(draw):
    n_docs = draw(st.integers(1, 5))
    rends = []
    for k in range(n_docs):
        picks = draw(st.lists(st.tuples(st.sampled_from(PHRASES), st.sampled_from(SPEAKERS)),
                              min_size=1, max_size=3))
        text = "Intro. " + " ".join(f"He said \u201c{p}\u201d today." for p, _ in picks)
        d = doc(f"d{k}", text)
        for q, (_, spk) in zip(hand_quotes(d), picks):
            rends.append(prepare(replace(q, speaker=spk), d, k))
    return rends


@given(story())
def test_every_quote_in_exactly_one_group(rends):
    groups, _ = group(rends)
    ids = [r.id for g in groups for r in g]
    assert sorted(ids) == sorted(r.id for r in rends)


@given(story())
def test_no_group_has_two_named_speakers(rends):
    groups, _ = group(rends)
    for g in groups:
        names = [named(r.quote.speaker) for r in g if named(r.quote.speaker)]
        assert all(same_person(a, b) for a in names for b in names), names


@given(story(), st.randoms(use_true_random=False))
def test_grouping_does_not_depend_on_input_order(rends, rnd):
    shuffled = list(rends)
    random.Random(rnd.random()).shuffle(shuffled)
    assert _clusters(rends) == _clusters(shuffled)


def test_unnamed_quote_between_two_named_speakers_follows_its_parent():
    """Identical words given to two people: a copy's unnamed rendering goes with the one its
    parent's rendering (paired in reading order) belongs to."""
    def rends(doc_id, text, speakers, order):
        d = doc(doc_id, text)
        return [prepare(replace(q, speaker=s), d, order)
                for q, s in zip(hand_quotes(d), speakers)]
    parent = rends("p", "Authorities have blamed the violence on \u201cterrorists\u201d who "
                        "number as many as 20,000. Tokayev said foreign \u201cterrorists\u201d "
                        "had attacked the city.", ["Authorities", "Tokayev"], 0)
    child = rends("c", "The country blamed \u201cterrorists\u201d for the violence, numbering as "
                       "many as 20,000.", [None], 1)
    other = rends("o", "Tokayev said \u201cterrorists\u201d had attacked the city.", ["Tokayev"], 2)
    groups, _ = group(parent + child + other, [("p", "c")])
    home = next(g for g in groups if any(r.id == "c#q0" for r in g))
    assert "p#q0" in {r.id for r in home} and "p#q1" not in {r.id for r in home}


def test_named_soundbite_in_many_documents_joins_its_full_rendering():
    r = _rend("f", "\u201cWe handled this launch badly and could have given users a far smoother "
                   "start,\u201d Ek said.", "Daniel Ek")
    for k in range(3):
        r += _rend(f"s{k}", f"Ek said the policy was \u201chandled badly\u201d, report {k} said.",
                   "Daniel Ek", k + 1)
    clusters = _clusters(r)
    assert sorted(_with(clusters, "f#q0")) == ["f#q0", "s0#q0", "s1#q0", "s2#q0"]
