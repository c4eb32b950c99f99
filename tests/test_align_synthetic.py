"""Unseen-like story sets: planted changes must be flagged, faithful and independent must not."""
import pytest
from align_fixtures import hand_quotes
from align_synth import PLANTED, story

from quotecheck.align.analyse import analyse_quotes

SEEDS = [1, 2, 3, 4, 5, 6]


def _run(seed, mode):
    s = story(seed)
    docs = s["docs"]
    if mode == "hand":
        quotes = [q for d in docs for q in hand_quotes(d, speaker=s["leader"])]
        prov = None
    else:
        from quotecheck.quotes import extract
        quotes = extract.extract_story_quotes(docs)
        try:
            from quotecheck.provenance.infer import infer_provenance
        except ImportError:
            pytest.skip("no provenance module")
        prov = infer_provenance(docs, quotes)
    return s, docs, analyse_quotes(docs, quotes, prov)


def _text(docs, d):
    return next(x for x in docs if x.id == d.document).text[d.start:d.end]


@pytest.mark.parametrize("mode", ["hand", "pipeline"])
@pytest.mark.parametrize("seed", SEEDS)
def test_planted_changes_are_flagged(seed, mode):
    s, docs, result = _run(seed, mode)
    copy = docs[1]
    found = [(d.category, d.args.get("kind")) for d in result.detections
             if d.document == copy.id]
    for key, (category, kind) in PLANTED.items():
        quote = s["statements"][key][1]
        hits = [d for d in result.detections if d.document == copy.id and
                d.category == category and copy.text.find(quote) <= d.start < d.end
                <= copy.text.find(quote) + len(quote)]
        assert hits, (key, quote, found)


@pytest.mark.parametrize("mode", ["hand", "pipeline"])
@pytest.mark.parametrize("seed", SEEDS)
def test_faithful_copies_and_independent_reports_stay_quiet(seed, mode):
    s, docs, result = _run(seed, mode)
    source, copy, indep, synd = docs
    faithful = s["statements"]["faithful"][1]
    start = copy.text.find(faithful)
    for d in result.detections:
        if d.document == copy.id and start <= d.start < start + len(faithful):
            assert d.category == "orthographic", (d.category, _text(docs, d))
        if d.document in (indep.id, synd.id):
            assert d.category in ("translation", "orthographic"), (d.category, d.args)


@pytest.mark.parametrize("seed", SEEDS[:3])
def test_statements_group_across_all_four_documents(seed):
    s, docs, result = _run(seed, "hand")
    for key in s["keys"]:
        src = s["statements"][key][0]
        q = next(q for q in result.renderings.values()
                 if q.doc.id == docs[0].id and q.quote.text.startswith(src[:20]))
        cluster = result.cluster_of(q.id)
        in_docs = {result.renderings[i].doc.id for i in cluster.quotes}
        assert {docs[0].id, docs[1].id, docs[3].id} <= in_docs, key


@pytest.mark.parametrize("seed", SEEDS)
def test_different_statements_of_one_speaker_stay_apart(seed):
    s, docs, result = _run(seed, "hand")
    for cluster in result.clusters:
        from_source = [i for i in cluster.quotes if result.renderings[i].doc.id == docs[0].id]
        assert len(from_source) <= 1, [result.renderings[i].quote.text for i in from_source]
