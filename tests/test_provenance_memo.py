"""Per-document memoisation and the faster chain keep provenance results exactly the same."""
from __future__ import annotations

import random

from quotecheck.load.boilerplate import find_chrome
from quotecheck.provenance.sentalign import _heaviest_chain


def _reference_chain(matches: list) -> list:
    """The original O(m^2) scan: update on a strictly greater sum, first predecessor wins."""
    if not matches:
        return []
    matches = sorted(matches)
    best = [m[2] for m in matches]
    back = [-1] * len(matches)
    for k, (x, y, sim) in enumerate(matches):
        for p in range(k):
            px, py, _ = matches[p]
            if px < x and py < y and best[p] + sim > best[k]:
                best[k] = best[p] + sim
                back[k] = p
    k = max(range(len(matches)), key=best.__getitem__)
    out = []
    while k >= 0:
        out.append(matches[k])
        k = back[k]
    return out[::-1]


def test_heaviest_chain_matches_the_reference_scan_on_ties_and_random_sets():
    rng = random.Random(11)
    for trial in range(400):
        n = rng.randint(0, 40)
        # few distinct similarities, so equal sums (ties) are common
        sims = [0.5, 0.75, 1.0, 0.1 + 0.2, 0.3] if trial % 2 else [rng.random()]
        matches = list({(rng.randint(0, 12), rng.randint(0, 12),
                         rng.choice(sims) if trial % 2 else rng.random())
                        for _ in range(n)})
        rng.shuffle(matches)
        assert _heaviest_chain(matches) == _reference_chain(matches)


def test_find_chrome_gives_each_caller_its_own_list():
    text = "Subscribe or upgrade your account to read:\n\nTitle"
    first = find_chrome(text)
    assert first and first[0].kind == "paywall"
    first.clear()
    assert find_chrome(text)[0].kind == "paywall"
    assert find_chrome(text) is not find_chrome(text)


def test_heaviest_chain_breaks_a_rounding_tie_like_the_scan():
    # (1, 3) carries 0.1 + 0.2 = 0.30000000000000004, a hair above (1, 1)'s 0.3; plus 1.0 both
    # round to 1.3, so the scan keeps the earlier predecessor (1, 1); a plain maximum would
    # take (1, 3) and a different chain
    matches = [(0, 2, 0.1), (1, 1, 0.3), (1, 3, 0.2), (2, 4, 1.0)]
    assert 0.3 + 1.0 == (0.1 + 0.2) + 1.0 and 0.1 + 0.2 > 0.3
    assert _heaviest_chain(matches) == _reference_chain(matches) == [(1, 1, 0.3), (2, 4, 1.0)]


def test_story_quotes_of_follows_the_story_quote_list():
    from quotecheck.load.loader import load_text
    from quotecheck.story import Story

    docs = [load_text('He said: "We will build it soon, whatever it costs." Then he left.', "a"),
            load_text("Nothing quoted here.", "b")]
    story = Story(docs)
    first = story.quotes_of("a")
    assert first == [q for q in story.quotes if q.document == "a"] and first
    first.clear()   # a caller's list is its own
    assert story.quotes_of("a") and story.quotes_of("b") == []
    story.quotes = story.quotes[:0]   # a replaced list is grouped again
    assert story.quotes_of("a") == []


def _reference_align(a, b, weight):
    """The original sentence alignment: overlaps from a plain key index with ``weight(k)`` per
    key, every scored list sorted with a key function, the first three kept in that order."""
    from quotecheck.provenance.derivation import settings

    cfg = settings()["align"]
    sa, sb = a.narration, b.narration
    index: dict = {}
    for x, s in enumerate(sa):
        for k in s.narration:
            index.setdefault(k, []).append(x)
    mass_a = [s.mass("narration", weight) for s in sa]
    matches = []
    ratio = len(sa) / max(1, len(sb))
    for y, s in enumerate(sb):
        mass_b = s.mass("narration", weight)
        overlap = [0.0] * len(sa)
        met = []
        for k in s.narration:
            for x in index.get(k, ()):
                if not overlap[x]:
                    met.append(x)
                overlap[x] += weight(k)
        scored = [(sim, x) for x in met
                  if (sim := 2 * overlap[x] / (mass_a[x] + mass_b)) >= cfg["candidate"]]
        scored.sort(key=lambda p: (-round(p[0], 9), abs(p[1] - y * ratio)))
        matches.extend((x, y, sim) for sim, x in scored[:3])
    chain = _heaviest_chain(matches)
    return [(sa[x].index, sb[y].index, sim) for x, y, sim in chain if sim >= cfg["aligned"]]


def test_sentence_alignment_matches_the_reference_on_repetitive_texts():
    # a small vocabulary makes many sentences of one text meet each sentence of the other
    # (more than three scored: the top-three choice, its ties and the diagonal rule count)
    from quotecheck.load.loader import load_text
    from quotecheck.provenance.derivation import document_frequency, key_weights, prepare
    from quotecheck.provenance.sentalign import align_sentences

    rng = random.Random(7)
    vocab = ["census", "count", "citizens", "Commerce", "lawsuit", "question", "states",
             "Ross", "2020", "federal", "judge", "survey", "answers", "data", "Bureau"]
    for trial in range(60):
        texts = []
        for d in range(3):
            sents = []
            for _ in range(rng.randint(1, 14)):
                words = [rng.choice(vocab) for _ in range(rng.randint(3, 9))]
                sents.append("The " + " ".join(words) + ".")
            texts.append(" ".join(sents) if trial % 3 else "\n\n".join(sents))
        docs = [prepare(load_text(t, f"d{k}.txt")) for k, t in enumerate(texts)]
        weight = key_weights(document_frequency(docs), len(docs))
        for a in docs:
            for b in docs:
                assert align_sentences(a, b, weight).pairs == _reference_align(a, b, weight)


def test_sentence_alignment_breaks_a_diagonal_tie_by_the_first_sentence_met():
    # b's second sentence meets five equal sentences of a; nearest the diagonal (2.5) are
    # 2 and 3, then 1 and 4 tie: the first met (1) is kept, so the chain ends at (1, 1)
    from quotecheck.load.loader import load_text
    from quotecheck.provenance.derivation import document_frequency, key_weights, prepare
    from quotecheck.provenance.sentalign import align_sentences

    s = "The census bureau counted citizens in federal survey data."
    a = prepare(load_text(" ".join([s] * 5), "a.txt"))
    b = prepare(load_text(" ".join([s] * 2), "b.txt"))
    weight = key_weights(document_frequency([a, b]), 2)
    pairs = align_sentences(a, b, weight).pairs
    assert pairs == _reference_align(a, b, weight)
    assert [(x, y) for x, y, _ in pairs] == [(0, 0), (1, 1)]


def _reference_candidate_pairs(texts: list, df) -> list:
    """candidate_pairs as it was: each rare key walks its holders' pairs on its own."""
    import zlib
    from collections import Counter, defaultdict

    from quotecheck.provenance.derivation import settings

    cfg = settings()["align"]
    n = len(texts)
    limit = max(cfg["rare_min_df"], int(cfg["rare_max_share"] * n))
    cap = max(cfg["rare_min_df"], cfg.get("posting_cap", limit))
    index: dict = defaultdict(list)
    for i, t in enumerate(texts):
        keys = frozenset().union(*(s.keys for s in t.sentences)) if t.sentences else frozenset()
        for k in (k for k in keys if df[k] <= limit and len(k) > 2):
            index[k].append(i)
    order = [zlib.crc32(t.doc.id.encode("utf-8", "surrogatepass")) for t in texts]
    shared: dict = defaultdict(Counter)
    for docs in index.values():
        if len(docs) < 2:
            continue
        heads = sorted(docs, key=order.__getitem__)[:2] if len(docs) > cap else docs
        for a in heads:
            for b in docs:
                if a != b and (a < b or b not in heads):
                    shared[min(a, b)][max(a, b)] += 1
    best: dict = defaultdict(list)
    for a, counter in shared.items():
        for b, c in counter.items():
            if c >= cfg["min_shared_rare"]:
                best[a].append((c, b))
                best[b].append((c, a))
    keep = set()
    for a, lst in best.items():
        lst.sort(reverse=True)
        for c, b in lst[: cfg["max_candidates"]]:
            keep.add((min(a, b), max(a, b), c))
    return sorted(keep)


def test_candidate_pairs_counting_holder_lists_together_as_key_by_key():
    # stories of 3 to 30 copies (past the posting cap of 24: anchors only) sharing rare
    # words, some words shared across stories, so holder lists repeat and also differ
    from quotecheck.load.loader import load_text
    from quotecheck.provenance.derivation import candidate_pairs, document_frequency, prepare

    rng = random.Random(11)
    common = ["officials", "said", "Tuesday", "report", "government", "plan", "city"]
    texts = []
    sizes = [30, 3, 6, 12, 3, 6, 12, 3, 6, 12, 30, 6, 12, 3, 6]   # 150 texts: rare <= 30
    for story, size in enumerate(sizes):
        rare = [f"zq{story}w{k}x" for k in range(12)] + [f"cross{story % 3}y{k}" for k in range(3)]
        for copy in range(size):
            words = [w for w in rare if rng.random() < 0.9] + rng.sample(common, 4)
            rng.shuffle(words)
            sents = [" ".join(words[k:k + 6]).capitalize() + "." for k in range(0, len(words), 6)]
            texts.append(prepare(load_text(" ".join(sents), f"s{story}c{copy}.txt")))
    df = document_frequency(texts)
    assert candidate_pairs(texts, df) == _reference_candidate_pairs(texts, df)


def test_parents_follow_the_edge_list_when_it_changes():
    """The parents table is kept while the edge list holds the same edges, and made again
    when an edge is added or replaced in place."""
    from quotecheck.model import ProvenanceEdge
    from quotecheck.provenance.infer import ProvenanceResult

    result = ProvenanceResult([ProvenanceEdge("a", "b", "rewrite", 0.5)], [])
    assert result.parent_of("b") == "a" and result.root_of("b") == "a"
    result.edges.append(ProvenanceEdge("c", "b", "verbatim", 0.9))
    assert result.parent_of("b") == "c"
    result.edges[1] = ProvenanceEdge("d", "b", "verbatim", 0.9)
    assert result.parent_of("b") == "d" and result.independent_roots(["b", "a"]) == 2
