"""Block quotations printed without quotation marks: another's words, not the narrator's.

A page that sets a quotation off as its own paragraph (an op-ed's passage, a statement, a
letter) loses the indent in a text capture, and the marks were never there: "In the op-ed,
the official wrote:" then the passage. The lead-in paragraph ends in a colon (or in 'below.',
"Read the full statement below."), and the clause before it names the act of saying or the
text quoted (``[block_quotes]`` of opinion-voice.toml: 'wrote', 'reads', 'statement', 'in
part'), or places the words in a spoken text ('in an address to the assembly:'). The paragraph
after it is then the quoted author's words (issue 15), whatever marks or ellipses it holds. A
lead-in that opens the article and names its text as an excerpt ('..., she writes in this
excerpt:') makes the rest of the article the excerpt, up to a paragraph that credits the
source again ('Reprinted with permission ...'): a digest that runs another writer's piece.
A later paragraph continues the quotation only while the quoted author's first person ('I',
'we') goes on in it and the lead-in's narrator speaks in none (a letter's second paragraph):
without the page's layout, the narrator's return cannot otherwise be told from a quotation's
next paragraph. A post embedded with its author's name and handle before its words is the
poster's in the same way, and so is each post of a run flattened into one paragraph, up to its
signature ("... pic.twitter.com/x \u2014 Ann Roe (@annroe) May 3, 2020 Next post ..."). A
paragraph without quotation marks that holds an editor's insertion in brackets ("the [police]
department") is a quoted passage too. A paragraph that opens a quotation it never closes and
ends in its speaker's tag ('... but "that tactic is the core of it, Roe said.') leaves the
quotation open: the next paragraph, without marks of its own, is the speaker's passage run on
(a round-up quoting a column). The same test for every outlet.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from quotecheck.load.furniture import rules as furniture_rules
from quotecheck.load.lineshape import tail_signature
from quotecheck.resources.ruledata import load_data
from quotecheck.text.lexicon import trie_alternation

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*")
_CLAUSE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+|[,;(\u2014\u2013]\s*|\s-{1,2}\s")
_OPENING_MARK = "\"'\u201c\u2018\u00ab\u201e"
_ANY_MARK = "\"\u201c\u201d\u00ab\u00bb\u201e`"
_SHORTEST_CLAUSE = 4
"""Fewest words of the clause read before the colon: a shorter tail ('..., Aug. 5:', '...,
in part:') is read with the clause before it."""
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
# the first person, as a word: 'US' (the country) in capitals is not 'us'
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Oo]urs|[Uu]s|[Mm]e)\b(?!['\u2019]?\.\w)")
# a capitalised word after a word inside its sentence, just before an 'I' ('World War I')
_IN_NAME = re.compile(r"[\w,)][ \t]+[A-Z][\w'\u2019-]*[ \t]+\Z")
_QUOTED = re.compile(r'"[^"\n]*"|\u201c[^\u201d\n]*\u201d|``.*?\'\'')
_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?])[\"'\u201d\u2019)]*\s+)(?=\S)")
# (issue 15, baly_202005 reading) an editor's insertion in brackets inside a sentence
# ("the [police] department's role", "[Mayor Ann] Roe has scoffed"): only a quoted text is
# bracketed so, so a paragraph holding one and no quotation mark is a block quotation whose
# lead-in the capture lost; not page furniture ("[Video] Watch ...": no word either side)
_INSERTION = re.compile(r"(?:(?<=\w[ \t])\[[A-Za-z][\w .'\u2019\-]{0,30}\](?=[ \t,]+\w)"
                        r"|\[[A-Za-z][\w .'\u2019\-]{0,30}\](?=[ \t]+[a-z]))")
# a quotation mark: a double one, or a single one opening after a space (not an apostrophe)
_MARKED = re.compile("[\"\u201c\u201d\u00ab\u00bb\u201e`]|(?<!\\w)['\u2018](?=\\w)")
# (issue 15) a paragraph's closing speaker's tag: ", Ann Roe said."
_TAIL_TAG = re.compile(r",[ \t]+(?:[\w'.\-\u2019]+[ \t]+){1,4}?(?P<verb>[a-z]+)\.\s*\Z")
_OPEN_PASSAGE_WORDS = 6
"""Fewest words of the quotation left open before the tag: a passage, not a term whose
closing mark a typo dropped ('called the plan "bold, Roe said.')."""
MAX_POST = 280
"""Longest post, in characters, read back from the first signature of a flattened run."""


class _Cues(NamedTuple):
    """``[block_quotes]`` of opinion-voice.toml, compiled."""

    saying: re.Pattern          # a cue of saying or of a text, as a whole word
    not_leads: frozenset        # imperative heads of page furniture ('read', 'sign up')
    min_words: int              # fewest words in a quoted paragraph
    post_openings: re.Pattern   # an embedded post's author and handle
    announce_end: re.Pattern    # a lead-in's closing word(s) without a colon ('below.')
    announce_last: tuple        # their last words, case-folded: the body must end in one
    excerpt: re.Pattern         # a text named as an excerpt ('in this excerpt:')
    excerpt_end: re.Pattern     # a paragraph crediting the source again ('Reprinted ...')
    excerpt_opening: int        # the lead-in of a whole excerpt opens the article


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    """The data's cues, compiled once."""
    data = load_data("opinion-voice")["block_quotes"]
    openings = re.compile("|".join("(?:%s)" % p for p in data["post_openings"]))
    spoken = r"in\s+(?:[\w'\u2019\-]+\s+){0,3}?(?:%s)" % _alternation(data["spoken_in"])
    pattern = re.compile(r"(?<![\w@#])(?:%s|%s)(?![\w'\u2019])"
                         % (_alternation(data["cues"]), spoken), re.I)
    ends = re.compile(r"\b(?:%s)\s*[.:]\Z" % _alternation(data["announce_ends"]), re.I)
    return _Cues(pattern, frozenset(w.lower() for w in data["not_leads"]),
                 int(data["min_words"]), openings, ends,
                 tuple(w.split()[-1].casefold() for w in data["announce_ends"]),
                 re.compile(r"\b(?:%s)\b" % _alternation(data["excerpt_cues"]), re.I),
                 re.compile(r"\b(?:%s)\b" % _alternation(data["excerpt_ends"]), re.I),
                 int(data["excerpt_opening"]))


def _alternation(words) -> str:
    """``words`` (phrases too, a space matching any run of spaces) as one regex alternation,
    factored as a trie (:func:`~quotecheck.text.lexicon.trie_alternation`: a longer word tried
    before a word it begins, as a list sorted longest first tries it)."""
    return trie_alternation(words, space=r"\s+")


def _announced(body: str, cues: _Cues) -> bool:
    """Whether ``body`` closes with an announcing word and a stop ('... below.'): the pattern
    is searched only when the body ends in one of the words' last (most paragraphs do not,
    and a search tries every character)."""
    return (body[-1:] in ".:" and body[:-1].rstrip().casefold().endswith(cues.announce_last)
            and cues.announce_end.search(body) is not None)


def is_lead_in(paragraph: str) -> bool:
    """Whether ``paragraph`` introduces a block quotation: it ends in a colon (or in an
    announcing 'below.'), and the clause before holds a cue of saying or of a text. A clause
    opened by a page's imperative ('Read more:') is no lead-in, unless it announces the text
    below and names it after the imperative ('Read the full letter below.')."""
    return _introducing_clause(paragraph, _cues()) is not None


def _introducing_clause(paragraph: str, cues: _Cues) -> "str | None":
    """The lead clause of ``paragraph`` (:func:`_lead_clause`) when it holds a cue of saying
    or of a text (:func:`is_lead_in`), else None: read once per paragraph, the excerpt test of
    :func:`block_quotations` reading the same clause."""
    clause = _lead_clause(paragraph, cues)
    return clause if clause is not None and cues.saying.search(clause) else None


def _lead_clause(paragraph: str, cues: _Cues) -> "str | None":
    """The clause of ``paragraph`` that may introduce a block quotation (:func:`is_lead_in`):
    the last before its closing colon or announcing 'below.', perhaps joined to the one
    before it when short, without a page's imperative head; None when the paragraph closes
    in neither or is the page's own instruction."""
    body = paragraph.rstrip()
    announced = _announced(body, cues)
    if not body.endswith(":") and not announced:
        return None
    clauses = _CLAUSE_BREAK.split(body[:-1])
    clause = clauses.pop().strip()
    while clauses and len(_WORD.findall(clause)) < _SHORTEST_CLAUSE:   # '..., Aug. 5:'
        clause = clauses.pop().strip() + " " + clause
    words = _WORD.findall(clause.lower())
    if not words:
        return None
    head = 2 if " ".join(words[:2]) in cues.not_leads else 1 if words[0] in cues.not_leads else 0
    if head and not announced:
        return None
    if head:        # the imperative itself ('read') is no cue: the text it names must be
        clause = clause.split(None, head)[-1] if len(clause.split()) > head else ""
    return clause


def _left_open(paragraph: str, cues: _Cues) -> bool:
    """Whether ``paragraph`` ends in a speaker's tag (a cue of saying: ', Roe said.') after a
    double quotation mark that opens a passage (:data:`_OPEN_PASSAGE_WORDS`) and is never
    closed."""
    if not paragraph.rstrip().endswith(".") or ("\"" not in paragraph
                                                and "\u201c" not in paragraph):
        return False        # most paragraphs: no search for a tag
    tag = _TAIL_TAG.search(paragraph)
    if not tag or not cues.saying.fullmatch(tag.group("verb")):
        return False
    last = max(paragraph.rfind(c) for c in "\"\u201c\u201d")     # one is there (above)
    if paragraph[last] == "\u201d" or \
            len(_WORD.findall(paragraph, last, tag.start())) < _OPEN_PASSAGE_WORDS:
        return False
    return paragraph[last] == "\u201c" or not paragraph[last - 1:last].strip()


def _bare_prose(paragraph: str, cues: _Cues) -> bool:
    """Whether ``paragraph`` holds no quotation mark and enough words to be a passage."""
    return not any(c in paragraph for c in _ANY_MARK) and \
        len(_WORD.findall(paragraph)) >= cues.min_words


def _first_person(text: str) -> bool:
    """Whether ``text`` speaks in the first person outside quotation marks ('I' after a
    capitalised word inside a sentence is a numeral or a name's: 'World War I', 'Louis I')."""
    for part in _QUOTED.split(text):
        for m in _FIRST_PERSON.finditer(part):
            if m.group() != "I" or not _IN_NAME.search(part, max(0, m.start() - 40), m.start()):
                return True
    return False


def _continues(text: str, lead_start: int, quoted: str) -> bool:
    """Whether a block quotation ``quoted`` may go on into the paragraphs after it: it speaks in
    the first person and the narrator, in everything up to the lead-in, does not; and it is
    no post closed by its signature (a post is whole in its paragraph)."""
    return (_first_person(quoted) and not _first_person(text[:lead_start])
            and not furniture_rules().embed_signatures[0].search(quoted))


def block_quotations(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` spans of ``text``'s paragraphs that a lead-in (:func:`is_lead_in`)
    introduces as a quotation without marks: the paragraph after the lead-in, when it is
    prose (enough words) and does not open with a quotation mark of its own, and the
    paragraphs after it that go on in its first person (none in the lead-in, no marks, prose);
    each paragraph an embedded post's author and handle open ("Ann Roe (@annroe) Proud ...");
    and the posts of a run flattened into a paragraph (:func:`flattened_posts`)."""
    cues = _cues()
    paragraphs = [m.span() for m in _PARAGRAPH.finditer(text) if text[m.start():m.end()].strip()]
    out = [(s, e) for s, e in paragraphs if cues.post_openings.match(text, s)]
    for i, (s0, e0) in enumerate(paragraphs[:-1]):
        s1, e1 = paragraphs[i + 1]
        quoted, lead = text[s1:e1], text[s0:e0]
        clause = _introducing_clause(lead, cues)
        if clause is None:
            if _left_open(lead, cues) and _bare_prose(quoted, cues):
                out.append((s1, e1))    # the quotation left open runs on
            continue
        head = quoted.lstrip()
        if not head or head[0] in _OPENING_MARK or len(_WORD.findall(quoted)) < cues.min_words:
            continue
        out.append((s1 + len(quoted) - len(head), e1))
        if i < cues.excerpt_opening and cues.excerpt.search(clause):
            out += _excerpt_rest(text, paragraphs[i + 2:], cues)
            continue
        if not _continues(text, s0, quoted):
            continue
        for s2, e2 in paragraphs[i + 2:]:
            more = text[s2:e2]
            if (not _first_person(more) or not _bare_prose(more, cues)
                    or cues.saying.search(more) or more.rstrip().endswith(":")):
                break
            out.append((s2, e2))
    bracketed = "[" in text
    for s, e in paragraphs:
        out += flattened_posts(text, s, e)
        if bracketed and _inserted(text, s, e) and not _MARKED.search(text, s, e):
            out.append((s, e))      # "[Mayor Ann] Roe has scoffed at ...": a quoted passage
    return sorted(set(out))


def _excerpt_rest(text: str, rest: list, cues: _Cues) -> list[tuple[int, int]]:
    """The paragraphs ``rest`` after the first of an excerpt whose lead-in opens the article
    ('..., she writes in an excerpt from her memoir:'): the article is the excerpt, to its end
    or to a paragraph that credits the source again (``excerpt_ends``: 'Reprinted with
    permission')."""
    out = []
    for s, e in rest:
        if cues.excerpt_end.search(text, s, e):
            break
        out.append((s, e))
    return out


def _inserted(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds an editor's insertion (:data:`_INSERTION`), tried only
    at its opening brackets (no pass over every character)."""
    pos = text.find("[", start, end)
    while pos >= 0:
        if _INSERTION.match(text, pos, end):
            return True
        pos = text.find("[", pos + 1, end)
    return False


def flattened_posts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the posts in the paragraph ``text[start:end]`` when a capture flattened a run
    of embedded posts into it: a signature ('\u2014 Ann Roe (@annroe) May 3, 2020') with more
    of the paragraph after it. Each post runs from the previous signature's end to the end of
    its own signature; the first from the first sentence that starts within :data:`MAX_POST`
    characters of its signature. A paragraph that ends with its only signature is the load
    stage's (one embedded post); the text after the last signature is the narrator's."""
    paragraph = text[start:end]
    if "(@" not in paragraph:
        return []
    patterns = furniture_rules().embed_signatures
    if tail_signature(patterns, paragraph.strip()):
        return []
    signatures = [m for m in patterns[0].finditer(paragraph) if paragraph[m.end():].strip()]
    out = []
    begin = None
    for m in signatures:
        if begin is None:
            floor = max(0, m.start() - MAX_POST)
            begin = next((s.start() for s in _SENTENCE_START.finditer(paragraph, floor,
                                                                      m.start())), m.start())
        stop = m.start() + len(m.group().rstrip())
        post = paragraph[begin:m.start()]
        if post.strip():
            out.append((start + begin + len(post) - len(post.lstrip()), start + stop))
        begin = stop
    return out
