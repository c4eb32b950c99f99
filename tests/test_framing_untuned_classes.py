"""Failure classes of the untuned real sets opened in the tenth session (issue 15): words of a
named source's indirect speech, technical senses and introduced terms. Snippets of our own;
the narrator's own use of the same words beside them stays a warning."""
import pytest

from framing_helpers import doubted, infos, flagged


@pytest.mark.parametrize("text, code, word", [
    # a party's accusation or criticism in the active voice: the accuser's account, to the
    # end of its phrase (a list joined by commas included)
    ("The envoy accused Tehran of arming militias and the brutal junta next door.", "QC331",
     "brutal"),
    ("The premier condemned the council for ignoring riots, stalling talks and arming the "
     "brutal junta.", "QC331", "brutal"),
    ("The spokesman accused Roe of staging little more than a publicity stunt.", "QC331",
     "stunt"),
    # an inverted attribution closing the sentence, the speaker's role in apposition
    ("It is that cult-like loyalty that could save the deal, said Tyler, the former aide to "
     "the senator.", "QC330", "cult"),
])
def test_a_named_sources_indirect_speech_is_reported(ruleset, text, code, word):
    assert (code, word) not in flagged(ruleset, text, code)


@pytest.mark.parametrize("text, code, word", [
    # the passive with no accuser keeps the act the narrator's
    ("The envoy was accused of hiring racist aides.", "QC331", "racist"),
    ("The envoy accused Tehran of arming militias, and the brutal junta next door did "
     "nothing.", "QC331", "brutal"),
    # a sentence that goes on after the speaker's role is not closed by the attribution
    ("It is the regime that could save the deal, said Tyler, and the regime agreed.", "QC330",
     "regime"),
])
def test_the_narrators_words_beside_them_stay(ruleset, text, code, word):
    assert (code, word) in flagged(ruleset, text, code)


@pytest.mark.parametrize("text", [
    "Ministers agreed a new regime of far stricter port checks for all travellers.",
    "Plans to tighten the borders regime stalled in May.",
    "The head of the farm insurance regime said premiums would rise.",
])
def test_a_regime_of_rules_is_no_government(ruleset, text):
    assert ("QC330", "regime") not in flagged(ruleset, text, "QC330")


def test_a_government_called_regime_stays(ruleset):
    assert ("QC330", "regime") in flagged(
        ruleset, "The envoy met the regime of the generals in the capital.", "QC330")


@pytest.mark.parametrize("text", [
    # a three-word event name
    "Organisers of Sunday's so-called Harvest Moon Parade met the mayor.",
    # a term whose members a dash names
    "Talks with the so-called quartet of lenders \u2014 the Paris Club, the World Bank and two "
    "banks \u2014 resumed.",
    # a kind set against another kind of the same head
    "The visit is set to be a so-called working trip rather than a full state trip.",
])
def test_so_called_introducing_a_term_is_info(ruleset, text):
    assert ("QC321", "so-called") not in flagged(ruleset, text, "QC321")
    assert ("QC321", "so-called") in infos(ruleset, text, "QC321")


@pytest.mark.parametrize("text", [
    "The campaign against the so-called Islamic State went on.",
    "Critics mocked the so-called reforms as a sham.",
    "The visit is set to be a so-called working trip rather than a summit.",
])
def test_so_called_disputing_a_name_stays(ruleset, text):
    assert ("QC321", "so-called") in flagged(ruleset, text, "QC321")


def test_a_militant_groups_propaganda_is_the_standard_description(ruleset):
    text = "He later spoke to an Islamic State propagandist magazine about the raid."
    assert ("QC330", "propagandist") not in flagged(ruleset, text, "QC330")
    assert ("QC330", "propaganda") in flagged(
        ruleset, "The ministry spread propaganda about the opposition before the vote.", "QC330")


def test_a_claimant_unnamed_needs_most_of_the_claim_in_the_peer(ruleset):
    """Verb drift (quotecheck.framing.accounts): where the claimant is a relative pronoun or
    a participle after a comma, three shared words of many are a topic, not one report."""
    from quotecheck.load.loader import load_text
    from quotecheck.plugins.run import run_checks
    from quotecheck.story import Story

    claim = ("Growers who claimed the river had been poisoned by the tannery and its dye works "
             "upstream left the valley in June.")
    for peer, severity in (("He said growers left the valley after the tannery closed.", "info"),
                           ("He said the river had been poisoned by the tannery and its dye "
                            "works upstream.", "warning")):
        docs = [load_text(peer, id="a"), load_text(claim, id="b")]
        found = run_checks(Story(docs), ruleset.with_selection(select="QC301"))
        assert [(f.document, f.severity) for f in found] == [("b", severity)]


ARGUED = (
    "Not Over Yet: The Harbour Deal Is Far From Done\n\n"
    "The port authority signed the dredging contract last week and the money has gone "
    "through. So is the harbour saved? By no means. The silt will return within two winters, "
    "and the council will have to use the years until then to put its own budget in order.\n\n"
    "For once, everything has gone to plan. The contract was approved on Wednesday, the "
    "dredgers arrived on Friday and the first channel was cleared within days. Yet the "
    "council must not mistake a reprieve for a cure. It should set aside a fund for the next "
    "dredging now, while the rates are low.\n\n"
    "It is petty of the finance committee to quibble over the ferry subsidy. What matters "
    "more is the message: the port is heading in the right direction. The neighbouring towns "
    "ought to follow, and the county needs to match their effort with its own grant.\n\n"
    "The harbour's income is at a record high and its debts are the lowest in a decade. "
    "Even so, the council missed its own savings targets last year and is falling behind "
    "again. Before it lectures the towns about their budgets, it must make a greater effort "
    "itself.\n")


def test_an_argued_piece_is_the_authors_voice(ruleset):
    """A narrator who prescribes in its own sentences and asks, attributing nothing, argues:
    its framing words are the author's (info), as in a labelled column."""
    assert ("QC331", "petty") not in flagged(ruleset, ARGUED, "QC331")
    assert ("QC331", "petty") in infos(ruleset, ARGUED, "QC331")


def test_a_report_of_others_prescriptions_stays_news(ruleset):
    reported = ARGUED.replace("By no means.", "By no means, the mayor said.").replace(
        "within days.", "within days, officials said.").replace(
        "while the rates are low.", "while the rates are low, the auditor said.").replace(
        "direction.", "direction, a port spokesman said.").replace(
        "falling behind again.", "falling behind again, the audit said.")
    assert ("QC331", "petty") in flagged(ruleset, reported, "QC331")


def test_a_past_ruler_is_described_by_the_record(ruleset):
    text = "The palace has hosted former dictators like the late ruler of a Balkan state."
    assert ("QC330", "dictators") not in flagged(ruleset, text, "QC330")
    assert ("QC330", "dictator") in flagged(
        ruleset, "The dictator described the envoy as a liar on Sunday.", "QC330")


@pytest.mark.parametrize("text", [
    # a formal notice's claim
    "The firm said it received notice from 3,000 subscribers claiming they had been wrongly "
    "billed for the songs.",
    # a conspiracy alleged: an accusation of a crime
    "The party alleged that top officials of the rival campaign conspired with a foreign bank "
    "to hurt the mayor.",
    # a suit filed, named in the next sentence
    "The party alleged that the mayor had been re-elected with help from a foreign bank. The "
    "party sued the mayor on Friday, asking for a recount.",
])
def test_allege_and_claim_in_standard_use(ruleset, text):
    assert doubted(ruleset, text, "QC301") == []


def test_a_party_account_with_no_suit_stays_doubted(ruleset):
    text = ("The party alleged that the mayor had been re-elected with help from a foreign "
            "bank. The party met the mayor on Friday, asking for a recount.")
    assert doubted(ruleset, text, "QC301") == [("QC301", "alleged")]
