"""The whole-run cache of ``check``: an identical earlier run's output, replayed only when verified.

A run entry is JSON data signed with the user's key and bound to the run key (options,
configuration, every input file's bytes, the code and rule files' contents); it also lists
the files the run read that the key cannot name in advance (word lists that rules load with
``words_from``, the module files of entry-point plugins) with their content hashes, checked
again before a replay. Only exit statuses 0, 1 and 2 ever come out of a replay.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Optional

REPLAYABLE = (0, 1, 2)
_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_-")  # a bare name of a shipped
# word list, rules/data/<name>.toml (no regular expression: a replay compiles none)


class Tee:
    """A stream that also keeps what was written (to replay a cached run)."""

    def __init__(self, stream):
        self.stream = stream
        self.parts: list = []

    def write(self, text: str) -> int:
        self.parts.append(text)
        return self.stream.write(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        try:
            return bool(self.stream.isatty())
        except (AttributeError, ValueError):
            return False

    def getvalue(self) -> str:
        return "".join(self.parts)


def refused_roots(app, groups) -> set:
    """Cache folders that must not be used (links, or not made by quotecheck), each told
    once on stderr; the run goes on without them."""
    from quotecheck.cache import refusal

    out: set = set()
    if app.option("no_cache"):
        return out
    for cfg, _paths in groups:
        root = cfg.cache_dir
        if root in out:
            continue
        why = refusal(root)
        if why:
            out.add(root)
            app.warn(f"{root}: {why}; running without the cache")
    return out


def run_cache(app, groups, refused: set):
    """(cache, key) of this whole run, or (None, None) when results must not be reused."""
    if app.option("no_cache") or app.option("write_baseline"):
        return None, None
    if groups[0][0].cache_dir in refused:
        return None, None
    from quotecheck.cache import Cache, run_key

    o = app.options
    inputs: list = []
    for cfg, paths in groups:
        inputs += [*paths, *cfg.sources, *cfg.plugins_dir, *cfg.rules]
        inputs += [str(cfg.path)] if cfg.path else []
    if o.baseline:
        inputs.append(o.baseline)
    from quotecheck.commands.stdin import STDIN, stdin_key

    tty = Tee(app.stdout).isatty()
    key = run_key(sorted(f"{k}={v!r}" for k, v in vars(o).items()),
                  [i for i in inputs if i != STDIN], None,
                  extra=[f"tty={tty}", *stdin_key(app, o.paths)])
    return Cache(groups[0][0].cache_dir, "runs"), key


def entry_to_plain(stdout: str, stderr: str, output: Optional[str], code: int,
                   inputs: list) -> dict:
    """A run's result as the JSON data the cache stores."""
    from quotecheck.resources.signature import file_digest

    deps = sorted({str(p) for p in inputs})
    return {"stdout": stdout, "stderr": stderr, "output": output, "code": code,
            "inputs": [[p, file_digest(p)] for p in deps]}


def entry_from_plain(raw: Any) -> dict:
    """A stored run entry, if it has the expected shape, an exit status of 0, 1 or 2 and
    every recorded input still has the content it had; else ``ValueError`` (a miss)."""
    from quotecheck.resources.signature import file_digest

    ok = (type(raw) is dict and type(raw.get("stdout")) is str
          and type(raw.get("stderr")) is str and type(raw.get("output")) in (str, type(None))
          and type(raw.get("code")) is int and raw["code"] in REPLAYABLE
          and type(raw.get("inputs")) is list)
    if not ok:
        raise ValueError("not a run entry")
    for dep in raw["inputs"]:
        if not (type(dep) is list and len(dep) == 2 and all(type(d) is str for d in dep)):
            raise ValueError("not a run entry")
        if file_digest(dep[0]) != dep[1]:
            raise ValueError("an input changed")
    return raw


def replay(app, entry: dict) -> int:
    """Write a verified entry's output and return its exit status."""
    if app.option("output") and entry["output"] is not None:
        Path(app.option("output")).write_text(entry["output"], encoding="utf-8")
    app.stdout.write(entry["stdout"])
    app.stdout.flush()
    app.stderr.write(entry["stderr"])
    code = entry["code"]
    return code if code in REPLAYABLE else 2


def run_inputs(ruleset: Any, pm: Any) -> list:
    """Files that can change this run's result but are not named by its options: word lists
    that rules load (``*_from`` options), rule files from plugins, and the module files of
    entry-point plugins (all of their package's modules)."""
    from quotecheck.resources.ruledata import rules_root

    shipped = str(rules_root().resolve()) + os.sep
    out: set = set()
    for rule in ruleset.all() if ruleset is not None else ():
        base = Path(rule.path).parent if rule.path else Path.cwd()
        if rule.path and not str(Path(rule.path).resolve()).startswith(shipped):
            out.add(str(Path(rule.path).resolve()))
        for name, value in (getattr(rule, "options", None) or {}).items():
            if name.endswith("_from") and isinstance(value, str) and value:
                if set(value) <= _NAME_CHARS and value[0] not in "_-":
                    continue  # rules/data/<name>.toml: in the salt with the shipped rules
                path = Path(value) if Path(value).is_absolute() else base / value
                out.add(str(path.resolve()))
    for info in getattr(pm, "infos", {}).values():
        if getattr(info, "origin", "") == "entry-point":
            out.update(_module_files(str(info.location).split(":")[0]))
    return sorted(out)


def _module_files(modname: str) -> list:
    """The source files of a loaded module's top-level package (or the module itself)."""
    top = sys.modules.get(modname.split(".")[0])
    path = getattr(top, "__file__", None)
    if not path:
        return []
    path = os.path.abspath(path)
    if os.path.basename(path) != "__init__.py":
        return [path]
    out = []
    for folder, dirs, files in os.walk(os.path.dirname(path)):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
        out += [os.path.join(folder, f) for f in sorted(files) if f.endswith(".py")]
    return out
