"""More framing false-alarm classes from the PolNeAR-train tuning half (issue 15, second
reading): each with a snippet of our own in the shape of what was read, and the framing use
next to it that must stay a warning."""
import pytest

from framing_helpers import doubted, flagged


# -- embedded posts: the poster's words ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "The governor reacted within minutes:\n<tweet author=\"@govoffice\" datetime=\"2016-01-02\">"
    "Horrifying news out of the valley tonight. The thugs who did this will be found.</tweet>."
    "\n\nPolice said two people were hurt.",
    "Her aide replied: <tweet id=\"1\" author=\"@aide\">He viciously attacked me from the "
    "stage<tweet/>. The campaign did not comment.",
    "<blockquote class=\"twitter-tweet\">What a disgraceful, racist speech.</blockquote>\n\n"
    "The speech lasted an hour.",
])
def test_an_embedded_post_is_the_posters_words(ruleset, text):
    assert flagged(ruleset, text) == []


def test_the_narration_after_an_embedded_post_still_warns(ruleset):
    text = ("<tweet author=\"@aide\">We won tonight.</tweet>. The senator's thugs blocked the "
            "door.")
    assert flagged(ruleset, text, "QC330") == [("QC330", "thugs")]


# -- doubt verbs that report no statement: another sense, or a claim not made -------------
@pytest.mark.parametrize("text", [
    "The front-runner might claim momentum but would still fail to build a wide margin.",
    "He declined to claim outright victory - merely saying that he was pleased.",
    "Should he win, he could claim he had laid to rest the ghosts of 2014.",
    "The campaign claimed the Republican nomination, which he had said was his.",
    "She struck the intruder in 2015 but claimed self-defense and was cleared.",
    "She also maintained above-average costs for gathering that cash.",
    "The team maintained a narrow lead through the third quarter.",
])
def test_a_doubt_verb_reporting_no_statement_is_silent(ruleset, text):
    assert flagged(ruleset, text, "QC301") == []


@pytest.mark.parametrize("text, verb", [
    ("The candidate claimed that the count was rigged.", "claimed"),
    ("The party has long maintained the files were not stamped secret, despite the evidence.", "maintained"),
    ("He claimed victory was stolen from him, without evidence.", "claimed"),
    ("He went on to claim that the election was rigged.", "claim"),
])
def test_a_claimed_statement_stays_a_warning(ruleset, text, verb):
    assert doubted(ruleset, text, "QC301") == [("QC301", verb)]


# -- views and statements reported as someone's -------------------------------------------
@pytest.mark.parametrize("text", [
    "His rhetoric on immigration has been widely condemned as fearmongering abroad.",
    "Critics have portrayed his use of the personal phone account as a reckless danger.",
    "Asked about the mayor's calling his rival a bigot, the governor changed the subject.",
    "Rivals went after the governor by labeling him as both a zealot and a pushover.",
    "The watchdog also reported the cartel has been funneling terrorists across the border.",
    "Asked directly what to do about illegal immigrants, those polled were split.",
    "Scarborough: Mayor Playing Dumb About The Militia Is Disqualifying\n\nThe host spoke "
    "on Monday.",
    "Senators' latest warning: Hacked files could hold Russian lies\n\nThe party spoke on Monday.",
])
def test_a_view_or_statement_reported_as_someones_is_not_the_narrators(ruleset, text):
    assert [c for c, _ in flagged(ruleset, text) if c in ("QC330", "QC331")] == []


@pytest.mark.parametrize("text, word", [
    ("EXCLUSIVE: Mayor Playing Dumb About The Militia\n\nThe mayor spoke on Monday.", "dumb"),
    ("The regime condemned the protest as the crowd gathered.", "regime"),
    ("The mayor, calling for calm, met the thugs on Friday.", "thugs"),
])
def test_the_narrators_own_words_beside_a_reported_view_still_warn(ruleset, text, word):
    assert [w.lower() for c, w in flagged(ruleset, text) if c in ("QC330", "QC331")] == [word]


# -- labels naming a kind of tie or content; words in another sense -----------------------
@pytest.mark.parametrize("text, select", [
    ("The driver had been under investigation for having terrorist ties.", "QC330"),
    ("Officials said moves to crack down on terrorist-related content had no teeth.",
     "QC330"),
    ("She played down the weight of a terrorist recruiting video that quotes her speech.",
     "QC330"),
    ("The accord could mark the start of a new security regime in the region.", "QC330"),
    ("South of the border, where the hills meet the desert, lies one industrial park after "
     "another.", "QC331"),
    ("The result could produce a crazy-quilt general election map.", "QC331"),
    ("The drive aims to stop parents from sending children out to beg for coins.",
     "QC302"),
])
def test_a_kind_or_another_sense_is_not_framing(ruleset, text, select):
    assert flagged(ruleset, text, select) == []


@pytest.mark.parametrize("text, word", [
    ("The regime arrested the terrorist group's leaders and their ties.", "regime"),
    ("The terrorists fled into rebel territory before the police arrived.", "terrorists"),
    ("The left-wing terrorist groups like Antifa were blamed.", "terrorist"),
    ("Russian lies spread online during the campaign.", "lies"),
    ("The candidate begged voters for forgiveness at the rally.", "begged"),
])
def test_a_label_or_word_in_its_framing_sense_stays(ruleset, text, word):
    assert word in [w.lower() for _, w in flagged(ruleset, text)]


# -- a noun, a claim the report shows uncorroborated, a view given as some people's --------
@pytest.mark.parametrize("text, select", [
    ("Panel chair promises report 'as soon as possible.'\n\nDemocrats rebut claim of inquiry "
     "progress.\n\nDemocrats on the panel plan to release transcripts.", "QC301"),
    ("The official has long maintained that she complied with the rules, claims that the "
     "inspector's report could not corroborate.", "QC301"),
    ("To many, the pundit is an agitator, mouthpiece and loudspeaker for the cause.",
     "QC330"),
    ("His trip to the shrine looked, to some, inconsistent and a selfish act.", "QC331"),
])
def test_a_noun_a_disputed_claim_or_a_view_of_some_is_not_a_warning(ruleset, text, select):
    assert flagged(ruleset, text, select) == []


@pytest.mark.parametrize("text, select, word", [
    ("The official has long maintained that she complied with the rules, despite the evidence.", "QC301",
     "maintained"),
    ("The host is a mouthpiece for the movement, to many people's surprise.", "QC330",
     "mouthpiece"),
    ("He went to some lengths to defend a selfish act.", "QC331", "selfish"),
])
def test_the_narrators_claim_or_label_stays_a_warning(ruleset, text, select, word):
    assert [w for _, w in flagged(ruleset, text, select)] == [word]


# -- opinion pieces without a section label: letters, an op-ed's closing author's note -----
_OPED_BODY = ("Two priorities for the fall campaign have been harmed by the choice of running "
              "mate.\n\nBut the pick has handed the tycoon a fresh chance for his "
              "demagogic bid to pose as a populist.\n\n")


@pytest.mark.parametrize("text", [
    _OPED_BODY + "Norman Roe, a delegate from Ohio, is coordinator of the Delegates Network "
    "and co-founder of an online activist group.",
    _OPED_BODY + "Jane Doe is a lecturer in political science at a state university.",
    "Mogul has right idea on policy.\n\nLETTERS.\n\n" + _OPED_BODY + "Len Roe.\n\nDeerfield "
    "Beach, Fla.",
])
def test_a_letter_or_an_op_ed_with_an_authors_note_is_the_authors_voice(ruleset, text):
    assert flagged(ruleset, text) == []


def test_a_news_report_with_a_staff_note_still_warns(ruleset):
    text = _OPED_BODY + "Gabriel Roe is senior media editor at the Daily Planet."
    assert [w for _, w in flagged(ruleset, text)] == ["demagogic"]


# -- what someone spoke of; a speech verb's clause in the gerund; a lawsuit's claims -------
@pytest.mark.parametrize("text, select", [
    ("Every day, the pontiff spoke of the malaise in society, the lack of jobs, the horrific "
     "violence of the cartels.", "QC331"),
    ("Columnists accused the senator of implying police officers were racist.", "QC331"),
    ("“He ruined my good name,” the suit reads. The guard also claims he was alone in "
     "being disciplined for losing the keys.", "QC301"),
])
def test_a_topic_spoken_of_a_gerund_clause_or_a_suits_claim_is_not_a_warning(ruleset, text,
                                                                             select):
    assert flagged(ruleset, text, select) == []


@pytest.mark.parametrize("text, select, word", [
    ("The horrific violence of the cartels went on after the pontiff spoke of peace.", "QC331",
     "horrific"),
    ("The senator was accused of hiring racist staff.", "QC331", "racist"),
    ("The guard also claims he was alone in being disciplined for losing the keys.", "QC301",
     "claims"),
])
def test_the_narrators_word_outside_them_stays_a_warning(ruleset, text, select, word):
    assert [w for _, w in doubted(ruleset, text, select)] == [word]


# -- the shapes left on the measuring half last time (docs/evaluation.md section 7) ---------
@pytest.mark.parametrize("text, select", [
    ("Mr. Biden suggested Mr. Smith had exaggerated the threat from terrorists and thugs.",
     "QC330"),
    ("The ad, portraying Mr. Smith as a selfish, greedy landlord, ran for a week.", "QC331"),
    ("The museum documents the crimes of the Nazi regime.", "QC330"),
    ("The videos were Islamic State propaganda aimed at recruits.", "QC330"),
    ("The family sued the city in federal court, claiming the officers used excessive force.",
     "QC301"),
    ("A new ad claims that the governor raised taxes 14 times.", "QC301"),
    ("The senator insisted that the bill include money for the border.", "QC301"),
    ("The union insisted on a recount of the ballots.", "QC301"),
])
def test_last_measures_remaining_shapes_are_not_warnings(ruleset, text, select):
    assert flagged(ruleset, text, select) == []


@pytest.mark.parametrize("text, select, word", [
    ("The regime in Damascus has refused the talks.", "QC330", "regime"),
    ("The ministry's propaganda filled the airwaves.", "QC330", "propaganda"),
    ("The senator insisted that the bill would pay for itself, despite the evidence.", "QC301", "insisted"),
    ("The mayor claimed that the count was rigged.", "QC301", "claimed"),
])
def test_the_framing_uses_beside_them_stay_warnings(ruleset, text, select, word):
    assert [w for _, w in doubted(ruleset, text, select)] == [word]


# -- the reason a critic gives is the critic's charge ---------------------------------------
@pytest.mark.parametrize("text, select", [
    ("The senator blasted his rival for backing a doomed measure that would have offered "
     "legal status to illegal immigrants, telling a radio host so.", "QC330"),
    ("Agencies have released fake reports for propaganda purposes.", "QC330"),
])
def test_a_critics_charge_or_a_kind_of_purpose_is_not_a_label(ruleset, text, select):
    assert flagged(ruleset, text, select) == []


def test_the_narrators_label_after_the_critics_charge_stays_a_warning(ruleset):
    text = ("The senator blasted his rival for his vote, and the regime in the capital "
            "welcomed it.")
    assert [w for _, w in flagged(ruleset, text, "QC330")] == ["regime"]


# -- an allegation or a perception without a possessive; a promise; a question's topic -----
@pytest.mark.parametrize("text", [
    "The report is a step the emirate hopes will dispel U.S. perceptions that it "
    "does little to fight extremists.",
    "Both candidates vowed to be tougher by focusing on stopping illegal immigrants first.",
    "At a forum, the governor was asked about guarding the frontier to halt the arrival of "
    "illegal immigrants.",
])
def test_a_perception_a_promise_or_a_questions_topic_is_not_the_narrators(ruleset, text):
    assert flagged(ruleset, text, "QC330") == []


@pytest.mark.parametrize("text, word", [
    ("The party's promises to fund care for illegal immigrants proved costly.",
     "illegal immigrants"),
    ("The perception was that the extremists had won.", "extremists"),
])
def test_a_noun_of_promising_or_a_bare_perception_keeps_the_label(ruleset, text, word):
    assert [w for _, w in flagged(ruleset, text, "QC330")] == [word]
