"""Pinned findings of the alignment on the seed story (GUIDE.md section 3).

Runs on hand-made quotations (every pair of quote marks) and, once the extractor is there,
on ``extract_story_quotes``; provenance is left to the fallback similarity test and, when
the provenance module is there, taken from it.
"""
import pytest
from align_fixtures import hand_quotes, seed_docs

from quotecheck.align.analyse import analyse_quotes


def _extracted(docs):
    from quotecheck.quotes import extract
    return extract.extract_story_quotes(docs)


def _provenance(docs, quotes):
    try:
        from quotecheck.provenance.infer import infer_provenance
    except ImportError:
        return None
    return infer_provenance(docs, quotes)


@pytest.fixture(scope="module", params=["hand", "extracted", "with-provenance"])
def story(request, seeds_dir):
    docs = seed_docs(seeds_dir)
    if request.param == "hand":
        quotes = [q for d in docs for q in hand_quotes(d)]
        prov = None
    else:
        quotes = _extracted(docs)
        prov = _provenance(docs, quotes) if request.param == "with-provenance" else None
        if request.param == "with-provenance" and prov is None:
            pytest.skip("no provenance module yet")
    return docs, quotes, analyse_quotes(docs, quotes, prov)


def _independent(quotes) -> set:
    """Categories allowed between independent seed reports. The seeds declare no language;
    translation is read from the speaker's introduction ("Russian President Vladimir Putin",
    ``align.languages``), so hand-made quotations without speakers are renderings."""
    if any(q.speaker for q in quotes):
        return {"translation", "orthographic"}
    return {"translation", "rendering", "orthographic"}


def _doc(docs, prefix):
    return next(d for d in docs if d.id.startswith(prefix))


def _text(docs, det):
    return _doc(docs, det.document).text[det.start:det.end]


def _cluster_with(result, quotes, prefix, words):
    q = next(q for q in quotes if q.document.startswith(prefix) and words in q.text)
    return result.cluster_of(q.id), q


def test_colour_revolution_line_is_one_group(story):
    docs, quotes, result = story
    cluster, _ = _cluster_with(result, quotes, "000", "destabilise the situation")
    byq = {q.id: q for q in quotes}
    members = [byq[i] for i in cluster.quotes]
    assert any(q.document.startswith("002") and "realization" in q.text for q in members)
    assert any(q.document.startswith("003") and "shaken up" in q.text for q in members)
    assert any(q.document.startswith("004") and "rocked at home" in q.text for q in members)


def test_internal_affairs_line_is_one_group(story):
    docs, quotes, result = story
    cluster, _ = _cluster_with(result, quotes, "000", "internal affairs")
    docs_in = {q.document[:3] for q in quotes if q.id in cluster.quotes}
    assert {"000", "001", "003", "004"} <= docs_in


TABLE = [
    # (text in 001 at the finding, text in 000 it came from, category)
    ("courage", "bravery", "wording"),
    ("more", "additional", "wording"),
    ("not be", "far from", "meaning"),
    ("country", "states", "meaning"),
    ("technology", "technologies", "meaning"),
    ("armed groups", "groups of militants", "wording"),
    ("in", "to", "wording"),
    ("know", "understand", "wording"),
]


@pytest.mark.parametrize("after,before,category", TABLE)
def test_guide_table_rows_are_found(story, after, before, category):
    docs, quotes, result = story
    hits = [d for d in result.detections if d.document.startswith("001")
            and d.category == category and after in _text(docs, d)
            and before in d.args.get("before", "")]
    assert hits, f"{before} -> {after} not found as {category}"
    assert all(d.related and d.related[0].document.startswith("000") for d in hits)


def test_moved_boundary_is_truncation(story):
    docs, quotes, result = story
    hits = [d for d in result.detections if d.document.startswith("001")
            and d.category == "truncation"]
    texts = {d.args.get("before") for d in hits}
    assert "an" in texts or any("d\u2019\u00e9tat" in (t or "") for t in texts)


def test_orthographic_variants_stay_orthographic(story):
    docs, quotes, result = story
    for word in ("color", "normalize", "destabilize", "organized"):
        for d in result.detections:
            if d.document.startswith("001") and _text(docs, d).lower() == word:
                assert d.category == "orthographic", (word, d)
    assert all(d.severity in (None, "info") for d in result.detections
               if d.category == "orthographic")


def test_ft_and_reuters_are_translations_not_errors(story):
    docs, quotes, result = story
    ft_reuters = [a for a in result.alignments
                  if {a.a[:3], a.b[:3]} == {"000", "003"} or
                  ({result.renderings[a.a].doc.id[:3], result.renderings[a.b].doc.id[:3]}
                   == {"000", "003"})]
    assert ft_reuters
    allowed = _independent(quotes)
    for a in ft_reuters:
        assert {s.category for s in a.segments} <= {"equal"} | allowed
    reuters = [d for d in result.detections if d.document.startswith("003")]
    assert all(d.category in allowed for d in reuters)
    assert any(d.category in allowed - {"orthographic"} for d in reuters)
    if "rendering" not in allowed:
        assert any(d.category == "translation" for d in reuters)


def test_voa_and_reuters_share_one_translation(story):
    docs, quotes, result = story
    pairs = [a for a in result.alignments
             if {result.renderings[a.a].doc.id[:3], result.renderings[a.b].doc.id[:3]}
             == {"003", "004"} and "internal affairs" in result.renderings[a.a].quote.text]
    if "rendering" in _independent(quotes):
        # no speaker, no evidence of translation: one English rendering, two roots
        assert pairs and all(a.verdict in ("identical", "orthographic-only",
                                           "independent-rendering") for a in pairs)
        return
    assert pairs and all(a.verdict == "shared-translation" for a in pairs)
    cluster, _ = _cluster_with(result, quotes, "003", "internal affairs")
    docs_in = {q.document for q in quotes if q.id in cluster.quotes}
    assert cluster.independent_roots < len(docs_in)


def test_independent_reports_raise_nothing_above_translation(story):
    docs, quotes, result = story
    for d in result.detections:
        if d.document[:3] in ("002", "003", "004"):
            assert d.category in _independent(quotes), (d.category, d.args)


def test_spans_are_inside_the_rendering(story):
    docs, quotes, result = story
    byq = {q.id: q for q in quotes}
    quote_spans = {}
    for q in quotes:
        quote_spans.setdefault(q.document, []).append((q.start, q.end))
    for d in result.detections:
        assert any(s <= d.start <= d.end <= e for s, e in quote_spans[d.document]), d
        assert _text(docs, d).strip() == _text(docs, d)
    assert byq


def test_seed_findings_severities_through_the_rules(seeds_dir):
    """As ``compare`` reports them: table rows at warning or above, house style at info."""
    from quotecheck.load.loader import load_paths
    from quotecheck.plugins.manager import build_plugin_manager, load_ruleset
    from quotecheck.plugins.run import run_checks
    from quotecheck.story import Story

    pm = build_plugin_manager(autoload=False)
    rules, errors = load_ruleset(None, pm)
    assert not errors
    story = Story(load_paths([seeds_dir]).documents)
    findings = [f for f in run_checks(story, rules, pm) if f.code.startswith("QC10")]
    by_doc = {d.id: d for d in story.documents}

    def text(f):
        return by_doc[f.document].text[f.start:f.end]

    copy = [f for f in findings if f.document.startswith("001")]
    for after, _, category in TABLE:
        assert any(f.category == category and after in text(f) and
                   f.severity in ("warning", "error") for f in copy), (after, category)
    assert any(f.category == "truncation" and f.severity in ("warning", "error") for f in copy)
    for f in findings:
        if f.category in ("orthographic", "translation", "rendering"):
            assert f.severity == "info"
        if f.document[:3] in ("002", "003", "004"):
            assert f.severity == "info", (f.code, f.message)


def test_translations_say_how_many_roots_support_each_rendering(story):
    docs, quotes, result = story
    wanted = "translation" if "rendering" not in _independent(quotes) else "rendering"
    trans = [d for d in result.detections if d.category == wanted]
    assert trans and all(d.args["support"] >= 1 and d.args["other_support"] >= 1 for d in trans)
