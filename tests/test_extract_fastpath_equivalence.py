"""The faster forms give the answers of the plain ones they replace, on random texts.

- ``possessor_names.words_before``: the words ``_WORD_BEFORE``'s matches give, found from the
  surname's occurrences;
- ``datelines.blank_photo_credits``: the credit-line patterns tried at line starts only, and the
  text folded once (checked against the plain form kept below);
- ``speech_turns._LABEL`` and ``framing.turns._TITLE_LABEL``: tried only on lines holding a
  colon;
- ``AntecedentTests._subhead``: the line-start test first (checked against the plain form).
"""
from __future__ import annotations

import random
import re

from quotecheck.framing import turns
from quotecheck.quotes import datelines, speech_turns
from quotecheck.quotes.attribution_words import lexicon
from quotecheck.quotes.possessor_names import _WORD_BEFORE, words_before
from quotecheck.quotes.pronoun_antecedents import _SUBHEAD_WORDS, AntecedentTests
from quotecheck.resources.regexprefilter import fold


def _texts(pieces: list, n: int, longest: int, seed: int):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(pieces) for _ in range(rng.randint(0, longest)))


def test_words_before_match_the_pattern():
    pieces = ["Lee", "Lee", " ", "\t", "\u00a0", "a", "B", ".", "-", "'", "\u2019", "_", "1",
              "\u00e9", "\n", ",", "Leex", "xLee", "\u00b2", "Ann ", "Mrs. "]
    for k, text in enumerate(_texts(pieces, 40000, 14, 37)):
        surname = ("Lee", "L", "Lee.", "e", "ee")[k % 5]
        expected = [m.group(1) for m in re.finditer(_WORD_BEFORE % re.escape(surname), text)]
        assert list(words_before(text, surname)) == expected, (text, surname)


def _plain_photo_credits(masked: str) -> str:
    """blank_photo_credits as it was: the patterns' own finditer, lower() and fold() apart."""
    low = masked.lower()
    if "/" not in masked and "photo" not in low and "via " not in masked and \
            "credit" not in low and "image" not in low and "picture" not in low:
        return masked
    spans = [m.span() for m in datelines._CREDIT_PAREN.finditer(masked)
             if datelines._credit_words(m.group(1))]
    folded = fold(masked)
    if "\u0130" in masked or any(w in folded for w in datelines._CUE_STEMS):
        spans += [m.span(1) for m in datelines._CREDIT_LINE.finditer(masked)
                  if datelines._credit_words(m.group(0).strip())]
    if "via" in masked:
        spans += [m.span(1) for m in datelines._VIA_LINE.finditer(masked)
                  if datelines._credit_words(m.group(1))]
    return datelines.blanked(masked, spans)     # the blanking is no part of the fast path


def test_photo_credits_as_plain():
    pieces = ["Photo: ", "photo by ", "Credit:", "\n", " ", "Jo Park/Wire", "via Getty",
              " via AP", "x", "Jo", "\u00a0", "\t", "PHOTO", "images:", "\u0130", "\u0131",
              "\u017f", "cred\u0131t", "(AP Photo/Jo Park)", "/", "some lower words", "\n\n", "(",
              ")", "Picture: ", "\u2063"]
    for text in _texts(pieces, 40000, 16, 38):
        assert datelines.blank_photo_credits(text) == _plain_photo_credits(text), text


def test_turn_labels_as_the_pattern():
    pieces = ["A", "Bo", "PARK", "Mr.", " ", "\t", ":", ": ", "\n", "x", "\u201c", "1", "'", "-",
              ".", "\n\n", "Jo Park: Good day", "see http://x", "\u00a0"]
    for label in (speech_turns._LABEL, turns._TITLE_LABEL):
        for text in _texts(pieces + ["Al Roe:", "Matthews: Well"], 30000, 20, 39):
            expected = [(m.span(), m.group("label")) for m in label.regex.finditer(text)]
            assert [(m.span(), m.group("label")) for m in label.finditer(text)] == expected, text
    assert speech_turns.not_speaker_heads() is speech_turns.not_speaker_heads()


class _Lines(AntecedentTests):
    def __init__(self, masked: str, sentences: list):
        self.masked, self.sentences, self.lex = masked, sentences, lexicon()


def _plain_subhead(r: _Lines, sj: int) -> bool:
    s0, s1 = r.sentences[sj]
    line = r.masked[s0:s1].strip()
    k = s0
    while k and r.masked[k - 1] in " \t\u00a0":
        k -= 1
    if not line or (k and r.masked[k - 1] != "\n"):
        return False
    after = r.masked[s1:s1 + 2].lstrip(" \t\u00a0")
    words = line.split()
    if (after[:1] not in ("\n", "") or len(words) > _SUBHEAD_WORDS
            or not line[0].isupper() or not line[-1].isalnum()):
        return False
    return not r.lex.is_given_name(words[0].casefold())


def test_subhead_as_plain():
    pieces = ["Town", "notes", "Ann", " ", "\n", "\t", "\u00a0", ".", "x", "Weekend ", "a b c ",
              "One two three four five six seven eight nine", "\n\n", "Reading"]
    rng = random.Random(40)
    for text in _texts(pieces, 20000, 12, 41):
        cuts = sorted({0, len(text), *(rng.randint(0, len(text)) for _ in range(3))})
        sentences = [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]
        r = _Lines(text, sentences)
        for sj in range(len(sentences)):
            assert r._subhead(sj) == _plain_subhead(r, sj), (text, sentences, sj)
