"""The fast scans of extraction find what the plain rules they replace find (issue #12 speed):
quote marks less in-word apostrophes, gendered pronouns, pull lines and term cues."""
from __future__ import annotations

import re

from quotecheck.quotes import entities, kinds
from quotecheck.text import quotemarks

SNIPPETS = [
    "Ana Ruiz won\u2019t say it: \u201cWe\u2019re done,\u201d she said of the \u201990s plan.",
    "O'Brien's aide said 'no' twice, then ''maybe'' and ``yes''.",
    "\u00e9\u2019\u00e9 _'_ 1'2 a''b x\u2019y\u2019z 'a a' \u2018quoted\u2019 \u201eGerman\u201c \u00abfr\u00bb",
    "He said his plan helps him; she thanks her aide, hers is herself. Shed the"
    " shelter, the hero, Hemingway, ahe, xhe, he_ and SHE stay out.",
    "READ MORE: \u201cCouncil backs levy\u201d\nBody text with related words.\n"
    "  Watch: the \u201cfull\u201d briefing\nsee also: \u201cbudget\u201d\nLater lines more: none",
    "No cue here at all: just \u201cwords\u201d\nand another line",
]


def test_scan_marks_skip_only_apostrophes_inside_words():
    for text in SNIPPETS:
        n = len(text)
        plain = [(m.start(), m.group()) for m in quotemarks._MARKS.finditer(text)]
        plain = [(p, k) for p, k in plain if not (k in "\u2019'" and 0 < p < n - 1
                                                  and text[p - 1].isalnum() and text[p + 1].isalnum())]
        assert [(m.start(), m.group()) for m in quotemarks._SCAN_MARKS.finditer(text)] == plain


def test_gendered_pronouns_are_whole_words_only():
    plain = re.compile(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself|[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b")
    for text in SNIPPETS:
        for start in range(0, len(text), 7):
            assert entities.GENDERED_WORD.findall(text, start) == plain.findall(text, start)
    assert entities.GENDERED_WORD.findall(SNIPPETS[3]) == [
        "He", "his", "him", "she", "her", "hers", "herself"]


def test_pull_lines_as_the_plain_scan():
    for text in SNIPPETS + ["Related: \u201cx\u201d", "x\n\tListen: y"]:
        plain = [m.span() for m in kinds._PULL_LINE.finditer(text)] \
            if kinds._has_pull_cue(text) else []
        assert kinds.pull_lines(text) == plain
    assert len(kinds.pull_lines(SNIPPETS[4])) == 3      # READ MORE, Watch, see also


def test_term_cue_needs_its_last_word():
    for before in ("the term ", "known as the ", "words such as ", "Latin for: ", "nicknamed ",
                   "the catchphrase \u2014 ", "short for ,", "he said ", "the terms ", "a word,-"):
        found = kinds._TERM_CUE.search(before) is not None
        assert not found or kinds._cue_ending(before)
    assert not kinds._cue_ending("he said ")
