"""Library core of ``quotecheck check``: a draft's quotations checked against its sources.

Every quotation in a draft is looked for among the words of all sources (piece by piece
across elisions). Exact or orthographic-only renderings are faithful and say nothing; other
differences become quote-drift detections (wording, meaning, truncation) pointing at the
nearest source rendering; words no source has are ``unsourced``; words a source gives to
someone else are ``misattribution``. The draft's own voice is checked by the document-scope
framing rules and the figures check, through the same rule engine as every other command.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

from .model import Detection, Document, Quote, Related, Report


@dataclass
class SourceData:
    """What the check needs from one source: canonical keys and quotations (cacheable)."""

    keys: list
    quotes: list = field(default_factory=list)
    figures: list = field(default_factory=list)   # (figure, sentence words): figures analysis
    noun_figures: list = field(default_factory=list)   # lintfigures' (counted nouns)


# -- adapters to the other stages ------------------------------------------------------------
def extract_quotes(doc: Document) -> list:
    """Quotations of one document (the extractor's, with speakers)."""
    from .extract import extract_quotes as _extract

    return list(_extract(doc))


def same_speaker(a: Optional[str], b: Optional[str]) -> Optional[bool]:
    """Whether two speaker names are one person (see :mod:`quotecheck.lintattribution`)."""
    from .lintattribution import same_speaker as _same

    return _same(a, b)


def prepare_source(doc: Document) -> SourceData:
    """Keys and quotations of one source document."""
    from .lintmatch import keys_of
    from .lintfigures import context_at, figures_in
    from .lintrules import figures_of

    quotes = extract_quotes(doc)
    figures = [(f, context_at(doc, f.start, f.end)) for f in figures_of(doc, quotes)]
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
    from .lintmatch import threshold

    words = sum(len(p) for p in parts)
    if q.speaker is None and words < threshold("unsourced-min-words-without-speaker"):
        return False
    raw = draft.text[q.start:q.end].split()
    if words <= 5 and raw and all(w[:1].isupper() or not w[:1].isalpha() for w in raw):
        return False
    return True


def _found(match, piece: list) -> bool:
    from .lintmatch import threshold, _is_content

    if match is None:
        return False
    if match.exact:
        return True
    content = [k for k in piece if _is_content(k.key)]
    if len(piece) >= 3 and len(content) >= 2:
        matched_content = round(match.score * len(content))
        if matched_content < threshold("min-matched-words"):
            return False
    return match.score >= threshold("min-content-ratio")


def _related(match, message: str) -> tuple:
    return (Related(match.document, match.start, match.end, message),)


def quote_detections(draft: Document, quotes: list, index, sources: dict) -> list:
    """Detections for the quotations of one draft against the indexed sources."""
    from .lintattribution import attribution_is_clear
    from .lintmatch import pieces, threshold, word_sets

    keys = index.draft_keys
    out: list = []
    for q in quotes:
        parts = pieces(draft.text, q.start, q.end, keys)
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
        for piece, match, _, _ in located:
            changes = [ch for ch in _changes(draft, piece, match, index, sources)
                       if not (ch[0] == "truncation"  # the source's own interruption
                               and _narration_only(ch[4], sources[match.document]))]
            out.extend(_change_detections(draft, q, piece, match, changes, sources))
        out.extend(_elision_detections(draft, q, located, index, word_sets()))
    return out


def _changes(draft: Document, piece: list, match, index, sources: dict) -> list:
    """Typed changes of a located piece. The key comparison finds them; where the
    alignment stage's typer (a second opinion) sees a change it found inside one region of
    meaning (a scalar such as "far from the last" / "not the last", scope, entity, number),
    that region's kind wins and changes inside one region merge into one."""
    from .lintmatch import align_changes

    if not match.changes:
        return []
    window = index.sources.keys[match.document][match.k0:match.k1]
    theirs = align_changes(draft, piece, sources[match.document].document, window) or []
    merged: dict = {}
    out: list = []
    for ch in match.changes:
        category, kind, dkeys, skeys, core = ch
        mine = {k.start for k in dkeys} | {k.start for k in core}
        region = next((i for i, t in enumerate(theirs) if t[0] == "meaning"
                       and mine & ({k.start for k in t[2]} | {k.start for k in t[4]})), None)
        if region is None or category == "truncation":
            out.append(ch)
            continue
        if region in merged:
            j = merged[region]
            c0, k0, d0, s0, x0 = out[j]
            out[j] = (c0, k0, _union(d0, dkeys), _union(s0, skeys), _union(x0, core))
            continue
        merged[region] = len(out)
        out.append(("meaning", theirs[region][1], dkeys, skeys, core))
    return out


def _union(a: list, b: list) -> list:
    return sorted(set(a) | set(b), key=lambda k: (k.start, k.end))


def _narration_only(keys: list, source) -> bool:
    """Whether source words lie outside every quotation of the source (narrator text)."""
    return bool(keys) and not any(q.start <= k.start < q.end for k in keys
                                  for q in source.quotes)


def _text_of(doc_text: str, keys: list) -> str:
    return doc_text[keys[0].start:keys[-1].end] if keys else ""


def _is_entity_swap(draft: Document, q: Quote, dkeys: list, src_doc, skeys: list) -> bool:
    """Whether a wording change swaps one name for another: capitalised words on both
    sides, not at the start of the quotation."""
    if not dkeys or not skeys or src_doc is None or dkeys[0].start <= q.start + 1:
        return False
    before = draft.text[q.start:dkeys[0].start].rstrip(" \"'\u201c\u2018(")
    if before.endswith((".", "!", "?", ":")):
        return False  # a capital that starts a sentence says nothing
    return (all(draft.text[k.start:k.start + 1].isupper() for k in dkeys)
            and all(src_doc.text[k.start:k.start + 1].isupper() for k in skeys))


def _change_detection(draft, q, piece, match, category, kind, dkeys, skeys, sources):
    start, end = (dkeys[0].start, dkeys[-1].end) if dkeys else (piece[0].start, piece[-1].end)
    src_doc = sources[match.document].document
    if category == "wording" and _is_entity_swap(draft, q, dkeys, src_doc, skeys):
        category, kind = "meaning", "entity"
    source_words = _text_of(src_doc.text, skeys) if src_doc is not None else ""
    rel_start, rel_end = (skeys[0].start, skeys[-1].end) if skeys else (match.start, match.end)
    return Detection(
        "quote-drift", category, draft.id, start, end,
        args={"kind": kind, "quote": draft.text[q.start:q.end],
              "draft": draft.text[start:end] if dkeys else "",
              "source_words": source_words, "source": match.document,
              "speaker": q.speaker or ""},
        related=(Related(match.document, rel_start, rel_end, "source rendering"),
                 Related(match.document, match.start, match.end, "nearest source quotation")))


def _change_detections(draft, q, piece, match, changes: list, sources: dict) -> list:
    """One detection per change; a paraphrase (more than ``collapse-after`` wording and
    truncation changes in one piece) becomes one wording detection over the changed words,
    while changes of meaning stay separate."""
    from .lintmatch import threshold

    minor = [ch for ch in changes if ch[0] != "meaning"]
    if len(minor) <= threshold("collapse-after"):
        return [_change_detection(draft, q, piece, match, *ch[:4], sources) for ch in changes]
    out = [_change_detection(draft, q, piece, match, *ch[:4], sources)
           for ch in changes if ch[0] == "meaning"]
    dkeys = sorted({k for ch in minor for k in ch[2]}, key=lambda k: k.start)
    skeys = sorted({k for ch in minor for k in ch[3]}, key=lambda k: k.start)
    det = _change_detection(draft, q, piece, match, "wording", "paraphrase",
                            [dkeys[0], dkeys[-1]] if dkeys else [],
                            [skeys[0], skeys[-1]] if skeys else [], sources)
    det.args["changes"] = len(minor)
    return out + [det]


def _dropped_operators(gap: list, sets: dict) -> list:
    from .lintmatch import dropped_operators

    return dropped_operators(gap, sets)


def _elision_detections(draft, q, located, index, sets) -> list:
    """An elision that leaves out a negation or scalar changes the meaning."""
    out = []
    for (p_a, m_a, _, _), (p_b, m_b, _, _) in zip(located, located[1:]):
        if m_a is None or m_b is None or m_a.document != m_b.document or m_b.k0 < m_a.k1:
            continue
        gap = index.sources.gap(m_a.document, m_a.k1, m_b.k0)
        dropped = _dropped_operators(gap, sets)
        if dropped:
            kind = "negation" if any(w in sets["negators"] for w in dropped) else "scalar"
            start, end = p_a[-1].start, p_b[0].end
            out.append(Detection(
                "quote-drift", "meaning", draft.id, start, end,
                args={"kind": kind, "quote": draft.text[q.start:q.end],
                      "draft": draft.text[start:end], "source_words": " ".join(dropped),
                      "source": m_a.document, "speaker": q.speaker or ""},
                related=(Related(m_a.document, *index.sources.span(m_a.document, m_a.k1 - 1,
                                                                    m_b.k0 + 1),
                                 "elided source words"),)))
    return out


class _Index:
    """The sources' key index plus the keys of the draft being checked."""

    def __init__(self, sources):
        self.sources = sources
        self.draft_keys: list = []

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
    from .cache import content_key

    if cache is not None:
        from . import lintmatch

        lintmatch.use_spelling(cache.get_or_compute(content_key("spelling-map"),
                                                    lintmatch._read_spelling))
    out = {}
    for doc in sources:
        if cache is None:
            out[doc.id] = prepare_source(doc)
            continue
        key = content_key("source", doc.id, doc.format, doc.text)
        out[doc.id] = cache.get_or_compute(key, lambda doc=doc: prepare_source(doc))
    return out


def check_documents(drafts: list, sources: list, config: Any = None, *,
                    ruleset: Any = None, options: Any = None, cache: Any = None,
                    pm: Any = None) -> Report:
    """Check each draft against all sources: quotations, framing in the draft's own voice,
    figures. Returns the report with fingerprinted findings of enabled rules (inline
    suppressions, per-file ignores and baselines are applied by the caller)."""
    from .lintmatch import SourceIndex, keys_of
    from . import lintrules

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
    from .story import Story

    source_quotes = [q for d in prepared.values() for q in d.quotes]
    story = Story(list(drafts) + list(sources), config, quotes=report.quotes + source_quotes)
    items.extend(lintrules.framing_items(drafts, story, ruleset, pm))
    if any(r.type == "number" for r in ruleset.enabled()):
        from .lintfigures import figure_detections

        numbers = figure_detections(drafts, report.quotes,
                                    [f for d in prepared.values() for f in d.noun_figures])
        source_figures = [f for d in prepared.values() for f in d.figures]
        numbers += [d for d in lintrules.figure_items(drafts, report.quotes, source_figures,
                                                      ruleset)
                    if not any(n.document == d.document and n.start < d.end and d.start < n.end
                               for n in numbers)]
        items.extend(numbers)
    from .baseline import with_fingerprints

    findings = lintrules.to_findings(items, ruleset, story)
    findings = lintrules.drop_quoted_orthography(findings, report.quotes)
    findings = with_fingerprints(findings, {d.id: d for d in report.documents})
    report.findings = pm.filter_findings(findings, story, config)  # plugins' policies
    return report
