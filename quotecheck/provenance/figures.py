"""Figures in narration: value, approximator, referent (what is counted), stated source, time.

Figures are compared only for the same referent: a ``number`` detection when a derived copy
disagrees with its parent, or outlets disagree for the same referent at the same stated time;
otherwise the spread is recorded with each outlet's source and time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from quotecheck.model import Detection, Related
from quotecheck.provenance.derivation import DocText, fold_word, stem   # kept folds
from quotecheck.provenance.direction import one_day_versions
from quotecheck.provenance.figure_referents import (YEAR, coordinated_head, countable,
                                                    currency_before, distance_origin, identifier,
                                                    event_of, head_after,
                                                    head_before, lexicon, place_names,
                                                    referent_key, stated_source,
                                                    stated_values, unit_after)
from quotecheck.provenance.figure_periods import RUNNING, other_periods, with_periods
from quotecheck.provenance.figure_scope import (conversions, knowing_change, one_news_cycle,
                                                same_source, taken_sentences)
from quotecheck.resources.regexprefilter import guard
from quotecheck.resources.ruledata import load_data

# the first digit, then the look back (no word, dot or comma before it): the same matches as
# a leading lookbehind, which the engine tried at every character (2x the time)
_NUM = re.compile(r"(\d(?<![\w.,]\d)\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d(?<![\w.,]\d)\d*(?:\.\d+)?)"
                  r"(?![\w]|[.,]\d)")
_DAYS = guard(re.compile(r"\b(?:(?:earlier|late|on) )?(Monday|Tuesday|Wednesday|Thursday|Friday|"
                         r"Saturday|Sunday)\b"))
# A projection: "will have flown over 9,000 km by the time it lands": not what was counted.
_PROJECTED = guard(re.compile(r"\b(?:will|would|could|might|should)(?: not)? have \w+"))
_SPLIT_TAIL = re.compile(r"\d, $")
_CLOCK = re.compile(r"\s?(?:[ap]\.?m\b|o'clock|:\d\d)", re.I)


@dataclass(frozen=True)
class Figure:
    """A figure as one document states it (offsets into the original text).

    ``low``/``high`` is the range its approximator allows ("nearly 8,000": 7,200-8,000);
    ``unit`` is "%", "points", a currency code or ""; ``head`` the counted noun as written.
    """

    document: str
    start: int
    end: int
    text: str
    value: float
    approximator: Optional[str]
    referent: Optional[str]
    source: Optional[str]
    time: Optional[str]
    low: float = 0.0
    high: float = 0.0
    unit: str = ""
    head: str = ""
    context: frozenset = frozenset()   # content keys of its sentence, figures left out
    values: frozenset = frozenset()    # every number its sentence states (parts and wholes)
    role: str = ""                     # "from" or "to" when a change states it ("to 48%")
    running: bool = False              # a running total, counted from a start (:data:`RUNNING`)
    projected: bool = False            # a projection (:data:`_PROJECTED`), not a count
    sentence: int = -1                 # index of its sentence in the document's sentences
    places: frozenset = frozenset()    # words of the places its sentence names ("in Nairobi")
    origin: frozenset = frozenset()    # a distance's point of reference ("of Perth")
    period: Optional[str] = None       # its reporting period (:mod:`.figure_periods`)


@lru_cache(maxsize=1)
def _cfg() -> dict:
    data = load_data("provenance")
    fig = data["figures"]
    approx = sorted(fig["approximators"], key=len, reverse=True)
    times = sorted(data["integrity"]["time_phrases"], key=len, reverse=True)
    # "about 40", "more than 40": an approximator ending right before the figure, as a word
    ends = tuple((a, re.compile(r"\b" + re.escape(a) + r"$")) for a in approx)
    return {"approx": ends, "ranges": dict(fig.get("ranges", {})),
            "tolerance": fig["tolerance"], "times": times,
            "background": frozenset(fig.get("background_times", ())),
            "day_parts": frozenset(stem(w) for w in fig.get("day_parts", ()))}


def extract_figures(dt: DocText) -> list[Figure]:
    """Figures in the narration of ``dt`` with what they count (numbers inside quotation
    marks are the speaker's; years, dates, clock times, ages and attributes are no counts)."""
    cfg, lx = _cfg(), lexicon()
    out = []
    text = dt.text
    for sent in dt.sentences:
        if not _NUM.search(text, sent.start, sent.end):
            continue
        words = list(sent.words)   # indexed often below: read once into tuples
        stext = text[sent.start:sent.end]
        previous: Optional[tuple] = None   # (head, mods) of the last figure: "11 died and 67 were"
        starts = {w[1]: k for k, w in enumerate(words)}
        facts: dict = {}  # what the sentence says once for all its figures (source, time...)
        for m in _NUM.finditer(text, sent.start, sent.end):
            idx = starts.get(m.start())
            if idx is None or words[idx][3]:
                continue
            raw = m.group()
            if len(raw) == 4 and raw[:2] in ("19", "20") and raw.isdigit():
                continue  # a year
            nxt = text[m.end():m.end() + 1]
            if nxt == "-" or _CLOCK.match(text, m.end()):
                continue  # "81-year-old": an attribute; "9 p.m.", "10:30": a time
            if (idx and fold_word(words[idx - 1][0]).rstrip(".") in lx["months"]) or (
                    idx + 1 < len(words) and fold_word(words[idx + 1][0]) in lx["months"]):
                continue  # "May 20", "6 January": a date
            figure = _figure(dt, sent, words, idx, m, lx, cfg, previous, stext, facts)
            if figure is None:
                continue
            previous = (figure.head, figure.referent)
            out.append(figure)
    return with_periods(text, dt.sentences, out)


def _sentence_facts(dt, sent, stext: str, facts: dict) -> dict:
    """Source, time, years and content keys of one sentence, worked out once for all its
    figures: a long sentence full of figures was scanned once per figure (quadratic)."""
    if not facts:
        years = []
        for y in YEAR.finditer(dt.text, sent.start, sent.end):
            years.append(((y.start(), y.end()), y.group()))
            if len(years) == 2:
                break  # the first year that is not the figure itself is one of these
        facts.update(source=stated_source(stext), time=_normal_time(_time(stext)), years=years,
                     running=bool(RUNNING.search(stext)),
                     projected=bool(_PROJECTED.search(stext)),
                     context=frozenset(k for k in sent.keys if not k[:1].isdigit()),
                     places=place_names(stext, lexicon()),
                     values=stated_values(dt.text, sent.start, sent.end, stext, _NUM))
    return facts


def _year(facts: dict, skip: tuple) -> Optional[str]:
    """:func:`year_in` from the sentence's first two years."""
    return next((year for span, year in facts["years"] if span != skip), None)


def _figure(dt, sent, words, idx, m, lx, cfg, previous, stext,
            facts: Optional[dict] = None) -> Optional[Figure]:
    text = dt.text
    raw = m.group()
    value = float(raw.replace(",", ""))
    unit, after = unit_after(text, m.end())
    k = idx + 1
    while k < len(words) and words[k][1] < after:
        k += 1  # past "percent", "per cent"
    currency = currency_before(text, m.start(), lx)
    if k < len(words) and fold_word(words[k][0]) in lx["multipliers"]:
        value *= lx["multipliers"][fold_word(words[k][0])]
        k += 1
    if k < len(words) and fold_word(words[k][0]) in lx["currencies"]:
        currency = lx["currencies"][fold_word(words[k][0])]
        k += 1
    if currency and not unit:
        unit = currency
    if not unit and k < len(words) and fold_word(words[k][0]) in lx["durations"]:
        return None   # "more than 10 years of experience", "48 years old": a duration or age
    if text[m.end():m.end() + 1] == "," and text[max(0, m.start() - 2):m.start()] == ", ":
        return None   # "Rowena Santos, 38,": an age
    if len(raw) == 3 and _SPLIT_TAIL.search(text, max(0, m.start() - 3), m.start()):
        return None   # "150, 000 people": the tail of a figure a space split after its comma
    head, mods, hj = head_after(words, k, lx, text, after if k == idx + 1 else words[k - 1][2])
    if (head is None and currency and k + 1 < len(words)
            and fold_word(words[k][0]) in ("in", "of", "for", "worth")):
        head, mods, hj = head_after(words, k + 1, lx, text, words[k][2])  # "$5m in aid"
    if head is not None and not unit and value != 1 and not countable(head, lx):
        head = None   # "40,000 walk out": a verb, not what is counted
    event = None
    also = coordinated_head(words, hj, lx, text) if head is not None else None
    if head is None:
        head, mods = head_before(words, idx, lx, text)
        hj = idx
        if head is not None and not unit and fold_word(head) in lx["events"]:
            event, head = lx["events"][fold_word(head)], "people"  # "kills 11"
        elif head is not None and not unit and not countable(head, lx):
            head = None
        if head is None and identifier(words, idx):
            return None   # "Article 4", "Flight 370"
    if head is None and previous and k < len(words) and fold_word(words[k][0]) in lx["aux"]:
        head, mods, hj = previous[0], [], idx   # "11 people died and 67 were rescued"
    if head is None:
        return None
    event = event or (None if unit else event_of(words, idx, hj, lx, text))
    facts = _sentence_facts(dt, sent, stext, {} if facts is None else facts)
    year = _year(facts, (m.start(), m.end()))
    referent = referent_key(head, mods, event, unit, year, lx, also)
    before = text[max(sent.start, m.start() - 24):m.start()].lower().rstrip(" $\u20ac\u00a3")
    before = before.rstrip()
    approx = next((a for a, end in cfg["approx"] if before.endswith(a) and end.search(before)),
                  None)
    lo, hi = cfg["ranges"].get(approx, (1.0, 1.0)) if approx else (1.0, 1.0)
    lead = before[:len(before) - len(approx)].split() if approx else before.split()
    role = lead[-1] if lead and lead[-1] in ("from", "to") else ""
    s, e = dt.doc.view.span(m.start(), m.end())
    return Figure(dt.doc.id, s, e, raw, value, approx, referent, facts["source"],
                  facts["time"], value * lo, value * hi, unit, head, facts["context"],
                  facts["values"], role, running=facts["running"], projected=facts["projected"],
                  sentence=sent.index, places=facts["places"],
                  origin=distance_origin(text, after, sent.end, head, lx))


def _time(text: str) -> Optional[str]:
    low = text.lower()
    for phrase in _cfg()["times"]:
        # the phrase itself first: most sentences hold none (a regex per phrase was 3% of
        # the provenance stage)
        if phrase in low and re.search(r"\b" + re.escape(phrase) + r"\b", low):
            return phrase
    m = _DAYS.search(text)
    return m.group(1).lower() if m else None


def _normal_time(phrase: Optional[str]) -> Optional[str]:
    """"on sunday" and "sunday" are one time."""
    return phrase[3:] if phrase and phrase.startswith("on ") else phrase


def _agree(x: Figure, y: Figure, tolerance: float) -> bool:
    """Two statements of one referent agree: equal values, the same approximator within
    ``tolerance``, or ranges that overlap ("nearly 8,000" / "7,900"; "more than 100" / 103)."""
    if x.value == y.value:
        return True
    if x.approximator and x.approximator == y.approximator:
        return abs(x.value - y.value) <= tolerance * max(x.value, y.value)
    xl, xh = (x.low, x.high) if x.high else (x.value, x.value)
    yl, yh = (y.low, y.high) if y.high else (y.value, y.value)
    slack = 0.005 * max(x.value, y.value)   # rounding of exact figures
    return xl <= yh + slack and yl <= xh + slack


def _consistent(x: Figure, y: Figure) -> bool:
    """Independent outlets' statements contradict only when no one true value satisfies both:
    two lower bounds ("at least 50", "at least 59") or two upper bounds never do, and a bound
    holds for any exact figure on its side ("over 400" / 527). Tolls rise between reports, so
    the approximators' implied ranges (kept for copies, :func:`_agree`) are not used here."""
    if x.value == y.value:
        return True
    xb, yb = _bound(x), _bound(y)
    if xb and xb == yb:
        return True
    lo_x, hi_x = (x.value, float("inf")) if xb == "lower" else (
        (0.0, x.value) if xb == "upper" else (x.low or x.value, x.high or x.value))
    lo_y, hi_y = (y.value, float("inf")) if yb == "lower" else (
        (0.0, y.value) if yb == "upper" else (y.low or y.value, y.high or y.value))
    slack = 0.005 * max(x.value, y.value)
    return lo_x <= hi_y + slack and lo_y <= hi_x + slack


def _bound(f: Figure) -> str:
    """"lower" for an approximator that states a minimum ("at least", "more than"), "upper"
    for a maximum ("up to", "fewer than"), "" for an exact or approximate figure ("nearly 8,000"
    says it is close to 8,000, not only below it)."""
    lo, hi = _cfg()["ranges"].get(f.approximator, (1.0, 1.0)) if f.approximator else (1.0, 1.0)
    return "lower" if lo == 1.0 and hi > 1.0 else ("upper" if hi == 1.0 and lo <= 0.75 else "")


def _comparable(x: Figure, y: Figure) -> bool:
    """Independent reports' figures are one statement only when their sentences share two
    content words besides the counted noun and the time ("members of the drivers' union" and
    "members of the rail union" on one Wednesday are other referents), and a change's start is
    never compared with its end ("from 38%" with "to 48%": the order of the two may swap),
    nor figures of two named places ("killed 11 in Dar es Salaam" / "213 in Nairobi") or
    distances from two points ("miles southwest of Perth" / "miles from the spot"), nor
    two stated reporting periods ("week ended May 29" / "June 12"). The
    part of a stated day ("on Friday night": ``day_parts``) is the time's too."""
    if (x.role and y.role and x.role != y.role) or other_periods(x, y) or (
            x.places and y.places and not x.places & y.places) or (
            x.origin and y.origin and not x.origin & y.origin):
        return False
    skip = {stem(fold_word(x.head)), stem(fold_word(y.head)), stem(x.time or ""),
            stem(y.time or "")}
    if x.time or y.time:
        skip |= _cfg()["day_parts"]
    # and the words of a stated time one by one: "last year" shared is no shared subject
    skip |= {stem(w) for t in (x.time, y.time) if t for w in t.split()}
    return len((x.context & y.context) - skip) >= 2


def _same_time(x: Figure, y: Figure) -> bool:
    """Times agree or one side gives none (a copy may drop "on Monday"); but a figure placed
    in the background ("last year", "two years ago": ``background_times``) is of another
    event than one that states no time: a copy does not drop the time of its background.
    A running total is counted up to its report; a figure of a stated day is of that day."""
    if not x.time or not y.time:
        if x.running != y.running and (x.time or y.time):
            return False
        bg = _cfg()["background"]
        return (x.time in bg) == (y.time in bg)
    return x.time == y.time


def _same_referent_and_time(flat: list) -> list:
    """Pairs (x before y in ``flat``) from two documents with one referent and one stated
    time, in the order a scan of every pair would give, found through groups instead (the
    scan was quadratic in the figures of one document)."""
    groups: dict = {}
    for k, f in enumerate(flat):
        if f.time:
            groups.setdefault((f.referent, f.time), {}).setdefault(f.document, []).append(k)
    pairs = []
    for by_doc in groups.values():
        docs = list(by_doc.values())
        for a, first in enumerate(docs):
            for second in docs[a + 1:]:
                pairs.extend((min(i, j), max(i, j)) for i in first for j in second)
    pairs.sort()
    return [(flat[i], flat[j]) for i, j in pairs]


def compare_figures(figs: dict, result, by_id: dict) -> tuple[list, list]:
    """The spread of figures per referent (records for reporters) and ``number`` detections;
    two running totals (counted from a start) are never a disagreement: one was counted later;
    nor is a projection ("will have traveled") against a count. A copy that changes its
    parent's figure keeps the rule's severity; two independent reports (roots, no derivation
    between them) that disagree are reported at info: neither is the other's source, so no
    outlet's figure is the truth the other is measured against, and their counts are most
    often of two moments or scopes (a toll that rose between reports, a revised estimate, one
    country against the world) that the texts do not say."""
    tol = _cfg()["tolerance"]
    detections: list[Detection] = []
    by_referent: dict = {}  # document -> referent -> its figures, in order
    for doc_id, lst in figs.items():
        for f in lst:
            by_referent.setdefault(doc_id, {}).setdefault(f.referent, []).append(f)
    converted: dict = {}   # document -> starts of its conversions (compared through primaries)
    for edge in result.edges:
        if one_day_versions(by_id[edge.source].doc, by_id[edge.derived].doc, result.outlets):
            continue   # one outlet's versions of one day: the story moves, its figures too
        parent_figs = by_referent.get(edge.source, {})
        taken = taken_sentences(edge, result)
        if edge.derived not in converted:
            converted[edge.derived] = conversions(figs.get(edge.derived, []),
                                                  by_id[edge.derived].doc.text)
        for f in figs.get(edge.derived, []):
            if (taken is not None and f.sentence not in taken) or f.start in converted[
                    edge.derived]:
                continue   # the copy's own reporting, not a sentence it took from the parent
            same = [p for p in parent_figs.get(f.referent, ())
                    if _same_time(f, p) and _comparable(f, p) and one_news_cycle(f, p, by_id)
                    and same_source(f, p)]
            if any(f.value in p.values for p in same):
                continue   # the parent's sentence states this figure too, in another place
            same = [p for p in same if not (f.running and p.running) and f.projected == p.projected]
            if same and not any(_agree(f, p, tol) for p in same) and not knowing_change(
                    f, same, figs[edge.derived], parent_figs[f.referent], converted[edge.derived]):
                p = same[0]
                detections.append(Detection(
                    "number", "number", f.document, f.start, f.end,
                    {"value": f.text, "parent_value": p.text, "referent": f.referent,
                     "parent": edge.source, "scope": "derived copy"},
                    (Related(p.document, p.start, p.end, "figure in the parent"),)))
    roots = {}
    for doc_id in figs:
        roots[doc_id] = result.root_of(doc_id)
    flat = [f for lst in figs.values() for f in lst if roots[f.document] == f.document]
    for x, y in _same_referent_and_time(flat):
        if (x.value in y.values or y.value in x.values or (x.running and y.running)
                or x.projected != y.projected or not one_news_cycle(x, y, by_id)
                or not same_source(x, y)):
            continue   # stated there too, a total still running, or a projection against a count
        if _comparable(x, y) and not _consistent(x, y) and not any(
                _consistent(y, z) for z in by_referent[x.document][x.referent]
                if _same_time(y, z)) and not any(   # y's document states x's figure too
                z.value == x.value for z in by_referent[y.document][y.referent]):
            detections.append(Detection(
                "number", "number", y.document, y.start, y.end,
                {"value": y.text, "other_value": x.text, "referent": y.referent,
                 "other": x.document, "time": y.time, "scope": "outlets"},
                (Related(x.document, x.start, x.end, "same referent and time"),), "info"))
    records = []
    by_ref: dict = {}
    for lst in figs.values():
        for f in lst:
            by_ref.setdefault(f.referent, []).append(f)
    for ref in sorted(by_ref):
        items = by_ref[ref]
        records.append({
            "referent": ref,
            "documents": len({f.document for f in items}),
            "independent_roots": len({roots.get(f.document, f.document) for f in items}),
            "values": [{"document": f.document, "text": f.text, "value": f.value,
                        "approximator": f.approximator, "source": f.source, "time": f.time,
                        "start": f.start, "end": f.end, "root": roots.get(f.document)}
                       for f in items],
        })
    return records, detections
