"""What the draft check stores per source, as plain JSON data and back, validated on the way in.

The source cache (:mod:`quotecheck.cache`) holds data only: these converters turn a
:class:`SourceData` (word keys, quotations, figures) into lists and
strings, and rebuild it only when every field has the expected type; anything else raises
``ValueError`` and the cache treats the entry as a miss.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FORMAT = 6  # 2: quotations carry their kind and speaker kind; 3: figures their role;
# 4: figures say whether they are a running total or a projection; 5: quotations who relays them;
# 6: figures their reporting period
_NONE = type(None)
STR, INT, FLOAT, BOOL = (str,), (int,), (float,), (bool,)
OPT_STR, OPT_INT = (str, _NONE), (int, _NONE)
WORDS = "words"  # a frozenset of strings, stored as a sorted list
NUMBERS = "numbers"  # a frozenset of floats, stored as a sorted list

QUOTE_FIELDS = (("id", STR), ("document", STR), ("start", INT), ("end", INT), ("text", STR),
                ("speaker", OPT_STR), ("speaker_start", OPT_INT), ("speaker_end", OPT_INT),
                ("verb", OPT_STR), ("verb_start", OPT_INT), ("verb_end", OPT_INT),
                ("open_start", OPT_INT), ("close_end", OPT_INT), ("partial", BOOL),
                ("continued", BOOL), ("kind", STR), ("speaker_kind", OPT_STR),
                ("reported_by", OPT_STR))
FIGURE_FIELDS = (("document", STR), ("start", INT), ("end", INT), ("text", STR),
                 ("value", FLOAT), ("approximator", OPT_STR), ("referent", OPT_STR),
                 ("source", OPT_STR), ("time", OPT_STR), ("low", FLOAT), ("high", FLOAT),
                 ("unit", STR), ("head", STR), ("context", WORDS), ("values", NUMBERS),
                 ("role", STR), ("running", BOOL), ("projected", BOOL), ("sentence", INT),
                 ("places", WORDS), ("origin", WORDS), ("period", OPT_STR))
NOUN_FIGURE_FIELDS = (("document", STR), ("start", INT), ("end", INT), ("text", STR),
                      ("value", FLOAT), ("approximate", BOOL), ("head", STR),
                      ("context", WORDS), ("event", OPT_STR))


@dataclass
class SourceData:
    """What the check needs from one source: canonical keys and quotations (cacheable)."""

    keys: list
    quotes: list = field(default_factory=list)
    figures: list = field(default_factory=list)   # (figure, sentence words): figures analysis
    noun_figures: list = field(default_factory=list)   # lintfigures' (counted nouns)


class BadEntry(ValueError):
    """A stored value that is not what quotecheck writes (the cache reads it as a miss)."""


def _require(ok: bool) -> None:
    if not ok:
        raise BadEntry("unexpected cache entry")


def _fields_to_plain(obj: Any, fields: tuple) -> list:
    out = []
    for name, kind in fields:
        value = getattr(obj, name)
        out.append(sorted(value) if kind is WORDS or kind is NUMBERS else value)
    return out


def _fields_from_plain(raw: Any, fields: tuple) -> list:
    """The constructor arguments of one record, each of its declared type."""
    _require(type(raw) is list and len(raw) == len(fields))
    args = []
    for value, (_name, kind) in zip(raw, fields):
        if kind is WORDS:
            _require(type(value) is list and all(type(w) is str for w in value))
            value = frozenset(value)
        elif kind is NUMBERS:
            _require(type(value) is list and all(type(v) is float for v in value))
            value = frozenset(value)
        else:
            _require(type(value) in kind)
        args.append(value)
    return args


def _strings(raw: Any) -> list:
    _require(type(raw) is list and set(map(type, raw)) <= {str})
    return raw


def _ints(raw: Any) -> list:
    _require(type(raw) is list and set(map(type, raw)) <= {int})
    return raw


def source_to_plain(data: Any) -> dict:
    """A SourceData as JSON-ready lists (keys as three parallel lists: compact and fast)."""
    return {"format": FORMAT,
            "words": [k.key for k in data.keys], "starts": [k.start for k in data.keys],
            "ends": [k.end for k in data.keys],
            "quotes": [_fields_to_plain(q, QUOTE_FIELDS) for q in data.quotes],
            "figures": [[_fields_to_plain(f, FIGURE_FIELDS), sorted(context)]
                        for f, context in data.figures],
            "noun_figures": [_fields_to_plain(f, NOUN_FIGURE_FIELDS) for f in data.noun_figures]}


def source_from_plain(raw: Any) -> Any:
    """The SourceData stored by :func:`source_to_plain`; ``BadEntry`` on any other shape."""
    from quotecheck.lint.figures import NounFigure
    from quotecheck.lint.wordkeys import Key
    from quotecheck.model import Quote
    from quotecheck.provenance.figures import Figure

    _require(type(raw) is dict and raw.get("format") == FORMAT)
    words, starts, ends = _strings(raw.get("words")), _ints(raw.get("starts")), \
        _ints(raw.get("ends"))
    _require(len(words) == len(starts) == len(ends))
    keys = list(map(Key, words, starts, ends))
    quotes = raw.get("quotes")
    _require(type(quotes) is list)
    figures = raw.get("figures")
    _require(type(figures) is list and all(type(p) is list and len(p) == 2 for p in figures))
    nouns = raw.get("noun_figures")
    _require(type(nouns) is list)
    return SourceData(
        keys, [Quote(*_fields_from_plain(q, QUOTE_FIELDS)) for q in quotes],
        [(Figure(*_fields_from_plain(f, FIGURE_FIELDS)), frozenset(_strings(context)))
         for f, context in figures],
        [NounFigure(*_fields_from_plain(f, NOUN_FIGURE_FIELDS)) for f in nouns])


def spelling_from_plain(raw: Any) -> dict:
    """A spelling map (variant -> form) as stored; ``BadEntry`` unless all strings."""
    _require(type(raw) is dict and raw and set(map(type, raw.values())) <= {str})
    return raw
