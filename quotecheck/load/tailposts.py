"""An embedded post whose words end on its signature's line ('... agenda. \u2014 Ann Roe
(@annroe) May 3, 2020') and began a few paragraphs before it (refute26, issue 15): the
furniture classifier (:func:`quotecheck.load.furniture.classify`) lets the signature's line
claim those paragraphs, so the post's words are its author's, not the narrator's. Rules
``[embed]`` of rules/data/furniture.toml (``run_lines``, ``max_chars``, ``intro_words``,
``echo_words``, ``echo_reach``, ``gallery_lines``, ``flattened_chars``)."""
from __future__ import annotations

import re
from typing import Any

from quotecheck.load.lineshape import tail_signature

_WORD = re.compile(r"\S+")
# a post's own marks: a handle, a hashtag, an ampersand between words
_NAME_WORD = re.compile(r"[@\w][\w'\u2019]*")
_POST_MARK = re.compile(r"(?<!\w)[@#]\w|\s&\s")
# a sentence's end, a link, the first person outside quotation marks (flattened posts)
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+")
_LINK = re.compile(r"\S*(?:https?://|pic\.twitter\.com/)\S*")
_FIRST = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Uu]s|[Mm]e)\b")
_QUOTED_ANY = re.compile(r'"[^"\n]*"|\u201c[^\u201d\n]*\u201d')
# a quotation the report gives (curly or straight marks)
_QUOTED = re.compile(r"\u201c([^\u201d]{10,400})\u201d|\"([^\"]{10,400})\"")


def tail_post(text: str, lines: list, kinds: list, i: int, r: Any, body: str) -> None:
    """A post whose words end on its signature's line (line ``i``) claims the body lines just
    before it that continue the post: at most ``run_lines``, the post's words within
    ``max_chars`` in all, none ending in a colon or naming the post (``intro_words``), up to
    the highest of them that reads as a post: a handle, a hashtag or an ampersand in it, a
    quotation the report gave just before (:func:`_echoes`), or the first person where the
    post's words below it speak in the first person too (a narrator's "we" before a post
    that does not is the narrator's). A post of several paragraphs has such marks in some
    of them only (issue 15): a paragraph without one, between the signature and a
    paragraph with one, is the post's too."""
    line = text[slice(*lines[i])]
    tail = tail_signature(r.embed_signatures, line)
    if not tail:
        return
    room, j = r.embed_max_chars - len(line[:tail.start()].strip()), i - 1
    if _gallery_post(text, lines, kinds, i, r, body, tail, room):
        return
    run: list = []          # (line index, whether it reads as a post), from the signature up
    voiced = _first_person(line[:tail.start()])
    while j >= 0 and len(run) < r.embed_run_lines and kinds[j] == body:
        prior = text[slice(*lines[j])].strip()
        if len(prior) > room or prior.endswith(":") or r.embed_intro.search(prior):
            break
        first = _first_person(prior)
        run.append((j, _POST_MARK.search(prior) or (first and voiced)
                    or _echoes(text, lines[j][0], prior, r)))
        room, j, voiced = room - len(prior), j - 1, voiced or first
    top = max((n for n, (_, post) in enumerate(run) if post), default=-1)
    for j, _ in run[:top + 1]:
        kinds[j] = "embedded-post"


def _first_person(line: str) -> bool:
    """Whether ``line`` speaks in the first person outside quotation marks."""
    return bool(_FIRST.search(_QUOTED_ANY.sub(" ", line)))


def _gallery_post(text: str, lines: list, kinds: list, i: int, r: Any, body: str,
                  tail: re.Match, room: int) -> bool:
    """A post in a gallery of posts printed back to back (tweet27, issue 15): when two or
    more posts stand just above the body lines before the signature's line ``i`` (at most
    ``gallery_lines``) and a post follows line ``i``, the lines below the last one that
    introduces the post (a colon at its end, an ``intro_words`` word, or the poster's name
    or handle: "The mayor, Ann Roe, welcomed the news.") are the post's text, within the
    post's ``room`` of characters, even without a handle or hashtag ("Get ready. Stay
    safe."). Claims them; whether it did."""
    j = i - 1
    while j >= 0 and kinds[j] == body and i - 1 - j < r.embed_gallery_lines:
        j -= 1
    if j < 0 or j == i - 1 or kinds[j] != "embedded-post":
        return False
    top = j
    while top > 0 and kinds[top - 1] == "embedded-post":
        top -= 1
    if (i + 1 >= len(lines) or kinds[i + 1] != "embedded-post"
            or sum(_signed(text, lines[k], r) for k in range(top, j + 1)) < 2):
        return False
    names = _poster_words(tail)
    first = j + 1
    for k in range(i - 1, j, -1):
        line = text[slice(*lines[k])].strip()
        if line.endswith(":") or r.embed_intro.search(line) or names.intersection(
                w.lower() for w in _NAME_WORD.findall(line)):
            first = k + 1
            break
    run = sum(len(text[slice(*lines[k])].strip()) for k in range(first, i))
    if first == i or run > room:
        return False
    for k in range(first, i):
        kinds[k] = "embedded-post"
    return True


def _poster_words(tail: re.Match) -> set:
    """The words naming a signature's poster (its name's words of three letters or more, its
    handle), lower-cased."""
    found = tail.groupdict()
    words = {w.lower() for w in _NAME_WORD.findall(found.get("author") or "") if len(w) > 2}
    return words | {found["handle"].lower()} if found.get("handle") else words


def _signed(text: str, span: tuple, r: Any) -> bool:
    """Whether the line at ``span`` closes a post: a signature opens it or ends it."""
    line = text[slice(*span)]
    return any(p.match(line) for p in r.embed_signatures) or bool(
        tail_signature(r.embed_signatures, line))


def _echoes(text: str, start: int, line: str, r: Any) -> bool:
    """Whether ``line`` repeats ``echo_words`` words in a row of a quotation the report gives
    in the ``echo_reach`` characters before ``start`` (it quotes the post it then embeds)."""
    n, reach = r.embed_echo
    words = [w.lower() for w in _WORD.findall(line)]
    runs = {tuple(words[k:k + n]) for k in range(len(words) - n + 1)}
    for m in _QUOTED.finditer(text, max(0, start - reach), start):
        said = [w.lower() for w in _WORD.findall(m.group(1) or m.group(2))]
        if n and any(tuple(said[k:k + n]) in runs for k in range(len(said) - n + 1)):
            return True
    return False


def post_start(text: str, s: int, e: int, r: Any) -> int:
    """Where the post of the embedded-post line ``text[s:e]`` begins: at ``s``, unless its
    closing signature follows more than ``flattened_chars`` characters (a capture that
    flattened the narrator's sentences and the post into one paragraph: "... the notorious
    group. Proud of my city! \u2014 Ann Roe (@annroe) May 3, 2020"). Then the post is the
    sentences read back from the signature within ``max_chars`` (links not counted) and,
    once the post speaks in the first person, only while each sentence does (the narrator's
    sentence before a post rarely says 'I'). A line of several signed posts stays whole."""
    line = text[s:e]
    if e - s <= r.embed_flattened_chars or "(@" not in line:
        return s
    tail = tail_signature(r.embed_signatures, line)
    if not tail or tail.start() <= r.embed_flattened_chars:
        return s
    post = line[:tail.start()]
    if r.embed_signatures[0].search(post):
        return s        # posts flattened one after another: all of it is the posts
    cuts = [0] + [m.end() for m in _SENTENCE_END.finditer(post)]
    unquoted = _QUOTED_ANY.sub(lambda m: " " * len(m.group()), post)
    begin, voiced, said = len(post), False, False
    for cut in reversed(cuts):
        sentence = post[cut:begin]
        words = _LINK.sub("", sentence)
        if said and len(_LINK.sub("", post[cut:])) > r.embed_max_chars:
            break
        first = bool(_FIRST.search(unquoted, cut, begin))
        if said and voiced and not first:
            break
        begin, voiced = cut, voiced or first
        said = said or bool(words.strip(" .\u2026"))
    return s + begin
