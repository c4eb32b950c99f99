"""Contempt, verbs of attack and partisan labels (issue 15, BABE dev reading): strongly
subjective words that BABE's annotators found biased wherever they stood in the narration and
that news copy has no plain sense of. They warn in the outlet's voice; their literal and trade
senses ('a no-nonsense judge', 'paint smeared on the wall', 'weaponized anthrax', 'party
elites', 'an alter ego') and other people's words do not. The vivid verbs that wire copy uses
literally every day ('volcanoes spew lava') stay info. Snippets of our own."""
import pytest

from framing_helpers import infos, warnings


@pytest.mark.parametrize("text, word", [
    ("The wacky nonsense from the mayor's office went on for a week.", "nonsense"),
    ("The rally fed the anti-union hysteria of the spring.", "hysteria"),
    ("The council made a cowardly retreat from its own plan.", "cowardly"),
    ("The governor's flunky ran the agency for two years.", "flunky"),
    ("His ego got in the way of the deal with the unions.", "ego"),
    ("The speech was a diatribe against the press and the courts.", "diatribe"),
    ("The senator has tried to smear a decorated war hero.", "smear"),
    ("The administration weaponized the courts against its critics.", "weaponized"),
    ("The candidates kept parroting the talking points of the party.", "parroting"),
    ("Grassroots anti-choice groups pushed the officials to end exceptions.", "anti-choice"),
    ("The liberal elites fled the city for the coast as the protests grew.", "liberal elites"),
])
def test_contempt_in_the_outlets_voice_warns(ruleset, text, word):
    assert ("QC331", word) in warnings(ruleset, text, "QC331")


@pytest.mark.parametrize("text", [
    "The judge is known as a no-nonsense presence on the bench.",
    "Doctors traced the fainting at the school to mass hysteria.",
    "Paint was smeared on the wall of the station overnight.",
    "The nurse took a blood smear from the patient.",
    "The lab kept weaponized anthrax in a sealed vault.",
    "Eighty more delegates would put the candidate over the top.",
    "The party elites misjudged the loyalty of the voters.",
    "He was the model for the comedian's alter ego on the show.",
    "Vega, a pro-abortion rights Republican, represents the coast.",
    "\"The elites have failed us,\" the senator said.",
    "Critics called the plan nonsense and the campaign a smear.",
])
def test_other_senses_and_other_peoples_words_do_not_warn(ruleset, text):
    assert warnings(ruleset, text, "QC331") == []


def test_literal_vivid_verbs_stay_colour_info(ruleset):
    text = "Dozens of volcanoes spew lava on the small moon of the planet."
    assert warnings(ruleset, text, "QC33") == []
    assert ("QC332", "spew") in infos(ruleset, text, "QC332")


@pytest.mark.parametrize("text, word", [
    ("The governor named a stooge to run the agency for two years.", "stooge"),
    ("He picked a lackey of the party to run the port.", "lackey"),
])
def test_a_servant_label_warns_once_as_a_loaded_label(ruleset, text, word):
    # 'lackey' and 'stooge' are QC330 loaded labels; the contempt group listed them again and
    # a second warning (QC331) fell on the same word
    assert [w for w in warnings(ruleset, text, "QC33") if w[1] == word] == [("QC330", word)]
