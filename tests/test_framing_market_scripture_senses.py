"""Word sense: an evaluative adjective before a market's movement or a span of its
trading ('a brutal week of selling', 'Monday's ugly losses') says the fall was severe and
judges no one; of a person's conduct, a regime or a span 'for' a country it stays."""
from __future__ import annotations

import pytest

from framing_helpers import flagged


@pytest.mark.parametrize("text, word", [
    ("Shares climbed on Tuesday after a brutal week of selling on Wall Street.", "brutal"),
    ("The index clawed back some of Thursday\u2019s ugly losses as traders bought banks.", "ugly"),
    ("Investors fled tech stocks in a vicious sell-off that wiped out the year's gains.",
     "vicious"),
    ("It was an awful session for stocks, with the Dow down 900 points at the close.",
     "awful"),
    ("Bond yields fell as equities suffered a savage two-day slide.", "savage"),
])
def test_a_market_fall_is_no_verdict(ruleset, text, word):
    assert ("QC331", word) not in flagged(ruleset, text, "QC331")


@pytest.mark.parametrize("text, word", [
    ("Stocks fell again as the senator's brutal week of attacks on the board went on.",
     "brutal"),
    ("Stocks slid on Friday. It was a horrible week for the country and its farmers.",
     "horrible"),
    ("The regime's brutal crackdown on protesters rattled stocks in the region.", "brutal"),
    ("Stocks fell as the mayor's ugly losses in the vote became clear.", "ugly"),
    ("The party suffered ugly Republican losses on a day when stocks rallied.", "ugly"),
])
def test_conduct_or_a_party_keeps_the_warning(ruleset, text, word):
    assert ("QC331", word) in flagged(ruleset, text, "QC331")


# -- scripture cited by chapter and verse: the text's word, retold ------------------------------
def test_evil_in_a_sentence_citing_chapter_and_verse_is_the_texts(ruleset):
    text = ("Members will fast for a day, as told in Daniel 6:10, when the evil governors "
            "plotted against the prophet.")
    assert ("QC331", "evil") not in flagged(ruleset, text, "QC331")


def test_evil_without_a_citation_stays_a_warning(ruleset):
    text = "Members will fast for a day to protest the evil governors of the province."
    assert ("QC331", "evil") in flagged(ruleset, text, "QC331")


def test_a_citation_in_another_sentence_does_not_count(ruleset):
    text = ("The pastor read Daniel 6:10 aloud. Then he denounced the evil governors of the "
            "province.")
    assert ("QC331", "evil") in flagged(ruleset, text, "QC331")
