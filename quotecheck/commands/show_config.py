"""``quotecheck show-config``: the resolved settings for a path and where each came from."""
from __future__ import annotations

import json
from pathlib import Path


def render(cfg) -> str:
    """One ``key = value  # origin`` line per setting, TOML-like so it can be pasted back."""
    from quotecheck.config import KEYS

    lines = [f"# configuration file: {cfg.path or '(none: defaults)'}"]
    for key in KEYS:
        value = cfg.value(key)
        if key in ("per-file-ignores", "severity"):  # TOML inline tables
            shown = "{" + ", ".join(f"{json.dumps(g)} = {json.dumps(c)}"
                                    for g, c in value.items()) + "}"
        else:
            shown = json.dumps(value)
        lines.append(f"{key} = {shown}  # {cfg.origins.get(key, 'default')}")
    lines.append(f"# cache: {cfg.cache_dir}")
    return "\n".join(lines) + "\n"


def run(app) -> int:
    """Print the resolved configuration for each path given (default: the working folder)."""
    from quotecheck.config import load_config

    paths = app.option("paths") or ["."]
    status = 0
    for i, p in enumerate(paths):
        cfg = load_config(Path(p), explicit=app.option("config"))
        for warning in cfg.warnings:
            app.warn(warning)
        if len(paths) > 1:
            app.stdout.write(("\n" if i else "") + f"# for {p}\n")
        app.stdout.write(render(cfg))
    return status
