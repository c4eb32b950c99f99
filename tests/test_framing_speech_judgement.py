"""A judgement of a speaker's words keeps the warning (issue 15): a weak class's evaluative
word (info by default, rules/data/framing-referents.toml) stays a warning right before a noun
for what someone said or did in public ('a bizarre claim', 'his ridiculous assertions');
the same word on a thing or an event, a descriptive label on an attack, 'racist remarks', an
adverb grading an adjective between, a charge someone made ('dismissed as a ridiculous
theory') and a quotation keep the weak class's default. Snippets of our own."""
import pytest

from framing_helpers import infos, warnings


@pytest.mark.parametrize("text, word", [
    ("The senator repeated the bizarre claim that the dam had never been inspected.", "bizarre"),
    ("Days later came his ridiculous assertions about the budget.", "ridiculous"),
    ("The host answered with an idiotic remark about the harvest.", "idiotic"),
    ("Markets fell on bellicose remarks from the prime minister.", "bellicose"),
    ("The absurd Liberal talking point that the port was never closed is falling apart.",
     "absurd"),
    ("The governor's stubborn refusal to release the budget angered lawmakers.", "stubborn"),
    ("Hysterical television coverage has frightened the town.", "Hysterical"),
    ("Dockers walked out over a fresh round of draconian austerity measures.", "draconian"),
    ("We now suffer under petty local laws that serve no purpose.", "petty"),
])
def test_a_judgement_of_a_speakers_words_warns(ruleset, text, word):
    assert word in [w for _, w in warnings(ruleset, text, "QC33")], text


@pytest.mark.parametrize("text, word", [
    ("The bizarre design of the new ferry drew crowds to the harbour all summer.", "bizarre"),
    ("The bizarre behaviour of the old man in the tattered bathrobe puzzled the neighbours.",
     "bizarre"),
    ("The launch of the new ferry was a fiasco from the first day.", "fiasco"),
])
def test_a_thing_an_event_or_a_charge_keeps_the_default(ruleset, text, word):
    assert word not in [w for _, w in warnings(ruleset, text, "QC33")], text
    assert word in [w for _, w in infos(ruleset, text, "QC33")], text


@pytest.mark.parametrize("text, word", [
    ("Police arrested a man for making racist remarks at the station.", "racist"),
    ("The council condemned the leftist rhetoric of the rally.", "leftist"),
    ("The host was unmoved by the blatantly false comment.", "blatantly"),
    ("The idea, once dismissed as a ridiculous theory, is now studied at the institute.",
     "ridiculous"),
])
def test_a_label_a_finding_or_an_adverb_keeps_the_default(ruleset, text, word):
    assert word not in [w for _, w in warnings(ruleset, text, "QC33")], text


def test_a_quoted_judgement_is_no_warning(ruleset):
    text = 'The minister called it "a bizarre claim" on Sunday.'
    assert "bizarre" not in [w for _, w in warnings(ruleset, text, "QC33")]
