"""Issue 15/11, framing precision: how far attributed content reaches. A doubt or emotive
verb, a label or an evaluative word is the source's, not the narrator's,

- in the reason a critic gives ('faulted X for going on to claim ...'), up to its comma;
- in an act a modal makes hypothetical inside someone's reported worry, argument or
  prediction ('fear the sheriff could be pushed to lash out', 'argued she could have ...,
  then blasting the council'); a finite past verb after it, or a participle after a bare comma, is the
  narrator's account of what happened and keeps its warning;
- in a clause coordinated after a named subject's quoted predicate ('said Ortiz "keeps ..."
  and his conduct was ...'), unless the quotation closes on its own comma.

Each beside the narrator's own use of the word, which keeps its warning. Snippets of our own."""
import pytest

from framing_helpers import flagged, pair_findings

# a peer report that gives the statement with 'said', so that 'claim' is no party's account
# the story leaves unweighed (info) but the outlet's choice (a warning)
_PEER = ("Audit row deepens\n\nThe commissioner said in public that the audit had been "
         "rigged, and the ranking member criticised him for it at the hearing.\n")


def test_doubt_verb_in_a_critics_reason_is_the_critics(ruleset):
    reason = ("Audit row\n\nThe ranking member also faulted the commissioner for going on "
              "to claim in public that the audit had been rigged.\n")
    own = ("Audit row\n\nThe commissioner went on to claim in public that the audit had "
           "been rigged.\n")
    assert pair_findings(ruleset, _PEER, reason) == []
    assert pair_findings(ruleset, _PEER, own) == [(1, "warning", "claim")]


@pytest.mark.parametrize("text, code, word", [
    ("Several county officials fear the sheriff could be pushed to lash out at the board "
     "before the vote.", "QC302", "lash out"),
    ("Aides fear the treasurer will lash out at the auditors once the figures are public.",
     "QC302", "lash out"),
    ("Her advisers argued that she could have won the row by approving the council's trip, "
     "then blasting the members for going abroad in a strike.", "QC302", "blasting"),
    ("Her advisers argued that she could have looked stronger by waiting for the mayor "
     "and his aides to leave, then blasting the two of them for deserting the city.",
     "QC302", "blasting"),
    ("The mayor said he would veto the budget and lash out at the council in a speech.",
     "QC302", "lash out"),
    ("The chair of the panel said Ortiz \"keeps putting himself above the city\" and his "
     "handling of the contract was the most egregious misconduct by a mayor.",
     "QC331", "egregious"),
])
def test_attributed_content_is_not_the_narrators(ruleset, text, code, word):
    assert (code, word) not in flagged(ruleset, text, code)


@pytest.mark.parametrize("text, code, word", [
    # a finite past verb after the modal's clause: what the mayor did
    ("The mayor said he would veto the budget and lashed out at the council in a speech.",
     "QC302", "lashed out"),
    # a participle after a bare comma: the narrator's account of the speaker's act
    ("The mayor said he would veto the budget, lashing out at the council as cowards.",
     "QC302", "lashing out"),
    # the modal opens a new clause after ', and'
    ("Aides say the treasurer kept quiet, and he will lash out at the auditors tomorrow.",
     "QC302", "lash out"),
    # no modal: the worry is about what happened, the verb the narrator's
    ("Several county officials worry the sheriff lashed out against the board.",
     "QC302", "lashed out"),
    # past the critic's reason: the narrator's again
    ("The ranking member faulted the commissioner for the delay, boasting about her own "
     "record on audits.", "QC302", "boasting"),
    # the quotation closes on its own comma: the clause after it is the narrator's
    ("The chair of the panel said Ortiz \"keeps putting himself above the city,\" and his "
     "handling of the contract was the most egregious misconduct by a mayor.",
     "QC331", "egregious"),
    # a quotation opening upper-case is a speaker's sentence, not the subject's predicate
    ("The chair of the panel said Ortiz \"We will not wait\" and his handling of the "
     "contract was the most egregious misconduct by a mayor.", "QC331", "egregious"),
])
def test_the_narrators_own_use_keeps_its_warning(ruleset, text, code, word):
    assert (code, word) in flagged(ruleset, text, code)


def test_a_finite_verb_after_the_modal_is_the_narrators(ruleset):
    text = ("Aides worry the mayor could lose the vote and is blasting the council members "
            "for the delay.")
    assert ("QC302", "blasting") in flagged(ruleset, text, "QC302")
