"""What a figure counts: the head noun phrase after it, or the noun a percentage or an amount
is of ("reservoirs at 26%", "offer of 3.5%"), with unit, currency, event and year.

Used by :mod:`quotecheck.provenance.figures`. Word lists are
``rules/data/provenance.toml [figures]``.
A referent is a readable key: key modifiers + head (class or singular lemma) + event + unit +
year, e.g. ``"people killed"``, ``"member"``, ``"monthly inflation %"``,
``"people killed (2023)"``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from quotecheck.provenance.derivation import fold_word, settings   # kept folds (pure)
from quotecheck.resources.regexprefilter import guard
from quotecheck.resources.ruledata import load_data, number_words

_PERCENT = re.compile(r"\s?(?:%|per ?cent\b|percent\b)(\s+points?\b|age points?\b)?", re.I)
_CURRENCY_SIGN = re.compile(r"(US\$|[A-Z]{1,3}\$|[$\u20ac\u00a3\u00a5\u20b9\u20bd])\s?$")
_PUNCT = re.compile(r"[^\s\u201c\u201d\u2018\u2019\"'$\u20ac\u00a3\u00a5]")
YEAR = re.compile(r"(?:19|20)(?<![\w.,]\d\d)\d\d(?![\w]|[.,]\d)")   # looked back from the "19"


@lru_cache(maxsize=1)
def lexicon() -> dict:
    """The ``[figures]`` word lists as sets and maps."""
    fig = load_data("provenance")["figures"]
    wl = fig.get("words", {})
    classes = {w: cls for cls, words in fig["referents"].items() for w in words}
    return {
        "classes": classes,
        "events": {w: ev for ev, words in fig["events"].items() for w in words},
        "aliases": dict(fig.get("aliases", {})),
        "collective": frozenset(wl.get("collective_nouns", ())),
        "link": frozenset(wl.get("link_words", ())),
        "not_heads": frozenset(wl.get("not_heads", ())),
        "durations": frozenset(wl.get("duration_units", ())),
        "stop_verbs": frozenset(wl.get("stop_verbs", ())),
        "key_modifiers": frozenset(wl.get("key_modifiers", ())),
        "multipliers": {k: float(v) for k, v in wl.get("multipliers", {}).items()},
        "currencies": {w: cur for cur, words in wl.get("currencies", {}).items() for w in words},
        "signs": dict(wl.get("currency_signs", {})),
        "months": frozenset(wl.get("months", ())),
        "lengths": frozenset(wl.get("length_units", ())),
        "approx_words": frozenset(w for a in fig["approximators"] for w in a.split()),
        "aux": frozenset(load_data("provenance")["integrity"]["auxiliaries"]) | {"been", "being"},
        "stop": settings()["stopwords"],
    }


def _content(word: str, lx: dict, link: bool = True) -> bool:
    f = fold_word(word)
    return (f.isalpha() and f not in lx["stop"] and not (link and f in lx["link"])
            and f not in lx["not_heads"] and not f.endswith("ly") and len(f) > 1)


def _plural(word: str, lx: dict) -> bool:
    f = fold_word(word)
    return f in lx["collective"] or f in lx["classes"] or (
        f.endswith("s") and not f.endswith("ss") and len(f) > 3)


def countable(word: str, lx: dict) -> bool:
    """A noun a count can be of: plural, collective, a referent class or an alias ("toll")."""
    f = fold_word(word)
    return _plural(word, lx) or f in lx["aliases"]


def identifier(words: list, idx: int) -> bool:
    """A number right after a capitalised word inside a sentence names, not counts
    ("Article 4", "Flight 370")."""
    return idx > 1 and words[idx - 1][0][:1].isupper()


def unit_after(text: str, end: int) -> tuple[str, int]:
    """``("%", end)`` or ``("points", end)`` for a percentage written after a number, else
    ``("", end)``."""
    m = _PERCENT.match(text, end)
    if not m:
        return "", end
    return ("points" if m.group(1) else "%"), m.end()


def currency_before(text: str, start: int, lx: dict) -> Optional[str]:
    m = _CURRENCY_SIGN.search(text, max(0, start - 4), start)
    return lx["signs"].get(m.group(1), m.group(1)) if m else None


def head_after(words: list, k: int, lx: dict, text: str = "", pos: int = -1
               ) -> tuple[Optional[str], list, int]:
    """Head noun of the phrase starting at word ``k``: the first plural or collective noun of
    a run of up to three content words, else the run's last word; with the words before it.
    With ``text`` and ``pos`` (the figure's end), punctuation in between ends the phrase."""
    run: list = []
    j = k
    while j < len(words) and len(run) < 3:
        w = words[j][0]
        if text and text[pos if j == k else words[j - 1][2]:words[j][1]].strip():
            break
        if fold_word(w) in lx["key_modifiers"] and j + 1 < len(words):
            run.append((w, j))   # "annual", "monthly": kept as a modifier
            j += 1
            continue
        f = fold_word(w)
        if not _content(w, lx, link=False) or (f.endswith("ed") and f not in lx["collective"]):
            break
        run.append((w, j))
        if _plural(w, lx):
            break
        j += 1
    if not run or fold_word(run[-1][0]) in lx["key_modifiers"]:
        return None, [], k
    head, hj = run[-1]
    return head, [w for w, _ in run[:-1]], hj


def head_before(words: list, k: int, lx: dict, text: str = "") -> tuple[Optional[str], list]:
    """The noun a figure is of when nothing follows it: "reservoirs at 26%", "offer of 3.5%",
    "inflation slowed to 2.1%", "“terrorists” who number as many as 20,000". With ``text``,
    punctuation other than quote marks ends the search ("Flores volcano: 12,000 ordered out")."""
    j = k - 1
    skipped = 0
    while j >= 0 and skipped < 6:
        if text and _PUNCT.search(text, words[j][2], words[j + 1][1]):
            return None, []
        f = fold_word(words[j][0])
        if f in lx["stop_verbs"]:
            return None, []
        if f in lx["approx_words"] or f in lx["link"] or f in lx["aux"]:
            j -= 1
            skipped += 1
            continue
        break
    if j >= 0 and fold_word(words[j][0]) in lx["events"]:
        return words[j][0], []   # "kills 11", "killed at least 11": the caller reads the event
    if j < 0 or not _content(words[j][0], lx) or fold_word(words[j][0]).endswith("ed"):
        return None, []
    if text and _PUNCT.search(text, words[j][2], words[j + 1][1]):
        return None, []
    j = _phrase_head(words, j, lx, text)
    mods = [words[j - 1][0]] if j > 0 and (_content(words[j - 1][0], lx) or fold_word(
        words[j - 1][0]) in lx["key_modifiers"]) else []
    return words[j][0], mods


_BETWEEN = frozenset(("not", "who", "that", "which", "had", "have", "reportedly", "still",
                      "remain", "remained", "remains", "feared", "believed", "later"))
_PREPS = frozenset(("of", "in", "across", "around", "throughout", "for", "at", "on"))
_DETS = frozenset(("the", "a", "an", "its", "their", "his", "her", "our"))


def _phrase_head(words: list, j: int, lx: dict, text: str) -> int:
    """The leftmost plural noun of a chain of prepositional phrases ending at word ``j``:
    "reservoirs in the internal basins of Catalonia were at 16%" -> reservoirs."""
    best, seen_prep, i = j, False, j - 1
    while i >= 0 and j - i <= 8:
        if text and _PUNCT.search(text, words[i][2], words[i + 1][1]):
            break
        f = fold_word(words[i][0])
        if f in _PREPS:
            seen_prep = True
        elif f in _DETS or f in lx["key_modifiers"]:
            pass
        elif _content(words[i][0], lx) and not f.endswith("ed"):
            if seen_prep and _plural(words[i][0], lx):
                best, seen_prep = i, False
        else:
            break
        i -= 1
    return best


def event_of(words: list, k: int, hj: int, lx: dict, text: str = "") -> Optional[str]:
    """What happened to the counted: an event word right before the figure ("killing at least
    11 people") or the first word after its head past auxiliaries and adverbs ("people have
    been arrested", "people died"); punctuation in between ends the search."""
    events = lx["events"]
    j = k - 1
    while j >= 0 and fold_word(words[j][0]) in lx["approx_words"]:
        j -= 1
    if j >= 0 and fold_word(words[j][0]) in events:
        return events[fold_word(words[j][0])]
    for i in range(hj + 1, min(len(words), hj + 5)):
        if text and _PUNCT.search(text, words[i - 1][2], words[i][1]):
            break
        f = fold_word(words[i][0])
        if f in events:
            return events[f]
        if f not in lx["aux"] and not f.endswith("ly") and f not in _BETWEEN:
            break
    return None


def _singular(word: str) -> str:
    """A readable singular: members -> member, ferries -> ferry, taxes -> tax."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("ches", "shes", "xes", "sses", "oes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def referent_key(head: str, mods: list, event: Optional[str], unit: str,
                 year: Optional[str], lx: dict, also: Optional[str] = None) -> str:
    """The readable key figures are matched on: key modifiers, head class or lemma (and a
    coordinated second head, ``also``: "house and building"), event, unit and year
    qualifier."""
    f = fold_word(head)
    alias = lx["aliases"].get(f)
    if alias:
        base = alias
    else:
        base = lx["classes"].get(f) or _singular(f)
        if also and also != base:
            base = f"{base} and {also}"
        if event and base == "people":
            base = f"people {event}"
        elif event:
            base = f"{base} {event}"
    keep = [fold_word(m) for m in mods if fold_word(m) in lx["key_modifiers"]]
    key = " ".join(keep + [base])
    if unit:
        key += f" {unit}"
    if year:
        key += f" ({year})"
    return key


def year_in(text: str, s: int, e: int, skip: tuple) -> Optional[str]:
    """A year the sentence qualifies its figures with ("since 2023, when…", "a 2023 toll")."""
    for m in YEAR.finditer(text, s, e):
        if (m.start(), m.end()) != skip:
            return m.group()
    return None


_NUMBER_WORD = re.compile(r"\b[a-z]+\b")
_WORD_AFTER = re.compile(r"\s+([A-Za-z]+)")
# what may stand between two parts of one total: "109 people on board and four on the ground"
_PARTS_JOIN = re.compile(r"[^.;:()\d]{0,60}\b(?:and|plus)\b[^.;:()\d]{0,12}")


@lru_cache(maxsize=1)
def _number_words() -> dict:
    """Number words read as their value: the cardinals of the shared number table
    (``meaning-words.toml [number_words]``)."""
    return {w: float(v) for w, v in number_words().items() if v.isdigit()}


def stated_values(text: str, start: int, end: int, stext: str, number: "re.Pattern"
                  ) -> frozenset:
    """Every number a sentence states in figures or number words (scaled too when a scale word
    follows it), and the total of two parts it gives side by side ("all 109 on board and four
    on the ground": 113), which no other report of that total contradicts. Parts are two numbers, in figures or words, joined by "and" or "plus" with no
    more than a short phrase between them (not any two numbers of the sentence: "two suspects
    ... the murders of 10" are no parts of 12). ``number`` finds the figures."""
    nums = [(n.start(), n.end(), float(n.group().replace(",", "")))
            for n in number.finditer(text, start, end)]
    words = _number_words()
    low = stext.lower()
    nums += [(start + w.start(), start + w.end(), words[w.group()])
             for w in _NUMBER_WORD.finditer(low) if w.group() in words]
    # a number written as a word is stated too: "10 kilometers (six miles)" in one copy and
    # "(6 miles)" in the other are one figure, not "6" against the sentence's other miles
    values = {v for _, _, v in nums}
    # and its value with a scale word after it ("4 million" states 4,000,000, as figures read)
    scale = lexicon()["multipliers"]
    for _, e0, v in nums:
        w = _WORD_AFTER.match(text, e0, end)
        if w and fold_word(w.group(1)) in scale:
            values.add(v * scale[fold_word(w.group(1))])
    nums.sort()
    for (_, e1, x), (s2, _, y) in zip(nums, nums[1:]):
        if _PARTS_JOIN.fullmatch(text, e1, s2):
            values.add(x + y)
    return frozenset(values)


# "..., said national disaster agency spokesman Tomas Reyes.": the source named after the verb
_SAID_BY = re.compile(r",\s*(?:said|says|according to)\s+((?:[\w'\u2019.-]+\s+){0,7}"
                      r"[A-Z][\w'\u2019-]+)\W*$")
_NOT_NAMES = frozenset(("the", "he", "she", "they", "it", "we", "i", "you", "a", "an", "his",
                        "her", "their", "its", "officials", "police"))


_SOURCE = guard(re.compile(r"according to (?:the )?([^,.;\u201c\"]{3,60})|"
                           r"((?:[Tt]he )?(?:[\w'\u2019-]+ ){0,2}[\w'\u2019-]+)\s+(?:said|say|says|"
                           r"reported|estimated|announced)\b"))


def stated_source(text: str) -> Optional[str]:
    """Who a figure's sentence says gave it: "according to X", "X said", or a closing source."""
    m = _SOURCE.search(text)
    if not m:
        return source_after(text)
    name = (m.group(1) or m.group(2) or "").strip()
    return name or source_after(text)


def source_after(stext: str) -> Optional[str]:
    """The source a sentence names after its closing speech verb ("..., said agency official
    Fauzi."), which the ``X said`` pattern does not see; None when there is none."""
    m = _SAID_BY.search(stext)
    return m.group(1) if m else None


def source_names(source: Optional[str]) -> frozenset:
    """The capitalised words of a stated source that name someone ("Sutopo Purwo Nugroho",
    "the US Geological Survey" -> US, Geological, Survey), pronouns and articles left out."""
    if not source:
        return frozenset()
    return frozenset(w for w in re.findall(r"[A-Z][\w'\u2019-]*", source)
                     if w.lower() not in _NOT_NAMES)


def coordinated_head(words: list, hj: int, lx: dict, text: str = "") -> Optional[str]:
    """A second counted noun joined to the head by "and"/"or" ("1,500 houses and buildings"):
    the figure counts both, another referent than houses alone. None when there is none."""
    if hj + 2 >= len(words) or fold_word(words[hj + 1][0]) not in ("and", "or"):
        return None
    if text and (text[words[hj][2]:words[hj + 1][1]].strip()
                 or text[words[hj + 1][2]:words[hj + 2][1]].strip()):
        return None   # "houses, and ...": punctuation ends the phrase
    second = words[hj + 2][0]
    if not _content(second, lx) or fold_word(second).endswith("ed") or not _plural(second, lx):
        return None
    return lx["classes"].get(fold_word(second)) or _singular(fold_word(second))


# "in Nairobi", "in neighbouring Central Aceh district", "at the Kirrin plant", "across
# Paris": a named place
_PLACE = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Aa]cross|[Tt]hroughout)\s+(?:[Tt]he\s+)?"
                    r"(?:[a-z]+(?:ing|ern)\s+)?"
                    r"([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*)")
_DAY_NAMES = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday"))


def place_names(stext: str, lx: dict) -> frozenset:
    """The words of the places a sentence puts its events in ("the bomb that killed 11 in Dar
    es Salaam" -> dar; "attacks across Paris" -> paris): two figures of sentences that each
    name a place, and no place alike, count in two places (two bombings, two districts, a
    city's toll and one hall's). Months and days ("in Friday's attacks") are times, no place."""
    out = set()
    for m in _PLACE.finditer(stext):
        words = [re.sub(r"['\u2019]s$", "", fold_word(w).strip(".")) for w in m.group(1).split()]
        out.update(w for w in words if w and w not in lx["months"] and w not in _DAY_NAMES)
    return frozenset(out)


# a distance's point of reference right after its unit: "(201 kilometers) away from the spot
# where", "southwest of Perth", "off the coast of Tasmania", "from the border with Sudan"
_ORIGIN = re.compile(r"[^.;:!?]{0,40}?\b(?:from|of)\s+((?:[\w'\u2019-]+[ ,]+){0,3}[\w'\u2019-]+)")


def distance_origin(text: str, end: int, stop: int, head: str, lx: dict) -> frozenset:
    """Content words of the point a distance is measured from, when the figure counts a unit of
    length (``length_units``) and the words right after it name that point ("1,500 miles
    southwest of Perth" -> perth): two distances from two points ("125 miles from the spot
    where the first objects were seen") are two referents however alike their sentences."""
    if fold_word(head) not in lx["lengths"]:
        return frozenset()
    m = _ORIGIN.match(text, end, stop)
    if not m:
        return frozenset()
    return frozenset(w for w in (fold_word(x).strip(",") for x in m.group(1).split())
                     if _content(w, lx) and w not in lx["lengths"])
