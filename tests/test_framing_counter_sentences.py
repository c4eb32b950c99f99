"""Issue 15: three shapes in which 'claimed' reports one side's reading or the
report sets its own account against it, so the verb is the accurate one (info) even where a
peer says 'said': a sentence within reach that opens on the report's counter ('But ...',
'In fact, ...'), a legal or blame verdict as the claim's predicate ('the lease was invalid',
'the rebels were responsible'), and a forecast whose subject carries an appositive. The
claimant going on after 'But', and a plain statement of fact, keep the warning. Snippets of
our own, each built as a drift pair so that the baseline is a warning."""
from __future__ import annotations

import pytest
from framing_helpers import pair_findings


def _drift(ruleset, text):
    """The QC301 findings of ``text`` beside a peer that renders it with 'said'."""
    return pair_findings(ruleset, text.replace("claimed", "said"), text)


CLAIM = "The ferry captain claimed on Friday that the lamp contract had been his own idea."


@pytest.mark.parametrize("counter", [
    "But the lamp contract was first drafted by the harbour board in 2009.",
    "\u201cA good deal,\u201d he wrote.\n\nIn fact, the harbour board drafted the lamp "
    "contract in 2009.",
])
def test_a_sentence_opening_on_the_reports_counter_mutes_the_claim(ruleset, counter):
    assert _drift(ruleset, CLAIM + " " + counter) == [(1, "info", "claimed")]


def test_the_claimant_going_on_after_but_keeps_the_warning(ruleset):
    text = CLAIM + " But he added that the board had helped with the wording."
    assert _drift(ruleset, text) == [(1, "warning", "claimed")]


@pytest.mark.parametrize("text", [
    "The landlord has also claimed that the lease was invalid because the tenant never signed.",
    "The governor claimed the northern militia was responsible for the blast at the depot.",
    "The senator claimed that her rival, the harbour commissioner \u2014 a newcomer to the "
    "board \u2014 would wreck the budget within a year.",
])
def test_a_legal_or_blame_reading_or_a_forecast_is_info(ruleset, text):
    assert _drift(ruleset, text) == [(1, "info", "claimed")]


@pytest.mark.parametrize("text", [
    "The senator claimed that her rival, the harbour commissioner, had wrecked the budget.",
    "The landlord claimed that the tenant had left the keys at the harbour office.",
])
def test_a_statement_of_fact_stays_a_warning(ruleset, text):
    assert _drift(ruleset, text) == [(1, "warning", "claimed")]
