"""What changed in a draft's quotation that the check located in a source: typed changes
of one piece (wording, truncation, meaning), paraphrase collapsing, and elisions that leave
out a negation or scalar. Turns them into quote-drift detections for :mod:`quotecheck.lint.drafts`.
"""
from __future__ import annotations

from quotecheck.model import Detection, Document, Quote, Related
from quotecheck.text.confusables import lookalike_note


def piece_changes(draft: Document, piece: list, match, index, sources: dict) -> list:
    """Typed changes of a located piece. The key comparison finds them; where the
    alignment stage's typer (a second opinion) sees a change it found inside one region of
    meaning (a scalar such as "far from the last" / "not the last", scope, entity, number),
    that region's kind wins and changes inside one region merge into one."""
    from quotecheck.lint.matching import align_changes

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


def narration_only(keys: list, source) -> bool:
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
    args = {"kind": kind, "quote": draft.text[q.start:q.end],
            "draft": draft.text[start:end] if dkeys else "",
            "source_words": source_words, "source": match.document, "speaker": q.speaker or ""}
    note = lookalike_note((source_words, args["draft"]))
    if note:  # the words only look the same: say which character differs
        args["lookalike"] = note
    return Detection(
        "quote-drift", category, draft.id, start, end, args=args,
        related=(Related(match.document, rel_start, rel_end, "source rendering"),
                 Related(match.document, match.start, match.end, "nearest source quotation")))


def change_detections(draft, q, piece, match, changes: list, sources: dict) -> list:
    """One detection per change; a paraphrase (more than ``collapse-after`` wording and
    truncation changes in one piece) becomes one wording detection over the changed words,
    while changes of meaning stay separate."""
    from quotecheck.lint.wordkeys import threshold

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


def elision_detections(draft, q, located, index, sets) -> list:
    """An elision that leaves out a negation or scalar changes the meaning."""
    from quotecheck.lint.matching import dropped_operators

    out = []
    for (p_a, m_a, _, _), (p_b, m_b, _, _) in zip(located, located[1:]):
        if m_a is None or m_b is None or m_a.document != m_b.document or m_b.k0 < m_a.k1:
            continue
        gap = index.sources.gap(m_a.document, m_a.k1, m_b.k0)
        dropped = dropped_operators(gap, sets)
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
