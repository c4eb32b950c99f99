"""Failure classes of the seventeenth framing session (issue 15, DUC 2007 main D0735-D0745
opened for tuning): quotations hard-wrapped across blank lines, 'so-called' before a field's
term that a relative clause follows or in a sentence an attribution with a long apposition
closes, 'boast' of an amount held, 'blast' of shooting people, and an emotive verb in a
statement that a short quoted nickname does not end. Snippets of our own; the narrator's own
use of the same words beside them stays a warning."""
import pytest

from framing_helpers import doubted, flagged

_WRAPPED = ("The actor grins.\n\n``He lost his temper and\n\nlaughed at himself. It's why fans "
            "love him _ he's vicious\n\nand rude, but he mocks himself more than\n\nanyone "
            "else,'' he says.\n\n{narrator}\n")


def test_a_quotation_hard_wrapped_across_blank_lines_is_the_speakers(ruleset):
    assert ("QC331", "vicious") not in flagged(ruleset, _WRAPPED.format(
        narrator="He is a star with a large staff."), "QC331")


def test_the_narrators_word_after_a_wrapped_quotation_stays(ruleset):
    found = flagged(ruleset, _WRAPPED.format(narrator="He is a star, but he's vicious to "
                                                       "his staff."), "QC331")
    assert found.count(("QC331", "vicious")) == 1


def test_a_paragraph_break_does_not_join_quotations(ruleset):
    # a line ending in sentence punctuation, the next opening with a capital: no hard wrap
    text = ("``He lost his temper,'' he says. He was vicious.\n\nLater ``he apologised,'' "
            "friends said.\n")
    assert ("QC331", "vicious") in flagged(ruleset, text, "QC331")


_SCIENCE = ("The researchers say the samples should serve as a warning. At issue are so-called "
            "{term} that are used in many household goods.")


def test_so_called_before_a_field_term_a_relative_clause_follows(ruleset):
    assert ("QC321", "so-called") not in flagged(
        ruleset, _SCIENCE.format(term="brominated compounds"), "QC321")


def test_so_called_before_a_claimed_status_with_a_relative_clause_stays(ruleset):
    assert ("QC321", "so-called") in flagged(ruleset, _SCIENCE.format(term="experts"), "QC321")


def test_so_called_in_a_sentence_closed_by_an_attribution_with_a_long_apposition(ruleset):
    text = ("Few shoppers know how common these so-called gene-edited grains have become, said "
            "Ann Roe, a Midwestern state university economist who tracks buying habits in "
            "rural towns.")
    assert ("QC321", "so-called") not in flagged(ruleset, text, "QC321")


def test_so_called_in_the_narrators_sentence_stays(ruleset):
    text = ("Few shoppers know how common these so-called gene-edited grains have become. "
            "Ann Roe is a Midwestern state university economist who tracks buying habits.")
    assert ("QC321", "so-called") in flagged(ruleset, text, "QC321")


@pytest.mark.parametrize("text, word", [
    ("The island boasts approximately 2 million acres of forest with timber potential.",
     "boasts"),
    ("The attacker walked through the corridors, blasting away his victims at point-blank range.",
     "blasting"),
    ("A waiter said staff had nicknamed him ``High Roller,'' since he was always bragging "
     "about his winnings.", "bragging"),
])
def test_emotive_verbs_that_report_no_manner_of_the_narrators(ruleset, text, word):
    assert ("QC302", word) not in flagged(ruleset, text, "QC302")


@pytest.mark.parametrize("text, word", [
    ("The mayor boasts that the island is the safest in the region.", "boasts"),
    ("The senator blasted the plan as a giveaway to donors.", "blasted"),
    ("A waiter said staff had nicknamed him ``High Roller.'' He was always bragging about "
     "his winnings.", "bragging"),
    ("A waiter said ``he was a quiet man who paid his bills and tipped well,'' but he was "
     "always bragging about his winnings.", "bragging"),
])
def test_the_narrators_emotive_verbs_stay(ruleset, text, word):
    assert ("QC302", word) in flagged(ruleset, text, "QC302")


_NOTE = ("COURT RULES FOR THE PUBLIC\n\n({note})\n\nBy ANN ROE\n\nThe mayor made a vicious "
         "attack on the court. The public won.\n")


def test_an_editors_note_naming_the_author_a_commentator_marks_an_opinion_piece(ruleset):
    note = ("EDITOR'S NOTE: Ann Roe, editorial page editor of the\n\nDayton (Ohio) Ledger, "
            "writes often on press\n\nfreedom. Her e-mail is roe(AT)ledger.com.")
    assert ("QC331", "vicious") not in flagged(ruleset, _NOTE.format(note=note), "QC331")


def test_an_editors_note_of_another_kind_leaves_the_news_voice(ruleset):
    note = "EDITOR'S NOTE: This story contains details some readers may find disturbing."
    assert ("QC331", "vicious") in flagged(ruleset, _NOTE.format(note=note), "QC331")


@pytest.mark.parametrize("text, code, word", [
    ("Most of the comedy of the show is her blank stares at the terrible situations "
     "she has created.", "QC331", "terrible"),
    ("She echoes a certain nervous, self-proclaimed failure from a much-loved old TV "
     "series.", "QC321", "self-proclaimed"),
    ("Viewers saw him in an hourlong mock documentary on cable. In it, a film crew purports "
     "to follow the comic around the clubs.", "QC301", "purports"),
])
def test_a_comedys_situations_and_characters_are_fiction(ruleset, text, code, word):
    assert (code, word) not in flagged(ruleset, text, code)


@pytest.mark.parametrize("text, code, word", [
    ("The terrible situations in the camps have worsened.", "QC331", "terrible"),
    ("He sounds like a certain balding, self-proclaimed prophet from a desert town.",
     "QC321", "self-proclaimed"),
    ("Viewers saw him in an hourlong documentary on cable. In it, a film crew purports "
     "to follow the comic around the clubs.", "QC301", "purports"),
])
def test_the_same_words_outside_a_fiction_stay(ruleset, text, code, word):
    assert (code, word) in flagged(ruleset, text, code)


def test_an_evaluative_word_on_creatures_of_the_wild_judges_no_one(ruleset):
    text = "The dive found sea snails and other bizarre creatures on the ocean floor."
    assert ("QC331", "bizarre") not in flagged(ruleset, text, "QC331")


def test_the_same_word_on_creatures_away_from_the_wild_stays(ruleset):
    text = "The dive found sea snails and other bizarre creatures in the lab."
    assert ("QC331", "bizarre") in flagged(ruleset, text, "QC331")


_AMONG = "The wolves were shot within a year. {lead}Norway is notorious for its refusal to adopt a hunting ban."


def test_a_reputation_among_named_holders_is_theirs(ruleset):
    text = _AMONG.format(lead="Among international wildlife groups, ")
    assert ("QC330", "notorious") not in flagged(ruleset, text, "QC330")


@pytest.mark.parametrize("text", [
    _AMONG.format(lead=""),
    "Among the dead was a notorious gangster.",
])
def test_a_reputation_in_the_narrators_voice_stays(ruleset, text):
    assert ("QC330", "notorious") in flagged(ruleset, text, "QC330")


def test_a_texts_reference_to_something_is_its_words(ruleset):
    text = ("The letter made no direct reference to the shootings, except the reference to "
            "greedy people. ``I hate the greedy,'' he wrote.")
    assert ("QC331", "greedy") not in flagged(ruleset, text, "QC331")


@pytest.mark.parametrize("text", [
    "With reference to greedy people, the law is silent.",
    "The letter made no reference to the shootings. Its greedy author had fled.",
    # the narrator's gloss of a quotation, set off by a comma
    "He said: ``Here comes Mr Moneybags,'' a reference to the greedy landlord of the pub.",
    "``Here comes Mr Moneybags.'' It was a reference to the greedy landlord of the pub.",
])
def test_the_narrators_own_word_near_a_reference_stays(ruleset, text):
    assert ("QC331", "greedy") in flagged(ruleset, text, "QC331") or \
        ("QC331", "Greedy") in flagged(ruleset, text, "QC331")


def test_a_products_label_claim_is_the_standard_verb(ruleset):
    text = "Without national rules, drinks claiming to be sugar-free are labeled in many ways."
    assert ("QC301", "claiming") not in doubted(ruleset, text, "QC301")


@pytest.mark.parametrize("text, word", [
    ("The firm claims to be the greenest brewer in the state.", "claims"),
    ("Without national rules, brewers claiming to be green sell more.", "claiming"),
])
def test_a_partys_claim_to_be_something_stays(ruleset, text, word):
    assert ("QC301", word) in doubted(ruleset, text, "QC301")
