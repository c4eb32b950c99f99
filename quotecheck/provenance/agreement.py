"""Whether a noun's grammatical number agrees with the words around it (QC206 in one outlet's
own versions).

A number flip between two outlets' renderings changes who did what ("the leader" / "the
leaders") and is reported as it is. Between one outlet's own versions of a story (a later
update, a rewrite of its own copy) the change is the outlet's own editing: an update that
now counts more boats ("a patrol boat reached" / "patrol boats have reached"), an
abstract noun's number ("their struggles against" / "their struggle against"), a grammar fix
("the others accused" / "the other accused"). There the flip is a text error only when the
new number breaks agreement with a word around it: a singular determiner before a plural
("a third rescue workers"), a plural one before a singular, or an auxiliary right after
that takes the other number ("workers was"). Word lists: ``rules/data/provenance.toml``
``[integrity.agreement]``.
"""
from __future__ import annotations

from functools import lru_cache

from quotecheck.resources.ruledata import load_data


@lru_cache(maxsize=1)
def _words() -> dict:
    data = load_data("provenance")["integrity"].get("agreement", {})
    return {key: frozenset(data.get(key, ())) for key in (
        "singular_determiners", "plural_determiners", "other_determiners",
        "singular_auxiliaries", "plural_auxiliaries")}


def disagrees(words: list, k: int, plural: bool, reach: int = 3) -> bool:
    """Whether the noun ``words[k]`` (folded words ``(word, start, end)`` of one sentence),
    read as ``plural`` or singular, disagrees with its determiner (the first determiner within
    ``reach`` words before it, modifiers between) or with an auxiliary right after it."""
    w = _words()
    for j in range(k - 1, max(-1, k - 1 - reach), -1):
        word = words[j][0]
        if word in w["singular_determiners"]:
            if plural:
                return True
            break
        if word in w["plural_determiners"]:
            if not plural:
                return True
            break
        if word in w["other_determiners"]:
            break
    after = words[k + 1][0] if k + 1 < len(words) else ""
    return after in (w["singular_auxiliaries"] if plural else w["plural_auxiliaries"])
