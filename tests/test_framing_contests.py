"""A claim whose contest the report itself sets out beyond its own sentence and the next
(issue 15, quotecheck.framing.contests): 'claimed' is then one side's verb, info even where a
peer's 'said' (verb drift) would keep the warning. Snippets of our own."""
from __future__ import annotations

from framing_helpers import story_findings
from quotecheck.framing.accounts import _keys
from quotecheck.framing.contests import contested

PEER = "Acme said on Tuesday that the regulator had frozen the accounts of the Ledger site."
CLAIM = ("Acme claimed on Tuesday that the regulator had frozen the accounts of the Ledger "
         "site.")


def test_drift_alone_keeps_the_warning(ruleset):
    text = CLAIM + " The firm sells software to banks. Its shares rose in May."
    assert story_findings(ruleset, [PEER, text]) == [(1, "warning", "claimed")]


def test_an_answer_two_sentences_on_sharing_the_claims_words_is_info(ruleset):
    text = (CLAIM + " The firm sells software to banks. In a statement, the regulator denied "
            "that it had frozen any accounts of the Ledger site.")
    assert story_findings(ruleset, [PEER, text]) == [(1, "info", "claimed")]


def test_an_answer_that_the_report_cannot_weigh_it_is_info(ruleset):
    text = (CLAIM + " It is not clear how many accounts of the Ledger site were frozen.")
    assert story_findings(ruleset, [PEER, text]) == [(1, "info", "claimed")]


def test_a_denial_of_something_else_keeps_the_warning(ruleset):
    text = (CLAIM + " The firm sells software to banks. Its chief executive denied that he "
            "would resign in May.")
    assert story_findings(ruleset, [PEER, text]) == [(1, "warning", "claimed")]


def test_an_accusation_against_the_claimant_is_no_answer(ruleset):
    # (an accusation in the very next sentence is read by framing.usage's 'disputes')
    text = (CLAIM + " The firm sells software to banks. A trade paper accused Acme of siding "
            "with the accounts of the Ledger site.")
    assert story_findings(ruleset, [PEER, text]) == [(1, "warning", "claimed")]


def test_a_two_sided_dispute_before_is_info(ruleset):
    text = ("Talks collapsed at midnight. Both sides traded blame for the failure. " + CLAIM)
    assert story_findings(ruleset, [PEER, text]) == [(1, "info", "claimed")]


def test_the_claimants_own_blame_before_names_no_sides(ruleset):
    text = ("Acme blamed the regulator for the losses. Talks collapsed at midnight. " + CLAIM)
    assert story_findings(ruleset, [PEER, text]) == [(1, "warning", "claimed")]


def test_sides_without_a_dispute_keep_the_warning(ruleset):
    text = ("Shops stood on both sides of the street. Talks collapsed at midnight. " + CLAIM)
    assert story_findings(ruleset, [PEER, text]) == [(1, "warning", "claimed")]


def test_the_narrators_own_verdict_keeps_the_warning(ruleset):
    text = ("Acme claimed, without evidence, that the regulator had frozen the accounts of the "
            "Ledger site. The firm sells software to banks. The regulator denied that it had "
            "frozen any accounts of the site.")
    assert story_findings(ruleset, [text]) == [(0, "warning", "claimed")]


def test_the_reader_answers_for_any_verb():
    # only 'claim' and 'allege' (account_lemmas) are read by the caller; the reader itself
    # answers for any claim
    text = ("Acme insisted that the regulator had frozen the Ledger accounts. The regulator "
            "denied that it had frozen the Ledger accounts.")
    end = text.index(" that")
    assert contested(text, 0, text.index("insisted"), end, _keys)


def test_sentences_are_counted_not_characters():
    far = " Shares rose." * 3
    text = (CLAIM + far + " The regulator denied that it had frozen the Ledger accounts.")
    start = CLAIM.index("claimed")
    assert not contested(text, 0, start, start + 7, _keys)
