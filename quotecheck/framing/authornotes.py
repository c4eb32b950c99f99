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
from typing import NamedTuple

from quotecheck.framing.opinionmarks import closing_bio, closing_note
from quotecheck.resources.regexruns import run_scoped
from quotecheck.resources.ruledata import load_data
from quotecheck.text.lexicon import word_alternation

# The author's note closing an op-ed, its own short last paragraph: "Norman Doe, a delegate
# from Ohio, is coordinator of ...", "Jane Roe is a professor of law at ...", "Jane Roe is the
# editor of X and author of the book Y": the name, 'is' or 'was', then a role word of
# ``[closing_note] roles`` (group 1), which is no verb after 'to' ("is expected to chair").
_AUTHOR_NOTE = (r"^[A-Z][\w.'\u2019\-]+(?: [A-Z][\w.'\u2019\-]+){1,3}(?:, [^.\n]{3,160},)? "
                r"(?:is|was) (?:an? |the )?(?:[^.\n]{0,80}? and (?:the )?(?=author of)"
                r"|(?:[\w\-]+ ){0,4})(?<!\bto )((?i:%s))\b")
# the note's first sentence (a staff post named there makes it a reporter's bio)
_FIRST_SENTENCE = re.compile(r"[^\n]*?[.!?](?=\s+[A-Z\"\u201c(@]|\s*$)|[^\n]*")
_OF_NEXT = re.compile(r" of\b")       # 'author of' ...: what the author wrote follows


class _NoteTests(NamedTuple):
    """The compiled tests of an author's note and of a news subject's line of its shape."""
    note: "re.Pattern"          # the note's shape, its role word as group 1
    openings: "re.Pattern"      # a subject's opening: an age after the name
    objects: "re.Pattern"       # a role object the report has named already ('of the agency.')
    byline_staff: "re.Pattern"  # a staff journalist's word in a note under the byline


@lru_cache(maxsize=1)
def _tests() -> _NoteTests:
    """The tests of ``[closing_note]`` of ``opinion-voice.toml``, compiled once (a staff post
    and a book: :func:`~quotecheck.framing.opinionmarks.closing_bio`'s)."""
    data = load_data("opinion-voice")["closing_note"]
    return _NoteTests(re.compile(_AUTHOR_NOTE % "|".join(data["roles"])),
                      re.compile("|".join(data["subject_openings"])),
                      re.compile("|".join(data["subject_objects"])),
                      re.compile(r"\b(?:%s)\b" % word_alternation(data["byline_staff"]), re.I))


def author_note(note: str) -> bool:
    """Whether ``note`` (a short paragraph) is an op-ed author's note: the name, 'is' or
    'was' and a role, and none of the marks of a news subject's line (the module's list)."""
    tests = _tests()
    m = tests.note.match(note)
    if m is None:
        return False
    _, book, staff, _ = closing_bio()
    if tests.openings.match(note) or tests.objects.match(note, m.end()) or \
            staff.search(_FIRST_SENTENCE.match(note).group()):
        return False
    rest = note[m.end(1):]      # 'author of' a bill or a complaint is a news subject's role
    return m.group(1).lower() != "author" or not _OF_NEXT.match(rest) or \
        bool(book.search("is author" + rest))


def closing_author_note(text: str) -> bool:
    """Whether the last paragraph of ``text`` is an op-ed author's note (:func:`author_note`)."""
    return author_note(closing_note(text, by_line=False))


# a byline paragraph, then the author's note in brackets ("By TIM ROE / (Tim Roe, a rancher, is
# publisher of the Plains Courier.)"): a syndicated column's, not a staff reporter's
_BYLINE_THEN_NOTE = run_scoped(re.compile(
    r"(?m)^[ \t]*By [A-Z][^\n]{2,60}\n[ \t]*\n[ \t]*\(([^()]{10,300})\)"))


def byline_note(head: str) -> bool:
    """Whether a bracketed author's note (:func:`author_note`) follows the byline at the top,
    not about a staff writer or a correspondent (``[closing_note] byline_staff``)."""
    m = _BYLINE_THEN_NOTE.search(head)
    note = " ".join(m.group(1).split()) if m else ""
    return bool(note) and not _tests().byline_staff.search(note) and author_note(note)
