"""QC208 and directional isolates (issue 11): a matched LRI/FSI ... PDI pair around
left-to-right text, between left-to-right text in a left-to-right paragraph (what social sites
wrap around user names), changes nothing a reader sees and is not reported, nor is any
left-to-right control in a paragraph without right-to-left text; an RLI, an override, an
unmatched control beside right-to-left text, or an isolate holding or touching it is.
The classic Trojan Source reorderings stay reported. Our own snippets. Where the system's
GNU FriBidi library is present, a property checks against it that removing every control
:func:`bidi_runs` leaves out changes no visible character's place or mirrored form."""
import ctypes
import ctypes.util
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.cli import main
from quotecheck.quotes.invisible import BIDI_CONTROLS, bidi_runs

LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
LRE, RLE, PDF, LRO, RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
HEB = "\u05e9\u05dc\u05d5\u05dd"


def _flagged(text):
    return [text[s:e] for s, e, _ in bidi_runs(text, 0, len(text))]


def test_isolates_around_user_names_in_a_left_to_right_post_are_not_reported():
    text = (f"A reader wrote: \u201cthanks to {LRI}@someuser{PDI}, owner of the {LRI}@oldbar, "
            f"the agent Jane Roe, etc{PDI}. See you at {FSI}@third_one{PDI} 2day!\u201d")
    assert _flagged(text) == []


def test_isolates_that_can_reorder_stay_reported():
    assert _flagged(f"one {RLI}@user{PDI} two") == [RLI, PDI]          # right-to-left isolate
    assert _flagged(f"one {LRI}@user {HEB}") == [LRI]                 # runs to the paragraph end
    assert _flagged(f"{HEB} one @user{PDI} two") == [PDI]             # unmatched
    assert _flagged(f"one {LRI}{HEB}{PDI} two") == [LRI, PDI]         # right-to-left content
    assert _flagged(f"one {FSI}{HEB} x{PDI} two") == [FSI, PDI]       # FSI that resolves RTL
    assert _flagged(f"one {LRI}x {RLI}y{PDI}{PDI} two") == [LRI, RLI, PDI + PDI]
    assert _flagged(f"{HEB} {LRI}abc{PDI} {HEB}") == [LRI, PDI]       # neutrals flip to RTL
    assert _flagged(f"abc {HEB} {LRI}12{PDI} def") == [LRI, PDI]      # RTL text before it
    assert _flagged(f"abc {LRI}x{PDI} {HEB} y") == []                 # L before: RTL after is fine
    assert _flagged(f"abc \u0661 {LRI}x{PDI} y") == [LRI, PDI]        # an Arabic number
    assert _flagged(f"abc {LRI}x{PDI} y {LRO}z{PDF} {HEB}") == [LRI, PDI, LRO, PDF]


def test_left_to_right_controls_in_a_left_to_right_paragraph_are_not_reported():
    """A pasted post's controls with no right-to-left character anywhere in the paragraph:
    an embedding inside an isolate around a mention, an unmatched isolate, an override of
    left-to-right text; every level stays even, so nothing displays differently."""
    assert _flagged(f"A post: \u201cthanks {LRI}{LRE}@some_user{PDI} for 12 tips\u201d") == []
    assert _flagged(f"one {LRI}@user two") == []
    assert _flagged(f"one @user{PDI} two") == []
    assert _flagged(f"abc {LRI}x{PDI} y {LRO}z{PDF}") == []


def test_an_isolate_splitting_a_bracket_pair_beside_right_to_left_text_is_reported():
    """BD13, BD16, N0/N1: the '(' inside the isolate no longer pairs with the ')' outside it,
    so that ')' resolves by the Hebrew letter and digit around it rather than as its pair's
    left-to-right bracket: FriBidi shows 'a(1(ש' with the pair and 'a(ש)1' without
    (hypothesis found it). Brackets that pair inside the isolate, or text with nothing
    right-to-left, still leave it harmless."""
    assert _flagged(f"a{LRI}({PDI}ש)1") == [LRI, PDI]
    assert _flagged(f"a ({LRI}x){PDI}{HEB})1") == [LRI, PDI]
    assert _flagged(f"a{LRI}@x ({PDI}{HEB}) 1") == [LRI, PDI]
    assert _flagged(f"a{LRI}(x){PDI}{HEB})1") == []
    assert _flagged(f"a ({LRI}[x]{PDI}{HEB})1") == []
    assert _flagged(f"a {LRI}\u2329x\u3009{PDI} {HEB} 1") == []    # canonical pair (BD16)
    assert _flagged(f"a{LRI}({PDI}b)1") == []


def _all_flagged(text):
    kept = {k for s, e, _ in bidi_runs(text, 0, len(text)) for k in range(s, e)}
    return kept == {k for k, c in enumerate(text) if c in BIDI_CONTROLS}


def test_trojan_source_reorderings_stay_reported():
    """The attacks of Boucher and Anderson's Trojan Source (2021), shaped as quotations:
    every control of each stays reported, isolates included."""
    stretched = f"\u201cAccess level: {RLO}{LRI}// Check if admin{PDI}{LRI}user{PDI}{PDF}\u201d"
    early_return = f"\u201cif admin {RLO} {LRI}then return{PDI}{LRI}; admins only{PDI}{PDF}\u201d"
    invisible_function = f"\u201cIs the user an admin{RLI} {LRI}is_admin{PDI}{PDI}?\u201d"
    override = f"\u201cWe will cut taxes for {RLO}ylimaf yreve{PDF} this year.\u201d"
    embedding = f"\u201cpay {RLE}100 now{PDF}, {LRE}he said{PDF}\u201d"
    lone_isolates = f"\u201cpay {RLI}100 now{PDI}, {LRI}{HEB}{PDI} {FSI}{HEB}{PDI}\u201d"
    for text in (stretched, early_return, invisible_function, override, embedding,
                 lone_isolates):
        assert _all_flagged(text), text


def _compare_codes(tmp_path, capsys, monkeypatch, quote):
    """The finding codes of ``quotecheck compare`` on one short document holding ``quote``."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "b.txt").write_text(
        f"Readers replied at once. One wrote: \u201c{quote}\u201d The post was shared.\n",
        encoding="utf-8")
    main(["compare", str(tmp_path / "b.txt"), "--format", "json", "--quiet"])
    return [f["code"] for f in json.loads(capsys.readouterr().out)["findings"]]


def test_qc208_not_raised_for_isolates_around_a_mention(tmp_path, capsys, monkeypatch):
    quote = (f"the owner of {LRI}@somebar{PDI}, owner of the {LRI}@oldplace, the agent Jane "
             f"Roe, etc{PDI}. They pay for it.")
    assert "QC208" not in _compare_codes(tmp_path, capsys, monkeypatch, quote)


def test_qc208_still_raised_for_a_right_to_left_isolate(tmp_path, capsys, monkeypatch):
    quote = f"the owner of {RLI}@somebar!{PDI} pays for it."
    assert _compare_codes(tmp_path, capsys, monkeypatch, quote).count("QC208") == 2


_PIECES = ["a", "b c", " ", "!", "(", ")", "1", "23", "-", HEB[:1], HEB[1:3], "\u0661",
           LRI, RLI, FSI, PDI, "\u200e", "\u200f", LRI + "@x" + PDI, FSI + "y z" + PDI,
           LRI + "1" + PDI, LRI + "q!" + PDI, RLO, PDF, LRE, LRO]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


@given(st.text(alphabet=BIDI_CONTROLS + "ab \n.1\u05e9\u0661\u0628(", max_size=40),
       st.integers(0, 40), st.integers(0, 40))
def test_bidi_runs_never_crash_and_stay_in_range(text, i, j):
    lo, hi = min(i, j, len(text)), min(max(i, j), len(text))
    for s, e, names in bidi_runs(text, lo, hi):
        assert lo <= s < e <= hi and names
        assert all(c in BIDI_CONTROLS for c in text[s:e])


_LTR = st.text(alphabet="abc XYZ.,;:!?()-12@_", max_size=8)


@given(st.lists(st.tuples(_LTR, st.sampled_from([LRI, FSI]), _LTR), max_size=6), _LTR)
def test_isolates_in_left_to_right_text_are_never_counted(parts, tail):
    """Our own reasoning, checked without any oracle (always runs): with no right-to-left
    letter, Arabic number or mark anywhere and no nesting, every visible character resolves
    left-to-right, at level 0 outside the isolates and 2 inside, with or without them; even
    levels keep their logical order (L2) and are never mirrored (L4), so removing the
    controls changes nothing on screen, and none may be counted."""
    text = "w " + "".join(a + opener + b + PDI for a, opener, b in parts) + tail
    assert bidi_runs(text, 0, len(text)) == []


def _fribidi():
    name = ctypes.util.find_library("fribidi")
    if not name:
        return None
    lib = ctypes.CDLL(name)
    lib.fribidi_log2vis.restype = ctypes.c_int8
    return lib


_LIB = _fribidi()


def _display(text):
    """What FriBidi shows for one paragraph: the visible characters in visual order, mirrored
    where they sit at an odd level; bidi controls dropped."""
    n = len(text)
    src = (ctypes.c_uint32 * n)(*map(ord, text))
    vis = (ctypes.c_uint32 * n)()
    base = ctypes.c_uint32(0x40)                   # FRIBIDI_PAR_ON: direction from P2/P3
    assert _LIB.fribidi_log2vis(src, n, ctypes.byref(base), vis, None, None, None)
    return "".join(chr(c) for c in vis if chr(c) not in BIDI_CONTROLS)


# An optional oracle, like the suite's other optional tools (FriBidi is no dependency): where
# it is absent, the left-out shapes stay pinned by name above and left-to-right text by the
# property of our own reasoning; only right-to-left text after a left-out isolate and random
# mixtures need it. (Comment, not docstring: the CI profile derives its examples from the
# test's source.)
@pytest.mark.skipif(_LIB is None, reason="GNU FriBidi not installed")
@settings(max_examples=600)
@given(_TEXT, _TEXT, st.sampled_from(["", "abc ", HEB + " "]))
def test_controls_left_out_change_nothing_on_screen(left, right, lead):
    """Harmless by :func:`bidi_runs` implies the same display without the control."""
    text = lead + left + right
    if not text:
        return
    kept = {k for s, e, _ in bidi_runs(text, 0, len(text)) for k in range(s, e)}
    without = "".join(c for k, c in enumerate(text) if k in kept or c not in BIDI_CONTROLS)
    assert _display(text) == _display(without)


def test_many_isolates_in_one_paragraph_stay_linear():
    """Each control asked for its paragraph and scanned back over every isolate before it:
    20,000 pairs took minutes. Now each paragraph is read once."""
    import time

    start = time.perf_counter()
    for piece in (f"{LRI}a{PDI} ", f"{LRI}a{PDI} {RLI}", "a\u200f "):
        text = "x \u201c" + piece * 20000 + "\u201d"
        bidi_runs(text, 0, len(text))
    assert time.perf_counter() - start < 10
