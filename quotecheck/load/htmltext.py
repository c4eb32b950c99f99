"""Readable text of HTML and Markdown as a TextView over the raw file text.

HTML: scripts, styles, templates, noscript and comments dropped, entities decoded, block
elements become line breaks so paragraphs stay paragraphs, ``<q>`` shows its marks.
Markdown: comments (suppressions) dropped, ``[text](url)`` reduced to its text, soft line
breaks shown as spaces. A small tolerant tokenizer keeps every piece's place in the original.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from quotecheck.text.textview import TextView, TextViewBuilder

# Elements whose content is never visible text; skipped up to their end tag.
_SKIPPED = frozenset({"script", "style", "template", "noscript", "iframe", "noembed",
                      "noframes", "svg", "math", "textarea", "select"})
# Raw-text elements whose content is text but not body text.
_TITLE = "title"
# Elements that end a paragraph: two line breaks.
_PARAGRAPH = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "article", "section",
    "header", "footer", "aside", "main", "nav", "figure", "figcaption", "ul", "ol", "dl",
    "table", "pre", "hr", "form", "fieldset", "address", "details", "summary", "body",
    "html", "caption", "thead", "tbody", "tfoot", "center", "hgroup", "menu",
})
# Elements that end a line: one line break.
_LINE = frozenset({"br", "li", "tr", "dt", "dd", "option", "legend"})
# Table cells: a space between neighbours.
_CELL = frozenset({"td", "th"})

_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)"                                    # comment (unclosed runs to end)
    r"|<[!?]"                                               # doctype, CDATA, bogus comment
    r"|</?[A-Za-z]"                                         # start of a start or end tag
    r"|&(?:#[0-9]{1,7};?|#[xX][0-9A-Fa-f]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)"  # reference
    r"|[ ]*[\t\n\r\f][ \t\n\r\f]*|[ ]{2,}"                  # layout whitespace
    , re.S)
# A whole tag: quoted attribute values may hold ">".
_TAG = re.compile(r"</?[A-Za-z][^\s/>]*(?:[^>\"']|\"[^\"]*\"|'[^']*')*>")
_TAG_NAME = re.compile(r"</?([A-Za-z][^\s/>]*)")
_LD_JSON = re.compile(r"""type\s*=\s*["']?application/ld\+json""", re.I)
_ATTR = re.compile(r"""([^\s=/>]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")


def _unescape(text: str) -> str:
    """``html.unescape``, imported on first use (plain-text and Markdown runs never need it)."""
    from html import unescape

    return unescape(text)


@dataclass
class HtmlPage:
    """The visible text of a page plus what its head says: title and meta tags."""

    view: TextView
    title: str = ""
    meta: dict = field(default_factory=dict)  # lower-cased name/property -> content;
    # "ld+json" -> list of the raw JSON-LD script bodies (schema.org publisher, dates)


_END_TAGS: dict = {}


def _end_of_element(text: str, name: str, pos: int, missing: set) -> tuple:
    """(start, end) of the end tag of element ``name`` at or after ``pos``, or None.

    ``missing`` remembers names whose end tag is absent from the rest of the text, so that
    many unclosed elements cost one scan, not one each.
    """
    if name in missing:
        return None
    pattern = _END_TAGS.get(name)
    if pattern is None:
        pattern = _END_TAGS[name] = re.compile(r"</" + re.escape(name) + r"\b[^>]*>?", re.I)
    m = pattern.search(text, pos)
    if m is None:
        missing.add(name)
        return None
    return m.start(), m.end()


def _tag_end(text: str, t0: int, last_gt: int) -> int:
    """End of the markup starting at ``t0``, or -1 when it is not markup but text.

    A tag ends at the first ">" outside quoted attribute values; a lone quote counts as an
    ordinary character. With no ">" left in the text, "<" is text (a browser would drop the
    rest of the page; losing the article to one stray "<" is worse).
    """
    if t0 > last_gt:
        return -1
    if text.startswith("<!", t0) or text.startswith("<?", t0):
        return text.find(">", t0) + 1
    m = _TAG.match(text, t0)
    return m.end() if m else text.find(">", t0) + 1


class _Emitter:
    """Appends visible text, collapsing layout whitespace and spacing out block breaks."""

    def __init__(self, original: str):
        self.builder = TextViewBuilder(original)
        self.tail = ""  # last few emitted characters

    def _note(self, s: str) -> None:
        self.tail = (self.tail + s)[-2:]

    def at_line_start(self) -> bool:
        return self.tail == "" or self.tail.endswith("\n")

    def copy(self, o0: int, o1: int) -> None:
        if o1 > o0:
            self.builder.copy(o0, o1)
            self._note(self.builder.original[max(o0, o1 - 2):o1])

    def replace(self, o0: int, o1: int, s: str) -> None:
        if s:
            self.builder.replace(o0, o1, s)
            self._note(s)

    def space(self, o0: int, o1: int) -> None:
        """Layout whitespace: one space, none at the start of a line."""
        if not self.at_line_start() and not self.tail.endswith(" "):
            self.replace(o0, o1, " ")

    def brk(self, o0: int, o1: int, lines: int) -> None:
        """A block boundary: end the current line, plus a blank line for paragraphs."""
        if self.tail == "":
            return
        have = 2 if self.tail == "\n\n" else (1 if self.tail.endswith("\n") else 0)
        if have < lines:
            self.replace(o0, o1, "\n" * (lines - have))


def html_view(text: str, start: int = 0) -> HtmlPage:
    """Visible text of ``text[start:]`` as HTML, mapped into ``text``; never raises."""
    out = _Emitter(text)
    title = ""
    meta: dict = {}
    pre = 0
    pos = start
    n = len(text)
    last_gt = text.rfind(">")
    missing: set = set()
    while pos < n:
        m = _TOKEN.search(text, pos)
        if m is None:
            out.copy(pos, n)
            break
        if m.start() > pos:
            out.copy(pos, m.start())
        tok = m.group()
        t0, t1 = m.start(), m.end()
        pos = t1
        c0 = tok[0]
        if c0 == "&":
            decoded = _unescape(tok)
            if decoded == tok:
                out.copy(t0, t1)
            else:
                out.replace(t0, t1, decoded)
        elif c0 != "<":
            if pre:
                out.copy(t0, t1)
            else:
                out.space(t0, t1)
        elif tok.startswith("<!--"):
            continue
        else:
            t1 = _tag_end(text, t0, last_gt)
            if t1 <= 0:
                out.copy(t0, t0 + 1)
                pos = t0 + 1
                continue
            pos = t1
            if tok[1] in "!?":
                continue
            tok = text[t0:t1]
            name = _TAG_NAME.match(tok).group(1).lower()
            closing = tok.startswith("</")
            if not closing and name in _SKIPPED:
                end = _end_of_element(text, name, t1, missing)
                pos = end[1] if end else n
                if name == "script" and end and _LD_JSON.search(tok):
                    meta.setdefault("ld+json", []).append(text[t1:end[0]])
                continue
            if not closing and name == _TITLE:
                end = _end_of_element(text, name, t1, missing)
                if end:
                    if not title:
                        title = " ".join(_unescape(text[t1:end[0]]).split())
                    pos = end[1]
                continue
            if not closing and name == "meta":
                _read_meta(tok, meta)
            if name == "pre":
                pre = max(0, pre + (-1 if closing else 1))
            if name == "q":  # browsers render <q> with quotation marks
                out.replace(t0, t1, "”" if closing else "“")
            elif name in _PARAGRAPH:
                out.brk(t0, t1, 2)
            elif name in _LINE:
                out.brk(t0, t1, 1)
            elif name in _CELL and not closing:
                out.space(t0, t1)
    return HtmlPage(out.builder.build(), title, meta)


def _read_meta(tag: str, meta: dict) -> None:
    attrs = {}
    for m in _ATTR.finditer(tag, len("<meta")):
        value = m.group(2) if m.group(2) is not None else (m.group(3) if m.group(3) is not None
                                                          else m.group(4))
        attrs[m.group(1).lower()] = _unescape(value or "")
    key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
    if key and "content" in attrs and key not in meta:
        meta[key] = attrs["content"].strip()


_MD_TOKEN = re.compile(r"<!--.*?(?:-->|\Z)|!?\[([^\[\]\n]*)\]\(([^()\s]*(?:\([^()\s]*\))?[^()\s]*)"
                       r"(?:\s+\"[^\"\n]*\")?\)", re.S)
# Lines that start a block of their own and so end the paragraph before them: list items,
# headings, block quotes, fences, tables, HTML blocks, thematic breaks and setext underlines.
_MD_BLOCK = re.compile(r"[ \t]{0,3}(?:[-+*][ \t]|\d{1,9}[.)][ \t]|#{1,6}(?:[ \t]|$)|>|```|~~~|\||<"
                       r"|(?:[-*_][ \t]*){3,}$|=+[ \t]*$|-+[ \t]*$)")
_MD_FENCE = re.compile(r"[ \t]{0,3}(?:```|~~~)")
_MD_KEEPS_BREAK = re.compile(r"[ \t]{0,3}(?:#{1,6}(?:[ \t]|$)|\||<|(?:[-*_][ \t]*){3,}\r?$"
                             r"|=+[ \t]*\r?$|-+[ \t]*\r?$)")


def _soft_breaks(text: str, start: int) -> list:
    """``(offset, length)`` of the line breaks inside Markdown paragraphs (shown as spaces).

    A break is soft when both lines hold text, the first is no heading, table row, HTML
    block or hard break (two trailing spaces, a backslash) and the second starts no block.
    Fenced code keeps its breaks.
    """
    out = []
    lines = text[start:].split("\n")
    pos = start
    fenced = False
    for i, line in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        end = pos + len(line)
        if _MD_FENCE.match(line):
            fenced = not fenced
        elif (not fenced and line.strip() and nxt.strip() and not _MD_BLOCK.match(nxt)
              and not _MD_KEEPS_BREAK.match(line)
              and not line.rstrip("\r").endswith(("  ", "\\"))):
            cr = 1 if line.endswith("\r") else 0
            out.append((end - cr, 1 + cr))
        pos = end + 1
    return out


_MD_INLINE_CODE = re.compile(r"(`+)(?!`)(?:(?!\n[ \t]*\n).)+?(?<!`)\1(?!`)", re.S)
_MD_FENCE_OPEN = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})", re.M)


def _code_regions(text: str, start: int) -> list:
    """``(start, end)`` of fenced code blocks and inline code spans: code, not prose."""
    out = []
    pos = start
    while True:
        m = _MD_FENCE_OPEN.search(text, pos)
        block_start = m.start() if m else len(text)
        out += [(c.start(), c.end()) for c in _MD_INLINE_CODE.finditer(text, pos, block_start)]
        if m is None:
            return out
        mark = m.group(1)
        close = re.compile(r"^[ \t]{0,3}%s%s*[ \t]*$" % (re.escape(mark), re.escape(mark[0])),
                           re.M).search(text, text.find("\n", m.end()) + 1 or len(text))
        end = close.end() if close and text.find("\n", m.end()) >= 0 else len(text)
        out.append((m.start(), end))
        pos = end


def markdown_view(text: str, start: int = 0) -> TextView:
    """``text[start:]`` as Markdown: comments dropped, links reduced to their text, code
    (fenced blocks, inline spans) blanked, and line breaks inside a paragraph shown as spaces
    (one for one, so offsets stay exact)."""
    b = TextViewBuilder(text)
    soft = _soft_breaks(text, start) if "\n" in text else []
    k = 0

    def copy(o0: int, o1: int) -> None:
        nonlocal k
        while k < len(soft) and soft[k][0] < o0:
            k += 1
        while k < len(soft) and soft[k][0] < o1:
            at, length = soft[k]
            b.copy(o0, at)
            b.replace(at, at + length, " " * length)
            o0 = at + length
            k += 1
        b.copy(o0, o1)

    events = [(m.start(), m.end(), m) for m in _MD_TOKEN.finditer(text, start)]
    if "`" in text or "~~~" in text:
        events = sorted(events + [(c0, c1, None) for c0, c1 in _code_regions(text, start)],
                        key=lambda e: e[0])
    pos = start
    for o0, o1, m in events:
        if o0 < pos:
            continue  # inside a comment or code span that came first
        copy(pos, o0)
        if m is None:  # code: blanked one for one, line breaks kept
            b.replace(o0, o1, re.sub(r"[^\n]", " ", text[o0:o1]))
        elif m.group(1) is not None:
            copy(m.start(1), m.end(1))
        pos = o1
    copy(pos, len(text))
    return b.build()


def plain_view(text: str, start: int = 0) -> TextView:
    """``text[start:]`` unchanged (the identity view when ``start`` is 0)."""
    if start == 0:
        return TextView.identity(text)
    b = TextViewBuilder(text)
    b.copy(start, len(text))
    return b.build()
