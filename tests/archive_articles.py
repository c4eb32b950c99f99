"""A small deterministic multi-day article set for the archive tests (JSON Lines records).

Each story (from :mod:`provenance_synth`) brings a wire report and its credited syndicated
copy on its first day, an independent report the same day and, the next day, an uncredited
spun rewrite of the independent report whose quotation has a changed word. One unrelated
article a day (a story of its own vocabulary, alone) fills the days.
"""
from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path

from provenance_synth import localise, story_set

START = _dt.date(2026, 3, 1)


def articles(days: int = 30, every: int = 3) -> list:
    """Article records over ``days`` days; a story starts every ``every`` days."""
    out = []
    for n in range(days):
        day = START + _dt.timedelta(days=n)
        if n % every == 0 and n + 1 < days:
            seed = 100 + n
            docs = story_set(seed, prefix=f"s{n:02d}-")
            nxt = day + _dt.timedelta(days=1)
            for role, when in (("wire", f"{day}T08:00:00Z"), ("syndicated", f"{day}T11:30:00Z"),
                               ("independent", f"{day}T09:15:00Z"),
                               ("spun", f"{nxt}T06:00:00Z")):
                doc = docs[role]
                text = doc.text
                if role == "spun":   # the rewrite changes a word of the quotation
                    text = text.replace(localise("ruin", seed), "wreck")
                out.append({"id": doc.id, "text": text,
                            "outlet": doc.meta.outlet or "Copy Site", "published": when,
                            "url": f"https://example.test/{doc.id}"})
        lone = story_set(900 + n, prefix=f"lone{n:02d}-")["independent"]
        out.append({"id": lone.id, "text": lone.text, "outlet": "Local Gazette",
                    "published": f"{day}T15:00:00Z"})
    return out


def write_days(folder: Path, records: list) -> list:
    """One JSON Lines file per day (sorted by day); returns their paths."""
    by_day: dict = {}
    for r in records:
        by_day.setdefault(r["published"][:10], []).append(r)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for day in sorted(by_day):
        p = folder / f"{day}.jsonl"
        p.write_text("".join(json.dumps(r) + "\n" for r in by_day[day]), encoding="utf-8")
        paths.append(p)
    return paths


def write_all(path: Path, records: list) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path
