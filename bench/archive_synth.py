#!/usr/bin/env python3
"""Synthetic news archives with planted copies, translations and quotations, and their truth.

Many days at a fixed daily volume; stories and outlets with power-law sizes; in each story,
independent reports (each its own wording, the speakers' words quoted alike) and copy chains:
syndication (verbatim, credited by a dateline or a trailer, or not), rewrites (narration
reworded, paragraphs moved or dropped, quotations kept) and spun copies (a quotation with a
changed word, a dropped negation or a moved boundary). A foreign speaker's words reach
English outlets as independent translations: same meaning, different wording, shared names.
Unrelated filler articles fill each day. All text comes from the word lists below.

Output: one JSON Lines file per day in the archive input format (``id``, ``text``,
``outlet``, ``published``, ``url``, ``language``) and ``truth.json`` (ids only, plus each
planted quotation's words): the story of each article, derived copies with their source,
translations, and the documents of each quotation family. Deterministic for a seed.

Usage: ``python bench/archive_synth.py --days 30 --per-day 200 --seed 1 --out /tmp/arch``
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from archive_synth_words import (  # noqa: E402
    ADJS, BACKGROUND, DAYS, DETAILS, FACTS, FILLER, FOREIGN_LINES, HEADLINES, LANGUAGES,
    LEADS, NOUNS, PAPERS, QUOTES, REACTIONS, REWORD, ROLE_LINES, ROLES, SPIN, UTTERANCES,
    VERBED, VERBS, WIRES, Namer, vary, zipf_cumulative)


class Story:
    """One event: its facts, speakers, planted quotation families and articles so far."""

    def __init__(self, sid: str, gen: "Generator", size: int):
        rng, namer = gen.rng, gen.namer
        self.sid, self.size, self.articles = sid, size, []
        self.place = namer.place()
        nouns = rng.sample(NOUNS, 4)
        self.facts = {f"n{i}": w for i, w in enumerate(nouns)}
        self.facts.update(place=self.place, weekday=rng.choice(DAYS), year=rng.randint(1990, 2024),
                          money=f"{rng.randint(2, 900)} million euros", pct=rng.randint(2, 60),
                          count=f"{rng.randint(2, 99) * 1000 + rng.randint(1, 999):,}",
                          months=rng.randint(3, 48), small=rng.randint(2, 19))
        speaker = gen.newsmaker() if rng.random() < 0.25 else (namer.person(), rng.choice(ROLES))
        self.person, self.role = speaker[0], speaker[1].format(place=self.place)
        self.surname = self.person.split()[-1]
        self.facts.update(person=self.person, role=self.role, verb=rng.choice(VERBS),
                          adj=rng.choice(ADJS))
        verbed = VERBED[VERBS.index(self.facts["verb"])]
        self.facts.update(verbed=verbed, verbs=self.facts["verb"] + "s")
        self.foreign = size >= 3 and rng.random() < 0.2
        self.language = rng.choice(LANGUAGES) if self.foreign else None
        self.facts["language"] = self.language
        terms = gen.terms(8)
        self.facts.update({f"t{i}": t for i, t in enumerate(terms)}, T3=terms[3].capitalize())
        self.quotes = [gen.family(self, template)   # planted quotation families
                       for template in rng.sample(UTTERANCES if self.foreign else QUOTES, 2)]
        self.renderings: dict = {}   # family -> set of translation renderings used
        self.sentences: set = set()   # narration its independent reports used


class Generator:
    """Builds an archive day by day; ``truth`` collects the planted structure (ids only)."""

    def __init__(self, seed: int, per_day: int, outlets: int = 500, vocabulary: int = 20000):
        self.rng = random.Random(seed)
        self.namer = Namer(self.rng)
        self.per_day = per_day
        self.outlets = [f"The {self.namer.place()} {self.rng.choice(PAPERS)}"
                        for _ in range(outlets)]
        self.outlet_weights = zipf_cumulative(outlets, 1.1)
        self.newsmakers = [(self.namer.person(), self.rng.choice(ROLES)) for _ in range(40)]
        words = dict.fromkeys(self.namer.word(self.rng.choice((3, 4))).lower()
                              for _ in range(vocabulary))
        self.vocabulary = list(words)
        self.vocabulary_weights = zipf_cumulative(len(self.vocabulary), 1.0)
        self.newsmaker_weights = zipf_cumulative(len(self.newsmakers), 1.0)
        self.pending: dict = {}   # day -> [story, ...] articles still to publish that day
        self.truth = {"stories": {}, "filler": [], "derived": [], "translations": {},
                      "quotations": {}}
        self.stories = self.families = 0
        self.start = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)

    def terms(self, k: int) -> list:
        """``k`` different words of the power-law vocabulary (a story's own terms)."""
        out: list = []
        while len(out) < k:
            word = self.rng.choices(self.vocabulary, cum_weights=self.vocabulary_weights)[0]
            if word not in out:
                out.append(word)
        return out

    def newsmaker(self) -> tuple:
        return self.rng.choices(self.newsmakers, cum_weights=self.newsmaker_weights)[0]

    def outlet(self, avoid=()) -> str:
        for _ in range(8):
            name = self.rng.choices(self.outlets, cum_weights=self.outlet_weights)[0]
            if name not in avoid:
                return name
        return self.rng.choice(self.outlets)

    def family(self, story: Story, template) -> str:
        fid = f"q{self.families:06d}"
        self.families += 1
        self.truth["quotations"][fid] = {"speaker": story.person, "story": story.sid,
                                         "template": template, "documents": [], "text": None}
        if story.foreign:
            self.truth["translations"][fid] = []
        return fid

    # --- rendering -----------------------------------------------------------------------
    def quote_words(self, story: Story, fid: str, fresh: bool) -> str:
        """The words of family ``fid`` as an independent report renders them."""
        entry = self.truth["quotations"][fid]
        if not story.foreign:
            return entry["template"].format(**story.facts)
        used = story.renderings.setdefault(fid, set())
        for _ in range(20):
            choice = tuple(self.rng.randrange(len(slot)) for slot in entry["template"])
            if choice not in used or not fresh:
                break
        used.add(choice)
        return " ".join(slot[i] for slot, i in zip(entry["template"], choice)).format(
            **story.facts)

    def quote_paragraph(self, story: Story, words: str, marks: str, form: int) -> str:
        o, c = marks
        words = words[0].upper() + words[1:]
        if form == 0:
            return f"{o}{words},{c} {story.surname} said."
        if form == 1:
            return f"{story.surname} said: {o}{words}.{c}"
        if form == 2:
            return f"{o}{words},{c} said {story.person}, {story.role}."
        return f"{o}{words},{c} {story.surname} told reporters."

    def sentence(self, story: Story, templates: tuple) -> str:
        """A sentence no other independent report of ``story`` used (reporters share facts)."""
        for _ in range(30):
            text = vary(self.rng, self.rng.choice(templates), story.facts)
            if text not in story.sentences:
                break
        story.sentences.add(text)
        return text

    def original(self, story: Story) -> dict:
        """An independent report: its own sentences from the story's facts; quotations alike."""
        rng = self.rng
        paras = [("n", self.sentence(story, LEADS)),
                 ("n", self.sentence(story, FOREIGN_LINES if story.foreign else ROLE_LINES))]
        pool = [FACTS, BACKGROUND, REACTIONS, DETAILS, DETAILS, DETAILS]
        rng.shuffle(pool)
        for fid in story.quotes:
            paras.append(("q", fid, self.quote_words(story, fid, True), rng.randrange(4)))
            paras.append(("n", self.sentence(story, pool.pop())))
        paras.extend(("n", self.sentence(story, p)) for p in pool)
        headline = self.sentence(story, HEADLINES)
        return {"headline": headline[0].upper() + headline[1:], "paras": paras}

    def render(self, article: dict, story: Story, marks: str) -> str:
        out = [article["headline"]]
        for para in article["paras"]:
            if para[0] == "n":
                out.append(para[1])
            else:
                out.append(self.quote_paragraph(story, para[2], marks, para[3]))
        if article.get("dateline"):
            out[1] = article["dateline"] + out[1]
        out.extend(article.get("trailers", ()))
        return "\n\n".join(out)

    # --- copies --------------------------------------------------------------------------
    def reworded(self, article: dict, story: Story) -> dict:
        """A rewrite: narration reworded, a paragraph dropped, two moved; quotations kept."""
        rng = self.rng
        paras = []
        for para in article["paras"]:
            if para[0] == "n":
                words = [REWORD.get(w, w) if rng.random() < 0.8 else w for w in para[1].split(" ")]
                paras.append(("n", " ".join(words)))
            else:
                paras.append(para[:3] + (rng.randrange(4),) + para[4:])
        narration = [i for i, p in enumerate(paras) if p[0] == "n" and i > 1]
        if len(narration) >= 2:
            a, b = rng.sample(narration, 2)
            paras[a], paras[b] = paras[b], paras[a]
            if rng.random() < 0.5:
                del paras[max(a, b)]
        headline = self.sentence(story, HEADLINES)
        return {"headline": headline[0].upper() + headline[1:], "paras": paras}

    def spun(self, article: dict, story: Story) -> tuple:
        """A spun copy: a rewrite with one quotation changed; the kind of change."""
        out = self.reworded(article, story)
        quotes = [i for i, p in enumerate(out["paras"]) if p[0] == "q"]
        i = self.rng.choice(quotes)
        _, fid, words, form = out["paras"][i][:4]
        kind = self.rng.choice(("changed-words", "dropped-negation", "moved-boundary"))
        if kind == "dropped-negation" and " not " in words:
            out["paras"][i] = ("q", fid, words.replace(" not ", " ", 1), form)
        elif kind == "moved-boundary" and len(words.split()) > 6:
            head = words.split()
            out["paras"][i] = ("q", fid, " ".join(head[3:]), form, " ".join(head[:3]).lower())
        else:
            kind = "changed-words"
            tokens = words.split(" ")
            swaps = [j for j, w in enumerate(tokens) if w.lower().strip(",") in SPIN]
            j = self.rng.choice(swaps) if swaps else len(tokens) - 1
            word = tokens[j].strip(",")
            tokens[j] = tokens[j].replace(word, SPIN.get(word.lower(), "again"))
            out["paras"][i] = ("q", fid, " ".join(tokens), form)
        return out, kind

    def derive(self, story: Story, outlet: str) -> tuple:
        """A copy of an earlier article of ``story``: (article, marks, source, relation...)."""
        rng = self.rng
        earlier = story.articles
        wires = [a for a in earlier if a["outlet"] in WIRES]
        relation = rng.choices(("syndication", "rewrite", "spun"), (0.45, 0.35, 0.2))[0]
        if relation == "syndication" and wires and rng.random() < 0.7:
            source = rng.choice(wires)
        else:
            originals = [a for a in earlier if a["kind"] == "original"]
            source = rng.choice(originals if rng.random() < 0.7 else earlier)
        credited = rng.random() < {"syndication": 0.8, "rewrite": 0.5, "spun": 0.1}[relation]
        mutation = None
        if relation == "syndication":
            article = dict(source["struct"])
            marks = source["marks"]
            if credited and not article.get("dateline") and rng.random() < 0.5:
                article["dateline"] = f"{story.place.upper()} ({source['outlet']}) \u2013 "
            elif credited:
                article["trailers"] = article.get("trailers", ()) + (
                    f"This article was provided by {source['outlet']}.",)
        else:
            marks = self.house_marks(outlet)
            if relation == "rewrite":
                article = self.reworded(source["struct"], story)
            else:
                article, mutation = self.spun(source["struct"], story)
            if credited:
                article["trailers"] = (
                    f"Material from {source['outlet']} was used in this report.",)
        return article, marks, {"source": source["id"], "relation": relation,
                                "credited": credited, "mutation": mutation}

    def house_marks(self, outlet: str) -> str:
        """Each outlet's own quotation marks (house style, never a difference)."""
        return "\u201c\u201d" if sum(map(ord, outlet)) % 3 else '""'

    # --- days ----------------------------------------------------------------------------
    def article(self, story: Story, day: int, number: int) -> dict:
        rng = self.rng
        doc_id = f"d{day:04d}-{number:05d}"
        first = not story.articles
        originals = sum(a["kind"] == "original" for a in story.articles)
        # a translated quotation has 27 renderings: independent reports stop well before
        original = first or (rng.random() < (0.6 if story.foreign else 0.3)
                             and originals < (12 if story.foreign else 40))
        relation = None
        taken = {a["outlet"] for a in story.articles}
        if original:
            wire = rng.random() < 0.3 and len(taken & set(WIRES)) < len(WIRES)
            outlet = rng.choice([w for w in WIRES if w not in taken]) if wire else \
                self.outlet(taken)
            struct, marks = self.original(story), self.house_marks(outlet)
        else:
            outlet = self.outlet(taken)
            struct, marks, relation = self.derive(story, outlet)
        start = self.start + dt.timedelta(days=day)
        when = start + dt.timedelta(hours=rng.randint(6, 11), minutes=rng.randint(0, 59))
        if story.articles:
            when = max(when, story.last + dt.timedelta(minutes=rng.randint(2, 25)))
        if when >= start + dt.timedelta(hours=23, minutes=59):
            when = story.last + dt.timedelta(seconds=1)
        story.last = when
        record = {"id": doc_id, "outlet": outlet, "struct": struct, "marks": marks,
                  "kind": "original" if original else "copy"}
        story.articles.append(record)
        self.truth["stories"][doc_id] = story.sid
        if relation:
            self.truth["derived"].append({"derived": doc_id, **relation})
        for para in struct["paras"]:
            if para[0] == "q":
                entry = self.truth["quotations"][para[1]]
                if doc_id not in entry["documents"]:
                    entry["documents"].append(doc_id)
                entry["text"] = entry["text"] or para[2]
                if original and para[1] in self.truth["translations"]:
                    self.truth["translations"][para[1]].append(doc_id)
        slug = "".join(ch for ch in outlet.lower() if ch.isalnum())
        return {"id": doc_id, "text": self.render(struct, story, marks), "outlet": outlet,
                "published": when.isoformat(), "url": f"https://{slug}.example/"
                f"{when:%Y/%m/%d}/{story.sid}-{doc_id}", "language": "en"}

    def filler(self, day: int, number: int) -> dict:
        rng = self.rng
        doc_id = f"d{day:04d}-{number:05d}"
        facts = {f"n{i}": w for i, w in enumerate(rng.sample(NOUNS, 4))}
        facts.update(place=self.namer.place(), weekday=rng.choice(DAYS), small=rng.randint(2, 40),
                     months=rng.randint(2, 30), pct=rng.randint(1, 20))
        facts.update({f"t{i}": t for i, t in enumerate(self.terms(2))})
        lines = [vary(rng, t, facts) for t in rng.sample(FILLER, 4)]
        outlet = self.outlet()
        when = self.start + dt.timedelta(days=day, hours=rng.randint(0, 23),
                                         minutes=rng.randint(0, 59))
        sid = f"s{self.stories:06d}"
        self.stories += 1
        self.truth["stories"][doc_id] = sid
        self.truth["filler"].append(doc_id)
        return {"id": doc_id, "text": "\n\n".join(lines), "outlet": outlet,
                "published": when.isoformat(), "language": "en"}

    def day(self, day: int, days: int) -> list:
        """The ``per_day`` articles published on ``day`` (of ``days``), by publication time."""
        rng = self.rng
        slots = self.pending.pop(day, [])
        if len(slots) > self.per_day:   # a crowded day: the rest a day later
            self.pending.setdefault(day + 1, []).extend(slots[self.per_day:])
            slots = slots[:self.per_day]
        out = [self.article(story, day, n) for n, story in enumerate(slots)]
        cap = max(2, min(80, self.per_day // 2))
        while len(out) < self.per_day:
            budget = self.per_day - len(out)
            if rng.random() < 0.12:
                out.append(self.filler(day, len(out)))
                continue
            size = min(cap, int(rng.paretovariate(1.3)))
            today = min(budget, math.ceil(size * 0.6))
            later = size - today
            tomorrow = math.ceil(later * 0.7) if day + 1 < days else 0
            after = later - tomorrow if day + 2 < days else 0
            story = Story(f"s{self.stories:06d}", self, today + tomorrow + after)
            self.stories += 1
            self.pending.setdefault(day + 1, []).extend([story] * tomorrow)
            self.pending.setdefault(day + 2, []).extend([story] * after)
            out.extend([self.article(story, day, len(out) + i) for i in range(today)])
        return sorted(out, key=lambda a: (a["published"], a["id"]))

    def finished_truth(self, seed: int, days: int) -> dict:
        quotations = [{"family": fid, "speaker": q["speaker"], "story": q["story"],
                       "text": q["text"], "translated": fid in self.truth["translations"],
                       "documents": q["documents"]}
                      for fid, q in self.truth["quotations"].items() if q["documents"]]
        translations = [{"family": fid, "documents": ids}
                        for fid, ids in self.truth["translations"].items() if len(ids) >= 2]
        return {"format": 1, "seed": seed, "days": days, "per_day": self.per_day,
                "articles": len(self.truth["stories"]), "story_of": self.truth["stories"],
                "filler": self.truth["filler"], "derived": self.truth["derived"],
                "translations": translations, "quotations": quotations}


def generate(days: int, per_day: int, seed: int = 1, outlets: int = 500):
    """Yields (day, articles) for each day, then (None, truth)."""
    gen = Generator(seed, per_day, outlets)
    for day in range(days):
        yield day, gen.day(day, days)
    yield None, gen.finished_truth(seed, days)


def write_archive(out: Path, days: int, per_day: int, seed: int = 1, outlets: int = 500) -> dict:
    """Writes ``day-NNNN.jsonl`` per day and ``truth.json`` into ``out``; the truth."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    for day, articles in generate(days, per_day, seed, outlets):
        if day is None:
            (out / "truth.json").write_text(json.dumps(articles, indent=1) + "\n",
                                            encoding="utf-8")
            return articles
        with open(out / f"day-{day:04d}.jsonl", "w", encoding="utf-8") as fh:
            for article in articles:
                fh.write(json.dumps(article, ensure_ascii=False) + "\n")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--per-day", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--outlets", type=int, default=500)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    truth = write_archive(args.out, args.days, args.per_day, args.seed, args.outlets)
    print(f"{truth['articles']} articles over {args.days} days in {args.out}: "
          f"{len(truth['derived'])} derived copies, {len(truth['translations'])} translated "
          f"quotations, {len(truth['quotations'])} quotation families, "
          f"{len(truth['filler'])} filler articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
