"""Word lists of the framing rules: a rule option naming a data file of words, exceptions and
neutral alternatives (rules/data/<name>.toml, or a .txt list beside the rule)."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from quotecheck.errors import ConfigError

_DATA_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


def data_words(rule: Any, name: str, key: str) -> tuple[list[str], list[str], dict]:
    """Words, exceptions and neutral alternatives (per word, from ``alternative`` of a
    ``[[labels]]`` table) of a word-list file named by a rule option.

    A bare name is ``rules/data/<name>.toml`` (``words``, ``exceptions`` and ``[[labels]]``
    tables; a table's ``kinds`` maps a word to the nouns it classifies, each an exception with
    its plural: ``{racist = ["crime"]}`` excepts "racist crime" and "racist crimes"); a path
    (relative to the rule file) may also be a ``.txt`` list, one entry a line, ``#``
    comments, as the shared lexicons are.
    """
    from quotecheck.resources.ruledata import load_data, parse_toml, rules_root

    if _DATA_NAME.match(name):
        path = rules_root() / "data" / f"{name}.toml"
        if not path.is_file():
            raise ConfigError(f"{name!r}: no data file rules/data/{name}.toml", key=key)
        data = load_data(name)
    else:
        path = Path(name)
        if not path.is_absolute() and rule.path:
            path = Path(rule.path).parent / path
        if not path.is_file() or path.suffix not in (".toml", ".txt"):
            raise ConfigError(f"{name!r}: no .toml or .txt word list at {path}", key=key)
        if path.suffix == ".txt":
            try:
                lines = path.read_text(encoding="utf-8").splitlines()
            except (OSError, UnicodeDecodeError) as exc:
                raise ConfigError(f"cannot read {path}: {exc}", key=key) from None
            data = {"words": [ln.strip() for ln in lines
                              if ln.strip() and not ln.lstrip().startswith("#")]}
        else:
            data = parse_toml(path)
    words: list[str] = [str(w) for w in data.get("words", ())]
    exceptions: list[str] = [str(w) for w in data.get("exceptions", ())]
    alternatives: dict[str, str] = {}
    for entry in data.get("labels", ()):
        if not isinstance(entry, dict):
            continue
        more = [str(w) for w in entry.get("words", ())]
        words.extend(more)
        exceptions.extend(str(w) for w in entry.get("exceptions", ()))
        for word, heads in dict(entry.get("kinds", {})).items():
            exceptions.extend(f"{word} {form}" for head in heads
                              for form in _noun_forms(str(head)))
        if isinstance(entry.get("alternative"), str):
            alternatives.update((w.lower(), entry["alternative"]) for w in more)
    if not words:
        raise ConfigError(f"{path} has no words", key=key)
    return words, exceptions, alternatives


def _noun_forms(noun: str) -> tuple[str, ...]:
    """A noun and its regular plural (crime: crimes, abuse: abuses, slur: slurs; a
    mass noun's plural is never written, so it matches nothing)."""
    if noun.endswith(("s", "sh", "ch", "x", "z")):
        return noun, noun + "es"
    if len(noun) > 2 and noun.endswith("y") and noun[-2] not in "aeiou":
        return noun, noun[:-1] + "ies"
    return noun, noun + "s"
