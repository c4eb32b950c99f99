"""Issue 15's policy for 'insist' and 'maintain' (quotecheck.framing.weighing): a party's
stated position the report does not weigh is info; the report's weighing keeps the warning.
Snippets of our own, shaped like the wire and newspaper copy read (never corpus text)."""
import pytest

from framing_helpers import warnings
from test_framing_reading_sixth import lowered


@pytest.mark.parametrize("text, word", [
    ("The Palestinians maintain that the new homes violate the treaty. The treaty bans the "
     "seizure of land.", "maintain"),
    ("The airline insists that demand for seats has not dropped since the crash.", "insists"),
    ("Chisum, however, maintains that his study shows the risk.", "maintains"),
    ("Officials say they understand the boy's ordeal, but insist that they are doing all they "
     "can.", "insist"),
    # a contrast in a later clause after a semicolon is another clause's, not a weighing
    ("Most guests said they had met bias, but insisted they were not hurt by it; similarly, "
     "some said they had bad days, but most were happy.", "insisted"),
    # the speaker's own accusation in the next sentence weighs nothing
    ("She insisted she would not step down. She accuses her rivals of defending privilege.",
     "insisted"),
])
def test_a_stand_the_report_does_not_weigh_is_info(ruleset, text, word):
    assert lowered(ruleset, text, "QC301", word)


@pytest.mark.parametrize("text, word", [
    # a contrast after it in its sentence
    ("He insisted that his view had nothing to do with faith, but in an interview he said the "
     "opposite.", "insisted"),
    ("The mayor insists he is hopeful, but polls give little sign of support.", "insists"),
    # evidence despite which it is held
    ("The ministry insists, despite mounting evidence, that no one was held.", "insists"),
    ("The board members insist the plan will work, the poor polling notwithstanding.",
     "insist"),
    # a next sentence that opens with a contrast or denies it
    ("The publisher insisted that sales online were new growth. But a new survey indicates "
     "that sales fell.", "insisted"),
    # a suspicion or an accusation before it: a denial set against it
    ("The talks stalled amid suspicions that the tankers were moving oil at sea. The country "
     "insists that there was no breach.", "insists"),
])
def test_a_stand_the_report_weighs_stays_a_warning(ruleset, text, word):
    assert ("QC301", word) in warnings(ruleset, text, "QC301")


def test_claim_is_not_lowered_by_the_policy(ruleset):
    """'claimed' doubts the content itself: no weighing needed (the seeds' 'claimed')."""
    text = "Putin claimed that protesters had used foreign help."
    assert ("QC301", "claimed") in warnings(ruleset, text, "QC301")


def test_the_finding_names_why_it_is_info(ruleset):
    from quotecheck.load.loader import load_text
    from quotecheck.plugins.run import run_checks
    from quotecheck.story import Story

    doc = load_text("The airline insists that demand has not dropped.", id="example")
    found = run_checks(Story([doc]), ruleset.with_selection(select="QC301"), documents=[doc])
    assert [f.severity for f in found] == ["info"]
    assert "does not weigh" in found[0].message and "'said or repeated'" in found[0].message
