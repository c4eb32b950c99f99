"""speed35: ``orthography.canonical`` returns a word of letters alone (most words) from the
number words and the spelling map without the figure, initials and hyphen tests: the same
forms as the full chain of tests, on random words of letters, digits and marks."""
from __future__ import annotations

import random

from quotecheck.align import orthography as O


def _full_chain(fold: str) -> str:
    """canonical's tests in their order before speed35 (no shortcut for letters)."""
    value = O.number_words().get(fold)
    if value is not None:
        return value
    if O._NUMBER.match(fold):
        return fold.replace(",", "")
    if O._DECIMAL_COMMA.match(fold):
        return fold.replace(",", ".")
    if O._DOTTED.match(fold):
        return fold.replace(".", "")
    if fold[:1].isdigit():
        return fold
    if "-" in fold:
        figure = O.compound_number(fold)
        if figure is not None:
            return figure
        return "".join(O.canonical(part) for part in fold.split("-") if part)
    if fold.endswith("'s") and len(fold) > 2:
        return O.canonical(fold[:-2]) + "'s"
    return O.spelling_map().get(fold, fold) if not fold.isascii() or fold.isalpha() else fold


def test_canonical_same_as_full_chain():
    rng = random.Random(35)
    letters = "abcdefghijklmnopqrstuvwxyz\u00e9\u00df\u0131"
    marks = letters + "0123456789.,-'\u0663"
    known = list(O.spelling_map())[:2000] + list(O.number_words())
    words = known + ["".join(rng.choice(letters) for _ in range(rng.randint(1, 10)))
                     for _ in range(3000)]
    words += ["".join(rng.choice(marks) for _ in range(rng.randint(1, 10))) for _ in range(3000)]
    words += ["colour", "organise", "one", "twenty-one", "u.s.", "1,000", "5,5", "x\u00b2", ""]
    for w in words:
        O.canonical.cache_clear()
        assert O.canonical(w) == _full_chain(w), w
