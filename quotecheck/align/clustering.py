"""Quote groups as utterances: centroid placement instead of single-link chains.

A group is one utterance of one speaker. Renderings are placed fullest first; each joins the
group whose anchor (its fullest rendering) it matches best, or starts a group, so a partial
quote joins the one full rendering that contains it, and two groups are never glued by a
chain of middling matches. Renderings given to different named speakers
(``quotes.speakers.same_speaker``) never share a group; an unnamed or described speaker (a
pronoun, "the company") joins a named group only when the words match strongly, and never when
its definite title is one the documents give to another person (``speakerfit``). Short phrases
that many documents put in marks (slogans, titles, scare quotes) form their own group.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Optional

from quotecheck.align.renderings import SAME_SPEAKER, Rendering


@lru_cache(maxsize=8192)
def named(speaker: Optional[str]) -> Optional[str]:
    """The speaker when it is a resolved name ("Putin", "ACLU"), None for a pronoun, a
    description ("the company", "Kelly's rep") or no speaker."""
    if not speaker:
        return None
    try:
        from quotecheck.quotes.speakers import parse_name

        name = parse_name(speaker).name
    except Exception:  # pragma: no cover - a speaker string the parser cannot read
        name = speaker
    return speaker if name[:1].isupper() and name.lower() not in _PRONOUNS else None


_PRONOUNS = frozenset(("i", "he", "she", "it", "we", "they", "you", "who", "one"))


@lru_cache(maxsize=1 << 16)
def same_person(a: str, b: str) -> bool:
    """``quotes.speakers.same_speaker``, never raising (kept per pair of names: a group is
    asked about each of its named speakers for every unit offered to it)."""
    if a == b:
        return True
    try:
        return bool(SAME_SPEAKER(a, b))
    except Exception:
        return False


@dataclass
class Unit:
    """Renderings with one wording (canonical words) and one speaker: placed together."""

    members: list            # Rendering, reading order
    name: Optional[str]      # the named speaker, if any
    docs: frozenset

    @property
    def head(self) -> Rendering:
        return self.members[0]


@dataclass
class Group:
    """Units placed together; the anchor is the fullest rendering, placed first."""

    anchor: Rendering
    units: list = field(default_factory=list)
    names: list = field(default_factory=list)   # distinct named speakers (one person)
    full: list = field(default_factory=list)    # members that are no fragment of the anchor

    def accepts(self, name: Optional[str]) -> bool:
        return name is None or all(same_person(name, n) for n in self.names)

    def add(self, unit: Unit) -> None:
        self.units.append(unit)
        if unit.name and not any(n == unit.name for n in self.names):
            self.names.append(unit.name)


def units_of(renderings: list[Rendering],
             apart: Optional[Callable[[Rendering, list, list], bool]] = None) -> list[Unit]:
    """Identical renderings collapsed, split by named speaker; unnamed ones join the named
    unit of the same words when there is one (identical words are a strong match), unless
    ``apart(rendering, names, named renderings)`` says its described speaker is another
    person (``speakerfit``)."""
    by_words: dict = {}
    for r in renderings:
        by_words.setdefault(tuple(r.norms), []).append(r)
    out: list[Unit] = []
    for rs in by_words.values():
        rs.sort(key=_reading_key)
        named_units: list[list] = []
        anon: list = []
        for r in rs:
            n = named(r.quote.speaker)
            if n is None:
                anon.append(r)
                continue
            home = next((u for u in named_units if same_person(n, u[0])), None)
            if home is None:
                named_units.append([n, r])
            else:
                home.append(r)
        if len(named_units) == 1:
            u0 = named_units[0]
            named_ones, keep = u0[1:], []
            for r in anon:   # joins the named unit unless told apart (then on its own)
                (keep if apart is not None and apart(r, [u0[0]], named_ones) else u0).append(r)
            anon = keep
        parts = [(u[0], sorted(u[1:], key=_reading_key)) for u in named_units]
        if anon:   # alone, or between two named speakers: placed (and moved) on its own
            parts.append((None, anon))
        for name, members in parts:
            out.append(Unit(members, name, frozenset(m.doc.id for m in members)))
    out.sort(key=lambda u: _reading_key(u.head))
    return out


def _reading_key(r: Rendering) -> tuple:
    return (r.order, r.doc.id, r.quote.start, r.quote.end, r.id)


def placement_key(u: Unit) -> tuple:
    """Fullest first; ties by words, then reading order (independent of input order)."""
    return (-len(u.head.norms), tuple(u.head.norms), _reading_key(u.head))


def place(units: list[Unit], candidates: Callable[[int], list[int]],
          score: Callable[[Rendering, Rendering, float], float],
          inside: Callable[[Rendering, Rendering], bool], cfg: dict,
          elsewhere: Optional[Callable[[Unit, "Group"], bool]] = None) -> list[list[Unit]]:
    """Groups of units: each unit, fullest first, joins the best-matching group's anchor.

    ``candidates(i)`` lists unit indices worth comparing with unit ``i``; only those already
    placed count. ``score(x, y, floor)`` is the text score of two renderings (0..1), or any
    value below ``floor`` when the score is below it (a bound, found without aligning);
    ``inside(x, anchor)``
    says ``x`` is a fragment of the anchor. A rendering that is no fragment must also match
    the group's other full renderings (complete link, ``member_min_score``), so a rendering
    that shares one half with the anchor and another rendering the other half stays out.
    ``elsewhere(unit, group)`` says the unit would join a described speaker to a named one
    the documents tell apart (``speakerfit``): it never joins.
    """
    min_score = float(cfg.get("min_score", 0.34))
    member_min = float(cfg.get("member_min_score", 0.2))
    member_cap = int(cfg.get("member_checks", 12))
    strong = float(cfg.get("strong_score", 0.8))
    phrase_words = int(cfg.get("shared_phrase_max_words", 4))
    phrase_docs = int(cfg.get("shared_phrase_min_docs", 3))
    group_of: dict = {}
    groups: list[Group] = []
    for i in sorted(range(len(units)), key=lambda k: placement_key(units[k])):
        u = units[i]
        best: Optional[Group] = None
        best_score = 0.0
        # a slogan, a title or a scare quote: short, in many documents, nobody's words
        shared_phrase = u.name is None and len(u.head.norms) <= phrase_words and \
            len(u.docs) >= phrase_docs
        if not shared_phrase:
            seen: set = set()
            for j in candidates(i):
                g = group_of.get(j)
                if g is None or id(g) in seen:
                    continue
                seen.add(id(g))
                if not g.accepts(u.name):
                    continue
                need = min_score
                if (u.name is None) != (not g.names) or g.anchor.doc.id in u.docs:
                    need = max(need, strong)   # unnamed with named, or one document twice
                s = score(u.head, g.anchor, need)
                if s < need or not (s > best_score or (s == best_score and best is not None and
                                                     _anchor_key(g) < _anchor_key(best))):
                    continue
                # asked only of a group good enough to win: a pure filter, so the order of
                # the tests does not change the choice, and most candidates fail the score
                if elsewhere is not None and elsewhere(u, g):
                    continue
                if not inside(u.head, g.anchor) and any(
                        score(u.head, f, member_min) < member_min for f in g.full[:member_cap]):
                    continue
                best, best_score = g, s
        if best is None:
            best = Group(u.head)
            groups.append(best)
        elif not inside(u.head, best.anchor):
            best.full.append(u.head)
        best.add(u)
        group_of[i] = best
    return [g.units for g in groups]


def _anchor_key(g: Group) -> tuple:
    return (-len(g.anchor.norms), tuple(g.anchor.norms), _reading_key(g.anchor))


def move_copies(groups: list[list[Unit]], pairs: list[tuple[Rendering, Rendering, float]],
                unit_of: dict, strong: float = 0.8) -> list[list[Unit]]:
    """A copy's quote paired with its parent's (reading order) moves into the parent's group
    when it stands alone there, or when it has no named speaker, is not its group's anchor
    and matches the parent strongly; the speakers must agree."""
    where = {id(u): k for k, g in enumerate(groups) for u in g}
    for p, c, score in pairs:
        up, uc = unit_of.get(p.id), unit_of.get(c.id)
        if up is None or uc is None or up is uc:
            continue
        gp, gc = where[id(up)], where[id(uc)]
        if gp == gc:
            continue
        for mover, target, src in ((uc, gp, gc), (up, gc, gp)):
            names = [u.name for u in groups[target] if u.name]
            alone = len(groups[src]) == 1
            loose = mover.name is None and groups[src][0] is not mover and score >= strong
            if (alone or loose) and (mover.name is None or
                                     all(same_person(mover.name, n) for n in names)):
                groups[src].remove(mover)
                groups[target].append(mover)
                where[id(mover)] = target
                break
    return [g for g in groups if g]
