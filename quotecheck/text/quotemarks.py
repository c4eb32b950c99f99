"""Find direct quotations by their marks: pair opening and closing quote marks.

Handles curly and straight double and single marks, « », „ “, doubled singles (“…’’, ‘‘…”),
nesting, quotes reopened at each paragraph, and tells apostrophes (authorities’, d’état, won’t,
the ’90s) from quote marks; reads marks lost in decoding (``text.lostmarks``). Every quote's
search is bounded by its paragraph, so an unpaired mark costs at most that one quote.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from quotecheck.resources.ruledata import load_data
from quotecheck.text.lostmarks import restore_marks
from quotecheck.text.markroles import FORMAT, grave_openers, read_elided_doubles
from quotecheck.text.markroles import role as _role
from quotecheck.text.markroles import singles as _singles

# Families: D (double) and S (single); « » double, ‹ › single. ``, '', ‘‘, ‘’, ’’ (doubled singles
# standing for a double mark) or one mark: ``|''|‘[‘’]|’’|[marks], but opening with one class
# lets re's search skip to the next mark in C instead of trying the pattern at every offset
_MARKS = re.compile("[`\"'\u201c\u201d\u2018\u2019\u201e\u201a\u00ab\u00bb\u2039\u203a\u201f\u201b]"
                    "(?:(?<=`)`|(?<=')'|(?<=\u2018)[\u2018\u2019]|(?<=\u2019)\u2019|(?<=[^`]))")
# _MARKS less an apostrophe inside a word (won’t, Kazakhstan’s), the commonest mark: no
# quote mark (see find_quote_spans), so a scan for marks skips it in C (``[^\W_]`` is what
# str.isalnum() accepts)
_SCAN_MARKS = re.compile("[`\"'\u201c\u201d\u2018\u2019\u201e\u201a\u00ab\u00bb\u2039\u203a\u201f\u201b]"
                         "(?!(?<=[^\\W_][\u2019'])[^\\W_])"
                         "(?:(?<=`)`|(?<=')'|(?<=\u2018)[\u2018\u2019]|(?<=\u2019)\u2019|(?<=[^`]))")
_LINE_BREAK = re.compile(r"\n\s*")  # the spaces before it: found by a backward walk
_HARD_END = set(".!?:;\u2026\"\u201d\u2019\u00bb)")
MAX_QUOTE_CHARS = 3000      # a quote longer than this within one paragraph is an unpaired mark

_ALNUM = re.compile(r"[^\W_]")   # what str.isalnum() accepts (checked for every code point)


@dataclass(frozen=True)
class QuoteSpan:
    """One quoted stretch in the text: marks and content offsets (content trimmed of spaces).
    ``close_end`` is None when the quote runs on into a reopened next paragraph; ``group``
    links the pieces of one multi-paragraph quote; ``continued`` marks the reopened pieces."""

    open_start: int
    start: int
    end: int
    close_end: Optional[int]
    family: str
    group: int
    continued: bool = False


_DOUBLED_CLOSERS = ("\u2019\u2019", "\u2018\u2018")


@dataclass
class _Open:
    family: str
    mark_start: int
    content: int
    group: int
    continued: bool
    depth: int


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: blank lines always separate; a single line break separates too unless
    the line looks hard-wrapped (long and not ending a sentence)."""
    out = []
    start = previous = 0
    for m in _LINE_BREAK.finditer(text):
        # what [ \t\r]*\n\s* matched, found without starting a scan at every space of a long
        # run of spaces (quadratic): walk back from the line break to the previous match
        b = m.start()
        while b > previous and text[b - 1] in " \t\r":
            b -= 1
        previous = m.end()
        if "\n" not in text[b + 1:m.end()]:
            line_start = text.rfind("\n", 0, b) + 1
            last = text[b - 1] if b > 0 else "."
            if b - line_start >= 60 and last not in _HARD_END:
                continue
        out.append((start, b))
        start = m.end()
    out.append((start, len(text)))
    return out


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """All top-level quotations of ``text`` in order (nested quotes stay inside their outer one)."""
    text = restore_marks(text)   # marks lost in decoding (U+FFFD) read back, offsets kept
    n = len(text)
    marks = _mark_hits(text)
    if "`" in text:
        marks = sorted(marks + grave_openers(text, marks))    # a `word’ quoted
    if not marks:
        return []
    paras = _paragraphs(text)
    out: list[QuoteSpan] = []
    group_counter = [0]
    mi = 0
    carry: list[_Open] = []   # opens carried into the next paragraph (multi-paragraph quotes)
    for pi, (p0, p1) in enumerate(paras):
        while mi < len(marks) and marks[mi][0] < p0:
            mi += 1
        pm = []
        elided = False
        while mi < len(marks) and marks[mi][0] < p1:
            pos, mark = marks[mi]
            if mark in "\u2019'" and 0 < pos < n - 1 and text[pos - 1].isalnum() \
                    and text[pos + 1].isalnum():
                mi += 1
                continue                        # won’t, Kazakhstan’s: the common case, fast
            fam, role = _role(text, pos, mark, n)
            if role == "split":
                pm.extend(_singles(text, pos, n))
            elif role not in ("apos", "none"):
                pm.append((pos, mark, fam, role))
                elided = elided or (role == "open" and len(mark) == 2)
            mi += 1
        if elided:
            pm = read_elided_doubles(text, pm, n)
        if pm or carry:
            carry = _pair_paragraph(text, p0, p1, pm, carry, out, group_counter,
                                    paras[pi + 1] if pi + 1 < len(paras) else None)
    out.sort(key=lambda q: q.start)
    return out


# a mark's first character: the second characters that make one doubled mark with it
_DOUBLING = {"`": "`", "'": "'", "\u2018": "\u2018\u2019", "\u2019": "\u2019"}
_MARK_CHARS = "`\"'\u201c\u201d\u2018\u2019\u201e\u201a\u00ab\u00bb\u2039\u203a\u201f\u201b"


def _mark_hits(text: str) -> list[tuple[int, str]]:
    """``[(m.start(), m.group()) for m in _SCAN_MARKS.finditer(text)]``, found by a
    ``str.find`` per mark character: a scan that opens with a class of non-ASCII characters
    tests every character of the text in the regex engine (about four times the cost), and
    marks are few. Same rules: an apostrophe between two letters or digits is no mark, ``, '',
    ‘‘, ‘’ and ’’ are one mark, a lone ` is none."""
    hits = []
    for c in _MARK_CHARS:
        i = text.find(c)
        while i >= 0:
            hits.append(i)
            i = text.find(c, i + 1)
    hits.sort()
    n = len(text)
    out = []
    taken = 0           # the end of the last mark (a pair's second character is in it)
    for i in hits:
        if i < taken:
            continue
        c = text[i]
        if c in "\u2019'" and 0 < i < n - 1 and text[i - 1].isalnum() and text[i + 1].isalnum():
            continue
        if c in _DOUBLING:
            d = text[i + 1:i + 2]
            if d and d in _DOUBLING[c]:
                out.append((i, c + d))
                taken = i + 2
                continue
            if c == "`":
                continue
        out.append((i, c))
        taken = i + 1
    return out


def _starts_with_open(text: str, span, family: str) -> Optional[tuple[int, int]]:
    """(mark start, content start) when paragraph ``span`` opens with a mark of ``family``."""
    if span is None:
        return None
    p0, p1 = span
    while p0 < p1 and text[p0] in FORMAT:   # "\u200b\u201dSo": a zero-width space first
        p0 += 1
    m = _MARKS.match(text, p0)
    if not m:
        return None
    end = m.end()
    fam, role = _role(text, m.start(), m.group(), len(text))
    if role == "split":                 # a doubled mark that is no double one: its first single
        end = m.start() + 1
        fam, role = _role(text, m.start(), text[m.start()], len(text))
    if fam == family and role in ("open", "either"):
        return m.start(), end
    return None


def _emit(text: str, out: list, op: _Open, end: int, close_end: Optional[int]) -> None:
    s, e = op.content, end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s and _ALNUM.search(text, s, e):
        out.append(QuoteSpan(op.mark_start, s, e, close_end, op.family, op.group, op.continued))


def _pair_paragraph(text, p0, p1, pm, carry, out, group_counter, next_para) -> list:
    stack: list[_Open] = list(carry)
    skip = {op.mark_start for op in carry}
    inner: list = []    # quotes closed one level inside an outer one: (outer mark, open, close)
    for k, (pos, mark, fam, role) in enumerate(pm):
        if pos in skip:
            continue
        if mark in _DOUBLED_CLOSERS and role != "open" and \
                not (stack and stack[-1].family == "D"):
            singles = _singles(text, pos, len(text))        # ’’ in a single quote: ‘the
            if not singles:                                 # Joneses’’ reads as before
                continue
            pm[k + 1:k + 1] = singles[1:]
            pos, mark, fam, role = singles[0]
        top_same = None
        for idx in range(len(stack) - 1, -1, -1):
            if stack[idx].family == fam:
                top_same = idx
                break
        if role == "close?":
            if top_same is None or _later_closer(pm, k, fam):
                continue
            role = "close"
        if role == "either":
            role = "close" if top_same is not None else "open"
        if role == "open":
            if top_same is not None and not _nested_pair(text, pm, k, fam) and not \
                    _turn_holds(text, stack[top_same], p0, pm, k):
                op = stack[top_same]   # the earlier opener of this family was unpaired:
                if op.depth == 0 and (_introduced(text, op) or _opens_sentence(text, op, p0, pos)) \
                        and _unclosed_but_whole(text, op, p0, pos):
                    _emit(text, out, op, pos, None)   # its closing mark was lost (or misprinted
                del stack[top_same:]                  # as an opener) at a sentence end
            depth = len(stack)
            if depth == 0:
                group_counter[0] += 1
            stack.append(_Open(fam, pos, pos + len(mark), group_counter[0], False, depth))
            continue
        if top_same is None:
            continue                   # a stray closing mark
        op = stack[top_same]
        del stack[top_same:]
        if op.depth == 0 and pos - op.content <= MAX_QUOTE_CHARS:
            _emit(text, out, op, pos, pos + len(mark))
        elif op.depth == 1 and stack:
            inner.append((stack[0].mark_start, op, pos, pos + len(mark)))
    # paragraph ends: an outer quote is carried on when the next paragraph reopens its family
    if stack and stack[0].depth == 0:
        op = stack[0]
        reopen = _starts_with_open(text, next_para, op.family)
        if reopen and p1 - op.content <= MAX_QUOTE_CHARS:
            _emit(text, out, op, p1, None)
            return [_Open(op.family, reopen[0], reopen[1], op.group, True, 0)]
        if _unclosed_but_whole(text, op, p0, p1):
            _emit(text, out, op, p1, None)     # a closing mark forgotten at the paragraph end
        else:   # a stray opener ("'The words,” he said. \"More.\"") costs only itself:
            for outer, inside, close, close_end in inner:   # the quotes it seemed to hold stand
                if outer == op.mark_start:
                    _emit(text, out, _Open(inside.family, inside.mark_start, inside.content,
                                           inside.group, inside.continued, 0), close, close_end)
    return []


def _unclosed_but_whole(text: str, op: "_Open", p0: int, p1: int) -> bool:
    """A double-quoted stretch left open at the end of its paragraph that reads as a whole
    quotation: it starts a sentence (or follows a colon or comma) with a capital and ends
    the paragraph with a full stop, so the typo costs only the closing mark."""
    if op.family != "D" or p1 - op.content > 600:
        return False
    body = text[op.content:p1].strip()
    if not body or not body[0].isupper() or body[-1] not in ".!?\u2026":
        return False
    before = text[p0:op.mark_start].rstrip()
    return not before or before[-1] in ".!?:,\u2014"


def _introduced(text: str, op: "_Open") -> bool:
    """The quotation is introduced by a colon ("Abe also said:" closing the paragraph before,
    or right before the mark): what follows the mark is the speaker's, up to the next opener."""
    return text[max(0, op.mark_start - 40):op.mark_start].rstrip().endswith(":")


def _opens_sentence(text: str, op: "_Open", p0: int, pos: int) -> bool:
    """The quotation opens its paragraph or a sentence ("Vane said. “We lost. “Now we
    rebuild.”"): when the next opener (at ``pos``) follows its sentence end, its own closing
    mark was lost or printed as an opener (issue 12), and its sentences are still the
    speaker's; not when a reporting clause stands in them (the closer was lost before it)."""
    if text[p0:op.mark_start].strip() and not _after_sentence_end(text, op.mark_start):
        return False
    # "“We are not leaving, she said. “Not now.”": the closer was lost (the costlier test last)
    return not _inner_attribution(text, op.content, pos)


_WORDS_AFTER_COMMA = re.compile(r",[\u2019\u201d'\"]?((?:[ \t\u00a0]+[\w.\-\u2019']+){1,5})")


def _inner_attribution(text: str, start: int, end: int) -> bool:
    """True when a reporting verb stands in the five words after a comma of ``text[start:end]``
    ("…, she said.", "…, said Ana Ruiz, …", "…,’ he continued." after a nested quotation): a
    reporting clause."""
    forms = _reporting_forms()
    return any(w.strip(".").lower() in forms for m in _WORDS_AFTER_COMMA.finditer(text, start, end)
               for w in m.group(1).split())


@lru_cache(maxsize=1)
def _reporting_forms() -> frozenset:
    """The reporting verbs of ``rules/data/attribution.toml`` in their plain, -s and -ed forms
    and the listed irregular ones (enough to see a reporting clause; the quotes stage reads
    the full lexicon)."""
    verbs = load_data("attribution")["verbs"]
    forms = set()
    for lemma in verbs["reporting"]:
        if " " in lemma:
            continue
        stem = lemma[:-1] + "i" if lemma.endswith("y") else lemma
        forms.update((lemma, lemma + "s", stem + "es", lemma + "ed", lemma + "d", stem + "ed"))
    for irregular in verbs.get("irregular", {}).values():
        forms.update(f for f in irregular if " " not in f)
    return frozenset(forms)


def _later_closer(pm, k: int, fam: str) -> bool:
    """True when a definite closing mark of ``fam`` follows before any new opener."""
    for pos, mark, f, role in pm[k + 1:]:
        if f != fam:
            continue
        if role in ("close", "either"):
            return True
        if role == "open":
            return False
    return False


# a transcript turn's speaker label, "WALLACE: " (group 1 the name); also quotes.conventions'
TURN_LABEL = re.compile(r"((?:[A-Z][A-Z'\u2019\-]*\.?[ \t]){0,3}[A-Z][A-Z'\u2019\-]+):[ \t]")


def _turn_holds(text: str, op: "_Open", p0: int, pm, k: int) -> bool:
    """An opener that starts its paragraph with a transcript turn's label ('"PENCE: …') holds a
    pair nested in it ('as “Shark Tank” said') with no closer of its own: a turn has none at its
    end. (A carried-on excerpt does not: its inner quotes are quotations of their own.)"""
    return (op.mark_start == p0 and op.depth == 0 and _later_closer(pm, k, op.family)
            and TURN_LABEL.match(text, op.content) is not None)


def _nested_pair(text: str, pm, k: int, fam: str) -> bool:
    """Whether the opener ``pm[k]``, inside an open quote of its own family, nests. It does
    when two closers follow before the next opener (“He said “no” to me.”), or when it stands
    inside a sentence and the outer quote's closer comes after any number of nested pairs
    with no opener after a sentence end between, itself ending a sentence or clause (a quoted
    post quoting two phrases: “He wrote, “I will not go.” Then he called it “a trap.””).
    Otherwise the earlier opener was unpaired: a forgotten closing mark costs one quotation,
    and an opener after a sentence end reopens one whose paragraph break was lost."""
    inside = not _after_sentence_end(text, pm[k][0])
    open_now, past_opener = 1, False
    for pos, mark, f, role in pm[k + 1:]:
        if f != fam:
            continue
        if role == "open":
            if not inside or _after_sentence_end(text, pos):
                return False
            open_now += 1
            past_opener = True
        elif role in ("close", "either"):
            open_now -= 1
            if open_now < 0:       # past other pairs, a closer that ends a quoted sentence
                return not past_opener or _after_stop(text, pos, ".,!?\u2026")
    return False


def _after_sentence_end(text: str, pos: int) -> bool:
    """The mark at ``pos`` follows a sentence's end (a full stop, a question or exclamation
    mark, perhaps a closing mark after it, then spaces or nothing)."""
    return _after_stop(text, pos, ".!?\u2026")


def _after_stop(text: str, pos: int, stops: str) -> bool:
    """The last character before ``pos``, past spaces and closing marks, is one of ``stops``."""
    before = text[max(0, pos - 4):pos].rstrip().rstrip("\"'\u201d\u2019")
    return bool(before) and before[-1] in stops
