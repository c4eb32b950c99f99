"""Shared helper of the load-stage furniture tests: the kind of each block of a text."""
from quotecheck.load.furniture import classify


def block_kinds(text: str) -> dict:
    """Block text -> kind (headline, body, related, chrome ...) for every non-blank block."""
    return {text[s:e]: k for s, e, k in classify(text)}
