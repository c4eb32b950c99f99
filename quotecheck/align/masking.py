"""Words masked by an outlet's house style: 'sh—', 'f---', 'f***ing', 'h--l'.

An outlet that prints an expletive as its first letters and a run of dashes or asterisks
renders the same word as an outlet that prints it in full, or masks it another way ('s---'):
house style, never a change of the quotation (QC103 compared a dash mask with the full word
on baly_201610). :func:`mask_form` gives such a token a canonical form with ``*`` for the
masked letters (used by :func:`quotecheck.align.orthography.words`);
:func:`masked_variants` tells whether an edit region is one word masked and unmasked (used by
:mod:`quotecheck.align.difftype`).
"""
from __future__ import annotations

import re

# the mask after a word's first letters: an em/en dash, two or more hyphens or underscores,
# or asterisks, with no space before it (a dash after a space is punctuation)
_MASK = re.compile(r"[\u2014\u2013]|-{2,}|_{2,}|\*+")
_STARS = re.compile(r"\*+")


def mask_form(norm: str, start: int, end: int, text: str, function_words: frozenset) -> str:
    """``norm`` of the token at ``text[start:end]`` with ``*`` where a mask stands next to it:
    'sh—' gives 'sh*', the 'ing' of 'f***ing' gives '*ing'. A token of more than three
    letters, a function word ('and—', 'a—') or a figure is never a mask's head."""
    if not norm.isalpha():
        return norm
    after = _MASK.match(text, end)
    word = norm in ("a", "i") if len(norm) == 1 else norm in function_words   # 's---' masks
    if after is not None and len(norm) <= 3 and not word and \
            not text[after.end():after.end() + 1].isdigit():
        return norm + "*"
    if start >= 2:
        before = _last_mask(text, start)
        if before is not None and before > 0 and text[before - 1].isalpha():
            return "*" + norm
    return norm


def _last_mask(text: str, start: int):
    """Start of a mask run ending right at ``start``, None if none."""
    k = start
    while k > 0 and text[k - 1] in "\u2014\u2013-_*":
        k -= 1
    if k == start or _MASK.fullmatch(text, k, start) is None:
        return None
    return k


def masked_variants(a: list, b: list) -> bool:
    """True when edit region ``a`` → ``b`` (canonical forms) is one word masked on one side
    ('sh*' / 'shit', 'f*', '*ing' / 'fucking') or masked two ways ('sh*' / 's*')."""
    if not a or not b or len(a) > 3 or len(b) > 3:
        return False
    ja, jb = _STARS.sub("*", "".join(a)), _STARS.sub("*", "".join(b))
    ma, mb = "*" in ja, "*" in jb
    if not (ma or mb):
        return False
    if ma and mb:
        ha, hb = ja.split("*", 1)[0], jb.split("*", 1)[0]
        return bool(ha) and bool(hb) and (ha.startswith(hb) or hb.startswith(ha))
    masked, full = (ja, jb) if ma else (jb, ja)
    if not full.isalpha() or len(b if ma else a) != 1 or masked.startswith("*"):
        return False
    pattern = r"[a-z]+".join(re.escape(p) for p in masked.split("*"))
    return re.fullmatch(pattern, full) is not None
