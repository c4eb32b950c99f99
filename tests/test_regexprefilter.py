"""The literal prefilter of rule patterns: sound needles, the same matches as the engine."""
from __future__ import annotations

import random
import re

from quotecheck.resources.regexneedles import required_literals
from quotecheck.resources.regexprefilter import Guarded, fold, guard
from quotecheck.resources.regexruns import run_scoped


def test_needles_of_a_caption_tail():
    p = re.compile(r".{0,600}\b(?:hide caption|toggle caption)(?:\s{1,3}\d{1,3})?", re.I)
    assert required_literals(p) == ("hide caption", "toggle caption")


def test_optional_letters_expand_and_a_needle_holding_another_goes():
    assert required_literals(re.compile("colou?r")) == ("color", "colour")
    # 'according to the ' holds 'according to ': the shorter one answers for both
    assert required_literals(re.compile(r"\baccording to (?:the )?[A-Z]")) == ("according to ",)


def test_zero_width_items_keep_literals_adjacent():
    assert required_literals(re.compile(r"var(?<!\wvar)\s\w", re.I)) == ("var",)
    assert required_literals(re.compile(r"^[^\S\n]*By (?P<n>\w+)", re.M)) == ("By ",)


def test_no_needles_where_a_match_needs_no_literal():
    assert required_literals(re.compile(r"\w+\s\w+")) is None
    assert required_literals(re.compile(r"(?:abc|\d+)x?")) is None
    assert guard(re.compile(r"\w+")) is not None


def test_case_insensitive_needles_find_the_letters_re_folds():
    # re.IGNORECASE matches the long s and the dotless i to 's' and 'i'; lower() does not
    p = guard(re.compile(r"^.{0,50}\bsource: (\w+)$", re.I | re.M))
    assert isinstance(p, Guarded)
    for text in ("Photo \u017fource: AP", "Photo SOURCE: AP", "x\nphoto \u017fOURCE: Ap"):
        assert p.search(text) is not None, text
    assert guard(re.compile(r"\bpolit\w+", re.I)).search("the POL\u0131T\u0131cs") is not None


def test_the_dotted_capital_i_is_an_i_to_the_needles_as_to_the_engine():
    # re.IGNORECASE matches U+0130 to 'i', but lower() gives 'i' plus a combining dot
    p = guard(re.compile(r"\bistanbul\b", re.I))
    assert isinstance(p, Guarded)
    for text in ("Reported from \u0130STANBUL today", "\u0130stanbul", "v\u0130a"):
        assert (p.search(text) is None) == (re.search(r"\bistanbul\b", text, re.I) is None)
    assert guard(re.compile(r"\bvia\b", re.I)).search("photo V\u0130A AP") is not None


def test_folding_keeps_offsets_so_bounded_and_line_searches_may_use_them():
    # Guarded.may_match with bounds and LineLed's openers find needles in the folded text
    # and read the places as offsets into the text: one character for one
    for text in ("\u0130STANBUL", "a\u0130\u0131\u017fK\u212a\u1e9e\u00df", "v\u0130a wire\n\u0130"):
        assert len(fold(text)) == len(text), text
    p = guard(re.compile(r"\bistanbul\b", re.I))
    text = "\u0130\u0130 from \u0130STANBUL today"
    assert p.search(text, 3) is not None and p.search(text, 3, 12) is None
    led = run_scoped(re.compile(r"^.*(\bvia wire\b|\bphoto:).*$", re.I | re.M))
    assert led.openers and [m.span() for m in led.finditer("x\nPhoto V\u0130A WIRE\n")] == [(2, 16)]


def test_a_group_that_turns_case_off_gives_its_folded_literals():
    # (?-i:...) inside a case-insensitive pattern: its exact letters are in the folded text
    p = re.compile(r"^[A-Z][^\n]{1,99}?(?-i:Read more|READ MORE)$", re.I | re.M)
    assert required_literals(p) == ("read more",)
    assert isinstance(guard(p), Guarded)
    # (?i:...) inside a case-sensitive one: its letters may be any case, no needle from it
    assert required_literals(re.compile(r"(?i:read more)\w")) is None
    assert required_literals(re.compile(r"(?i:via) AP")) == (" AP",)


def test_a_pattern_wholly_case_off_tests_its_needles_case_and_all():
    # (?-i:...) around the whole pattern: only " MORE" as written can be in a match, so the
    # needle is tested on the text itself (the folded " more" let nearly every page through)
    p = guard(re.compile(r"(?-i:(?<=[a-z])[A-Z][^\n]{3,40}? MORE\b)", re.I))
    assert isinstance(p, Guarded) and p.needles == (" MORE",) and not p.ignore
    assert not p.may_match("Ann Lee said more on Sunday") and p.search("saidAnn Lee MORE") is not None
    # a case-off group beside other items keeps the folded needles
    q = guard(re.compile(r"x(?-i: MORE)\b", re.I))
    assert q.needles == ("x more",) and q.ignore


def test_guarded_patterns_match_exactly_as_the_engine():
    rng = random.Random(7)
    pieces = ["Ann", "MORE", " MORE", "More", "ed", "hide caption", "\u0130", "FAX", "Via ", "via", " ", "\n", "a", "B", "(AP)", "\u017f", "x", ".",
              "From ", "photo:", "\u00a9", "1", "--", "fax", ": ", "Read more", "READ MORE", "VIA"]
    patterns = [
        (r".{0,40}\b(?:hide caption|toggle caption)", re.I),
        (r"^[^\S\n]*(?:Via|From) (?P<n>[A-Z]\w*)", re.M),
        (r"^.*(\u00a9|\bvia reuters\b|\bphoto:).*$", re.I | re.M),
        (r"(?:^|(?<=[.!?]\s))[^\S\n]*From (?P<n>\w+)", re.M),
        (r"^[^\S\n]*--[^\n]{0,20}\bfax\b", re.I | re.M),
        (r"\((?:ap|afp)\)", re.I),
        (r"\b(?:fax|via)\b", re.I),
        (r"^[^\S\n]*[A-Z][^\n]{0,20}?(?-i:Read more|READ MORE)[^\S\n]*$", re.I | re.M),
        (r"(?i:via) (?P<n>\w+)", 0),
        (r"(?-i:(?<=[A-Za-z][a-z])[A-Z][a-z\x27][^\n]{1,40}? MORE\b)", re.I),
        (r"(?-i:^[^\S\n]*[A-Z]\w*[^\n]{0,9}?\bRead more\b)", re.I | re.M),
    ]
    for source, flags in patterns:
        raw = re.compile(source, flags)
        guarded = guard(raw)
        for _ in range(300):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
            assert [m.span() for m in guarded.finditer(text)] == \
                [m.span() for m in raw.finditer(text)], (source, text)
            pos = rng.randint(0, len(text))
            end = rng.randint(pos, len(text) + 2)
            for method in ("search", "match", "fullmatch"):
                for args in ((text,), (text, pos, end)):   # a window of the text too
                    a, b = getattr(guarded, method)(*args), getattr(raw, method)(*args)
                    assert (a and a.span()) == (b and b.span()), (source, method, args)


def test_guard_keeps_the_pattern_where_the_engine_is_fast():
    fast = re.compile(r"\(\w+\)")          # the engine skips to each '(' by itself
    assert guard(fast) is fast
    slow = guard(re.compile(r"\b\w{1,40}\s{0,3}:\s{0,3}'", re.I))
    assert isinstance(slow, Guarded) and slow.search("no colon here") is None
    assert slow.pattern == r"\b\w{1,40}\s{0,3}:\s{0,3}'" and slow.flags & re.I


def test_many_needles_behind_a_lead_are_searched_through_the_lead_alone():
    """speed29: a \\b-led word list of 12 or more words is searched through its lead only (one
    scan beats an ``in`` test of each word), with the matches of the raw pattern; a short
    list keeps its needles."""
    from quotecheck.resources.regexprefilter import LEAD_NEEDLES

    nations = ["Chilean", "Cuban", "Czech", "Danish", "Dutch", "Egyptian", "Finnish",
               "French", "German", "Greek", "Haitian", "Iranian", "Iraqi"]
    assert len(nations) >= LEAD_NEEDLES
    source = r"\b(?:" + "|".join(nations) + r")[ \t]+([A-Z]\w+)\b"
    raw, guarded = re.compile(source), guard(re.compile(source))
    assert isinstance(guarded, Guarded) and guarded.lead is not None and not guarded.needles
    short = guard(re.compile(r"\b(?:" + "|".join(nations[:3]) + r")[ \t]+([A-Z]\w+)\b"))
    assert short.lead is not None and short.needles
    rng = random.Random(29)
    pieces = nations + ["xGerman", "Germans", "Cub", " ", "  ", "\t", "Ann", "Lee", "a", ".",
                        "\n", "German\t"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert [(m.span(), m.groups()) for m in guarded.finditer(text)] == \
            [(m.span(), m.groups()) for m in raw.finditer(text)], text
        assert (guarded.search(text) and guarded.search(text).span()) == \
            (raw.search(text) and raw.search(text).span()), text
