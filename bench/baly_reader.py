"""Reader of the AllSides full-article corpus of Baly et al. (EMNLP 2020) for ``realnews_layout``.

github.com/ramybaly/Article-Bias-Prediction keeps 37,554 articles that AllSides' roundups and
story pages linked (2012 to mid-2020), one JSON object per file in ``data/jsons``: ``ID``,
``topic`` (AllSides' topic slug), ``source`` (outlet name), ``url``, ``date`` (``yyyy-mm-dd``),
``title``, ``content_original`` (the full article as newspaper3k returned it, paragraphs on
their own lines) and ``bias_text`` (left, center, right: AllSides' rating of the outlet).
The corpus keeps no story id. Articles that AllSides grouped as one story share their topic
and, mostly, their day, so a story here is one (date, topic) group: ``min_outlets`` keeps only
groups with articles of at least that many outlets (a group with one outlet cannot show reuse
between outlets). Kept in a module of its own: ``corpus_readers`` is near its line limit.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

from corpus_readers import domain, headed_paragraphs

DATE = re.compile(r"\d{4}-\d\d-\d\d$")


def date_range(spec: str) -> tuple[str, str]:
    """``2020-07-01:2020-07-15`` -> the two ISO dates (both kept); one date is a one-day range.
    Raises ValueError for anything else."""
    parts = [p.strip() for p in spec.split(":")]
    if len(parts) == 1:
        parts = parts * 2
    if len(parts) != 2 or not all(DATE.match(p) for p in parts) or parts[0] > parts[1]:
        raise ValueError(f"not a date range yyyy-mm-dd:yyyy-mm-dd: {spec!r}")
    return parts[0], parts[1]


def baly_rows(root: Path, dates: tuple[str, str], min_outlets: int = 2):
    """Rows (id ``b<yyyymmdd>-<topic>-<l|c|r><ID>``, publisher, url, published, text) of the
    ``*.json`` articles under ``root`` dated within ``dates`` (inclusive), sorted by story then
    id; only (date, topic) groups with articles of ``min_outlets`` or more outlets. The
    publisher is the URL's domain (else the outlet name as given); the headline leads unless
    the article opens with it, then one paragraph per line. A file that is no article object
    raises ValueError naming it."""
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for path in sorted(root.glob("*.json")):
        try:
            art = json.loads(path.read_text(encoding="utf-8"))
            day, topic = str(art.get("date") or ""), str(art.get("topic") or "")
        except (json.JSONDecodeError, AttributeError):
            raise ValueError(f"{path}: not a JSON article object") from None
        if DATE.match(day) and dates[0] <= day <= dates[1]:
            groups[(day, topic)].append(art)
    for (day, topic), arts in sorted(groups.items()):
        if len({(a.get("source") or a.get("url") or "").strip() for a in arts}) < min_outlets:
            continue
        slug = re.sub(r"[^a-z0-9]+", "-", topic.lower()).strip("-")[:24] or "topic"
        for art in sorted(arts, key=lambda a: str(a.get("ID") or "")):
            title = (art.get("title") or "").strip()
            url = (art.get("url") or "").strip()
            lean = (art.get("bias_text") or "x").strip()[:1].lower() or "x"
            yield {"id": f"b{day.replace('-', '')}-{slug}-{lean}{str(art.get('ID') or '')[:6]}",
                   "publisher": domain(url) or (art.get("source") or "").strip(),
                   "url": url, "published": day,
                   "text": headed_paragraphs(title, art.get("content_original") or "")}
