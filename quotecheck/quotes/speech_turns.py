"""Speech turns set under a speaker's label inside an article: the speaker's words, unquoted.

An article often prints a speech, a debate exchange or remarks as paragraphs that open with
the speaker's label and a colon, without quotation marks ("TRUMP: You know, the president
told me ...", "Sanders: We need ..."), between paragraphs of its own prose. Those words are
the speaker's, not the narrator's (issues 12 and 15). A whole transcript (two speakers with
several turns each) is :mod:`quotecheck.framing.turns`' business; this module finds the
turns an article quotes one or a few at a time, where that test fails.

A paragraph-opening label is a speech turn when it names a person the article names in its
own prose (the label's last word follows a first name or a title there: "Donald Trump",
"Sen. Sanders", or comes before a reporting verb: "Trump said"), and either two such turns
stand in the article or the paragraph before the turn introduces it with a colon ("... he
said in the interview:"). That leaves out datelines ("WASHINGTON:", "NEW YORK:") and a
page's heads ("UPDATE:", "RELATED:", "READ MORE:", "Pros:"): none is a person named in
prose. A turn is its one paragraph (prose may follow it); the label is not the speaker's
words. The same test applies to every outlet.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from quotecheck.load.regions import body_mask
from quotecheck.model import Document, Quote
from quotecheck.quotes.embeds import merged_quotes
from quotecheck.resources.regexruns import LineLed

_WORD = r"[A-Z][A-Za-z'\u2019\-]*\.?"
# a title before a label's name ("MR. SMITH:", "SEN. BERNIE SANDERS:", "VICE PRESIDENT ...")
_TITLES = frozenset({
    "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov",
    "governor", "president", "vice", "secretary", "gen", "general", "prof", "professor",
    "judge", "justice", "mayor", "speaker", "leader", "minister", "prime", "rev", "sir",
    "dame", "lord", "lady", "chairman", "chairwoman", "former", "the",
})
# a paragraph-opening label: one to four capitalised words then a colon and the turn itself;
# tried at line starts only (re would try every character), and only on the lines holding a
# colon (no line feed comes before a match's colon: most lines of a text hold none)
_LABEL = LineLed(re.compile(
    rf"(?m)^[ \t]*(?P<label>{_WORD}(?:[ \t]+{_WORD}){{0,3}})[ \t]*:[ \t]+"
    r"(?=[\"'\u201c\u2018(\[]?[A-Za-z0-9])"), (":",), (":",))
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*\S)")
_SPEECH_VERB = (r"(?:said|says|told|asked|added|replied|answered|responded|declared|"
                r"continued|went on|began|spoke|tweeted|wrote)")


@dataclass(frozen=True)
class Turn:
    """One speech turn: the label's span, the speaker's words' span, the speaker's key
    (the label's last word, as the prose spells it: "Trump" for "TRUMP")."""

    label_start: int
    label_end: int
    start: int
    end: int
    speaker: str


def _key(label: str) -> str:
    """The label's surname: its last word, without a final period, in the prose's case."""
    word = label.split()[-1].rstrip(".").strip("'\u2019-")
    return word[:1] + word[1:].lower() if word.isupper() else word


_NOT_FIRST = frozenset({
    "the", "in", "of", "a", "an", "and", "but", "to", "at", "from", "on", "by", "for", "with",
    "new", "north", "south", "east", "west", "central", "greater", "downtown", "this", "that",
})


# last words of the names of bodies, places and works, never a person's surname
_NOT_SURNAMES = frozenset({
    "nation", "association", "foundation", "journal", "society", "united", "tech", "records",
    "inc", "news", "week", "republican", "republicans", "democrat", "democrats", "house",
    "times", "post", "party", "index", "city", "county", "state", "states", "university",
    "college", "school", "department", "agency", "administration", "institute", "council",
    "committee", "commission", "court", "company", "corp", "group", "network", "press",
    "attacks", "hook", "review", "magazine", "street", "center", "centre", "club", "team",
})


def _named_in_prose(key: str, first: str, text: str, labels: list[tuple[int, int]]) -> bool:
    """Whether the article's prose (outside the labels) names ``key`` as a person: before a
    reporting verb ("Trump said"), after a title ("Sen. Sanders"), or after the label's own
    first name ``first`` ("Michelle Obama" for "Michelle Obama:")."""
    if len(key) < 2 or not key[0].isupper() or key.lower() in _NOT_SURNAMES:
        return False
    k = re.escape(key)
    said = rf"\b{k}(?:'s|\u2019s)?[ \t]+(?:also[ \t]+|then[ \t]+|later[ \t]+)?{_SPEECH_VERB}\b"
    titled = (rf"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|President|Senator|Governor|Secretary|"
              rf"Speaker|Judge|Justice|Mayor|Minister)\.?[ \t]+(?:[A-Z][a-z]+[ \t]+)?{k}\b")
    full = rf"\b(?P<first>[A-Z][a-z]+)[ \t]+(?:[A-Z]\.[ \t]+)?{k}\b"
    if first and first.lower() not in _NOT_FIRST and _in_prose(rf"\b{re.escape(first)}[ \t]+(?:[A-Z]\.[ \t]+)?{k}\b", text, labels):
        return True     # "Michelle Obama" for the label "Michelle Obama:"
    if _in_prose(titled, text, labels):
        return True     # "Sen. Lee Park" for "PARK:"
    # "Donald Trump" and "Trump said" for "TRUMP:" ("Washington said" alone is a government)
    return _in_prose(said, text, labels) and _in_prose(full, text, labels, _NOT_FIRST)


def _in_prose(pattern: str, text: str, labels: list[tuple[int, int]],
              not_first: frozenset = frozenset()) -> bool:
    """Whether ``pattern`` matches ``text`` outside the labels, not before a colon, its
    ``first`` group (when set) not one of ``not_first``."""
    for m in re.finditer(pattern + r"(?![ \t]*:)", text):
        if any(s <= m.start() < e for s, e in labels):
            continue
        first = m.groupdict().get("first")
        if first and first.lower() in not_first:
            continue
        return True
    return False


def _label_ok(label: str) -> bool:
    """A label that can name a speaker: its words but a leading title are a name, all in
    capitals or none ("JUST WATCHED Reid:" is a video's caption)."""
    caps = _capitals(label)
    if caps and any(caps) and not all(caps):
        return False
    if any(w.endswith(".") and len(w) > 3 and w[:-1].lower() not in _TITLES
           for w in label.split()):
        return False    # "Oof. Clinton:": a sentence runs into the name
    words = [w.rstrip(".").lower() for w in label.split()]
    name = [w for w in words if w not in _TITLES]
    return bool(name) and len(name) <= 3 and words[-1] not in _TITLES


def speech_turns(text: str) -> list[Turn]:
    """The speech turns of ``text`` (see the module doc), in order. Extraction, framing's
    others' words and provenance's quoted regions each ask for one document's turns: read
    once per text and rule data."""
    return list(_turns(text, not_speaker_heads()))


@lru_cache(maxsize=1024)
def _turns(text: str, heads: frozenset) -> tuple[Turn, ...]:
    """:func:`speech_turns` of ``text`` with the furniture ``heads`` left out, as a tuple."""
    found = []
    for m in _LABEL.finditer(text):
        label = m.group("label")
        if not _label_ok(label) or label.rstrip(".").lower() in heads:
            continue
        head = text[m.end():m.end() + 40]
        if head.startswith(("http", "www.")) or _shouting(head):
            continue    # a list of links ("Napster: http://..."), a heading in capitals
        stop = _PARAGRAPH_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        while end > m.end() and text[end - 1].isspace():
            end -= 1
        if _heading(text[m.end():end]) or _names_itself(text[m.end():end], _key(label)):
            continue
        found.append(Turn(m.start("label"), m.end(), m.end(), end, _key(label)))
    if not found:
        return ()
    labels = [(t.label_start, t.label_end) for t in found]
    firsts = {}
    for t in found:
        words = [w for w in text[t.label_start:t.label_end].rstrip(": \t").split()
                 if w.rstrip(".").lower() not in _TITLES]
        if len(words) >= 2:
            firsts.setdefault(t.speaker, set()).add(_key(words[0]))
    named = {k for k in {t.speaker for t in found}
             if any(_named_in_prose(k, f, text, labels) for f in firsts.get(k, {""}) | {""})}
    turns = [t for t in found if t.speaker in named]
    if len(turns) >= 2:
        return tuple(turns)
    return tuple(t for t in turns if _introduced(text, t.label_start))


MIN_WORDS = 6
"""Fewest words of a turn: "Sanders: Win in a walk." is the report's heading of a list."""


def _heading(words: str) -> bool:
    """A short line with no sentence end ("Trump's shocking threat"), a few words ("Finish
    second."), or a line in Title Case ("'Time To Fix The Roads' Says Mayor"): a heading or
    a story highlight after the name, not the speaker's words."""
    split = words.split()
    if len(split) < MIN_WORDS:
        return True
    capital = sum(1 for w in split if w.lstrip("\"'\u201c\u2018(")[:1].isupper())
    if len(split) >= 4 and capital > 0.6 * len(split):
        return True
    return len(split) < 15 and not words.rstrip("\"'\u201d\u2019) ").endswith(
        (".", "!", "?", "\u2026", ":", "--", "\u2014"))


def _names_itself(words: str, key: str) -> bool:
    """Whether the turn names its own speaker ("Jeb Bush: Student loans ... Bush has
    proposed"): the report's words about the person, not the person's words."""
    return re.search(rf"\b{re.escape(key)}\b", words) is not None


def _shouting(head: str) -> bool:
    """Whether the words after a label are in capitals (a heading, not a turn)."""
    letters = [c for c in head if c.isalpha()]
    return len(letters) >= 8 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def not_speaker_heads() -> frozenset:
    """Words that head page furniture, not a speaker's turn ("Photo:", "Update:"):
    ``headline_heads_not_speakers`` of ``[reported]`` in rules/data/framing-verbs.toml (the
    transcript test of ``framing.turns`` reads them here too)."""
    from quotecheck.resources.ruledata import load_data

    global _HEADS
    data = load_data("framing-verbs")
    if _HEADS[0] is not data:   # the set built once per parsed file, not once per document
        _HEADS = (data, frozenset(data.get("reported", {}).get("headline_heads_not_speakers", ())))
    return _HEADS[1]


_HEADS: tuple = (None, frozenset())    # (the parsed data file, its heads) last read


def _introduced(text: str, pos: int) -> bool:
    """Whether the paragraph before ``pos`` ends with a colon ("... he said:")."""
    before = text[:pos].rstrip()
    return before.endswith(":")


def turn_quotes(doc: Document, quotes: list) -> list[Quote]:
    """Direct quotations of ``doc``'s speech turns (ids assigned by the caller): the words
    after the label, the label's name the speaker mention, the speaker the fullest name the
    prose gives ("Donald Trump" for "TRUMP:"). A turn that holds or meets a quotation in
    marks, or lies in page furniture, gives none."""
    text = doc.view.text
    turns = speech_turns(text)
    if not turns:
        return []
    furniture = body_mask(doc) if doc.regions else None
    taken = [(q.start, q.end) for q in quotes]
    out = []
    for t in turns:
        if furniture and furniture[min(t.label_start, len(text) - 1)]:
            continue
        s, e = doc.view.span(t.start, t.end)
        if e <= s or any(qs < e and s < qe for qs, qe in taken):
            continue
        label = text[t.label_start:t.label_end].rstrip(": \t")
        ls, le = doc.view.span(t.label_start, t.label_start + len(label))
        out.append(Quote(id="", document=doc.id, start=s, end=e, text=doc.text[s:e],
                         speaker=_full_name(t.speaker, text), speaker_start=ls, speaker_end=le,
                         speaker_kind="person", kind="direct"))
    return out


def with_speech_turns(doc: Document, quotes: list) -> list:
    """``quotes`` plus ``doc``'s speech turns as direct quotations, in text order, numbered
    ``doc#qN`` (titles of works keep their own ``doc#tN``)."""
    return merged_quotes(doc, quotes, turn_quotes(doc, quotes))


def running_turn_spans(text: str) -> list[tuple[int, int]]:
    """Spans of ``text``'s turns under labels in capitals ("AMY ROE:", "JUDGE BOB SMITH:"), each
    run on over the paragraphs after it up to the next label (or the text's end), when two or
    more speakers have such turns: a broadcast transcript prints a long turn as several
    paragraphs under one label, all of them the speaker's words (the derivation test reads
    them as quoted, not as the outlet's narration)."""
    turns = speech_turns(text)
    ends = [n.label_start for n in turns[1:]] + [len(text)]   # each turn runs to the next label
    loud = [(t, end) for t, end in zip(turns, ends)
            if (caps := _capitals(text[t.label_start:t.label_end].rstrip(": \t"))) and all(caps)]
    if len({t.speaker for t, _ in loud}) < 2:
        return []
    return [(t.start, end) for t, end in loud]


def _capitals(label: str) -> list[bool]:
    """For each word of ``label`` of two letters or more (a final period aside), whether it
    is in capitals."""
    return [w.rstrip(".").isupper() for w in label.split() if len(w.rstrip(".")) > 1]


def _full_name(key: str, text: str) -> str:
    """The first "First Key" (a first name, maybe an initial, then ``key``) of ``text``, or
    ``key`` itself."""
    k = re.escape(key)
    for m in re.finditer(rf"\b([A-Z][a-z]+)[ \t]+(?:[A-Z]\.[ \t]+)?{k}\b(?![ \t]*:)", text):
        if m.group(1).lower() not in _NOT_FIRST and m.group(1).lower() not in _TITLES:
            return " ".join(m.group().split())
    return key
