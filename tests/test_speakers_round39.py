"""Issue 12, speakers (spk39): a span of time opening a sentence ("Two days later, ...") is no
group a later "they" stands for. Snippets are written for the test in the shape of what was
seen (never corpus text). A capitalised word with a lower-case compound tail ("Kremlin-backed
outlets", "Cold War-era files") opens a description, no name; a description before a
restrictive "who" clause ("A harbour clerk who spoke without leave said") speaks."""
import pytest

from speaker_helpers import quote_with
from quotecheck.quotes import subjects
from quotecheck.quotes.attribution_words import lexicon
from quotecheck.resources.ruledata import load_data


@pytest.mark.parametrize("opening", ["Two days later", "Three weeks ago", "Some months on"])
def test_a_span_of_time_is_no_speaker_for_they(opening):
    text = ("Harbour notes\n\n"
            f"{opening}, the governor met the mayor at the port. They shook hands and the "
            "mayor praised him, in what critics would mock as a \"bromance\" for weeks.\n")
    assert quote_with(text, "bromance").speaker != " ".join(opening.split()[:2])


def test_a_span_of_time_is_no_generic_subject_but_a_group_is():
    lex = lexicon()
    text = "Two days later, the port reopened."
    assert subjects.generic_subject(text, 0, len(text), lex, loose=True) is None
    text = "Two pilots, both from the bay, were fined."
    m = subjects.generic_subject(text, 0, len(text), lex, loose=True)
    assert m is not None and m.text == "Two pilots"


@pytest.mark.parametrize("modifier, noun", [("Kremlin-backed", "outlets"),
                                            ("Cold War-era", "ledgers"),
                                            ("Ohio-style", "pamphlets")])
def test_a_compound_modifier_opens_a_description_not_a_name(modifier, noun):
    text = ("Harbour notes\n\nThe port was quiet all week.\n\n"
            f"According to {modifier} {noun}, the fleet was \"ready for anything.\"\n")
    assert quote_with(text, "ready for").speaker == f"{modifier} {noun}"


@pytest.mark.parametrize("clause", ["who spoke privately over coffee about the budget",
                                    "who has worked on the docks for decades"])
def test_a_description_before_a_restrictive_who_clause_speaks(clause):
    # the subject before "who ... said" was missed and an earlier speaker took the quotation
    text = ("Harbour notes\n\nTom Vane met the board on Monday.\n\n"
            f"A dock foreman {clause} said Wednesday, \"The cranes are far too old.\"\n")
    assert quote_with(text, "cranes").speaker == "dock foreman"


def test_a_who_clause_after_and_or_an_adverb_keeps_its_subject():
    # "The leaders who quietly rebuked ..." / "... thanked the voters who backed her and said"
    text = ("Harbour notes\n\nAna Ruiz thanked the sailors who backed her bid and said the "
            "vote was \"a win for the coast.\"\n")
    assert quote_with(text, "win for").speaker == "Ana Ruiz"


def test_a_name_ending_the_who_clause_keeps_the_quotation():
    text = ("Harbour notes\n\nAnother lawmaker in a tough race who is hedging his bets is "
            "Maine GOP Sen. Tom Vane, who said that while Ruiz's remarks were \"silly,\" he "
            "still plans to back her.\n")
    assert quote_with(text, "silly").speaker == "Tom Vane"


def test_a_pronoun_ending_the_who_clause_is_the_subject():
    text = ("Harbour notes\n\nThe latest is Captain Tom Vane, the harbour pilot who drew notice "
            "in 2009 when he shouted \"Sink it!\" at the mayor.\n")
    q = quote_with(text, "Sink it")
    assert (q.speaker, text[q.speaker_start:q.speaker_end]) == ("Tom Vane", "he")


@pytest.mark.parametrize("example", load_data("attribution")["time_spans"]["examples"])
def test_time_span_rule_examples(example):
    """The examples of ``[time_spans]`` (rule data): a span of time opening a sentence is no
    group subject, a group is (rv25b: the word list moved from code to data)."""
    text = example["text"]
    m = subjects.generic_subject(text, 0, len(text), lexicon(), loose=True)
    assert (m.text if m else "") == example["subject"]


def test_time_span_data_says_what_and_why():
    data = load_data("attribution")["time_spans"]
    assert data["what"] and data["why"] and "days" in data["units"]
