"""Stacked judgements keep the warning (issue 15): a weak class's word (info by default,
rules/data/framing-referents.toml) stays a warning where the narrator stacks it on another
judgement or a political placement, or intensifies it; a single label, a placement on a plain
description ('far-right extremists', 'the communist regime'), a charge someone made ('as
fundamentally racist') and a quotation keep the weak class's default. Snippets of our own."""
import pytest

from framing_helpers import infos, warnings
from quotecheck.framing.referents import contexts


@pytest.mark.parametrize("text, word", [
    ("The mayor keeps coddling these left-wing terrorists.", "terrorists"),
    ("Now these power-hungry leftists want the library closed.", "leftists"),
    ("Are all the guards racist thugs?", "thugs"),
    ("The bloated, self-serving agency rejected every offer.", "self-serving"),
    ("The ranch drew some of the region's most violent racists.", "racists"),
    ("Students signed their futures away to leftist, anti-American colleges.", "leftist"),
    ("The governor was not merely a divisive figure but a cynically incompetent one.",
     "cynically"),
    ("The mayor backed a wildly racist zoning policy for twelve years.", "racist"),
    ("The board has been blatantly dishonest with the parents.", "dishonest"),
    ("The whole endeavour became an embarrassing fiasco for the mayor.", "fiasco"),
    ("This was the last year of a bizarre and disturbing ordeal.", "bizarre"),
])
def test_a_stacked_or_intensified_judgement_warns(ruleset, text, word):
    assert word in [w for _, w in warnings(ruleset, text, "QC33")], text


@pytest.mark.parametrize("text, word", [
    ("Protesters and leftists gathered outside the hall.", "leftists"),
    ("The terrorists planned the raid for months.", "terrorists"),
    ("The database lists symbols used by far-right extremists.", "extremists"),
    ("Exiles rallied against the communist regime on Sunday.", "regime"),
    ("The inquiry denounced the force as fundamentally racist in its hiring.", "racist"),
    ("The commissioner had earlier denied that his force was deeply racist.", "racist"),
    ("Few drivers cross the border because of the presence of violent leftist rebels.",
     "leftist"),
])
def test_a_single_label_a_placement_or_a_charge_keeps_the_default(ruleset, text, word):
    assert word not in [w for _, w in warnings(ruleset, text, "QC33")], text
    if "denounced" not in text:         # (there a reported charge: no finding at all)
        assert word in [w for _, w in infos(ruleset, text, "QC33")], text


def test_a_quoted_stacked_judgement_is_no_warning(ruleset):
    text = 'The alliance called the plan "dangerous and irresponsible" on Sunday.'
    assert "irresponsible" not in [w for _, w in warnings(ruleset, text, "QC33")]


def test_the_tables_that_keep_the_warning_take_the_weak_words_but_the_plain_descriptions():
    kept = [c for c in contexts() if c.keep and ("stacked" in c.note or "intensif" in c.note)]
    weak = set().union(*(c.words for c in contexts() if c.policy))
    assert len(kept) == 3
    for ctx in kept:
        assert not ctx.policy and ctx.words <= weak | {"leftist"}
        assert {"terrorists", "racist", "thugs", "bizarre"} <= ctx.words
        assert not {"extremist", "extremists", "regime", "regimes"} & ctx.words
