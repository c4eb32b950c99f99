"""Framing warnings a copy editor would not defend (issue 15, the PolNeAR-train reading):
each false-alarm class with a snippet of our own in the shape of what was read, and the
framing use next to it that must stay a warning."""
import pytest

from framing_helpers import doubted, flagged


# -- labels naming a kind of act or content, not a group ---------------------------------
@pytest.mark.parametrize("text", [
    "The rally came a week after the terrorist attacks in two European capitals.",
    "Officials raised concerns about terrorist activity near the border on Monday.",
    "The site removed extremist content and suspended hundreds of accounts.",
    "He was the chief petty officer of the frigate for six years.",
])
def test_a_label_naming_a_kind_of_act_is_silent(ruleset, text):
    assert flagged(ruleset, text, "QC330,QC331") == []


@pytest.mark.parametrize("text, word", [
    ("Terrorists attacked the station in the breakaway region overnight.", "Terrorists"),
    ("The extremists marched through the old town on Saturday.", "extremists"),
    ("The mayor's petty decision angered the council.", "petty"),
])
def test_a_label_for_people_or_a_verdict_stays_a_warning(ruleset, text, word):
    assert [w for _, w in flagged(ruleset, text, "QC330,QC331")] == [word]


# -- views and statements reported as someone's ------------------------------------------
@pytest.mark.parametrize("text", [
    "The governor repeated his contention that the plan would only serve as propaganda.",
    "Analysts repeated the governor's fear that a strongman could win the province.",
    "The question of banning every extremist account, she said, is not so simple.",
    "The senator said if the bill passed, the regime would collapse within a year.",
    "Many voters view the proposal as a dishonest promise.",
    "Abroad, the episode is treated as a bizarre aberration.",
])
def test_a_label_in_a_reported_view_is_the_holders(ruleset, text):
    assert flagged(ruleset, text, "QC330,QC331") == []


@pytest.mark.parametrize("text, word", [
    ("The regime arrested the senator, who said the vote would go ahead.", "regime"),
    ("This argument that the plan works is an extension of a dishonest taunt.", "dishonest"),
    ("Police asked the couple to leave a country known for draconian laws.", "draconian"),
    ("A psychiatrist explains why the pandemic and Hale's cult are deadly.", "cult"),
])
def test_a_label_in_the_narrators_own_sentence_stays_a_warning(ruleset, text, word):
    assert [w for _, w in flagged(ruleset, text, "QC330,QC331")] == [word]


# -- 'so-called' introducing a term -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Lawmakers voted to delay the so-called Cadillac tax on costly health plans.",
    "Making the so-called tax extenders permanent would change the forecast.",
    "She struggled to win so-called “closed” primaries open only to party members.",
    "The group filed hundreds of so-called “independent spending” reports last year.",
])
def test_so_called_before_a_term_is_not_a_warning(ruleset, text):
    assert flagged(ruleset, text, "QC321") == []


@pytest.mark.parametrize("text", [
    "The protests were the latest of the so-called “color revolutions” in the region.",
    "The so-called experts have been wrong before.",
])
def test_sceptical_so_called_stays_a_warning(ruleset, text):
    assert [c for c, _ in flagged(ruleset, text, "QC321")] == ["QC321"]


# -- nouns and other senses of reporting verbs -------------------------------------------
@pytest.mark.parametrize("text, select", [
    ("Democrats plan to release transcripts to disprove Republican claims of “significant "
     "progress” in the inquiry.",
     "QC301"),
    ("An outside group is blasting out emails about the senator's record.", "QC302"),
])
def test_nouns_and_other_senses_are_not_reporting_verbs(ruleset, text, select):
    assert flagged(ruleset, text, select) == []


@pytest.mark.parametrize("text, code", [
    ("The senator claims that the count was rigged.", "QC301"),
    ("The candidate blasted the plan as absurd on Wednesday.", "QC302"),
])
def test_the_verbs_themselves_still_warn(ruleset, text, code):
    assert [c for c, _ in doubted(ruleset, text, code)] == [code]


# -- 'terrorists' and 'extremists' for a kind of person, not a group named ----------------
@pytest.mark.parametrize("text", [
    "The report covers security measures aimed at terrorists and their funding.",
    "He proposed a registry of visitors who could be terrorists.",
    "The fear is that terrorists armed with rifles could strike a school.",
])
def test_a_generic_plural_label_is_silent(ruleset, text):
    assert flagged(ruleset, text, "QC330") == []


@pytest.mark.parametrize("text, word", [
    ("These terrorists attacked the station in the breakaway region overnight.", "terrorists"),
    ("The mayor met the left-wing extremists on Friday.", "extremists"),
    ("The plan offers nothing to illegal immigrants.", "illegal immigrants"),
])
def test_a_plural_label_naming_someone_stays_a_warning(ruleset, text, word):
    assert [w for _, w in flagged(ruleset, text, "QC330")] == [word]


# -- strongly subjective words added from the BABE dev reading ----------------------------
@pytest.mark.parametrize("text, word", [
    ("The senator lied about the budget on Tuesday.", "lied"),
    ("The council has demonized the tenants for years.", "demonized"),
    ("The minister's response was downright bellicose.", "bellicose"),
    ("It was a terrible week for the campaign.", "terrible"),
])
def test_strongly_subjective_words_warn(ruleset, text, word):
    assert [w for _, w in flagged(ruleset, text, "QC331")] == [word]


def test_lame_duck_is_a_term(ruleset):
    assert flagged(ruleset, "The lame-duck session ends in December.", "QC331") == []
