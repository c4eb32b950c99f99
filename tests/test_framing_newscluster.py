"""Framing false-alarm classes read on real multi-outlet news (issue 11, branch ncframing):
word senses that report no words, a quoted name before a verb, a document's content, an
op-ed's author bio, 'so-called' before a coined name, a technical or idiomatic sense of a
label, and a fiction described. Each snippet is our own, with the framing use beside it that
must stay a warning."""
import pytest

from framing_helpers import doubted, flagged


# -- other senses: boast = have, maintain = keep, claim = take, blast off, snapped = photographed
@pytest.mark.parametrize("text", [
    "Before the scandal the little republic boasted one of the highest growth rates in the region.",
    "The singer said it was hard to keep going and they could not maintain the relationship as they lived apart.",
    "The storm claimed the homes of several families on the coast.",
    "The new rocket blasted off at dawn from the old launch pad.",
    "The couple were snapped at a gala in London last week.",
    "She never went in, and photographers snapped her buying headphones at a mall instead.",
    "A fan snapped a blurry picture of the singer outside the hotel.",
    "Supporters snapped his picture in the lobby as he left.",
])
def test_a_verb_in_another_sense_reports_no_words(ruleset, text):
    assert flagged(ruleset, text) == []


@pytest.mark.parametrize("text, code, word", [
    ("The mayor boasted that the city had one of the highest growth rates.", "QC302", "boasted"),
    ("The senator maintained the vote was rigged, despite the evidence.", "QC301", "maintained"),
    ("The minister claimed the storm had spared the coast.", "QC301", "claimed"),
    ("The coach blasted the referees as a disgrace.", "QC302", "blasted"),
    ('"Leave me alone," the singer snapped at the photographers.', "QC302", "snapped"),
])
def test_the_reporting_verb_beside_them_stays(ruleset, text, code, word):
    assert (code, word) in doubted(ruleset, text, code)


# -- a quoted name before the verb ('Black Monday' claimed): no quotation closes there ------
@pytest.mark.parametrize("text", [
    "The league's 'Cold Tuesday' claimed the jobs of four managers.",
    "Fans said it was 'too late' to maintain the rivalry at its old pitch.",
])
def test_a_quoted_name_before_the_verb_is_not_a_closed_quotation(ruleset, text):
    assert flagged(ruleset, text) == []


def test_a_closed_quotation_before_the_verb_stays(ruleset):
    text = '"The whole world admires our strength," claimed the state broadcaster.'
    assert ("QC301", "claimed") in doubted(ruleset, text, "QC301")


# -- a noun 'claims' before a verb, and what a video, email or leak claims -----------------
@pytest.mark.parametrize("text", [
    "After the crash was reported, claims surfaced online that the line had failed before.",
    "Last month the group released a video purporting to show the missing hostages.",
    "The scam began with an email claiming the recipient had inherited a fortune.",
    "The leak claims to reveal the offshore holdings of a dozen leaders.",
])
def test_a_noun_or_a_documents_claim_is_not_the_narrators_doubt(ruleset, text):
    assert flagged(ruleset, text, "QC301") == []


def test_a_persons_claim_beside_them_stays(ruleset):
    text = "After the crash was reported, the operator claims the line had never failed."
    assert ("QC301", "claims") in doubted(ruleset, text, "QC301")


# -- an op-ed whose author bio sits at the top: the author's own voice --------------------
BIO = ("Jane Roe is a British writer and journalist. She is the author of 'Dark Harbours', "
       "released in 2015.\n\n")
BODY = ("Is it a coincidence that the leaked files, which purport to expose a money trail "
        "to the palace, appeared in the week of the summit?\n\nThe timing was remarkable.\n\n"
        "Officials have not commented.\n")


def test_an_op_ed_with_an_author_bio_is_the_authors_voice(ruleset):
    assert flagged(ruleset, BIO + BODY, "QC301") == []


def test_the_same_claim_in_a_news_report_stays(ruleset):
    assert ("QC301", "purport") in flagged(ruleset, BODY, "QC301")


# -- 'so-called' before a coined name of a leak, a legend or a file -----------------------
@pytest.mark.parametrize("text", [
    "Reporters pored over the so-called Malta Files for months.",
    "The team finally broke the so-called 'Curse of the Goat' last year.",
])
def test_so_called_before_a_coined_name_is_not_scepticism(ruleset, text):
    assert flagged(ruleset, text, "QC321") == []


def test_so_called_before_a_contested_label_stays(ruleset):
    text = "The so-called experts were wrong again."
    assert ("QC321", "so-called") in flagged(ruleset, text, "QC321")


# -- a technical sense of a label; a literal stunt; an official's title ----------------------------
@pytest.mark.parametrize("text", [
    "The eddy forms when the fluid is in a turbulent flow regime behind the pier.",
    "The actress was hurt in a car stunt during the last week of filming.",
    "The official, the country's propaganda chief, was named in the files.",
])
def test_a_technical_sense_or_a_title_is_not_a_label(ruleset, text):
    assert flagged(ruleset, text) == []


@pytest.mark.parametrize("text, code, word", [
    ("The regime carried out another test on Sunday.", "QC330", "regime"),
    ("The rally was a publicity stunt by the mayor.", "QC331", "stunt"),
])
def test_the_label_beside_them_stays(ruleset, text, code, word):
    assert (code, word) in flagged(ruleset, text, code)


# -- a fiction described: a film's plot or an advert's scenario ---------------------------
@pytest.mark.parametrize("text", [
    "The heroes team up to fight Vorn, a galactic tyrant bent on conquest. He is voiced by a famous actor.",
    "The advert shows an imagined scenario in which a banker visits a priest. The banker details how he lied to his clients.",
])
def test_a_fiction_described_is_not_the_narrators_verdict(ruleset, text):
    assert flagged(ruleset, text) == []


def test_the_same_words_about_real_people_stay(ruleset):
    text = "The banker visited a priest on Sunday. The banker lied to his clients for years."
    assert ("QC331", "lied") in flagged(ruleset, text, "QC331")


def test_an_app_named_like_a_document_does_not_excuse_a_claim(ruleset):
    text = "Telegram was removed from the store, with the company claiming the app was unsafe."
    assert ("QC301", "claiming") in doubted(ruleset, text, "QC301")


def test_an_advert_series_is_a_fiction(ruleset):
    text = "The brewer ran a run of ads that follow a hapless army shouting a nonsensical phrase."
    assert flagged(ruleset, text, "QC331") == []


# -- the charge of an accusation is the accuser's word (lead, newscluster final sample) ------
@pytest.mark.parametrize("text", [
    "The former minister accused the country's leadership of scaremongering about the threat.",
    "The senator was accused of grandstanding by two of her colleagues on Tuesday.",
])
def test_the_charge_of_an_accusation_is_the_accusers(ruleset, text):
    assert [w for w in flagged(ruleset, text) if w[0] == "QC331"] == []


@pytest.mark.parametrize("text, word", [
    ("The leadership has engaged in scaremongering about the threat for years.", "scaremongering"),
    ("The former minister accused the leadership, whose grandstanding is familiar, of lying.",
     "grandstanding"),
])
def test_an_evaluative_word_outside_the_charge_stays(ruleset, text, word):
    assert ("QC331", word) in flagged(ruleset, text)
