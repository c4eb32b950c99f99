"""Ridicule of a person's wits or of how a thing was done, and names for trickery, warn in
the narrator's voice (issue 15, babe20 of the twentieth session: QC331,
rules/data/framing-evaluative.toml): every new word fires in a plain report, and none fires
inside a quotation; 'of every ilk' (of every kind) is excepted. Snippets of our own."""
import pytest

from framing_helpers import quoted_use, warned_words, warnings

NEW = {
    "farcical": "The committee held a farcical hearing on the port contract.",
    "risible": "The ministry published a risible estimate of the cost.",
    "cockamamie": "The council backed a cockamamie plan to move the market.",
    "dimwitted": "The dimwitted adviser misread the budget tables.",
    "brainless": "The agency ran a brainless campaign on road safety.",
    "mindlessly": "The board mindlessly approved the merger on Friday.",
    "slapdash": "The governor ordered a slapdash withdrawal of the guard units.",
    "ham-fisted": "The ministry made a ham-fisted attempt to calm the markets.",
    "tone-deaf": "The airline gave tone-deaf explanations for the fees.",
    "nakedly": "The mayor nakedly favoured his donors in the zoning vote.",
    "boneheaded": "The council made a boneheaded decision on the bridge.",
    "nitwit": "The nitwit treasurer lost the ledger again.",
    "nitwits": "A pair of nitwits ran the county fair this year.",
    "dunce": "The dunce of the cabinet forgot the vote.",
    "dunces": "The dunces on the board approved the loan.",
    "doofus": "The doofus governor waved at the wrong crowd.",
    "nutcase": "The nutcase mayor announced a tax on umbrellas.",
    "nutcases": "The nutcases on the council voted for it.",
    "ilk": "The senator and his ilk blocked the bill.",
    "shenanigans": "End-of-session shenanigans left the budget unfinished.",
    "chicanery": "The party used chicanery to move the vote.",
    "skullduggery": "The skullduggery of the campaign came to light in March.",
    "skulduggery": "The skulduggery of the campaign came to light in March.",
    "gobbledygook": "The agency answered with gobbledygook about timelines.",
    "mumbo-jumbo": "The minister offered mumbo-jumbo about growth.",
    "mumbo jumbo": "The minister offered mumbo jumbo about growth.",
    "flimflam": "Few voters fell for his flimflam on taxes.",
    "flim-flam": "Few voters fell for his flim-flam on taxes.",
    "hokum": "The scoring of the bill was hokum from the start.",
    "hooey": "The forecast of the ministry was hooey.",
    "grifting": "The grifting candidate sold hats to his donors.",
    "bait-and-switch": "The bill was a bait-and-switch on health care.",
    "hoodwink": "The plan was meant to hoodwink voters.",
    "hoodwinks": "The plan hoodwinks voters about the cost.",
    "hoodwinked": "The company hoodwinked regulators for years.",
    "hoodwinking": "The company kept hoodwinking regulators for years.",
    "bamboozle": "The ads set out to bamboozle pensioners.",
    "bamboozled": "The ads bamboozled pensioners in three states.",
    "bamboozling": "The ads kept bamboozling pensioners.",
    "gaslighting": "The ministry is gaslighting the public about the shortages.",
    "gaslighted": "The ministry gaslighted the public about the shortages.",
    "bloviated": "The senator bloviated for an hour on the floor.",
    "pontificate": "The candidate likes to pontificate about trade.",
    "pontificated": "The candidate pontificated about trade on Tuesday.",
    "pontificates": "The candidate pontificates about trade at every stop.",
    "pontificating": "The candidate spent the debate pontificating about trade.",
}


@pytest.mark.parametrize("word", sorted(NEW))
def test_a_new_word_warns_in_the_narrators_voice(ruleset, word):
    text = NEW[word]
    found = warned_words(ruleset, text, "QC331")
    assert word in found, (text, found)


@pytest.mark.parametrize("word", sorted(NEW))
def test_the_same_word_in_a_quotation_is_the_speakers(ruleset, word):
    text = quoted_use(word)
    assert not warnings(ruleset, text, "QC331"), text


@pytest.mark.parametrize("text", [
    "Employees of every ilk find themselves trapped in their jobs.",
    "Collectors of all ilks gathered at the fair on Sunday.",
    "The street was lit by a gaslight until 1950.",
    "The fire started in a gaslit hall on Main Street.",
])
def test_a_plain_phrase_or_a_literal_sense_is_left_alone(ruleset, text):
    assert not warnings(ruleset, text, "QC331"), text
