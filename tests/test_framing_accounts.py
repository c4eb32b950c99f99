"""'claim' and 'allege' reporting a party's account (issue 15, quotecheck.framing.accounts):
info unless the report weighs the account or another rendering of the same report says
'said'. Snippets of our own; the seeds' findings are pinned in test_framing_rules.py."""
from __future__ import annotations

from pathlib import Path

import pytest

from framing_helpers import at_info_only, infos, story_findings, warnings
from quotecheck.framing.verbcontext import verb_data
from quotecheck.load.loader import load_text
from quotecheck.plugins.run import run_checks
from quotecheck.story import Story

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("text, word", [
    ("The minister claimed that the fund had been looted by its managers.", "claimed"),
    ("The union alleged the vote had been rigged in two districts.", "alleged"),
    ("The villagers, claiming the dam had dried their wells, marched on the capital.",
     "claiming"),
    ("Her lawyer claims she was at home that night.", "claims"),
])
def test_a_partys_account_not_weighed_is_info(ruleset, text, word):
    assert warnings(ruleset, text, "QC301") == []
    assert ("QC301", word) in infos(ruleset, text, "QC301")


def test_the_info_names_the_account_policy(ruleset):
    doc = load_text("The union alleged the vote had been rigged.", id="example")
    found = run_checks(Story([doc]), ruleset.with_selection(select="QC301"), documents=[doc])
    assert [f.severity for f in found] == ["info"]
    assert verb_data()["standard_usage"]["account_note"] in found[0].message


@pytest.mark.parametrize("text, word", [
    # a contrast after the account, in its sentence
    # the narrator's verdict on the support given
    ("The minister claimed, offering little evidence, that the fund had been looted.",
     "claimed"),
    ("The minister alleged without citing any evidence that the fund had been looted.",
     "alleged"),
    # a next sentence that opens with a contrast (a denial there is a dispute: info)
    # a suspicion before it
    # the narrator's verdict in an adverb right before the verb, or 'without any evidence'
    ("The mayor has absurdly claimed that the bridge was safe.", "claimed"),
    ("At the rally the mayor was blunt, claiming without any evidence that the council "
     "wanted to close the port.", "claiming"),
    # (babe21) an adverb of ridicule or bad faith, and 'against all evidence'
    ("The deputy responded by bizarrely claiming that the ferry strike was a bigger failure.",
     "claiming"),
    ("The mayor disingenuously claimed that the auditors had approved the transfer.",
     "claimed"),
    ("The party is campaigning on a myth, claiming against all evidence that the port is "
     "bankrupt.", "claiming"),
    # 'claim to' and an infinitive: a status the claimant gives itself, not an account
    ("The senator begged a voter who claimed to be undecided to back him.", "claimed"),
    ("The coalition includes people who claim to represent farmers.", "claim"),
    # the claimant's own admission before it
])
def test_an_account_the_report_weighs_stays_a_warning(ruleset, text, word):
    assert ("QC301", word) in warnings(ruleset, text, "QC301")


@pytest.mark.parametrize("text", [
    "The rebels claimed responsibility for the bombing.",
    "Prosecutors allege the treasurer moved the money abroad.",
])
def test_the_existing_exceptions_stay_silent(ruleset, text):
    assert warnings(ruleset, text, "QC301") == [] and infos(ruleset, text, "QC301") == []


# -- verb drift between renderings of the same report ----------------------------------------
SAID = "Mayor Roe said on Tuesday that the new bridge had been built with cheap steel."
CLAIMED = "Mayor Roe claimed on Tuesday that the new bridge had been built with cheap steel."


def test_an_outlets_claimed_for_a_peers_said_is_a_warning(ruleset):
    found = story_findings(ruleset, [SAID, CLAIMED])
    assert found == [(1, "warning", "claimed")]


def test_a_peer_reporting_something_else_leaves_it_info(ruleset):
    other = "Mayor Roe said on Tuesday that the ferry would run until June."
    assert story_findings(ruleset, [other, CLAIMED]) == [(1, "info", "claimed")]


def test_a_peer_giving_the_words_to_another_speaker_leaves_it_info(ruleset):
    other = "Engineers said on Tuesday that the new bridge had been built with cheap steel."
    assert story_findings(ruleset, [other, CLAIMED]) == [(1, "info", "claimed")]


def test_a_peer_with_a_pronoun_speaker_counts(ruleset):
    other = "He said the new bridge had been built with cheap steel from abroad."
    assert story_findings(ruleset, [other, CLAIMED]) == [(1, "warning", "claimed")]


def test_a_peer_that_also_doubts_is_no_drift(ruleset):
    other = CLAIMED.replace("claimed", "alleged")
    assert story_findings(ruleset, [other, CLAIMED]) == [(0, "info", "alleged"),
                                                         (1, "info", "claimed")]


@pytest.mark.parametrize("example", verb_data()["drift"]["examples"])
def test_drift_examples(ruleset, example):
    kind = "drift" if "drift" in example else "account"
    texts = example[kind]
    found = story_findings(ruleset, list(reversed(texts)))   # the claim is the last document
    last = len(texts) - 1
    severity = "warning" if kind == "drift" else "info"
    assert (last, severity, example["word"]) in found, found


def test_check_warns_when_a_draft_turns_a_sources_said_into_claimed(tmp_path):
    from quotecheck.lint.drafts import check_documents
    from quotecheck.load.loader import load_paths

    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "wire.txt").write_text(
        "HARBOURTON (Wire) - Fisheries Minister Ana Velo said on Monday that the quota deal "
        "favoured the big trawler fleets.\n", encoding="utf-8")
    for name, verb, severity in (("claimed.md", "claimed", "warning"),
                                 ("said.md", "said", None)):
        draft = tmp_path / name
        draft.write_text(f"# Quotas\n\nMinister Ana Velo {verb} the deal was unfair to "
                         f"small boats.\n", encoding="utf-8")
        drafts = load_paths([draft], role="checked").documents
        sources = load_paths([tmp_path / "src"], role="source").documents
        report = check_documents(drafts, sources)
        got = [f.severity for f in report.findings if f.code == "QC301"]
        assert got == ([severity] if severity else []), (name, got)


def test_drift_between_outlets_can_be_switched_off(ruleset, monkeypatch):
    """[drift] between_outlets = false (doubt20: drift alone was 8 real / 11 false at first
    exposure): a peer outlet's 'said' no longer keeps the warning in 'compare'; a draft that
    turns its source's 'said' into 'claimed' still does."""
    from quotecheck.framing import accounts

    settings = {**accounts._settings(), "between_outlets": False}
    monkeypatch.setattr(accounts, "_settings", lambda: settings)
    assert story_findings(ruleset, [SAID, CLAIMED]) == [(1, "info", "claimed")]
    docs = [load_text(SAID, id="src", role="source"),
            load_text(CLAIMED, id="draft", role="checked")]
    found = run_checks(Story(docs), ruleset.with_selection(select="QC301"))
    assert [(f.document, f.severity) for f in found] == [("draft", "warning")]


# (issue 15, the lead's decision of the nineteenth session) a contrast after the verb, a next
# sentence's answer, a suspicion or an admission before it is no second signal of the
# narrator's own doubt: without one in the verb's clause, or verb drift, the finding is info
@pytest.mark.parametrize("text, word", [
    ("The ministry claimed that no one had been held, but lawyers counted 40 arrests.",
     "claimed"),
    ("The firm claimed that its filters removed all lead. In fact, tap water in 40 homes "
     "failed the test.", "claimed"),
    ("Amid suspicions that the count was padded, the mayor claimed turnout had doubled.",
     "claimed"),
    ("The firm has acknowledged that it once stored the solvent, but claims that all of it "
     "was shipped away.", "claims"),
])
def test_an_account_the_report_weighs_stays_a_warning_now_info(ruleset, text, word):
    assert at_info_only(ruleset, text, "QC301", word)
