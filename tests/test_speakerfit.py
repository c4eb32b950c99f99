"""A described speaker ("the governor") whose title the compared documents give to another
named person is another speaker (issue 11, part 3): a reply that repeats someone's short
quotation with a negation and a subject noun added is a new utterance, never a rendering of
it; a dropped negation between renderings of one speaker's words is still compared.
Hypothesis: a group never joins such a described speaker to a named one."""
import random
from dataclasses import replace

from align_fixtures import doc, hand_quotes
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.align.clustering import named, same_person
from quotecheck.align.grouping import group
from quotecheck.align.renderings import prepare
from quotecheck.align.speakerfit import definite, holders, near, other_person, title_of


def _rend(doc_id, text, speaker=None, order=0, mention=None):
    """Renderings of a document's quotations; ``mention``: the words naming the speaker
    (their last use is the speaker's span, as extraction gives it)."""
    d = doc(doc_id, text)
    qs = hand_quotes(d, speaker)
    if mention:
        at = text.rindex(mention)
        qs = [replace(q, speaker_start=at, speaker_end=at + len(mention)) for q in qs]
    return [prepare(q, d, order) for q in qs]


def _clusters(rends):
    groups, _ = group(rends)
    return sorted(sorted(r.id for r in g) for g in groups)


_SHORT = ("Weeks before Ana Ruiz's office acted, the governor told crowds that the "
          "protesters were criminals. \u201cThese are vandals,\u201d she said in May.")


def test_title_of_a_description():
    assert title_of("governor") == "governor"
    assert title_of("senior administration official") == "official"
    assert title_of("Ana Ruiz") is None and title_of("company") is None and title_of(None) is None


def test_holders_and_near():
    d = doc("x", "Governor Ana Ruiz spoke. Later Bo Sands, the top Democrat, replied.")
    assert holders("governor", [d]) == ["Ana Ruiz"]
    assert near("governor", "Ruiz", [d]) and not near("governor", "Sands", [d])
    assert other_person("governor", ["Bo Sands"], [d], same_person)
    assert not other_person("governor", ["Ana Ruiz"], [d], same_person)
    assert not other_person("spokesman", ["Bo Sands"], [d], same_person)   # nobody's title


def test_negated_reply_of_another_speaker_is_another_utterance():
    r = (_rend("a", _SHORT, "governor", mention="she")
         + _rend("b", "Governor Ana Ruiz spoke on Monday. The top Democrat on the committee, "
                      "Bo Sands, read a statement, saying: \u201cThese students are not "
                      "vandals.\u201d", "Bo Sands", 1))
    clusters = _clusters(r)
    assert ["a#q0"] in clusters and ["b#q0"] in clusters


def test_an_indefinite_description_names_nobody():
    # "one witness": another witness named in the story says nothing about who this one is
    r = (_rend("a", "What one witness called \u201cmass panic\u201d followed. Later, witness "
                    "Ana Ruiz spoke.", "witness", mention="one witness")
         + _rend("b", "\u201cWe had mass panic on the lawn,\u201d said Bo Sands.", "Bo Sands", 1))
    assert ["a#q0", "b#q0"] in _clusters(r)


def test_described_speaker_whose_title_fits_still_joins():
    # the same words given to the governor herself: one utterance, the dropped negation is
    # what the comparison must report
    r = (_rend("a", _SHORT, "governor")
         + _rend("b", "Governor Ana Ruiz said: \u201cThese students are not vandals.\u201d",
                 "Ana Ruiz", 1))
    assert ["a#q0", "b#q0"] in _clusters(r)


def test_identical_words_of_a_described_other_person_stay_apart():
    line = "\u201cWe will rebuild the bridge before winter,\u201d {}"
    r = (_rend("a", "Governor Ana Ruiz visited. " + line.format("the governor said."), "governor",
                 mention="governor")
         + _rend("b", line.format("Bo Sands said."), "Bo Sands", 1))
    clusters = _clusters(r)
    assert ["a#q0"] in clusters and ["b#q0"] in clusters


# -- properties -------------------------------------------------------------------------
SPEAKERS = [None, "he", "governor", "Ana Ruiz", "Bo Sands", "Sands"]
PHRASES = ["these are vandals", "these students are not vandals", "we will rebuild the bridge",
           "we will not rebuild the bridge before winter", "vandals"]
INTROS = ["Intro.", "Governor Ana Ruiz spoke, and the governor left.",
          "Bo Sands, the top Democrat, spoke.", "Sands spoke. Later that day Ruiz spoke."]
# (the governor's title never stands near Sands here: a document placing it there would let
# the governor's words join his, which the examples above test)


@st.composite
def story(draw):
    rends = []
    for k in range(draw(st.integers(1, 4))):
        picks = draw(st.lists(st.tuples(st.sampled_from(PHRASES), st.sampled_from(SPEAKERS)),
                              min_size=1, max_size=3))
        text = draw(st.sampled_from(INTROS)) + " " + " ".join(
            f"He said \u201c{p}\u201d today." for p, _ in picks)
        d = doc(f"d{k}", text)
        for q, (_, spk) in zip(hand_quotes(d), picks):
            rends.append(prepare(replace(q, speaker=spk), d, k))
    return rends


@given(story())
def test_no_group_joins_a_governor_given_to_another_person(rends):
    groups, _ = group(rends)
    for g in groups:
        names = {named(r.quote.speaker) for r in g} - {None}
        assert all(same_person(a, b) for a in names for b in names)
        for r in g:
            if r.quote.speaker != "governor":
                continue
            for s in g:
                n = named(s.quote.speaker)
                docs = {r.doc.id: r.doc, s.doc.id: s.doc}.values()
                if n and holders("governor", docs) and definite(r.quote, r.doc.text, "governor"):
                    assert same_person(n, "Ana Ruiz"), (r.id, s.id, n)


@given(story(), st.randoms(use_true_random=False))
def test_grouping_with_described_speakers_does_not_depend_on_input_order(rends, rnd):
    shuffled = list(rends)
    random.Random(rnd.random()).shuffle(shuffled)
    assert _clusters(rends) == _clusters(shuffled)
