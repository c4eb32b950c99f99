"""Datelines at the head of a paragraph ("Washington (AFP) –", "RENO, Nev. (AP) —") blanked in
the masked text, so the place never acts as a speaker or an antecedent.

A dateline's place was taken as the subject of the first sentence ("Washington (AFP) –
Democrat Ana Ruiz has taken a swipe at ..., saying that “…”" gave Washington); an all-capitals
place was already no one, a mixed-case one with a wire credit was not. Only a place of one to
four capitalised words followed by a bracketed credit and a dash or colon is a dateline here
(issue 12). Photo credits under an image ("(AP Photo/Jo Lee)", a line "Photo: Jo Lee/Reuters")
are blanked the same way, so the agency is no antecedent of the next sentence's "it".
"""
from __future__ import annotations

import re

from quotecheck.resources.regexprefilter import fold
from quotecheck.resources.regexruns import LineLed

_WORD = r"[A-Z][A-Za-z.'\u2019-]*"
_PLACE = rf"{_WORD}(?:,? {_WORD}){{0,3}} "     # up to four words, a space before the credit
# the place, an optional ", Nev." already inside the word run, the credit (two letters at
# least: "(AP)", "(Reuters)"; a one-letter party tag, "Ana Ruiz (D):", is a speaker), the dash
_DATELINE = re.compile(rf"{_PLACE}\([A-Z][A-Za-z][A-Za-z.&' ]{{0,23}}\)"
                       r" ?(?:[\u2014\u2013]|--?|:)")
# a line break and the line's spaces (group 1, kept), then a dateline: a literal first
# character, so the search skips to line breaks in C
_AFTER_BREAK = re.compile(rf"(\n[ \t\u00a0]*){_DATELINE.pattern}")


def _spaces(m: re.Match) -> str:
    return m.group(1) + " " * (m.end() - m.end(1))


def blank_datelines(masked: str) -> str:
    """``masked`` with each paragraph-opening dateline made spaces (offsets unchanged)."""
    if "(" not in masked:
        return masked
    m = _DATELINE.match(masked)     # no line break inside: the search below is unaffected
    if m is not None:
        masked = " " * m.end() + masked[m.end():]
    return _AFTER_BREAK.sub(_spaces, masked)


# photo credits: "( Ana Ruiz/Bloomberg News / Ana Ruiz/Bloomberg News )", "(AP Photo/Jo Lee,
# File)", "( J.P. LEE / For The Daily Star )", a line "Photo: Ana Ruiz/Reuters". The agency
# or photographer named under an image was taken as the antecedent of the next sentence's
# "it" or "he" ('In what it called “…”' gave Bloomberg News; issue 12): a credit is blanked
# like a dateline. A credit has a slash and only capitalised words, initials, years and a few
# small words ("For The Star", "via AP", "File"); a sentence in brackets has a lower-case word.
_CREDIT_PAREN = re.compile(r"\(([^()\n]{2,120})\)")
# a credit's cue, any case: "Photo: ", "photo by ", "Photograph courtesy of ", "Credit: "
_WORDS = r"(?i:photo(?:graph)?s?|images?|pictures?|credits?)"
_CUE = (rf"(?:{_WORDS}[ \t\u00a0]+(?i:by|courtesy(?:[ \t\u00a0]+of)?)[ \t\u00a0]*:?"
        rf"|{_WORDS}[ \t\u00a0]*:)")      # "by" or a colon: "(Credit Suisse)" is a bank
_CREDIT_CUE = re.compile(rf"[ \t\u00a0]*{_CUE}[ \t\u00a0]")
_CREDIT_LINE = re.compile(rf"(?m)^[ \t\u00a0]*{_CUE}([^\n]{{2,100}})$")
# "Ana Ruiz via Getty Images." on a line of its own, or ending a caption's line
_VIA_LINE = re.compile(r"(?m)^([^\n]{2,80}[ \t\u00a0]via[ \t\u00a0]+(?:Getty|AP|Reuters|AFP)"
                       r"[^\n]{0,20})$")
# both line patterns tried at line starts only (re tries ``^`` at every character)
_CREDIT_LINES, _VIA_LINES = LineLed(_CREDIT_LINE, ()), LineLed(_VIA_LINE, ())
# the characters fold() reads otherwise than lower(): without them the folded text is lower()'s
_FOLDED_APART = ("\u0130", "\u0131", "\u017f")
# one of these is in the folded text of any credit line (regexprefilter.fold: the letters
# IGNORECASE matches to an ASCII one; a dotted capital I, which folds to two characters,
# runs the pattern anyway); the line pattern runs only then
_CUE_STEMS = ("photo", "image", "picture", "credit")
_CREDIT_SMALL = frozenset(("for", "via", "by", "of", "the", "and", "de", "van", "von", "der",
                           "courtesy"))


def _credit_words(inner: str) -> bool:
    """True when ``inner`` (a bracket's or credit line's text) reads as a photo credit: a
    slash, a credit cue ("photo by", "Credit:") or "via" with only names after it."""
    if "://" in inner:
        return False
    cue = _CREDIT_CUE.match(inner)
    if cue is not None:
        inner = inner[cue.end():]
    elif "/" not in inner and " via " not in inner:
        return False
    words = inner.replace("/", " ").replace(",", " ").split()
    if not words or len(words) > 16:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower().rstrip(".") in _CREDIT_SMALL
               for w in words)


def blank_photo_credits(masked: str) -> str:
    """``masked`` with each photo credit made spaces (offsets unchanged)."""
    folded = fold(masked)
    low = masked.lower() if any(c in masked for c in _FOLDED_APART) else folded
    if "/" not in masked and "photo" not in low and "via " not in masked and \
            "credit" not in low and "image" not in low and "picture" not in low:
        return masked
    spans = [m.span() for m in _CREDIT_PAREN.finditer(masked) if _credit_words(m.group(1))]
    # each line pattern only where its literal is (the engine tries them at every line)
    if "\u0130" in masked or any(w in folded for w in _CUE_STEMS):
        spans += [m.span(1) for m in _CREDIT_LINES.finditer(masked)
                  if _credit_words(m.group(0).strip())]
    if "via" in masked:
        spans += [m.span(1) for m in _VIA_LINES.finditer(masked) if _credit_words(m.group(1))]
    return blanked(masked, spans)


def blanked(masked: str, spans: list) -> str:
    """``masked`` with each of ``spans`` made spaces (``masked`` itself when there are none)."""
    if not spans:
        return masked
    chars = list(masked)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)
