"""Article text apart from page furniture: each line of a document is body or furniture.

Furniture kinds: headline, byline, dateline, caption, embedded-post, related, chrome, code.
Signals are rule data (``rules/data/furniture.toml``): credit and dateline conventions, line
shape (short, unpunctuated), code shape, the page chrome of :mod:`quotecheck.load.boilerplate`,
and, for HTML, the page's own markup (:mod:`quotecheck.load.htmlfurniture`). Regions are kept
on ``Document.regions`` in original offsets; later stages read body text only through
:mod:`quotecheck.load.regions`, embedded posts through :mod:`quotecheck.load.embedposts`. A
line recurring across one outlet's documents is that outlet's chrome (:mod:`quotecheck.load.recurring`);
a "Label: Headline" link between paragraphs is a related link (:mod:`quotecheck.load.linklabels`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional

from quotecheck.load.authornotes import author_notes
from quotecheck.load.boilerplate import find_chrome
from quotecheck.load.captions import caption_texts, credit_prefix, credited_caption
from quotecheck.load.chromesentences import inline_links, links_in_line, mark_chrome_paragraphs
from quotecheck.load.lineshape import carousel as _carousel
from quotecheck.load.lineshape import caps_links
from quotecheck.load.lineshape import closing_signature
from quotecheck.load.linklabels import labelled_links
from quotecheck.load.tailposts import post_start, tail_post
from quotecheck.resources.regexprefilter import Guarded, guard
from quotecheck.resources.regexsafe import compile_safe
from quotecheck.resources.ruledata import load_data
from quotecheck.resources.warmtables import data_table
from quotecheck.text.lexicon import word_alternation
from quotecheck.text.sentences import add_trimmed
from quotecheck.text.textview import TextView

KINDS = ("headline", "byline", "dateline", "caption", "embedded-post", "related", "chrome",
         "code")
BODY = "body"
_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"\S+")
_BULLET = re.compile(r"\s*(?:[-*\u2022\u25aa\u25cf]|\d{1,2}[.)])\s")
_CODE_CHARS = frozenset('{};=<>[]"')
_DROP_CODE_CHARS = dict.fromkeys(map(ord, _CODE_CHARS))
_LONGEST_PATTERN_LINE = 800      # pattern-shaped furniture longer than this is article text


@dataclass(frozen=True)
class Rules:
    """Compiled furniture.toml."""

    max_words: int
    headline_lines: int
    headline_max_words: int
    sentence_end: str
    code: tuple
    code_min_hits: int
    code_share: float
    code_min_length: int
    embed_signatures: tuple
    embed_inner: tuple
    embed_max_lines: int
    embed_max_chars: int
    embed_intro: re.Pattern
    embed_echo: tuple
    embed_gallery_lines: int
    embed_flattened_chars: int
    embed_run_lines: int
    byline: tuple
    dateline: tuple
    place_line: re.Pattern
    prefixes: tuple
    caption: tuple
    credit_prefix: re.Pattern
    related: tuple
    related_inline: tuple
    chrome: tuple
    recurring: dict


def _compile(patterns, flags=re.IGNORECASE) -> tuple:
    # each behind its literal prefilter: every line meets every pattern, and most lines hold
    # none of a pattern's words ("caption", "via", "var"): 60% of the line shapes' time
    return tuple(guard(compile_safe(p, flags)) for p in patterns)


def _alternation(patterns) -> re.Pattern:
    # lines reach these stripped (text_lines), so no trailing-space repeat: one would make
    # an open-ended alternative such as 'read more:.{0,200}' ambiguous
    return compile_safe("(?:" + "|".join(patterns) + ")", re.IGNORECASE)


@lru_cache(maxsize=1)
def rules() -> Rules:
    """The furniture rule data, compiled once per process."""
    d = load_data("furniture")
    code, embed = d["code"], d["embed"]
    return Rules(
        int(d["max_words"]), int(d["headline_lines"]), int(d["headline_max_words"]),
        d["sentence_end"], _compile(code["patterns"]), int(code["min_hits"]),
        float(code["min_symbol_share"]), int(code["min_length"]),
        _compile(embed["signature"]), _compile(embed["inner"]), int(embed["max_lines"]),
        int(embed.get("max_chars", 0)), re.compile(r"\b(?:%s)\b" % word_alternation(
            embed.get("intro_words", ())), re.IGNORECASE),
        (int(embed.get("echo_words", 0)), int(embed.get("echo_reach", 0))),
        int(embed.get("gallery_lines", 0)), int(embed.get("flattened_chars", 10 ** 6)),
        int(embed.get("run_lines", embed["max_lines"])),
        _compile(d["byline"]["patterns"]), _compile(d["dateline"]["patterns"]),
        compile_safe(d["dateline"]["place_line"]), _compile(d["dateline"]["prefixes"], 0),
        _compile(d["caption"]["patterns"]), credit_prefix(d["caption"]["credits"]),
        (_alternation(d["related"]["headings"]),),
        _compile(d["related"].get("inline", ()), 0),
        (_alternation(d["chrome"]["lines"]),), dict(d["recurring"]))


# -- one line -----------------------------------------------------------------------------
def full_match(patterns: tuple, line: str) -> Optional[re.Match]:
    """The first pattern matching the whole of ``line``."""
    return next((m for m in (p.fullmatch(line) for p in patterns) if m), None)


def lead_match(patterns: tuple, line: str) -> Optional[re.Match]:
    """The first pattern matching at the start of ``line`` (embed signatures: what follows
    the author and the date's first word is left free)."""
    return next((m for m in (p.match(line) for p in patterns) if m), None)


def is_code(line: str, r: Optional[Rules] = None) -> bool:
    """Script, JSON or widget markup: several code patterns, or dense code characters."""
    r = r or rules()
    hits = sum(1 for p in r.code if p.search(line))
    if hits >= r.code_min_hits:
        return True
    if not hits or len(line) < r.code_min_length:
        return False
    # code characters counted by deleting them (a character loop was 3% of a real compare)
    share = (len(line) - len(line.translate(_DROP_CODE_CHARS))) / len(line)
    return share >= r.code_share


def shape_kind(line: str, r: Optional[Rules] = None) -> str:
    """The furniture kind a line's own text shows, or ``body`` (context comes later)."""
    return _shape_of(line) if r is None or r is rules() else _shape(line, r)


_SHAPES: dict = {}   # line text -> its kind under the shipped rules (see _shape_of)
_MAX_SHAPES = 1 << 14


def _shape_of(line: str, present: Optional[Rules] = None) -> str:
    """:func:`shape_kind` under the shipped rules, kept per line text: copies of one wire
    story, an outlet's chrome and repeated captions bring the same lines again (a third of
    the line text of a real multi-outlet set), and a line's kind depends on its text only.
    ``present``: the shipped rules without patterns the line's document cannot match
    (:func:`_present`), which give every line of that document the same kind."""
    kind = _SHAPES.get(line)
    if kind is None:
        kind = _shape(line, present or rules())
        if len(_SHAPES) >= _MAX_SHAPES:
            _SHAPES.clear()
        _SHAPES[line] = kind
    return kind


def _present(r: Rules, text: str) -> Rules:
    """``r`` without the guarded line patterns (code, caption, dateline, inline related
    links) none of whose literals ``text`` holds: such a pattern matches no line of the text,
    and a document holds few of them, so each line meets a handful of patterns instead of
    every one (the line shapes were a tenth of loading a real set). Only tuples whose
    patterns are tried as a whole are cut (byline and embed patterns are read by position)."""
    def kept(patterns: tuple) -> tuple:
        return tuple(p for p in patterns if not isinstance(p, Guarded) or p.may_match(text))

    return replace(r, code=kept(r.code), caption=kept(r.caption), dateline=kept(r.dateline),
                   related_inline=kept(r.related_inline))


def _shape(line: str, r: Rules) -> str:
    """:func:`shape_kind` under rules ``r``."""
    if lead_match(r.related_inline, line):
        return "related"
    if len(line) > _LONGEST_PATTERN_LINE:
        if is_code(line[:2000], r):
            return "code"
        return "related" if _carousel(line) else BODY
    if is_code(line, r):
        return "code"
    if lead_match(r.embed_signatures, line) or closing_signature(r.embed_signatures, line):
        return "embedded-post"
    if full_match(r.caption, line) or credited_caption(r.credit_prefix, line):
        return "caption"
    words = len(_WORD.findall(line))
    if words <= 3 * r.max_words and (full_match(r.chrome, line) or full_match(r.related, line)):
        return "chrome" if full_match(r.chrome, line) else "related"
    if words > r.max_words:
        return BODY
    if ((line[:1].isupper() and line[-1:] != "." and full_match(r.byline[:2], line))
            or full_match(r.byline[2:], line)):
        return "byline"
    if full_match(r.dateline, line) or r.place_line.fullmatch(line):
        return "dateline"
    return BODY


def unpunctuated(line: str, r: Rules) -> bool:
    """Short and without closing punctuation: a headline, a link, a label (never a line that
    starts in lower case: that is a sentence broken by the scrape, "a blog post Friday. Its")."""
    return (line[-1:] not in r.sentence_end and not line[:1].islower()   # cheap tests first
            and len(_WORD.findall(line)) <= r.max_words and not _BULLET.match(line))


# -- a document ---------------------------------------------------------------------------
def text_lines(text: str) -> list:
    """``[start, end]`` of each non-blank line, stripped."""
    out: list = []
    for m in _LINE.finditer(text):
        add_trimmed(text, out, *m.span())
    return out


def classify(text: str, hints: Optional[list] = None) -> list:
    """``(start, end, kind)`` of each non-blank line of ``text`` (a readable view).

    ``hints`` are ``(kind, start, end)`` spans known from the page's markup; a line that
    starts inside one takes its kind unless its own text says it is code or an embed.
    """
    r = rules()
    lines = text_lines(text)
    kinds = _line_kinds(text, lines, r)
    _apply_chrome(text, lines, kinds)
    mark_chrome_paragraphs(text, lines, kinds, BODY)
    if hints:
        _apply_hints(lines, kinds, hints)
    caption_texts(text, lines, kinds, BODY)
    _headlines(text, lines, kinds, r)
    author_notes(text, lines, kinds)
    _related_runs(text, lines, kinds, r)
    caps_links(text, lines, kinds, BODY, r.headline_max_words)
    labelled_links(text, lines, kinds, BODY)
    _embeds(text, lines, kinds, r)
    return [(s, e, k) for (s, e), k in zip(lines, kinds)]


def _line_kinds(text: str, lines: list, r: Rules) -> list:
    """The shape kind of each line; the rules are cut to the text (:func:`_present`) at the
    first line whose kind is not kept yet (in this process or the warm start's table)."""
    present = None
    kinds = []
    kept = _warm_shapes()
    for s, e in lines:
        line = text[s:e]
        kind = _SHAPES.get(line)
        if kind is None:
            if present is None:
                present = _present(r, text)
            kind = _shape_of(line, present)
            if kept is not None and len(line) <= 1000:    # (a scraped page's one line:
                kept[line] = kind                           # not worth the store's bytes)
        kinds.append(kind)
    return kinds


def _warm_shapes() -> Optional[dict]:
    """The line kinds earlier processes kept (``data_table``; any other value is a miss),
    read into :data:`_SHAPES` once per command; the table, or None."""
    return data_table("furniture-shape", "furniture", valid=frozenset(KINDS[1:] + (BODY,)),
                      into=_SHAPES)


def _apply_chrome(text: str, lines: list, kinds: list) -> None:
    """Boilerplate chrome (boilerplate.toml): captions stay captions, read-more blocks are
    related links (only their heading: what follows is judged by shape), the rest chrome."""
    starts = [s for s, _ in lines]
    for c in find_chrome(text):
        kind = {"caption": "caption", "read-more": "related"}.get(c.kind, "chrome")
        for i in range(bisect_left(starts, c.start), bisect_left(starts, c.end)):
            if c.end < lines[i][1]:
                continue            # an inline "Read more" at a paragraph's end: not the line
            if kinds[i] == BODY:
                kinds[i] = kind
            if kind == "related":
                break               # a block's heading only: what follows is judged by shape


def _apply_hints(lines: list, kinds: list, hints: list) -> None:
    for i, (s, e) in enumerate(lines):
        if kinds[i] in ("code", "embedded-post"):
            continue
        inside = [h for h in hints if h[1] <= s < h[2]]
        if inside:
            kinds[i] = min(inside, key=lambda h: h[2] - h[1])[0]   # innermost element


def _headlines(text: str, lines: list, kinds: list, r: Rules) -> None:
    """The first lines, short and not ending in a full stop, are the headline; later short
    unpunctuated lines standing alone are subheads (a run of them is a list of links)."""
    seen = 0
    for i, (s, e) in enumerate(lines):
        if seen >= r.headline_lines:
            break
        if kinds[i] != BODY:
            continue
        line = text[s:e]
        if (len(_WORD.findall(line)) <= r.headline_max_words and not line[:1].islower()
                and not line.endswith((".", ":", ";"))):
            kinds[i] = "headline"
            seen += 1
        else:
            break


def _related_runs(text: str, lines: list, kinds: list, r: Rules) -> None:
    short = [kinds[i] == BODY and unpunctuated(text[s:e], r) for i, (s, e) in enumerate(lines)]
    for i in range(len(lines)):
        # or a credited caption: pages that glue credits to captions print links among them
        prev_related = i > 0 and (kinds[i - 1] == "related" or kinds[i - 1] == "caption"
                                  and credited_caption(r.credit_prefix, text[slice(*lines[i - 1])]))
        if not short[i]:
            line = text[slice(*lines[i])]
            # a longer headline in a list of links (one ending in a quoted phrase too:
            # "... in Indonesia's infamous 'death zoo'")
            if (prev_related and kinds[i] == BODY
                    and line.rstrip("\"'\u201d\u2019")[-1:] not in r.sentence_end
                    and len(_WORD.findall(line)) <= r.headline_max_words):
                kinds[i] = "related"
            continue
        # or just over a labelled link ("More: ..."): a link printed among the links
        neighbour = ((i > 0 and short[i - 1]) or (i + 1 < len(lines) and (
            short[i + 1] or lead_match(r.related_inline, text[slice(*lines[i + 1])]))))
        kinds[i] = "related" if prev_related or neighbour else "headline"


def _embeds(text: str, lines: list, kinds: list, r: Rules) -> None:
    """An embed's signature line claims the post's lines just before it: links to the post
    and at most ``max_lines`` lines of its text (never a line ending in a colon, which
    introduces the post)."""
    for i in range(len(lines)):
        if kinds[i] != "embedded-post":
            continue
        if not lead_match(r.embed_signatures, text[slice(*lines[i])]):
            tail_post(text, lines, kinds, i, r, BODY)
            continue
        taken, j = 0, i - 1
        while j >= 0:
            line = text[slice(*lines[j])]
            if full_match(r.embed_inner, line) and kinds[j] in (BODY, "related", "headline"):
                kinds[j] = "embedded-post"
            elif (taken < r.embed_max_lines and kinds[j] in (BODY, "related", "headline")
                  and not line.endswith(":")):
                kinds[j] = "embedded-post"
                taken += 1
            else:
                break
            j -= 1


def view_regions(text: str, hints: Optional[list] = None) -> list:
    """``(kind, start, end)`` furniture regions of a readable view: sorted, disjoint, adjacent
    lines of one kind merged; a dateline opening a body paragraph is a region of its own."""
    r = rules()
    out: list = []
    links = inline_links(text)
    for s, e, kind in classify(text, hints):
        if kind == BODY:
            for p in r.prefixes:
                m = p.match(text, s, e)
                if m and m.end() < e:
                    out.append(["dateline", s, s + len(m.group().rstrip())])
                    break
            out.extend(links_in_line(links, s, e) if links else ())
            continue
        if kind == "embedded-post":     # narration flattened before the post stays body
            s = post_start(text, s, e, r)
        if out and out[-1][0] == kind and not text[out[-1][2]:s].strip():
            out[-1][2] = e
        else:
            out.append([kind, s, e])
    return [tuple(x) for x in out]


def furniture_regions(view: TextView, raw: str = "", fmt: str = "text") -> tuple:
    """Furniture regions of a document in original offsets (``(kind, start, end)``)."""
    hints = None
    if fmt == "html" and raw:
        from quotecheck.load.htmlfurniture import markup_hints

        hints = markup_hints(raw, view)
    out = []
    for kind, s, e in view_regions(view.text, hints):
        o0, o1 = view.span(s, e)
        if o1 > o0 and (not out or o0 >= out[-1][2]):
            out.append((kind, o0, o1))
    return tuple(out)
