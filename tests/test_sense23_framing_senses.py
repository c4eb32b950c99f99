"""Framing false-alarm classes of the 40 open real-news sets (issue 15, sense23): a racist
picture classified by what it shows, the populist 'elites' of a rhetoric the report
describes, 'looks brutal for' a side's prospects, the writer's generic infinitive ('it's easy
to bemoan') and 'lashed out' in a fight with injuries,
and 'terrible' of a sacrifice someone bore. Snippets of our own, shaped like the
real text, beside the verdicts that stay warnings."""
import pytest

from framing_helpers import by_severity, warnings


@pytest.mark.parametrize("text, code", [
    ("What the mayor offers is a morality tale: honest farmers versus the globalist elites.",
     "QC331"),
    ("He kept claiming to stand with the factory towns against the elites.", "QC331"),
    ("Harbour talks look brutal for the governor\n\nLawmakers doubt a deal is near.",
     "QC331"),
    ("In the trilogy two sisters make terrible sacrifices for their younger brother.",
     "QC331"),
    ("It's easy to bemoan the fractured state of the news business.", "QC302"),
    ("The constable was accused of attacking a sergeant with a chair. She lashed out fearing "
     "she would be attacked. She claimed his injuries were self-inflicted.", "QC302"),
])
def test_a_plain_use_gives_no_warning(ruleset, text, code):
    assert warnings(ruleset, text, code) == []


@pytest.mark.parametrize("text, code, word", [
    ("The coastal elites have ignored the town for decades.", "QC331", "coastal elites"),
    ("The regime answered the protests with brutal force.", "QC331", "brutal"),
    ("The senator was quick to bemoan the ruling on Monday.", "QC302", "bemoan"),
    ("The senator lashed out at the central bank on Monday.", "QC302", "lashed out"),
])
def test_a_verdict_keeps_the_warning(ruleset, text, code, word):
    assert (code, word) in warnings(ruleset, text, code)


@pytest.mark.parametrize("text", [
    "Alumni react to racist yearbook photo\n\nThe school said on Friday it would review its "
    "archives.",
    "The museum took down the racist caricature after visitors complained.",
])
def test_a_racist_picture_is_classified_not_judged(ruleset, text):
    found = by_severity(ruleset, text, "QC331")
    assert not any(w == "racist" for kind in found.values() for _, w in kind)


def test_a_racist_ad_keeps_its_finding(ruleset):
    found = by_severity(ruleset, "The mayor ran a racist ad days before the vote.", "QC331")
    assert any(w == "racist" for kind in found.values() for _, w in kind)
