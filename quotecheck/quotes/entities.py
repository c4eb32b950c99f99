"""The named people and organisations of one document, and the text tests its index uses.

Data types for :class:`quotecheck.quotes.coreference.SpeakerResolver`'s index (an entity with
its name forms, a named mention) and the small tests its scan applies: a work's title after
"her book", a Title Case headline that names no one, a relative sharing a surname, a couple
named together ("Mr. and Mrs. Keller", "John and Carol", who speak as two).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple, Optional

from quotecheck.quotes.attribution_words import Lexicon
from quotecheck.quotes.speakers import (COUPLE_HEAD, COURTESY_TITLES, POSSESSIVE_END,
                                        fold_name, name_gender, name_tokens, same_speaker)

_WORKS = frozenset(("book", "memoir", "novel", "film", "movie", "documentary", "show", "series",
                    "album", "song", "play", "podcast", "essay", "poem", "classic", "sequel",
                    "blockbuster", "musical", "sitcom", "thriller", "bestseller", "novella",
                    "opera", "anthem"))     # "the holiday classic Home Alone": no one
_NAMING = frozenset(("called", "titled", "entitled", "named"))
# the characters a word before a work's title can end with (either case, a plural's s, a comma;
# U+212A lower-cases to k): a name after any other word skips after_work_noun's split
WORK_WORD_ENDS = frozenset("".join(w[-1] + w[-1].upper() for w in _WORKS | _NAMING) + "sS,\u212a")
# after a name: its possessive or lower-case words, "as", then up to four words of a role
ROLE_AS = re.compile(r"(?:[ \t\u00a0]+(?!as\b)[a-z][\w\-]*){0,4}?[ \t\u00a0]+as(?![ \t\u00a0]+(?:well|"
                     r"much|long|soon|far|many|if|though|a[ \t\u00a0]+result)\b)"
                     r"((?:[ \t\u00a0]+[\w.\-]+){1,4})")
# a possessive's mark and the role after it ("’s last term as Surrey mayor")
_POSSESSIVE_TAIL = re.compile(r"[\u2019']s?(?!\w)" + ROLE_AS.pattern)
_CAPITAL = re.compile("[A-Z]")


# ", a resident of ...", ", the owner of ...": an apposition after a single name
_APPOSED = re.compile(r",[ \t\u00a0]+(?:a|an|the)[ \t\u00a0]+((?:[a-z][\w\-]*[ \t\u00a0]+){0,3}?)"
                      r"([a-z][\w\-]*)(?=[ \t\u00a0]*[,.]|[ \t\u00a0]+(?:of|in|at|for|from|with|who)\b)")


def apposed_role(text: str, end: int, lex: Lexicon) -> bool:
    """True when a person's role stands in apposition right after ``end`` ("Yuni, a resident
    of Lampung, was ...", "Roman, the owner of the shop,"): the single name before it is a
    person's, though no verb follows it and no list knows it (issue 12)."""
    m = _APPOSED.match(text, end, end + 60) if text.startswith(",", end) else None
    return m is not None and m.group(2) in lex.person_roles


def modifier_chain(text: str, ms: int, parsed, tokens: tuple, strong: bool, lex: Lexicon) -> bool:
    """True for a person-looking chain right after "the" with no title, no known given name
    and no place first ("the Trump Train", "the Kinder Morgan pipeline"): a name used as a
    modifier or a thing's name, no one (as a person it took every later bare "Trump"; issue 12)."""
    return text[ms - 4:ms] == "the " and not strong and not parsed.descriptors and \
        parsed.kind == "person" and len(tokens) > 1 and not lex.is_given_name(tokens[0]) and \
        tokens[0] not in lex.place_names      # not "the Iowa Republican"


def possessed_roles(text: str):
    """(start, name, role words) of each "McCallum’s last term as Surrey mayor" in ``text``:
    the matches of ``([A-Z][\\w\\-]*)[’']s?(?!\\w)`` + :data:`ROLE_AS` in order, found from
    the marks (a few per text) instead of from every capital. The name is the run of word
    characters before the mark, from its first capital the last match has not passed."""
    pos = 0
    while True:
        tail = _next_tail(text, pos)
        if tail is None:
            return
        mark = run = tail.start()
        while run > pos and (text[run - 1].isalnum() or text[run - 1] in "_-"):
            run -= 1
        head = _CAPITAL.search(text, run, mark)
        if head is None:
            pos = mark + 1      # no name before this mark: the next mark
            continue
        yield head.start(), text[head.start():mark], tail.group(1)
        pos = tail.end()


def _next_tail(text: str, pos: int):
    """``_POSSESSIVE_TAIL.search(text, pos)``, tried only at the marks str.find finds (re would
    test its opening class at every character of the text)."""
    curly, straight = text.find("\u2019", pos), text.find("'", pos)
    while curly >= 0 or straight >= 0:
        if straight < 0 or 0 <= curly < straight:
            at, curly = curly, text.find("\u2019", curly + 1)
        else:
            at, straight = straight, text.find("'", straight + 1)
        tail = _POSSESSIVE_TAIL.match(text, at)
        if tail is not None:
            return tail
    return None


def after_work_noun(text: str, ms: int) -> bool:
    """True after "her book, ", "a film called ": what follows is a work's title."""
    words = text[max(0, ms - 30):ms].rsplit(None, 2)[-2:]
    if words and words[-1] in _NAMING:
        words = words[:-1]
    if not words:
        return False
    w = words[-1].rstrip(",").lower()
    return w in _WORKS or (w.endswith("s") and w[:-1] in _WORKS)
def joined_names(text: str, name: str) -> bool:
    """True for one word of two capitalised names joined by a hyphen that each stand alone
    elsewhere in ``text`` ("the Ruiz-Vane ticket" beside "Ruiz" and "Vane"): a pairing of two
    people (a ticket, a meeting), no one person; "Ferran-Olabe" alone is one surname."""
    parts = name.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and p[1:].isalpha() and p[1:].islower()
                                  for p in parts):
        return False
    return all(re.search(r"(?<![\w\-])" + p + r"(?![\w\-])", text) for p in parts)


# he, his, him, himself, she, her, hers, herself (either case first) as words: opening with the
# class of the first letter lets re skip to the next h or s in C (\b first: tried at every offset)
GENDERED_WORD = re.compile(r"[HhSs](?<!\w[HhSs])(?:(?<=[Hh])(?:e|is|im|imself|er|ers|erself)|(?<=[Ss])he)\b")


@dataclass(eq=False)
class Entity:
    """A person or organisation named in one document."""

    names: dict = field(default_factory=dict)   # name form -> times seen, in order seen
    descriptors: set = field(default_factory=set)
    kind: str = "unknown"
    gender: Optional[str] = None
    places: set = field(default_factory=set)   # nationality and affiliation words
    ends: list = field(default_factory=list)   # where mentions end (appositions follow)
    described: bool = False
    title: Optional[str] = None     # "Mrs.": shown before a lone surname (:func:`courtesy_entity`)
    _display: Optional[str] = None

    @property
    def forms(self) -> list:
        """Distinct name forms, in the order seen."""
        return list(self.names)

    @property
    def display(self) -> str:
        """The fullest name form seen: most name tokens, then most frequent, then first."""
        if self._display is None:
            order = {n: i for i, n in enumerate(self.names)}
            self._display = max(self.names, key=lambda n: (len(name_tokens(n)), self.names[n],
                                                          len(n), -order[n]))
            if self.title and len(name_tokens(self._display)) == 1:
                self._display = f"{self.title} {self._display}"
        return self._display

    def add_name(self, name: str) -> None:
        """Count one more mention under ``name``."""
        self.names[name] = self.names.get(name, 0) + 1
        self._display = None


class NamedMention(NamedTuple):
    """A named person or organisation mentioned in the document."""

    start: int
    end: int
    entity: int
    sentence: int


def courtesy_gender(parsed, tokens: tuple, lex: Lexicon) -> Optional[str]:
    """'Mrs. Obama': the gender a courtesy title gives a lone surname, else None (a wife named
    after her husband, "Barack Obama", is another person: :meth:`NameEntities._entity_for`)."""
    if len(tokens) != 1 or parsed.kind != "person":
        return None
    for d in parsed.descriptors:
        if d in COURTESY_TITLES:
            if d in lex.male:
                return "male"
            if d in lex.female:
                return "female"
    return None


def courtesy_entity(parsed, gender: str, lex: Lexicon) -> Entity:
    """A person of her (his) own for "Mrs. Shepard" after "Dennis Shepard": shown with the
    title, so unifying speakers across documents keeps the two apart
    (:func:`~quotecheck.quotes.speakers.same_speaker` compares the genders names state)."""
    return Entity({}, set(), "person", gender, title=courtesy_title(parsed, gender, lex))


def courtesy_title(parsed, gender: Optional[str], lex: Lexicon) -> Optional[str]:
    """'Mrs.' for a lone surname named "Mrs. Obama" (``gender`` from :func:`courtesy_gender`):
    the title an entity known by the surname alone is shown with, else None."""
    if gender is None:
        return None
    gendered = lex.male if gender == "male" else lex.female
    title = next((d for d in parsed.descriptors if d in COURTESY_TITLES and d in gendered), None)
    return title.capitalize() if title else None


_COUPLE = re.compile(COUPLE_HEAD + r"\.?[ \t\u00a0]+[A-Z][\w\-]*[a-z]")


def couple_name(text: str, start: int, end: int) -> Optional[str]:
    """'Mr. and Mrs. Keller' when the mention ``text[start:end]`` is the "Mr." or the
    "Mrs. Keller" of a couple named together: the two speak, not the husband or the wife
    alone (issue 12); else None."""
    if text.startswith("Mr", start):
        m = _COUPLE.match(text, start) if not text.startswith("Mrs", start) else \
            _COUPLE.search(text, max(0, start - 9), end)
        if m is not None and (m.start() == start or m.end() == end):
            return m.group()
    return None


_GIVEN_AND = re.compile(r"\b([A-Z][a-z]+),?[ \t\u00a0]+(?:and|&)[ \t\u00a0]+\Z")


def joint_speaker(text: str, mention, resolved: tuple, lex: Lexicon) -> tuple:
    """The speaker of a name mention (``resolved``: display, entity) or of the two people it
    closes: "said Mr. and Mrs. Keller" (:func:`couple_name`), "Thomas's parents, John and
    Carol, said" ("John and Carol Keller"): the two speak, not the wife alone (issue 12)."""
    if mention.kind != "name":
        return resolved
    couple = couple_name(text, mention.start, mention.end)
    if couple is not None:
        return couple, None
    if " " in mention.text or not resolved[0] or not lex.is_given_name(fold_name(mention.text)):
        return resolved
    m = _GIVEN_AND.search(text, max(0, mention.start - 30), mention.start)
    if m is None or not lex.is_given_name(fold_name(m.group(1))):
        return resolved
    return f"{m.group(1)} and {resolved[0]}", None


_AND_FULL_NAME = re.compile(r"[ \t\u00a0]+(?:and|&)[ \t\u00a0]+([A-Z][a-z]+)[ \t\u00a0]+[A-Z][\w\u2019'\-]+")


def paired_given_name(text: str, end: int, tokens: tuple, lex: Lexicon) -> Optional[tuple]:
    """'Brenda and Tommy Keller': a lone known given name joined by "and" to a full name whose
    first word is a given name too is a person of that family, not yet indexed. Returns
    (gender or None, "Brenda Keller") for such a name ending at ``end``, else None: the
    family's surname makes her a person a later "Mrs. Keller" can find (issue 12)."""
    if not text.startswith((" and ", " & "), end) or len(tokens) != 1 or \
            not lex.is_given_name(tokens[0]):
        return None
    m = _AND_FULL_NAME.match(text, end)
    if m is None or not lex.is_given_name(fold_name(m.group(1))):
        return None
    female, male = tokens[0] in lex.female_names, tokens[0] in lex.male_names
    surname = POSSESSIVE_END.sub("", m.group().split()[-1])     # "Keller's"
    full = text[max(0, end - 40):end].split()[-1] + " " + surname
    return ("female" if female and not male else "male" if male and not female else None, full)


def relative_given_name(text: str, start: int, tokens: tuple, lex: Lexicon) -> Optional[str]:
    """The gender ("female", "male", "" when the noun tells none) of a lone capitalised name
    right after a relative noun ("Trump's wife, Melania, is speaking out"; "his son Tom"), else
    None: such a name is a person a later "she"/"he" may mean, though a single word with no
    verb after it is otherwise no one (issue 12: her "she said" went to another woman)."""
    if len(tokens) != 1:
        return None
    head = text[max(0, start - 16):start].rstrip(" \t\u00a0")    # string steps, no regex:
    word = head[:-1] if head.endswith(",") else head             # called for every lone word
    word = word[max(word.rfind(" "), word.rfind("\t"), word.rfind("\u00a0")) + 1:]
    if word not in lex.relatives:
        return None
    return "female" if word in lex.female_relatives else "male" if word in lex.male_relatives \
        else ""


def other_given_name(name: str, tokens: tuple, ent: "Entity", lex: Lexicon) -> bool:
    """True for "Mary Nicholson" against an entity already named "Trevor Nicholson": a relative
    with a known given name sharing the surname is another person ("Knowing Bardos" is not),
    as is a name stating the other gender than the entity's ("Barack Obama" after "Mrs. Obama")."""
    if ent.gender is not None and name_gender(name) not in (None, ent.gender):
        return True     # "Barack Obama" is not the "Mrs. Obama" indexed before him
    if len(tokens) < 2 or not lex.is_given_name(fold_name(tokens[0])):
        return False
    return any(len(name_tokens(n)) >= 2 and not same_speaker(name, n) for n in ent.forms)


def title_case_headline_end(text: str) -> int:
    """End of a Title Case first line followed by a body ("Obama Sees 'Personal Insult' if
    …"): its chains join verbs and nouns to names ("Obama Sees"), so they name no one; else 0."""
    end = text.find("\n", 0, 300)
    if end == -1 or not text[end:].strip():
        return 0
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", text[:end])
    lower = [w for w in words if not w[0].isupper() and w not in _TITLE_CASE_SMALL]
    return end if len(words) >= 6 and not lower else 0     # not "Prime Minister Ana Ruiz: “…”"


_SECTION_LABEL = re.compile(r"(?:THE[ \t\u00a0]+)?[A-Z]{6,}(?:[ \t\u00a0]+[A-Z]{2,})*[ \t\u00a0]+(?=[A-Z][a-z])")


def section_label_end(text: str, ms: int) -> int:
    """End of an all-capitals section label run into the paragraph's first sentence ("THE
    BORROWING Back when he …"), for a chain starting a line; else ``ms``. The label is no name."""
    if ms and text[ms - 1] != "\n":
        return ms
    m = _SECTION_LABEL.match(text, ms)
    return m.end() if m else ms


_TITLE_CASE_SMALL = frozenset(("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or",
                               "but", "by", "if", "as", "vs", "nor", "via", "s", "t"))


SKIPPABLE_BEFORE_VERB = frozenset(("also", "later", "then", "has", "had", "have", "once", "previously",
                        "recently", "again", "earlier", "reportedly", "allegedly", "on", "monday",
                        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
# "Mulder didn't hesitate": a negated auxiliary after a capitalised word makes it a subject
NEGATED_AUX = frozenset(a + n for a in ("didn", "doesn", "don", "wouldn", "couldn", "won", "can",
                                         "hasn", "hadn", "wasn", "isn", "haven", "weren")
                         for n in ("'t", "\u2019t"))
