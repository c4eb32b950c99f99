"""List the module-level patterns of ``quotecheck`` that ``re`` searches by trying every
character: no literal prefix and no first character class (a pattern opening with branches,
``\\b`` or a look-around). ``re`` skips in C to a pattern's first class or literal only; the
others are the candidates for a rewrite that opens with one class and matches the same
(speed26, tests/test_derivation_patterns.py). A pattern opening with a repeated class
(``\\w+``) is listed with --all; those are already scanned fast. A pattern only used with
``match``/``fullmatch`` (most ``^``-anchored ones) is never searched and costs nothing extra.

    python bench/regex_prefixes.py [--all]     # --all: also those that open with a repeat
"""
from __future__ import annotations

import importlib
import pkgutil
import re
import sys
try:                                    # Python 3.11+
    from re import _compiler, _parser
except ImportError:                     # Python 3.10: the same modules under their old names
    import sre_compile as _compiler     # type: ignore[no-redef]
    import sre_parse as _parser         # type: ignore[no-redef]

import quotecheck


def patterns() -> list:
    """``(module, name, pattern)`` of every compiled pattern held at module level."""
    seen: dict = {}
    for info in pkgutil.walk_packages(quotecheck.__path__, "quotecheck."):
        if info.name.endswith("__main__"):
            continue
        try:
            module = importlib.import_module(info.name)
        except Exception:   # an optional dependency of one module
            continue
        for key, value in vars(module).items():
            if isinstance(value, re.Pattern) and id(value) not in seen:
                seen[id(value)] = (info.name, key, value)
    return list(seen.values())


def main(argv=None) -> int:
    every = "--all" in (argv if argv is not None else sys.argv[1:])
    for module, key, pat in patterns():
        try:
            tree = _parser.parse(pat.pattern, pat.flags)
        except Exception:
            continue
        prefix = _compiler._get_literal_prefix(tree, pat.flags)[0]
        if prefix or _compiler._get_charset_prefix(tree, pat.flags) is not None:
            continue
        first = str(tree.data[0][0]) if tree.data else ""
        if not every and first in ("MAX_REPEAT", "MIN_REPEAT"):
            continue
        print(f"{module}.{key}\t{first}\t{pat.pattern[:90]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
