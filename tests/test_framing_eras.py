"""'notorious' / 'infamous' of a settled historical wrong (issue 15, bench/judging.md): info
where the word's own clause dates what it names a generation back, a warning of a party in the
story or of a recent episode (snippets of our own)."""
import pytest

from framing_helpers import at_info_only, warnings


def _dated(year: str, body: str) -> str:
    return f"---\ndate: {year}-03-02\n---\n{body}\n"


@pytest.mark.parametrize("text, word", [
    (_dated("2017", "The port city was notorious for a 1921 bribery ring that bought the harbour board."),
     "notorious"),
    (_dated("2018", "The tactic echoed the infamous mailers sent by the county party in the 1982 race."),
     "infamous"),
    (_dated("2020", "The dispute goes back to the 1960s, when the council ran its notorious slum clearances."),
     "notorious"),
    ("The episode was much like an infamous blunder 35 years ago in which a minister misread a budget.",
     "infamous"),
    ("The ship was seized during the Cold War in a notorious raid on the harbour.", "notorious"),
])
def test_a_wrong_dated_a_generation_back_in_its_clause_is_info(ruleset, text, word):
    assert at_info_only(ruleset, text, "QC330", word), text


@pytest.mark.parametrize("text, word", [
    # a recent episode: the narrator's label on a present dispute
    (_dated("2019", "The aide was questioned on the infamous dinner in May 2017 with the lobbyists."),
     "infamous"),
    # a party's act: a possessive before the word, the party perhaps living
    (_dated("2019", "The ad replayed the senator's infamous 1991 hearings on the nominee."), "infamous"),
    (_dated("2020", "The governor defended her notorious 1994 crime bill at the rally."), "notorious"),
    # an old year beside a recent one: a past episode set against a present one
    (_dated("2019", "The infamous 1972 burglary led to a resignation, and the 2018 leak led to none."),
     "infamous"),
    # no published date: the year cannot be aged
    ("The port city was notorious for a 1921 bribery ring that bought the harbour board.",
     "notorious"),
    # the date is in another sentence
    (_dated("2017", "The ring formed in 1921. The port city was notorious for its bribery ring."),
     "notorious"),
])
def test_a_party_a_recent_episode_or_no_date_keeps_the_warning(ruleset, text, word):
    assert word in [w for c, w in warnings(ruleset, text, "QC330")], text
