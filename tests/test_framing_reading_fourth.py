"""Framing false-alarm classes of the fourth reading (issue 15, branch framing4): the classes
left on the measuring sample of seed 13 and on fresh tuning samples (seeds 26-28), each with a
snippet of our own and the framing use next to it that must stay a warning."""
import pytest

from framing_helpers import doubted, flagged


# -- a doubt or emotive verb inside a clause reported by a neutral verb, and what a post
#    reminds people of: the speaker's characterisation, not the narrator's ------------------
@pytest.mark.parametrize("text", [
    "The mogul said that the governor begged him for an endorsement in 2012.",
    "The aide told reporters that the senator had boasted about the deal at a dinner.",
    "The campaign posted a video reminding voters of the senator's most infamous statements.",
])
def test_a_verb_or_label_inside_someones_statement_is_theirs(ruleset, text):
    assert flagged(ruleset, text) == []


@pytest.mark.parametrize("text, code, word", [
    ("The governor begged him for an endorsement in 2012.", "QC302", "begged"),
    ("The mogul said that he would win, and the senator boasted about the deal.", "QC302",
     "boasted"),
    ("The mogul said little, but the senator boasted about the deal.", "QC302", "boasted"),
    ("The video replayed the senator's most infamous statements.", "QC330", "infamous"),
])
def test_the_narrators_verb_or_label_beside_them_stays(ruleset, text, code, word):
    assert (code, word) in flagged(ruleset, text, code)


# -- other senses: an idiom, 'that' as a determiner, a crowd's approval, a dated claim -----
@pytest.mark.parametrize("text", [
    "His answer begged the question of who would pay for the wall.",
    "The senator will need to maintain that margin through November.",
    "The crowd of thousands thundered its approval as the mayor took the stage.",
    "The company agreed to settle a 1981 claim that it had underpaid its workers.",
    "She finds one plain chore of campaigning hard - boasting - conceding that it makes her uneasy.",
])
def test_another_sense_or_a_noun_is_not_a_reporting_verb(ruleset, text):
    assert flagged(ruleset, text) == []


@pytest.mark.parametrize("text, code, word", [
    ("The senator maintained that the vote was rigged, despite the evidence.", "QC301", "maintained"),
    ("The mayor thundered that the council had failed the city.", "QC302", "thundered"),
    ("The company in 1981 claimed that the wages had been paid.", "QC301", "claimed"),
    ("He keeps bragging - about the crowds - that the polls are wrong.", "QC302", "bragging"),
])
def test_the_reporting_verb_beside_them_stays(ruleset, text, code, word):
    assert (code, word) in doubted(ruleset, text, code)


# -- a claim the sentence itself sets against a contrary statement, or calls fabricated, and
#    a defendant's claim at trial: standard usage (info) -------------------------------------
@pytest.mark.parametrize("text", [
    "Even as the mogul claimed that the two cases were alike, a former prosecutor said the "
    "cases were different.",
    "The mogul claimed that the two cases were alike, but a former prosecutor said they were "
    "different.",
    "But even as the mogul claimed on Tuesday that \u201cthe general got in trouble for far "
    "less,\u201d one of the former prosecutors for the general said the two cases were quite "
    "different.",
    "The figures, purported to come from a crime bureau in the city, appear to be fabricated.",
    "At his trial, the former officer alleged that the evidence had been planted.",
    "The senator acknowledged that she had misspoken in two interviews when she claimed that "
    "the director had cleared her.",
])
def test_a_claim_shown_disputed_or_made_at_trial_is_not_a_warning(ruleset, text):
    assert flagged(ruleset, text) == []


@pytest.mark.parametrize("text, word", [
    ("The mogul claimed that the two cases were alike, and he said he would appeal.",
     "claimed"),
    ("The mogul claimed that the two cases were alike.", "claimed"),
    ("The figures, purported to come from a crime bureau in the city, spread widely.",
     "purported"),
    ("The former officer alleged that the evidence had been planted.", "alleged"),
])
def test_the_narrators_doubt_verb_stays(ruleset, text, word):
    assert doubted(ruleset, text, "QC301") == [("QC301", word)]


# -- 'a so-called' introducing a two-word term ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Donors might recruit a so-called dark horse before a split primary.",
    "The government has been championing a so-called illiberal democracy.",
])
def test_a_so_called_before_a_two_word_term_is_not_a_warning(ruleset, text):
    assert flagged(ruleset, text, "QC321") == []


@pytest.mark.parametrize("text", [
    "Fighters of the so-called moderate rebels attacked the town.",
    "He is a so-called expert on the region.",
    "He is a so-called budget hawk who never voted against a tax cut.",
    "The ad sought to puncture the picture of Roe as a so-called working-class tycoon fighting "
    "for ordinary families.",
])
def test_sceptical_so_called_beside_them_stays(ruleset, text):
    assert flagged(ruleset, text, "QC321") == [("QC321", "so-called")]


def test_a_conceded_claim_stays_a_warning(ruleset):
    """(Issue 15: 'maintained' of a stand is info unless weighed, so the example carries
    counter-evidence; the concession rule must not lower it first.)"""
    text = ("Although the administration has maintained, despite the evidence, that the test is "
            "required by law, the governor said about the movement that parents may choose.")
    assert flagged(ruleset, text, "QC301") == [("QC301", "maintained")]


# -- a party's claim in a lawsuit the sentence before names, across an abbreviation ---------
def test_a_claim_in_a_lawsuit_named_before_an_abbreviation_is_standard_usage(ruleset):
    text = ("The book drew on his lawsuit against Mr. Roe and the publisher. Mr. Smith alleged "
            "that Mr. Roe had libeled him.")
    assert flagged(ruleset, text) == []


def test_the_same_claim_without_the_lawsuit_stays(ruleset):
    text = ("The book drew on his interviews with Mr. Roe and the publisher. Mr. Smith alleged "
            "that Mr. Roe had libeled him.")
    assert doubted(ruleset, text, "QC301") == [("QC301", "alleged")]


# -- a label before a bare plural of groups after a preposition: a kind of group -----------
@pytest.mark.parametrize("text", [
    "Lawmakers pressed the platforms to curb the online recruiting of terrorist groups.",
    "He is a scholar of militias and anti-government extremist organizations across the Midwest.",
])
def test_a_kind_of_group_is_not_a_loaded_label(ruleset, text):
    assert flagged(ruleset, text, "QC330") == []


@pytest.mark.parametrize("text, word", [
    ("Terrorist groups attacked the base in the occupied region on Monday.", "Terrorist"),
    ("The money went to the terrorist groups in the restive valley.", "terrorist"),
    ("The money went to terrorist groups like the local separatist militia.", "terrorist"),
])
def test_a_label_of_groups_named_stays(ruleset, text, word):
    assert flagged(ruleset, text, "QC330") == [("QC330", word)]
