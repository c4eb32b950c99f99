"""Failure classes of the sixteenth framing session (issue 15, DUC 2007 main D0725-D0734 opened
for tuning): words of a source's reported speech in text hard-wrapped with blank lines, a wire
agency's own account closing a sentence, plain senses of 'useless', 'lies' and 'beg'. Snippets
of our own; the narrator's own use of the same words beside them stays a warning."""
import pytest

from framing_helpers import doubted, flagged


@pytest.mark.parametrize("text, code, word", [
    # a parenthetical attribution in a sentence hard-wrapped with blank lines
    ("The museum's advisory\n\nboard, the protesters argued, was packed with\n\ncorporate "
     "apologists and its aim was to flatter the sponsor.\n", "QC331", "apologists"),
])
def test_reported_speech_across_a_hard_wrap(ruleset, text, code, word):
    assert (code, word) not in flagged(ruleset, text, code)


def test_a_paragraph_break_still_ends_a_sentence(ruleset):
    # a line ending in a word, the next paragraph opening with a capital: two sentences
    text = ("The museum's board, the protesters argued, was packed with donors\n\n"
            "Corporate apologists ran the show for years.\n")
    assert ("QC331", "apologists") in flagged(ruleset, text, "QC331")


_AGENCY = ("Defence Minister Ali Roe said the missile would launch satellites, the state agency "
           "said. Roe insisted the country did not produce offensive weapons{tail}. But in the "
           "capital the test caused serious concern.\n")


def test_a_doubt_verb_in_a_sentence_another_source_closes_is_that_sources(ruleset):
    text = _AGENCY.format(tail=", the agency added")
    assert ("QC301", "insisted") not in doubted(ruleset, text, "QC301")


def test_the_narrators_own_doubt_verb_stays(ruleset):
    # (the lead's decision of the nineteenth session) the narrator's verdict in the verb's
    # clause is the second signal that keeps the warning; the 'But' sentence alone is none
    text = _AGENCY.format(tail=" despite the evidence")
    assert ("QC301", "insisted") in doubted(ruleset, text, "QC301")
    assert ("QC301", "insisted") not in doubted(ruleset, _AGENCY.format(tail=""), "QC301")


@pytest.mark.parametrize("text, word", [
    ("By June the heat had rendered much of the rescue team's costly new gear useless.",
     "useless"),
    ("The author imagines pills rendering men, well, useless.", "useless"),
    ("The town was small. Somewhere between fact and legend lies the old mill.", "lies"),
    ("The map was vague.\n\nBeyond the ridge and the two rivers lies a valley.", "lies"),
])
def test_plain_senses_of_useless_and_lies(ruleset, text, word):
    assert ("QC331", word) not in flagged(ruleset, text, "QC331")


@pytest.mark.parametrize("text, word", [
    ("The new gear was useless, and the rescue failed.", "useless"),
    ("The senator said under oath he never lies to voters.", "lies"),
])
def test_the_loaded_senses_stay(ruleset, text, word):
    assert ("QC331", word) in flagged(ruleset, text, "QC331")


@pytest.mark.parametrize("text", [
    "Roe faced the bench and begged him not ``to send my girl to jail.''\n",
    "He begged them to let his daughter go.",
    "A student posted a message begging fellow fans to join him in the queue.",
    "As children they begged on the streets of the capital for food.",
])
def test_beg_of_a_plea_or_alms_is_the_plain_verb(ruleset, text):
    assert ("QC302", "begged") not in flagged(ruleset, text, "QC302")
    assert ("QC302", "begging") not in flagged(ruleset, text, "QC302")


def test_beg_for_a_favour_keeps_its_colour(ruleset):
    text = "The town's council has begged for contracts every other bidder turned down."
    assert ("QC302", "begged") in flagged(ruleset, text, "QC302")


@pytest.mark.parametrize("text, code, word", [
    ("In a scathing review, the critic referred to the clinic's methods as preposterous.",
     "QC331", "preposterous"),
    ("The rival spent the day vilifying the vote as a sham, full of violations.", "QC331",
     "sham"),
])
def test_the_as_phrase_of_referring_and_vilifying_is_the_holders(ruleset, text, code, word):
    assert (code, word) not in flagged(ruleset, text, code)


@pytest.mark.parametrize("text, code, word", [
    ("The critic referred to the study. Its methods were preposterous.", "QC331",
     "preposterous"),
    ("The vote was a sham, full of violations.", "QC331", "sham"),
    # a hedge in the passive with no holder is the narrator's
    ("In what could be construed as treason, the mayor ordered the right-wing thugs to march.",
     "QC330", "thugs"),
])
def test_the_narrators_verdict_beside_them_stays(ruleset, text, code, word):
    assert (code, word) in flagged(ruleset, text, code)


_JUDGE = ("The defendant, Ed Roe, a former county clerk, betrayed the public when he lied to "
          "the inquiry panel, and his offence was worse because he did so while in office, {tail}.")


def test_an_inverted_attribution_with_the_speakers_court_closes_the_sentence(ruleset):
    text = _JUDGE.format(tail="said Judge Ann Lee of U.S. District Court")
    assert ("QC331", "lied") not in flagged(ruleset, text, "QC331")


def test_without_the_attribution_the_verdict_is_the_narrators(ruleset):
    text = _JUDGE.format(tail="and he was jailed on Monday")
    assert ("QC331", "lied") in flagged(ruleset, text, "QC331")


@pytest.mark.parametrize("text, code, word", [
    ("Most families paid the fees. Critics suspect the orphans are being hurried abroad "
     "by greedy officials keen to fill their own pockets.", "QC331", "greedy"),
    ("A senior official told CNN law enforcement analyst Tom Roe that investigators found no "
     "motive, be it political or extremist.", "QC330", "extremist"),
])
def test_a_suspicion_and_a_long_addressee_before_that_are_reported(ruleset, text, code, word):
    assert (code, word) not in flagged(ruleset, text, code)


def test_greedy_in_the_narrators_voice_stays(ruleset):
    text = "Most families paid the fees. The children were rushed out by greedy officials."
    assert ("QC331", "greedy") in flagged(ruleset, text, "QC331")


def test_the_view_of_named_holders_heading_a_sentence_is_theirs(ruleset):
    text = "But for her backers, Roe is the friend of the jobless who rebuilt a racist system."
    assert ("QC331", "racist") not in flagged(ruleset, text, "QC331")


def test_holders_after_the_narrators_clause_leave_it_the_narrators(ruleset):
    text = "She overhauled a racist health system, and for her critics that was enough."
    assert ("QC331", "racist") in flagged(ruleset, text, "QC331")


@pytest.mark.parametrize("text", [
    "A bill would scrap the so-called marriage penalty found in the current code.",
    "Parents may claim the so-called child care credit from next year.",
])
def test_so_called_before_a_term_of_tax_law_is_info(ruleset, text):
    assert ("QC321", "so-called") not in flagged(ruleset, text, "QC321")


@pytest.mark.parametrize("text, word", [
    ("Cornered by the robbers, the officers tossed a flash charge as they blasted their "
     "rifles at the gang.", "blasted"),
    ("A blast ripped the trawler apart on Friday, slamming it to the floor of the bay.",
     "slamming"),
    ("None of his former classmates can now boast of a close friendship with the president.",
     "boast"),
])
def test_emotive_verbs_of_firing_moving_and_having_report_no_words(ruleset, text, word):
    assert ("QC302", word) not in flagged(ruleset, text, "QC302")


@pytest.mark.parametrize("text, word", [
    ("The minister blasted the report as biased.", "blasted"),
    ("Arafat slammed Israel's sanctions against the Palestinians.", "slammed"),
    ("Roe boasted of a close friendship with the president.", "boasted"),
])
def test_emotive_verbs_of_speech_beside_them_stay(ruleset, text, word):
    assert ("QC302", word) in flagged(ruleset, text, "QC302")


@pytest.mark.parametrize("text, word", [
    ("Health workers must be on guard. In future they too could feel the effects of the "
     "insidious illness.", "insidious"),
    ("Rex, a slightly lame terrier mix, was given water therapy at the animal clinic.",
     "lame"),
    ("Roe turns 60 this year yet remains a bit of an enfant terrible.", "terrible"),
    ("If found guilty he risks ten years in jail. Ignorance of the law is no defence.",
     "Ignorance"),
    ("Roe supported Nixon's claim of ignorance of the burglary.", "ignorance"),
])
def test_medical_senses_idioms_and_maxims_judge_no_one(ruleset, text, word):
    assert ("QC331", word) not in flagged(ruleset, text, "QC331")


@pytest.mark.parametrize("text, word", [
    ("The insidious campaign spread lies about the mayor.", "insidious"),
    ("It was a lame excuse from the minister.", "lame"),
    ("The minister showed a terrible ignorance of the facts.", "terrible"),
    ("The minister showed a terrible ignorance of the facts.", "ignorance"),
])
def test_the_evaluative_senses_stay(ruleset, text, word):
    assert ("QC331", word) in flagged(ruleset, text, "QC331")


def test_what_someone_blames_for_a_loss_is_their_word(ruleset):
    text = "Company chairman Ed Roe blamed the film's debacle for more than half of the loss."
    assert ("QC331", "debacle") not in flagged(ruleset, text, "QC331")


def test_a_debacle_in_the_narrators_voice_stays(ruleset):
    text = "The film was a debacle for the studio."
    assert ("QC331", "debacle") in flagged(ruleset, text, "QC331")


_WITNESSES = "In fluent French, they railed against the president, casting the attack as revenge{}."


def test_an_emotive_verb_in_a_sentence_closed_by_according_to_is_the_sources(ruleset):
    text = _WITNESSES.format(", according to witnesses")
    assert ("QC302", "railed") not in flagged(ruleset, text, "QC302")


def test_the_same_sentence_without_its_source_stays(ruleset):
    assert ("QC302", "railed") in flagged(ruleset, _WITNESSES.format(""), "QC302")


_FIND = "New Orleans got money to refurbish a streetcar. {} outrageous, but the towns hail it."


def test_what_some_may_find_it_is_their_view(ruleset):
    text = _FIND.format("Some may find this")
    assert ("QC331", "outrageous") not in flagged(ruleset, text, "QC331")


def test_the_narrators_outrageous_stays(ruleset):
    assert ("QC331", "outrageous") in flagged(ruleset, _FIND.format("This is"), "QC331")


_CLAIMED = ("Officials had not heard back from France. {} that the customs officers knew he had "
            "arrived in the country in 2016 and nothing showed that he ever left. This, it's "
            "suggested, means he may have crossed the border illegally.")


def test_claim_in_the_impersonal_passive_doubts_no_speaker(ruleset):
    assert ("QC301", "claimed") not in doubted(ruleset, _CLAIMED.format("It's claimed"), "QC301")


@pytest.mark.parametrize("head", ["The minister claimed", "It was claimed by the minister"])
def test_a_named_claimant_keeps_the_doubt(ruleset, head):
    assert ("QC301", "claimed") in doubted(ruleset, _CLAIMED.format(head), "QC301")


def test_holders_inside_the_sentence_are_no_heading(ruleset):
    text = "The party held a rally for supporters, and the greedy landlord spoke."
    assert ("QC331", "greedy") in flagged(ruleset, text, "QC331")


def test_a_party_blamed_for_doing_something_is_the_narrators_naming(ruleset):
    text = "The authorities blamed the greedy landlords for planning the evictions."
    assert ("QC331", "greedy") in flagged(ruleset, text, "QC331")


def test_a_verb_in_the_gap_before_that_leaves_the_clause_to_the_speaker(ruleset):
    text = ("Lane is running for governor, but aides said it would be cynical to "
            "think that her reasons were purely political.")
    assert ("QC331", "cynical") not in flagged(ruleset, text, "QC331")


def test_all_but_begged_is_the_narrators_figure(ruleset):
    text = "At the news conference, the manager all but begged reporters to ask about the game."
    assert ("QC302", "begged") in flagged(ruleset, text, "QC302")
