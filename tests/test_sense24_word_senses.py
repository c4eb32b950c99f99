"""Words in another sense (issue 15, sense24, the baly_201808 word-sense class): 'brutal',
'vicious', 'savage' or 'crazy' of a stretch of time, the weather or an illness (hard going,
severe, wild: info, no verdict on a party); 'blast out' a message (sending, no manner of
speech); a crowd's 'lashing out' (no speaker's words). The loaded uses stay warnings.
Snippets of our own."""
import pytest

from framing_helpers import by_severity


@pytest.mark.parametrize("text, word", [
    ("Brutal summer for the Blue Party\n\nIt has been a brutal summer for the Blue Party.",
     "brutal"),
    ("After a brutal August that ended with two of his aides in court, the governor is "
     "calling for calm.", "brutal"),
    ("Late Release of Files Gets Senate Hearing Off to Crazy Start\n\nThe files arrived at "
     "midnight, hours before senators met.", "crazy"),
    ("Her brother died in 2011 from the same vicious disease.", "vicious"),
    ("He fought a brutal brain cancer for two years.", "brutal"),
    ("Farmers face a brutal heat wave for the third week running.", "brutal"),
])
def test_hard_going_of_a_time_the_weather_or_an_illness_is_info(ruleset, text, word):
    found = by_severity(ruleset, text, "QC331")
    assert not [w for _, w in found["warning"] if w.lower() == word], found
    assert [w for _, w in found["info"] if w.lower() == word], found


@pytest.mark.parametrize("text, word", [
    ("The brutal years of the junta left deep scars in the villages.", "brutal"),
    ("Residents sheltered through a brutal week as troops shelled the town.", "brutal"),
    ("The brutal crackdown on the marchers drew protests from the senator.", "brutal"),
    ("The vicious disease of partisanship spread through the chamber.", "vicious"),
    ("The senator faces a brutal heat wave of criticism from her own party.", "brutal"),
    ("The crazy plan was pushed through by the governor's party.", "crazy"),
])
def test_a_verdict_on_conduct_stays_a_warning(ruleset, text, word):
    found = by_severity(ruleset, text, "QC331")
    assert [w for _, w in found["warning"] if w.lower() == word], found


@pytest.mark.parametrize("text", [
    'A spokesman for the party blasted out an email to reporters titled: "The senator cannot '
    'keep his story straight."',
    'A spokesman for the party blasted out an email to reporters with the subject line "Roe '
    'flips again."',
    "The campaign shared the video widely, blasting it out at noon on Twitter.",
    "Protesters were also lashing out at rampant corruption, which they blame for the blackouts.",
    "The crowd of marchers were lashing out at the rampant graft that they blame for the "
    "shortages.",
])
def test_sending_a_message_or_a_crowds_protest_is_no_manner_of_speech(ruleset, text):
    assert by_severity(ruleset, text, "QC302")["warning"] == []


@pytest.mark.parametrize("text, word", [
    ("The senator blasted the email as racist on Monday.", "blasted"),
    ("The governor blasted the report on Monday, calling it a whitewash.", "blasted"),
    ("The senator lashed out at the protesters on Monday.", "lashed out"),
    ("The senator lashed out at the rampant corruption in the ministry.", "lashed out"),
    ("Demonstrators lashed out at the mayor on Monday.", "lashed out"),
])
def test_a_speakers_criticism_stays_a_warning(ruleset, text, word):
    assert ("QC302", word) in by_severity(ruleset, text, "QC302")["warning"]
