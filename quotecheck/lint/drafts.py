"""Library core of ``quotecheck check``: a draft's quotations checked against its sources.

Every quotation in a draft is looked for among the words of all sources (piece by piece
across elisions). Exact or orthographic-only renderings are faithful and say nothing; other
differences become quote-drift detections (wording, meaning, truncation) pointing at the
nearest source rendering; words no source has are ``unsourced``; words a source gives to
someone else are ``misattribution``. The draft's own voice is checked by the document-scope
framing rules and the figures check, through the same rule engine as every other command.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Optional

from quotecheck.lint.changes import (change_detections, elision_detections, narration_only,
                                     piece_changes)
from quotecheck.lint.sourcecache import SourceData
from quotecheck.model import Detection, Document, Quote, Related, Report, analysed


# -- adapters to the other stages ------------------------------------------------------------
def extract_quotes(doc: Document) -> list:
    """Quotations of one document that checks act on (the extractor's, with speakers; titles
    of works are no one's words and are left out)."""
    from quotecheck.quotes.extract import extract_quotes as _extract

    return analysed(_extract(doc))


def same_speaker(a: Optional[str], b: Optional[str]) -> Optional[bool]:
    """Whether two speaker names are one person (see :mod:`quotecheck.lint.attribution`)."""
    from quotecheck.lint.attribution import same_speaker as _same

    return _same(a, b)


def prepare_source(doc: Document) -> SourceData:
    """Keys and quotations of one source document."""
    from quotecheck.lint.figures import context_at, figures_in
    from quotecheck.lint.findings import figures_of
    from quotecheck.lint.wordkeys import keys_of

    quotes = extract_quotes(doc)
    sentences: dict = {}
    figures = [(f, context_at(doc, f.start, f.end, sentences)) for f in figures_of(doc, quotes)]
    return SourceData(keys_of(doc), quotes, figures, figures_in(doc, quotes))


# -- quotations ------------------------------------------------------------------------------
def _source_quote_at(data: SourceData, start: int, end: int) -> Optional[Quote]:
    """The source quotation that holds most of the span ``[start, end)``."""
    best, best_overlap = None, 0
    for q in data.quotes:
        overlap = min(end, q.end) - max(start, q.start)
        if overlap > best_overlap:
            best, best_overlap = q, overlap
    return best


def _choose(matches: list, speaker: Optional[str], sources: dict) -> tuple:
    """Best match among equally good ones, preferring the quote's own speaker; returns
    (match, source quote, speaker agreement)."""
    if not matches:
        return None, None, None
    top = matches[0].score
    tied = [m for m in matches if m.score >= top - 1e-9 and
            len(m.changes) == len(matches[0].changes)]
    fallback = None
    for m in tied:
        sq = _source_quote_at(sources[m.document], m.start, m.end)
        agree = same_speaker(speaker, sq.speaker if sq else None)
        if agree:
            return m, sq, True
        if fallback is None or (fallback[2] is None and agree is False):
            fallback = (m, sq, agree)
    return fallback


def _locate_pieces(parts: list, index, speaker, sources: dict) -> list:
    """(piece, match, source quote, speaker agreement) for each piece of a quotation.

    Pieces of one quotation (cut at elisions) are looked for in one source rendering, in
    order: the document whose matches score best in total wins, then each piece takes its
    best match there that follows the previous piece.
    """
    candidates = [index.locate(p) for p in parts]
    if len(parts) == 1:
        return [(parts[0], *_choose(candidates[0], speaker, sources))]
    totals: dict = {}
    for cands in candidates:
        best: dict = {}
        for m in cands:
            best[m.document] = max(best.get(m.document, 0.0), m.score)
        for d, sc in best.items():
            totals[d] = totals.get(d, 0.0) + sc
    if not totals:
        return [(p, None, None, None) for p in parts]
    doc = max(sorted(totals), key=lambda d: totals[d])
    here = [[m for m in cands if m.document == doc] for cands in candidates]
    anchor = max(range(len(parts)), key=lambda i: (len(parts[i]) if here[i] else -1, -i))
    chosen: list = [None] * len(parts)
    chosen[anchor] = _best(here[anchor], key=lambda m: m.k0)
    for i in range(anchor - 1, -1, -1):  # closest good match before the next piece
        nxt = chosen[i + 1]
        pool = [m for m in here[i] if nxt is None or m.k1 <= nxt.k0] or here[i]
        chosen[i] = _best(pool, key=lambda m: -m.k1)
    for i in range(anchor + 1, len(parts)):  # closest good match after the previous piece
        prev = chosen[i - 1]
        pool = [m for m in here[i] if prev is None or m.k0 >= prev.k1] or here[i]
        chosen[i] = _best(pool, key=lambda m: m.k0)
    out = []
    for piece, cands, m in zip(parts, candidates, chosen):
        if m is None:
            out.append((piece, *_choose(cands, speaker, sources)))
            continue
        sq = _source_quote_at(sources[doc], m.start, m.end)
        out.append((piece, m, sq, same_speaker(speaker, sq.speaker if sq else None)))
    return out


def _best(pool: list, key):
    """The highest-scoring match of ``pool``, ties broken by ``key`` (smallest first)."""
    if not pool:
        return None
    top = max(m.score for m in pool)
    return min((m for m in pool if m.score >= top - 1e-9), key=key)


def _is_speech(draft: Document, q: Quote, parts: list) -> bool:
    """Whether an unmatched quotation reads as someone's words: it has a speaker or is long
    enough, and is not a short run of capitalised words (a title: "This Week")."""
    from quotecheck.lint.wordkeys import threshold

    words = sum(len(p) for p in parts)
    if q.speaker is None and words < threshold("unsourced-min-words-without-speaker"):
        return False
    raw = draft.text[q.start:q.end].split()
    if words <= 5 and raw and all(w[:1].isupper() or not w[:1].isalpha() for w in raw):
        return False
    return True


def _found(match, piece: list) -> bool:
    from quotecheck.lint.wordkeys import is_content, threshold

    if match is None:
        return False
    if match.exact:
        return True
    content = [k for k in piece if is_content(k.key)]
    if len(piece) >= 3 and len(content) >= 2:
        matched_content = round(match.score * len(content))
        if matched_content < threshold("min-matched-words"):
            return False
    return match.score >= threshold("min-content-ratio")


def _related(match, message: str) -> tuple:
    return (Related(match.document, match.start, match.end, message),)


def quote_detections(draft: Document, quotes: list, index, sources: dict) -> list:
    """Detections for the quotations of one draft against the indexed sources."""
    from quotecheck.lint.attribution import attribution_is_clear
    from quotecheck.lint.wordkeys import pieces_of, threshold, word_sets

    keys = index.draft_keys
    out: list = []
    for q in quotes:
        parts = pieces_of(draft, q.start, q.end, keys)
        if not parts:
            continue
        located = _locate_pieces(parts, index, q.speaker, sources)
        missing = [p for p, m, _, _ in located if not _found(m, p)]
        if missing and not _is_speech(draft, q, parts):
            continue  # a scare quote, title or name: the framing rules judge those
        if missing:
            p0, p1 = missing[0][0], missing[-1][-1]
            near = [m for p, m, _, _ in located if m is not None]
            out.append(Detection(
                "quote-source", "unsourced", draft.id, p0.start, p1.end,
                args={"quote": draft.text[q.start:q.end], "speaker": q.speaker or "",
                      "piece": draft.text[p0.start:p1.end]},
                related=_related(near[0], "nearest source wording") if near else ()))
            continue
        words = sum(len(p) for p in parts)
        disagree = [(m, sq) for p, m, sq, agree in located if agree is False]
        if disagree and words >= threshold("misattribution-min-words") and \
                not any(agree for _, _, _, agree in located) and \
                attribution_is_clear(draft, q, disagree[0][1].speaker) and \
                attribution_is_clear(sources[disagree[0][0].document].document,
                                     disagree[0][1], q.speaker):
            m, sq = disagree[0]
            out.append(Detection(
                "quote-source", "misattribution", draft.id, q.start, q.end,
                args={"quote": draft.text[q.start:q.end], "speaker": q.speaker or "",
                      "source_speaker": sq.speaker or "", "source": m.document},
                related=_related(m, f"said by {sq.speaker}")))
            continue
        before = len(out)
        for piece, match, _, _ in located:
            changes = [ch for ch in piece_changes(draft, piece, match, index, sources)
                       if not (ch[0] == "truncation"  # the source's own interruption
                               and narration_only(ch[4], sources[match.document]))]
            out.extend(change_detections(draft, q, piece, match, changes, sources))
        out.extend(elision_detections(draft, q, located, index, word_sets()))
        if len(out) == before:  # faithful to a source: is that source a changed copy?
            index.quoted.append((draft, q, located))
    return out


class _Index:
    """The sources' key index plus the keys of the draft being checked."""

    def __init__(self, sources):
        self.sources = sources
        self.draft_keys: list = []
        self.quoted: list = []   # (draft, quote, located pieces) found without changes

    def locate(self, piece):
        return self.sources.locate(piece)


@dataclass
class _Source:
    data: SourceData
    document: Optional[Document]

    @property
    def quotes(self):
        return self.data.quotes


def prepare_sources(sources: list, cache: Any = None) -> dict:
    """Prepared data of every source, from the cache where its content is unchanged."""
    from quotecheck.cache import content_key
    from quotecheck.lint import sourcecache

    if cache is not None:
        from quotecheck.lint import wordkeys

        wordkeys.use_spelling(cache.get_or_compute(content_key("spelling-map"),
                                                    wordkeys.read_spelling,
                                                    decode=sourcecache.spelling_from_plain))
    out = {}
    for doc in sources:
        if cache is None:
            out[doc.id] = prepare_source(doc)
            continue
        key = content_key("source", doc.id, doc.format, doc.text)
        out[doc.id] = cache.get_or_compute(key, lambda doc=doc: prepare_source(doc),
                                           encode=sourcecache.source_to_plain,
                                           decode=sourcecache.source_from_plain)
    return out


def check_documents(drafts: list, sources: list, config: Any = None, *,
                    ruleset: Any = None, options: Any = None, cache: Any = None,
                    pm: Any = None) -> Report:
    """Check each draft against all sources: quotations, framing in the draft's own voice,
    figures. Returns the report with fingerprinted findings of enabled rules (inline
    suppressions, per-file ignores and baselines are applied by the caller)."""
    from quotecheck.lint import findings as lintrules
    from quotecheck.lint.matching import SourceIndex
    from quotecheck.lint.wordkeys import keys_of

    if ruleset is None:
        ruleset, _errors = lintrules.load_ruleset(options)
    pm = pm or lintrules.plugin_manager(options)
    prepared = prepare_sources(sources, cache)
    by_id = {d.id: d for d in sources}
    wrapped = {i: _Source(d, by_id.get(i)) for i, d in prepared.items()}
    index = _Index(SourceIndex({i: d.keys for i, d in prepared.items()}))
    report = Report(command="check", documents=list(drafts) + list(sources))
    items: list = []
    for draft in drafts:
        quotes = extract_quotes(draft)
        report.quotes.extend(quotes)
        index.draft_keys = keys_of(draft)
        items.extend(quote_detections(draft, quotes, index, wrapped))
    from quotecheck.story import Story

    source_quotes = [q for d in prepared.values() for q in d.quotes]
    story = Story(list(drafts) + list(sources), config, quotes=report.quotes + source_quotes)
    items.extend(lintrules.framing_items(drafts, story, ruleset, pm))
    if sources and drafts:  # the sources are not all independent: provenance over them
        from quotecheck.lint.copies import corrupted_copy_detections, reuse_detections

        items.extend(reuse_detections(story.provenance, {d.id for d in drafts}))
        items.extend(corrupted_copy_detections(index.quoted, index, story,
                                               {d.id for d in sources}, _found))
        report.provenance = list(story.provenance.edges)
        report.extras["roots"] = {d.id: story.provenance.root_of(d.id) for d in sources}
    if any(r.type == "number" for r in ruleset.enabled()):
        from quotecheck.lint.figures import figure_detections

        numbers = figure_detections(drafts, report.quotes,
                                    [f for d in prepared.values() for f in d.noun_figures])
        source_figures = [f for d in prepared.values() for f in d.figures]
        numbers += [d for d in lintrules.figure_items(drafts, report.quotes, source_figures,
                                                      ruleset)
                    if not any(n.document == d.document and n.start < d.end and d.start < n.end
                               for n in numbers)]
        items.extend(numbers)
    from quotecheck.lint.baseline import with_fingerprints

    findings = lintrules.to_findings(items, ruleset, story)
    findings = lintrules.drop_quoted_orthography(findings, report.quotes)
    findings = with_fingerprints(findings, {d.id: d for d in report.documents})
    report.findings = pm.filter_findings(findings, story, config)  # plugins' policies
    return report
