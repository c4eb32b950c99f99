"""An op-ed author's short note, closing the piece or bracketed under its byline (issue 15).

"Jane Roe is a professor of law at ...", "Norman Doe, a delegate from Ohio, is coordinator
of ...": the name, 'is' or 'was' and a role, in a short last paragraph
(:func:`~quotecheck.framing.opinionmarks.closing_note`). A report's last line can take the
same shape about a news subject, and that is not the author (issue 15/11: such a report read
as an op-ed and lost its framing findings). So the note is not read as the author's when
(``[closing_note]`` of ``opinion-voice.toml``):

* the person is given an age ("John Doe, 38, is the founder of ...": news style for a subject);
* the role's object is a thing the report has named already, a lower-case definite noun
  ending the clause ("... is the director of the agency.", "... is the author of the bill."):
  an author's note names its institution;
* the role is the author of a bill, a complaint or another document, not of a book (the
  ``book`` pattern of ``[closing_bio]``);
* the role word is a verb after 'to' ("... is expected to chair the meeting");
* its first sentence names a newsroom staff post (``[closing_bio] staff``: "X is a staff
  writer for ...", "X, the paper's bureau chief, ..."): a reporter's bio under a report.
"""
from __future__ import annotations

import re
from functools import lru_cache

from quotecheck.framing.opinionmarks import closing_note
from quotecheck.resources.regexruns import run_scoped
from quotecheck.resources.ruledata import load_data

# The author's note closing an op-ed, its own short last paragraph: "Norman Solomon, a
# delegate from California, is coordinator of ...", "Jane Roe is a professor of law at ...",
# "Mr. Roe is Director of ..." (a role as a title), "Jane Roe is the editor of X and author of
# the book Y"; not a staff journalist's ("X is senior media editor at ..."). The role is no
# verb after 'to' ("is expected to chair").
_AUTHOR_NOTE = re.compile(
    r"^[A-Z][\w.'\u2019\-]+(?: [A-Z][\w.'\u2019\-]+){1,3}(?:, [^.\n]{3,160},)? (?:is|was) "
    r"(?:an? |the )?(?:[^.\n]{0,80}? and (?:the )?(?=author of)|(?:[\w\-]+ ){0,4})(?<!\bto )"
    r"((?i:author|professor|director|founder|co-founder|fellow|"
    r"president|coordinator|chairman|chairwoman|chair|editor emeritus|writer|analyst|lecturer|"
    r"researcher|scholar|adviser|advisor|strategist|executive|columnist|contributor|"
    r"critic (?:for|at)|reviewer (?:for|at)|publisher|ceo))\b")
_FIRST_SENTENCE = re.compile(r"[^\n]*?[.!?](?=\s+[A-Z\"\u201c(@]|\s*$)|[^\n]*")


@lru_cache(maxsize=1)
def _subject_tests() -> tuple:
    """The compiled tests of a news subject's line: (openings, objects, staff, book)."""
    rules = load_data("opinion-voice")
    data, bio = rules["closing_note"], rules["closing_bio"]
    return (re.compile("|".join(data["subject_openings"])),
            re.compile("|".join(data["subject_objects"])),
            re.compile(bio["staff"], re.I), re.compile(bio["book"]))


def author_note(note: str) -> bool:
    """Whether ``note`` (a short paragraph) is an op-ed author's note: the name, 'is' or
    'was' and a role, and none of the marks of a news subject's line (the module's list)."""
    m = _AUTHOR_NOTE.match(note)
    if m is None:
        return False
    openings, objects, staff, book = _subject_tests()
    if openings.match(note) or objects.match(note, m.end()) or \
            staff.search(_FIRST_SENTENCE.match(note).group()):
        return False
    rest = note[m.end(1):]      # 'author of' a bill or a complaint is a news subject's role
    return m.group(1).lower() != "author" or not re.match(r" of\b", rest) or \
        bool(book.search("is author" + rest))


def closing_author_note(text: str) -> bool:
    """Whether the last paragraph of ``text`` is an op-ed author's note (:func:`author_note`)."""
    return author_note(closing_note(text, by_line=False))


# a byline paragraph, then the author's note in brackets ("By TIM ROE / (Tim Roe, a Lakota, is
# publisher of Indian Country Today.)"): a syndicated column's, not a staff reporter's
_BYLINE_THEN_NOTE = run_scoped(re.compile(
    r"(?m)^[ \t]*By [A-Z][^\n]{2,60}\n[ \t]*\n[ \t]*\(([^()]{10,300})\)"))


def byline_note(head: str) -> bool:
    """Whether a bracketed author's note (:func:`author_note`) follows the byline at the top,
    not about a staff writer or a correspondent."""
    m = _BYLINE_THEN_NOTE.search(head)
    note = " ".join(m.group(1).split()) if m else ""
    return bool(note) and not re.search(r"\b(?:staff|correspondent|reporter)\b", note, re.I) \
        and author_note(note)
