"""Framing classes that first exposure showed weak while still warnings (issues 11 and 15,
calib17): doubt verbs in contexts that do not weigh the words, and a reported clause after a
connective. Snippets of our own, shaped like the wire and roundup copy read (never corpus
text)."""
import pytest

from framing_helpers import at_info_only, flagged, infos, warnings


# -- 'claim to' that is no status the claimant gives itself ----------------------------------
@pytest.mark.parametrize("text, word", [
    # a threat someone made: 'claim' is the standard verb, as for responsibility
    ("The driver who officers say claimed to have a grenade in his car was detained on Friday.",
     "claimed"),
    ("Harbour bomb threat suspect held, police say, after claiming to have 'explosives' aboard\n\n"
     "The driver surrendered at noon.", "claiming"),
    ("A caller claimed to be carrying explosives on the ferry.", "claimed"),
    # what was done to the claimant: an account of an event, like 'alleged'
    ("More than 300 passengers stepped forward claiming to have been robbed by the crew.",
     "claiming"),
    ("Two of the six inmates were minors at the time. One of them claims to have been jailed on "
     "the strength of a faulty blood test.", "claims"),
])
def test_a_threat_or_a_suffered_event_claimed_is_not_a_warning(ruleset, text, word):
    assert ("QC301", word) not in warnings(ruleset, text, "QC301")
    assert ("QC301", word) in infos(ruleset, text, "QC301")


@pytest.mark.parametrize("text, word", [
    # the 'claim to' of a status stays: the verb declines to grant it
    ("The two men, who claimed to be engineers, were held on suspicion of spying.", "claimed"),
    ("A former aide who claimed to have secret knowledge of the leak was questioned.",
     "claimed"),
    ("The unit hired a guard who claimed to have been a member of the elite unit for a decade.",
     "claimed"),
    # a claim of responsibility stays info, and so a threat does not change it
    ("The firm hired a driver who claimed to have a permit for the cargo.", "claimed"),
])
def test_the_claim_of_a_status_stays_a_warning(ruleset, text, word):
    assert ("QC301", word) in warnings(ruleset, text, "QC301")


# -- 'insist' after a suspicion: weighed only where the position denies it --------------------
def test_an_accusers_insistence_after_an_allegation_is_not_weighed(ruleset):
    text = ("Social workers looked into an allegation that the husband had hit his son. His "
            "wife's family insisted to reporters that he had killed her.")
    assert ("QC301", "insisted") not in flagged(ruleset, text, "QC301")
    assert ("QC301", "insisted") in infos(ruleset, text, "QC301")



# -- a contrast that is the same party's further intention -----------------------------------
@pytest.mark.parametrize("text, word", [
    ("The movement now insist they are reformed, but will still govern by their own code.",
     "insist"),
    ("The board insists the plan is sound, but would not say who will pay for it.", "insists"),
])
def test_but_and_a_modal_is_the_same_partys_intention(ruleset, text, word):
    assert ("QC301", word) not in flagged(ruleset, text, "QC301")
    assert ("QC301", word) in infos(ruleset, text, "QC301")



# -- a reported clause after a connective set off after the verb ------------------------------
@pytest.mark.parametrize("text, word", [
    ("Hartley said, however, crony deals had never been confined to the ruler's family.",
     "crony"),
    ("The envoy said, meanwhile, the regime's brutal crackdown had eased.", "brutal"),
])
def test_a_clause_after_said_however_is_the_speakers(ruleset, text, word):
    assert [w for _, w in flagged(ruleset, text, "QC33") if w == word] == []


def test_the_narrators_own_sentence_after_however_keeps_its_warning(ruleset):
    text = "The envoy spoke on Monday. However, the brutal crackdown went on for weeks."
    assert ("QC331", "brutal") in flagged(ruleset, text, "QC331")


# -- a doubt verb inside an admission -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Sam Lee admitted that the network had been wrong to claim Bowman took a \"horse "
    "drug\" as a treatment.",
    "The network's doctor Sam Lee admitted to radio host Jim Bowman on Wednesday that the "
    "network had been wrong to claim Bowman took a \"horse drug\" as a treatment.",
])
def test_a_claim_inside_an_admission_is_the_admitters(ruleset, text):
    assert [w for _, w in warnings(ruleset, text, "QC301") + infos(ruleset, text, "QC301")] == []


def test_a_claim_of_the_narrator_beside_an_admission_is_reported(ruleset):
    text = ("Sam Lee admitted the network erred. The network had claimed Bowman took a \"horse "
            "drug\", but tests showed he had not.")
    # (issue 15, the lead's decision of the nineteenth session) a contrast, a next sentence's
    # answer, a suspicion or an admission is no second signal of the narrator's doubt: info
    assert ("QC301", "claimed") not in flagged(ruleset, text, "QC301")
    assert ("QC301", "claimed") in infos(ruleset, text, "QC301")


# -- 'insist' answered by another side; a correction in the claim's own sentence -----------
def test_insist_answered_by_another_side_is_a_dispute(ruleset):
    text = ("The rebels insist they have changed and will not close the schools. But many "
            "parents fear the old rules will return.")
    assert ("QC301", "insist") not in flagged(ruleset, text, "QC301")
    assert ("QC301", "insist") in infos(ruleset, text, "QC301")


@pytest.mark.parametrize("text, word", [
    # evidence or the narrator's account after 'But' still weighs it
    # a correction in the narrator's voice in the claim's own sentence
    ("They arrived from across the region claiming to have been cheated but, in reality, they "
     "were the cheats.", "claiming"),
    ("The firm claimed its filters were new when in fact they were ten years old.", "claimed"),
])
def test_the_narrators_answer_still_weighs(ruleset, text, word):
    assert ("QC301", word) in flagged(ruleset, text, "QC301")


# (issue 15, the lead's decision of the nineteenth session) a contrast after the verb, a next
# sentence's answer, a suspicion or an admission before it is no second signal of the
# narrator's own doubt: without one in the verb's clause, or verb drift, the finding is info
@pytest.mark.parametrize("text, word", [
    ("The talks stalled amid suspicions that the ships were moving fuel at sea. The country "
     "insists no rule was broken.", "insists"),
    ("The opposition tabled a motion over the allegations. But the premier insisted he had "
     "never concealed funds abroad.", "insisted"),
    ("Rivals accused the mayor of padding the payroll. The mayor insists he did nothing wrong.",
     "insists"),
])
def test_a_denial_after_a_suspicion_stays_weighed_now_info(ruleset, text, word):
    assert at_info_only(ruleset, text, "QC301", word)


# (issue 15, the lead's decision of the nineteenth session) a contrast after the verb, a next
# sentence's answer, a suspicion or an admission before it is no second signal of the
# narrator's own doubt: without one in the verb's clause, or verb drift, the finding is info
@pytest.mark.parametrize("text, word", [
    ("The mayor insists he is hopeful, but polls give little sign of support.", "insists"),
    ("He insisted that his view had nothing to do with faith, but in a later interview he "
     "said the opposite.", "insisted"),
    ("The minister insisted he was innocent, but was convicted in May.", "insisted"),
])
def test_a_contrast_the_narrator_sets_still_weighs_now_info(ruleset, text, word):
    assert at_info_only(ruleset, text, "QC301", word)


# (issue 15, the lead's decision of the nineteenth session) a contrast after the verb, a next
# sentence's answer, a suspicion or an admission before it is no second signal of the
# narrator's own doubt: without one in the verb's clause, or verb drift, the finding is info
@pytest.mark.parametrize("text, word", [
    ("The publisher insisted that sales online were new growth. But a new survey indicates "
     "that sales fell.", "insisted"),
    ("The guards insisted they still had hope. But as the hours passed, it became clear "
     "that no one had survived.", "insisted"),
])
def test_the_narrators_answer_still_weighs_now_info(ruleset, text, word):
    assert at_info_only(ruleset, text, "QC301", word)
