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
from functools import lru_cache

from quotecheck.resources.ruledata import load_data
from quotecheck.text.normalize import fold_text

# the mask after a word's first letters: an em/en dash, two or more hyphens or underscores,
# or asterisks, with no space before it (a dash after a space is punctuation)
_MASK = re.compile(r"[\u2014\u2013]+|-{2,}|_{2,}|\*+")
_STARS = re.compile(r"\*+")
_LETTERS = re.compile(r"[^\W\d_]+")   # a run of letters after a mask ('h--l')
MASK_CHARS = frozenset("\u2014\u2013-_*")
"""The characters a mask starts or ends with (a token with none beside it is no mask)."""


def mask_form(norm: str, start: int, end: int, text: str, function_words: frozenset) -> str:
    """``norm`` of the token at ``text[start:end]`` with ``*`` where a mask stands next to it:
    'sh—' gives 'sh*', the 'ing' of 'f***ing' gives '*ing'. A dash after a word is a mask
    only after one or two letters that are no word ('say--the', 'to—' are punctuation), and
    then letters after it only when they are no word either ('h--l'); asterisks mask after
    up to three letters."""
    if text[start + 1:start + 2] == "\u2014" and \
            _inner_dash_mask(text, start, end, function_words):
        return norm[:1] + "*" + norm[1:]   # 's—hole': one token, its dash folded to a hyphen
    if not norm.isalpha() or (text[end:end + 1] not in MASK_CHARS
                              and text[start - 1:start] not in MASK_CHARS):
        return norm     # no mask character on either side: the common case, decided here
    run = _MASK.match(text, end)
    if run is not None and (_head(norm, run.group(), function_words) and
                            _tail_ok(text, run.end(), run.group(), function_words)
                            or _long_head(norm, run.group(), text, run.end(), function_words)):
        return norm + "*"
    k = start
    while k > 0 and text[k - 1] in MASK_CHARS:
        k -= 1
    if k < start and _MASK.fullmatch(text, k, start) is not None:
        h = k
        while h > 0 and text[h - 1].isalpha():
            h -= 1
        mask = text[k:start]
        in_contraction = text[h - 1:h] in ("'", "\u2019")   # "didn't—": no mask
        if h < k and not in_contraction and _head(text[h:k].lower(), mask, function_words) \
                and _tail_ok(text, start, mask, function_words):
            return "*" + norm
    return norm


def _inner_dash_mask(text: str, start: int, end: int, function_words: frozenset) -> bool:
    """Whether the token ``text[start:end]`` is one lower-case letter, an em dash and letters
    ('s—hole', 'f—k'), at a word's start: a masked compound or word (an en dash there joins a
    compound in some typography: 't–shirt')."""
    raw = text[start:end]
    return len(raw) >= 3 and raw[0].islower() and raw[0] not in "ai" and raw[2:].isalpha() and \
        raw[2:].lower() not in function_words and \
        (start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "'\u2019"))


def _head(head: str, mask: str, function_words: frozenset) -> bool:
    """Whether ``head`` can be the letters a ``mask`` follows: letters, at most two before a
    dash and three before asterisks, and no word on its own ('a', 'to', 'the')."""
    limit = 3 if mask[0] == "*" else 2
    if not head.isalpha() or len(head) > limit:
        return False
    return head not in ("a", "i") if len(head) == 1 else head not in function_words


def _long_head(head: str, mask: str, text: str, i: int, function_words: frozenset) -> bool:
    """Whether ``head`` is the kept start of a longer masked word ('bull----', 'bulls***'):
    three mask characters or more (no house style sets a dash so), no letter or figure after
    them, and a head that is no function word ('the---' is a cut-off speech)."""
    return len(mask) >= 3 and mask[0] in "-*" and head.isalpha() and \
        head not in function_words and not text[i:i + 1].isalnum()


def _tail_ok(text: str, i: int, mask: str, function_words: frozenset) -> bool:
    """Whether what follows a mask at ``i`` lets it stand: no figure, and after a dash no
    word of its own (letters there are the masked word's end only when short and no word,
    or after three hyphens or more, which no house style sets as a dash: 's---hole')."""
    m = _LETTERS.match(text, i)
    if m is None:
        return not text[i:i + 1].isdigit()
    tail = m.group().lower()
    if mask[0] == "*":
        return True
    # three hyphens or more are no dash ('s---hole'): a whole word may end the masked one
    return tail not in function_words and (len(tail) <= 3 or mask[:3] == "---")


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


def resolve_masks(na: list, nb: list) -> tuple[list, list]:
    """The two word sequences the aligner compares, each masked word ('bull*' of 'bull----')
    read as the one word of the other rendering it stands for ('bullshit'), so that it aligns
    with it and the words around it keep their places; a mask that fits no word there, or
    several, stays as it is. Only for aligning: the renderings keep their own forms."""
    if "*" not in "".join(na) and "*" not in "".join(nb):
        return na, nb
    return _resolved(na, nb), _resolved(nb, na)


def _resolved(words: list, other: list) -> list:
    """``words`` with each whole masked word (no part of a split one: 'f*' '*ing') that fits
    exactly one distinct word of ``other`` replaced by it."""
    out = list(words)
    for k, w in enumerate(words):
        if "*" not in w or w.startswith("*") or w in other or \
                (k + 1 < len(words) and words[k + 1].startswith("*")):
            continue
        fits = {o for o in other if "*" not in o and masked_variants([w], [o])}
        if len(fits) == 1:
            out[k] = fits.pop()
    return out


# a mask inside a printed word: en/em dashes, two hyphens or more, underscores, asterisks
_INNER_MASK = re.compile(r"[\u2014\u2013_*]+|-{2,}")
# a single hyphen joining the parts of a compound (not part of a run of mask characters)
_JOIN = re.compile(r"(?<![\u2014\u2013_*-])-(?![\u2014\u2013_*-])")
_BRACKETS = "[]()"
_DASHES = re.compile(r"(?<=[^\W\d_])[\u2014\u2013]+")    # dashes right after a letter


@lru_cache(maxsize=1)
def _masked_words() -> tuple[frozenset, int, int]:
    data = load_data("meaning-words").get("masked_words", {})
    return (frozenset(fold_text(p) for p in data.get("placeholders", ())),
            int(data.get("max_head", 3)), int(data.get("max_tail", 4)))


def masked_spelling(x: str, y: str) -> bool:
    """Whether two printed stretches (``x`` and ``y`` as they stand in their documents) are
    one word, masked by one outlet's house style and printed in full (or masked) by the
    other: 'd\u2013n' / 'damn', 'h\u2013l-raiser' / 'hell-raiser', or a placeholder the outlet
    prints for the word ('[expletive]', 'expletive deleted') against any one word. The test
    reads the forms only (``[masked_words]`` of ``meaning-words.toml``); the region's
    canonical words lose an en dash inside a word, which a compound may carry too
    ('t\u2013shirt'), so only the other rendering's full word tells a mask apart."""
    placeholders, max_head, max_tail = _masked_words()
    fx, fy = (" ".join(fold_text(_DASHES.sub("*", s.strip().strip(_BRACKETS))).split())
              for s in (x, y))     # folding makes a dash a hyphen: read it as a mask first
    if not fx or not fy or fx == fy:
        return False
    for p, other in ((fx, fy), (fy, fx)):
        if p in placeholders and " " not in other and other not in placeholders and \
                any(c.isalpha() for c in other):
            return True
    if " " in fx or " " in fy:
        return False
    px, py = _JOIN.split(fx), _JOIN.split(fy)
    if len(px) != len(py):
        return False
    masked = 0
    for u, v in zip(px, py):
        if u == v:
            continue
        if _masks(u, v, max_head, max_tail) or _masks(v, u, max_head, max_tail):
            masked += 1
        else:
            return False
    return masked > 0


def _masks(m: str, full: str, max_head: int, max_tail: int) -> bool:
    """Whether ``m`` (folded) is ``full`` (folded letters) with one run of mask characters
    for at least one of its letters, after its first letters and before its last ones."""
    run = _INNER_MASK.search(m)
    if run is None or not full.isalpha() or _INNER_MASK.search(m, run.end()):
        return False
    head, tail = m[:run.start()], m[run.end():]
    if not head.isalpha() or len(head) > max_head or (tail and not tail.isalpha()) or \
            len(tail) > max_tail:
        return False
    return len(full) > len(head) + len(tail) and full.startswith(head) and full.endswith(tail)


def printed(words: list, text: str, i1: int, i2: int) -> str:
    """The document's own text from word ``i1`` to word ``i2 - 1`` (the masks between the
    words of a split token kept: 'b\u2013\u2013\u2013ds'); empty for an empty range."""
    return text[words[i1].start:words[i2 - 1].end] if i2 > i1 and text else ""
