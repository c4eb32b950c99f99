"""Line shapes the furniture classifier needs more than one pattern for: a tweet's signature
closing the line that holds the post, and a playlist or carousel flattened into one line."""
from __future__ import annotations

import re
from collections import Counter
from typing import Optional

_DASHES = "\u2014\u2013-"
# a link the signature's dash may follow without a space ("pic.twitter.com/x1\u2014 Jane Doe")
_LINK_END = re.compile(r"(?:https?://|pic\.twitter\.com/)\S*\Z")
_LOWER_WORD = re.compile(r"[a-z][a-z\u2019'-]*\Z")
# what a capture may print after the signature's date: a time ("at 10:01am PST"), a link's
# one-word label ("Report"), a year mark ("г."); never more of a sentence ("\u2014 to fans.")
_SIGNATURE_TAIL = re.compile(r"\s{0,3}(?:at\s{1,3}\d{1,2}:\d{2}\s{0,3}[ap]m(?:\s{1,3}[A-Z]{2,4})?"
                             r"|\w{1,12}\.?)?\s{0,3}", re.IGNORECASE)


def tail_signature(patterns: tuple, line: str) -> Optional[re.Match]:
    """A tweet signature closing ``line`` after the post's own words (captures that print the
    post and its signature as one paragraph: "... it got hard. \u2014 Jane Doe (@jdoe) March 3,
    2024", perhaps a time or a link's label after it); only the first signature form, the one
    that names a handle and a date. It starts at the last spaced dash before the handle, or
    a dash glued to the post's closing link (a dash inside the post is the post's)."""
    at = line.rfind("(@")
    if at < 0:
        return None
    for i in range(at - 1, 0, -1):
        if line[i] in _DASHES and (line[i - 1].isspace() or _LINK_END.search(line, 0, i)):
            m = patterns[0].match(line, i)
            ok = m and _SIGNATURE_TAIL.fullmatch(line, m.end()) and line[:i].strip()
            return m if ok else None
    return None


def signed_post_lines(patterns: tuple, text: str) -> list[tuple[int, int]]:
    """Spans of the lines of ``text`` that hold a social post and its signature at the end
    (:func:`tail_signature`): the furniture classifier calls each one an embedded post, and
    a stage reading a document without furniture regions marks them as quoted words."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        if "(@" in m.group() and tail_signature(patterns, m.group().strip()):
            out.append(m.span())
    return out


def carousel(line: str, n: int = 5, times: int = 3, varied: float = 0.5,
             every: int = 100) -> bool:
    """A playlist or carousel flattened into one long line: the same run of ``n`` words (its
    controls and series label, "Next x Embed x Share CLOSE TODAY'S TOP CLIPS")
    comes back ``times`` times or more between items that differ (at least ``varied`` of the
    line's ``n``-word runs are distinct: a text that only repeats itself is not a list).
    Controls stand between items, so a run that continues a sentence (right after a
    lower-case word) is not counted, and they come back with every item (at least once per
    ``every`` words): an article scraped as one line that names an agency four times is
    prose."""
    shown = line.split()
    words = line.casefold().split()
    # the n-word run at each word (zipped in C: the same tuples as slicing at each k)
    runs = (list(zip(*[words[i:] for i in range(n)])) if n > 0 else
            [tuple(words[k:k + n]) for k in range(len(words) - n + 1)])
    if not runs:
        return False
    every_run = Counter(runs)
    if len(every_run) < varied * len(runs):
        return False
    bar = max(times, len(words) / every)
    if max(every_run.values()) < bar:
        return False    # no run comes back often enough, counted or not (most long lines)
    seen: dict = {}
    for k, key in enumerate(runs):
        if k == 0 or not _LOWER_WORD.match(shown[k - 1]):
            seen[key] = seen.get(key, 0) + 1
    return bool(seen) and max(seen.values()) >= bar


_OPENING_MARKS = "\"'`\u201c\u2018\u00ab-\u2014\u2013*\u2022("
_CLOSING_QUOTES = "\"'`\u201d\u2019\u00bb"
_CAPS_WORD = re.compile(r"\S+")
_QUOTED_PHRASE = re.compile(r"(?:^|\s)[\"'`\u201c\u2018]\w")


def caps_headline(line: str, min_words: int = 7, max_words: int = 30) -> bool:
    """A headline set in capitals: ``min_words`` (four with a quoted phrase: "RIVAL SLAMS
    'RECKLESS' LEVY"; a shorter line without one is as often a wire's subhead, "A CLOUD OF
    SUSPICION") to ``max_words`` words, (nearly) every cased letter upper case (a script
    without case, Chinese or Arabic, has none: never one), not opening with a quotation mark
    or a bullet (a shouted quotation, a list item) and not closed by sentence punctuation or a
    colon (a transcript's "JANE DOE, HOST:", a label over a list); a closing quotation mark
    after its last word is the headline's quoted phrase ("... SLAMS PLAN AS 'RECKLESS'")."""
    if line[:1] in _OPENING_MARKS or line.rstrip(_CLOSING_QUOTES)[-1:] in ".!?\u2026:;,":
        return False
    least = min(min_words, 4) if _QUOTED_PHRASE.search(line) else min_words
    if not least <= len(_CAPS_WORD.findall(line)) <= max_words:
        return False
    upper = sum(map(str.isupper, line))     # (counted in C: no letter is both)
    return upper >= 12 and sum(map(str.islower, line)) * 10 <= upper


def caps_links(text: str, lines: list, kinds: list, body: str, max_words: int) -> None:
    """A headline in capitals standing alone between two body paragraphs (:func:`caps_headline`)
    is a link to another story set inside this one ("RIVAL SLAMS MAYOR OVER 'RECKLESS' LEVY"
    between paragraphs): the story's own headline opens it, and its subheads are seldom set in
    capitals (unless its headline is: a wire's "NOSE DROPS EASE MIGRAINE PAIN" over a story of
    its digest). Read as ``related``, not the narrator's voice; a wire's long subhead in
    capitals under a mixed-case headline is read so too (2 of 26 such lines on the open sets:
    a subhead is no narration either, but it is the story's own)."""
    if not _mixed_case_headline(text, lines, kinds):
        return      # a page whose own headline is in capitals sets its subheads so too
    for i in range(1, len(lines) - 1):
        if (kinds[i] in (body, "headline") and kinds[i - 1] == body and kinds[i + 1] == body
                and caps_headline(text[slice(*lines[i])], max_words=max_words)):
            kinds[i] = "related"


def _mixed_case_headline(text: str, lines: list, kinds: list) -> bool:
    """Whether the document opens with a headline line that is not set in capitals."""
    for (s, e), kind in zip(lines[:3], kinds[:3]):
        if kind == "headline":
            return any(ch.islower() for ch in text[s:e])
    return False


# what may follow a shared post's signature to the line's end: the rest of its date ("ec 22,
# 2017 at 2:57pm PST", ", 31 December 2017"), never a sentence's full stop
_SHARED_REST = re.compile(r"[\w ,:\u00a0]{0,40}\Z")
_YEAR = re.compile(r"\b\d{4}\b")


def tail_shared(patterns: tuple, line: str) -> Optional[re.Match]:
    """An Instagram or Facebook signature closing ``line`` after the post's words ("Proud
    of the team A post shared by Jane Doe (@jdoe) on Mar 3, 2024 at 10:01am PST", "...
    Posted by Jane Doe on Sunday, 3 March 2024"): the later signature forms, searched
    where the line holds their words, followed by nothing but the date and its year."""
    low = line.lower()
    if "shared by" not in low and "posted by" not in low:
        return None
    for p in patterns[1:]:
        for m in p.finditer(line):
            rest = line[m.end():]
            if m.start() and _SHARED_REST.match(rest) and _YEAR.search(rest):
                return m
    return None


def closing_signature(patterns: tuple, line: str) -> Optional[re.Match]:
    """A post's signature closing ``line`` after its words: a tweet's
    (:func:`tail_signature`), else an Instagram or Facebook one (:func:`tail_shared`)."""
    return tail_signature(patterns, line) or tail_shared(patterns, line)
