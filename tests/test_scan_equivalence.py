"""The faster scans of extraction find exactly what the plain patterns they replace find.

Each speed-up keeps a plain reference (the pattern or search it replaced); random texts built
from our own tricky pieces (marks, apostrophes, abbreviations, non-ASCII letters, the mask
character, line breaks) and random windows must give the same matches from both.
"""
from __future__ import annotations

import random
import re

import pytest

from quotecheck.quotes import attribution, subjects
from quotecheck.quotes.attribution_words import APOSTROPHES, UP, _alternation, _caseless, lexicon
from quotecheck.text import quotemarks

_PIECES = ["said", "Said", "says", "told", "tell", "added", "adds", "warned", "unsaid", "said-so",
           "Mr", "Mrs", "Gen", "St", "Dr", "U.S.", "J.", "Ana", "Lima", "Élise", "Président", "of",
           "the", "de", "van", "x", "é", "٣", "1", "_", "-", "\u2063", " ", "  ", "\u00a0", "\t",
           "\n", ",", ".", ". ", ")", "(R-OK)", "“", "”", "‘", "’", "'", '"', "``", "''", "«",
           "»", "who", "which", "Monday", "2019", "time", "day", "\u2063\u2063\u2063"]


def _texts(seed: int, n: int = 3000, longest: int = 12):
    rnd = random.Random(seed)
    for _ in range(n):
        text = "".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, longest)))
        pos = rnd.randint(0, len(text))
        yield text, pos, rnd.randint(pos, len(text))


def _found(matches) -> list:
    return [(m.span(), m.group()) for m in matches]


def test_verbs_in_finds_what_verb_re_finds():
    lex = lexicon()
    for text, pos, end in _texts(1):
        assert _found(lex.verbs_in(text, pos, end)) == \
            _found(lex.verb_re.finditer(text, pos, end)), (text, pos, end)
        assert _found(lex.verbs_in(text)) == _found(lex.verb_re.finditer(text)), text


def test_quote_marks_are_those_of_the_plain_alternation():
    # ‘‘, ‘’ and ’’: doubled single marks read as one double mark (“…’’, ‘’…”)
    plain = re.compile("``|''|\u2018[\u2018\u2019]|\u2019\u2019|"
                       "[\"'\u201c\u201d\u2018\u2019\u201e\u201a\u00ab\u00bb\u2039\u203a\u201f\u201b]")
    for text, pos, end in _texts(2):
        assert _found(quotemarks._MARKS.finditer(text, pos, end)) == \
            _found(plain.finditer(text, pos, end)), text
        assert _found([quotemarks._MARKS.match(text, pos)] if quotemarks._MARKS.match(text, pos)
                      else []) == _found([plain.match(text, pos)] if plain.match(text, pos)
                                         else []), (text, pos)


_NAME_PIECES = ["Ana", "Lima", "Élise", "J.", "U.S.", "Gen.", "Gen", "Mr.", "St.", "Sen.", "Dr",
                "of", "of the", "for", "de", "de la", "van der", "st.", "al", "ibn", "y", "senator",
                "sen", "rev", "gov", "governor", "professor", "prof", "mayor", "said", "the", "and",
                " ", "  ", "\u00a0", "\t", "\n", ",", ".", "-", "’", "'s", "\u2063", "“", "1", "x"]


def _name_texts(seed: int, n: int = 4000, longest: int = 14):
    rnd = random.Random(seed)
    for _ in range(n):
        text = "".join(rnd.choice(_NAME_PIECES) + rnd.choice(["", " ", " ", "  ", "\u00a0"])
                       for _ in range(rnd.randint(0, longest)))
        pos = rnd.randint(0, len(text))
        yield text, pos, rnd.randint(pos, len(text))


def test_name_chain_scan_is_the_look_ahead_pattern():
    # the plain pattern: ``cap`` behind a look-ahead for its capital, and each next word's
    # connector, titles and capital each opened by their own run of spaces
    lex = lexicon()
    abbrev = _alternation(a.capitalize() for a in lex.name_abbreviations)
    cap = (rf"(?:{UP}\.(?:{UP}\.)+|(?:{abbrev})\.(?=[ \t\u00a0]+{UP})|{UP}[\w{APOSTROPHES}\-]*\w"
           rf"|{UP}\.?)")
    sp = "[ \t\u00a0]+"
    titles_lc = [t for t in lex.titles if t.isalpha() and " " not in t]
    title_lc = rf"(?:{_alternation(titles_lc)})(?![\w\-])"
    particle = _alternation(lex.particles)
    connect = rf"(?:of{sp}the|of|for|{particle}(?:{sp}{particle})?)"
    plain = re.compile(rf"(?={UP}){cap}(?:(?:{sp}{connect})?(?:{sp}{title_lc})*{sp}{cap})*")
    for text, pos, end in list(_texts(3)) + list(_name_texts(5)):
        assert _found(lex.scan_re.finditer(text, pos, end)) == \
            _found(plain.finditer(text, pos, end)), (text, pos, end)


@pytest.mark.parametrize("fast, plain", [
    (subjects._drop_party_tag, lambda s: subjects._PARTY_TAG.sub("", s)),
    (lambda s: subjects._relative_tail(s) and subjects._relative_tail(s).span(),
     lambda s: subjects.RELATIVE_CLAUSE_TAIL.search(s) and subjects.RELATIVE_CLAUSE_TAIL.search(s).span()),
    (attribution._after_quote, lambda s: attribution._AFTER_QUOTE.search(s) is not None),
])
def test_end_anchored_shortcuts_agree_with_the_plain_search(fast, plain):
    for text, _, _ in _texts(4):
        assert fast(text) == plain(text), text


_WORD_PIECES = ["he", "He", "she", "She", "sHe", "her", "Her", "his", "His", "their", "Their",
                "theirs", "s", "S", "h", "H", "T", "e", "x", "é", "’", "’s", "'", "'s", " ", "\t",
                "\u00a0", "\u2063", ",", "_", "-", "\n"]


@pytest.mark.parametrize("fast, plain", [
    ("pronouns._SUBJECT_PRONOUN", r"\b[Ss]?[Hh]e\b"),
    ("fragments._POSSESSIVE_END", r"(?:[\u2019']s?|\b(?:[Hh]is|[Hh]er|[Tt]heir))[ \t\u00a0]+"),
])
def test_class_led_word_patterns_find_what_the_word_boundary_ones_find(fast, plain):
    from quotecheck.quotes import fragments, pronouns
    module, name = fast.split(".")
    fast_re = getattr({"pronouns": pronouns, "fragments": fragments}[module], name)
    plain_re = re.compile(plain)
    rnd = random.Random(5)
    for _ in range(4000):
        text = "".join(rnd.choice(_WORD_PIECES) for _ in range(rnd.randint(0, 10)))
        pos = rnd.randint(0, len(text))
        end = rnd.randint(pos, len(text))
        assert _found(fast_re.finditer(text, pos, end)) == \
            _found(plain_re.finditer(text, pos, end)), (text, pos, end)


def test_after_quote_subject_skips_only_windows_without_a_comma():
    lex = lexicon()
    pieces = _PIECES + ["Ana Lima", "Mr. Danilov", "the minister", "she", ", now 81,", "\u2063,\u201d "]
    rnd = random.Random(6)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12))) + " said"
        vs = len(text) - 4
        q = text.rfind("\u2063", 0, vs)
        p = q + 1
        while q >= 0 and p < vs and text[p] in subjects._CLOSE_MARKS:
            p += 1
        found = subjects.after_quote_subject(text, 0, vs, lex)
        if q >= 0 and vs - q <= 160:       # the search the comma test stands in for
            m = subjects.mention_after(text, p, lex, vs)
            if m is None or m.kind not in ("name", "description") or m.start - p > 1 or \
                    not text.startswith(",", m.end):
                m = None
            assert found == m, text
        else:
            assert found is None, text


def test_possessed_roles_are_the_matches_of_the_capital_led_pattern():
    from quotecheck.quotes.entities import ROLE_AS, possessed_roles
    plain = re.compile(r"([A-Z][\w\-]*)[\u2019']s?(?!\w)" + ROLE_AS.pattern)
    pieces = ["McCallum", "’s", "'s", "’", "'", " last term as ", " as ", " as well ", "mayor",
              "Surrey", "iPhone", "x", "é", "É", "-", "_", " ", "\u2063", "Lee’s", "s", "the",
              " served", "O'Neil", "AB", "1", ",", "\n", "\t", "\u00a0", " as Mayor"]
    rnd = random.Random(7)
    hits = 0
    for _ in range(6000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
        expected = [(m.start(), m.group(1), m.group(2)) for m in plain.finditer(text)]
        assert list(possessed_roles(text)) == expected, text
        hits += bool(expected)
    assert hits > 100       # the pieces make matches, not only misses


def test_subject_after_is_the_match_of_its_pattern():
    from quotecheck.quotes import titles
    pieces = ["is", "was", "stars", "isn", " ", "  ", "\t", "\u00a0", "\n", ",", ", ", "on",
              "Showtime", "a", "“", "”", '"', "x" * 30, "the show", "\u2063", " is ", ", was ",
              ", on Showtime, ", " stars\t"]
    rnd = random.Random(7)
    for _ in range(20000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 14)))
        pos = rnd.randint(0, len(text))
        assert titles.subject_after(text, pos) == (titles.SUBJECT_AFTER.match(text, pos) is not None)


def test_mark_hits_are_the_matches_of_the_mark_scan():
    for text, _, _ in _texts(8, 6000):
        assert quotemarks._mark_hits(text) == \
            [(m.start(), m.group()) for m in quotemarks._SCAN_MARKS.finditer(text)], text
    for text in ("``", "```", "'''", "`x`", "a’b", "’a", "a’", "''a''", "a''b", "`'`'"):
        assert quotemarks._mark_hits(text) == \
            [(m.start(), m.group()) for m in quotemarks._SCAN_MARKS.finditer(text)], text


def test_sentence_boundaries_are_the_matches_of_the_boundary_search():
    from quotecheck.text import sentences
    for text, _, _ in _texts(9, 6000, 16):
        for t in (text, text.replace(" ", ". "), text.replace("x", "!\n"),
                  text.replace("e", "\u2026").replace("é", "?\u201d ")):
            assert _found(sentences._boundaries(t)) == _found(sentences._BOUNDARY.finditer(t)), t


def test_pull_lines_are_those_of_the_line_scan():
    from quotecheck.quotes import kinds

    def plain(text):
        if kinds._PULL_AT_BREAK.search(text) is None and kinds._PULL_AT_START.match(text) is None:
            return []
        return [m.span() for m in kinds._PULL_LINE.finditer(text)] if kinds._has_pull_cue(text) \
            else []
    pieces = ["READ MORE", "Related", "more", "More", "see also", "Watch", "listen", ":", " ",
              "\t", "\n", "\n\n", "“", "'", "x", "the levy", "more:", "Read more: ", "\u00a0"]
    rnd = random.Random(11)
    for _ in range(6000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 16)))
        assert kinds.pull_lines(text) == plain(text), text


def test_pull_cue_test_is_the_lower_cased_search():
    from quotecheck.quotes import kinds
    cues = ("read more", "related", "see also", "watch", "listen", "more:")
    pieces = ["READ", "Read", "read", " ", "more", "MORE", ":", "Related", "related", "İ", "Σ",
              "see", "also", "WATCH", "listen", "x"]
    rnd = random.Random(12)
    for _ in range(4000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 8)))
        assert kinds._has_pull_cue(text) == any(c in text.lower() for c in cues), text


def test_caseless_alternation_matches_what_the_flag_matches():
    # every code point against each letter's class: the classes are exactly what re's
    # case-insensitive literal accepts (the Kelvin sign, the long s, the dotted and dotless i)
    letters = "abcdefghijklmnopqrstuvwxyz"
    flagged = {c: re.compile("(?i:" + c + ")") for c in letters}
    plain = {c: re.compile(_caseless(c)) for c in letters}
    wide = re.compile("(?i:[a-z])")
    for code in range(0x110000):
        ch = chr(code)
        if wide.fullmatch(ch) is None and ch not in "kKsS":
            continue
        for c in letters:
            assert bool(flagged[c].fullmatch(ch)) == bool(plain[c].fullmatch(ch)), (c, hex(code))
    assert plain["k"].fullmatch("\u212a") and plain["s"].fullmatch("\u017f")


def test_caseless_group_words_agree_with_the_flagged_alternation():
    words = ["protesters", "co-authors", "élus", "police", "residents", "fans"]
    alternation = _alternation(words)
    fast = re.compile(_caseless(alternation) + r"(?![\w\-])")
    slow = re.compile("(?i:" + alternation + r")(?![\w\-])")
    pieces = words + ["PROTESTERS", "Police", "ÉLUS", "Élus", "Co-Authors", "\u017fans", "fan",
                      "re\u017fidents", "pol\u0130ce", "pol\u0131ce", " ", "-", "x", "\u2063"]
    rnd = random.Random(7)
    for _ in range(3000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 4)))
        for pos in range(len(text) + 1):
            a, b = fast.match(text, pos), slow.match(text, pos)
            assert (a and a.span()) == (b and b.span()), (text, pos)


def test_verb_scan_skips_only_stretches_too_short_for_a_hit():
    lex = lexicon()
    shortest = min(len(w) for w in lex.verb_lemma)
    for form in ("say", "vow", "ask", "said"):
        for text in (" " + form, "\u2063 " + form + "\u2063", "\u2063" + form, form + "\u2063"):
            assert _found(lex.verbs_in(text)) == _found(lex.verb_re.finditer(text)), text
    assert lex._scan_shortest == shortest + 1
