"""Quotation marks lost in decoding: a scraped page whose curly quotes (and apostrophes and
accents) all came through as U+FFFD. The provenance quote scan reads U+FFFD as a double mark
by where it stands, so two independent reports that both print one statement's paragraphs
share the speaker's words, not narration one lifted from the other; a text that prints the
quotation as its own narration (marks dropped) still aligns with it. Snippets are our own,
written in the shape of what such pages showed; none is corpus text."""
from __future__ import annotations

from provenance_synth import make_doc

from quotecheck.provenance.derivation import prepare, quote_regions
from quotecheck.provenance.infer import infer_provenance

L = "\ufffd"   # the lost character


def test_plain_scan_ignores_the_lost_character():
    text = f"The coach said: {L}We go on.{L}\n"
    assert quote_regions(text) == []


def test_lost_marks_read_by_position():
    text = (f"The league{L}s statement read: {L}We thank the coach.{L} Others were silent.\n"
            f"{L}Both the chairman, Jos{L} Molina, and the director agreed.\n"
            f"He called it {L}fair{L} and left.")
    got = [text[s:e] for s, e in quote_regions(text, True)]
    assert got == ["We thank the coach.",
                   f"Both the chairman, Jos{L} Molina, and the director agreed.", "fair"]


STATEMENT = [
    f"{L}After reading the board{L}s review, the chairman agreed that the national side needs "
    "a fresh start, one that keeps the gains of the last few seasons under the coach and his "
    "assistants. The chairman, Bo Park, and the sporting director, Cy Ode, told the coach of "
    f"the decision in person.",
    f"{L}Over four seasons the coach brought fresh impetus to the national side, giving young "
    "players their chance and handing the shirt to a new generation across the country"
    f"{L}s football.",
    f"{L}The federation wishes the coach and his staff every success in their future "
    "careers. He has earned the affection of everyone at the national side and of the whole "
    f"federation, where his door stays open.{L}",
]


def _report(lede: str, own: list, intro: str) -> str:
    paras = [lede] + own + [intro + f" {L}The federation is grateful to the coach and his "
                                   "whole staff for the years they led the national side."]
    return "\n\n".join(paras + STATEMENT)


SUN = _report(
    f"The national coach Ann Lee is out of a job after his country{L}s early exit from the "
    "World Cup.",
    ["Lee had said after the defeat on penalties that he needed time to think about his "
     "future with the side.",
     "His assistant Dan Roe is expected to take charge of the friendly in March against "
     "the neighbours."],
    "The federation said in a statement on Thursday:")
METRO = _report(
    "Ann Lee will not stay on as head coach after the team went out of the tournament on "
    "Tuesday.",
    ["Ahead of the knockout game he told reporters his contract ran out at the end of the "
     "year and that talks had not started.",
     "The side won only one of its four games at the finals, scoring twice."],
    "But a statement from the federation on Thursday morning read:")


def test_two_reports_of_one_statement_in_lost_marks_are_no_reuse():
    docs = [make_doc("sun.txt", SUN, "The Daily Sun", "2022-12-08T10:00:00"),
            make_doc("metro.txt", METRO, "Metro Daily", "2022-12-08T09:00:00")]
    edges = infer_provenance(docs, []).edges
    assert not edges, [(e.source, e.derived, e.relation, e.evidence) for e in edges]


def test_lost_marks_flag_words_but_keep_the_sentence_keys():
    dt = prepare(make_doc("metro.txt", METRO, "Metro Daily"))
    coach = next(s for s in dt.sentences if "fresh impetus" in dt.text[s.start:s.end])
    assert set(coach.words.quoted_flags()) == {1}
    assert coach.narration   # a text that prints the words unquoted still aligns with it
    assert coach in dt.narration
