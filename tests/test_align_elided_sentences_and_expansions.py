"""Two false QC104 classes (bugs24): a marked elision that leaves out whole sentences holding
a negator ("It was late ... It was cold" for "It was late. It could not be helped. It was
cold."), and an abbreviation spelled out ("UK" / "the United Kingdom's"). A sentence the mark
leaves out negates none of the kept ones; an abbreviation and its own expansion are one name
in two house styles. A negator cut inside a kept sentence, and another name, are still
changes. Our own snippets, shaped like two outlets quoting one statement."""
import pytest
from align_fixtures import rendering_changes

from quotecheck.align.expansions import abbreviation_expanded, initialism_expanded
from quotecheck.resources.ruledata import load_data

FULL = ("The ferry was late again. It could not be helped. It was cold on the pier, "
        "and the children waited for an hour.")


@pytest.mark.parametrize("mark", ["...", "\u2026", " [...]"])
@pytest.mark.parametrize("relation", ["independent", "unknown", "derived"])
def test_whole_sentences_left_out_through_a_mark_are_no_change(mark, relation):
    marked = ("The ferry was late again" + mark + " It was cold on the pier, and the "
              "children waited for an hour.")
    assert ("meaning", "elision") not in rendering_changes(marked, FULL, relation)
    assert ("meaning", "elision") not in rendering_changes(FULL, marked, relation)


def test_a_negator_left_out_inside_a_kept_sentence_is_still_a_change():
    assert ("meaning", "elision") in rendering_changes(
        "We will ... sue the council", "We will not, under any circumstances, sue the council")


@pytest.mark.parametrize("short, full", [
    ("It is an attack on UK waters", "It is an attack on the United Kingdom\u2019s waters"),
    ("the U.N. will vote on the plan", "the United Nations will vote on the plan"),
    ("we asked the EU for help", "we asked the European Union for help"),
])
def test_an_abbreviation_spelled_out_is_no_change(short, full):
    for a, b in ((short, full), (full, short)):
        assert all(c == "orthographic" for c, _ in rendering_changes(a, b, "independent"))


def test_another_name_or_the_pronoun_us_is_no_expansion():
    assert ("meaning", "entity") in rendering_changes(
        "the UK will vote on the plan", "the United States will vote on the plan")
    assert ("orthographic", "abbreviation") not in rendering_changes(
        "they told us on Monday", "they told the United States on Monday")


@pytest.mark.parametrize("example", load_data("meaning-words")["abbreviation_expansions"]
                         ["examples"])
def test_abbreviation_expansion_examples(example):
    a, b = example["a"].split(), example["b"].split()
    caps = [w != "the" for w in a]
    assert abbreviation_expanded(a, b, caps, [True] * len(b)) is example["same"]


# An initialism against its spelled-out words is one rule (initial letters of the content
# words), not a list of names: these names are in no table of rule data.
@pytest.mark.parametrize("short, full", [
    ("the IG found no bias in the review", "the inspector general found no bias in the review"),
    ("DOJ will look at the files", "the Justice Department will look at the files"),
    ("we called the NYPD at once", "we called the New York Police Department at once"),
    ("the D.A. has the case now", "the district attorney has the case now"),
    ("the WHO's advice was clear", "the World Health Organization's advice was clear"),
])
def test_an_initialism_spelled_out_is_house_style(short, full):
    for a, b in ((short, full), (full, short)):
        changes = rendering_changes(a, b, "derived")
        assert changes and all(c == "orthographic" for c, _ in changes), changes


@pytest.mark.parametrize("short, other", [
    ("the FBI will look at the files", "federal investigators will look at the files"),
    ("the IG found no bias", "the general inquiry found no bias"),
    ("Title III covers it", "Title International Investment Institute covers it"),
    ("they told us on Monday", "they told United States officials on Monday"),
])
def test_letters_that_do_not_spell_the_words_stay_a_change(short, other):
    changes = rendering_changes(short, other, "derived")
    assert ("orthographic", "abbreviation") not in changes, changes


@pytest.mark.parametrize("example", load_data("meaning-words")["initialisms"]["examples"])
def test_initialism_examples(example):
    a, b = example["a"].split(), example["b"].split()
    assert initialism_expanded(a, b, [w.lower() for w in a],
                               [w.lower() for w in b]) is example["same"]
