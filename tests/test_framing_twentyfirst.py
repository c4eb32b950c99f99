"""Failure classes of the twenty-first framing session (issue 15, the loaded labels in
standard descriptive use in wire copy): a 'terrorist group' the report names and whose
violence it states, a group on the sanctions list named earlier and referred back to by a
name's possessive, and a person whom police named an extremist (a designation, the police's
word). Each with the loaded reading beside it, which keeps its warning. Snippets of our own."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing_helpers import at_info_only, flagged


# -- a named group's label, its violence stated: the designation, not the narrator's verdict --
@pytest.mark.parametrize("text, word", [
    ("Officers detained two members of the far-left Harbour 9 terrorist group on Sunday. Its "
     "bombing campaign left 14 people dead.", "terrorist"),
    ("The mayor's former driver had joined a second terrorist group, the Northern Liberation "
     "Front, which bombed two rail stations in the 1990s.", "terrorist"),
])
def test_terrorist_group_named_with_its_violence_is_info(ruleset, text, word):
    assert at_info_only(ruleset, text, "QC330", word)


@pytest.mark.parametrize("text", [
    # no violence stated: the label is the narrator's verdict on a named group
    "Police arrested two members of the Harbour 9 terrorist group at a rally on Monday.",
    # a side in an armed conflict: rebels named around it
    "Troops hunted the Harbour 9 terrorist group, rebels who bombed two bridges.",
    # no name: a group unnamed is labelled by the narrator
    "A terrorist group was behind the bombing at the far-left rally.",
])
def test_terrorist_group_without_name_or_violence_or_in_a_conflict_stays_a_warning(
        ruleset, text):
    assert ("QC330", "terrorist") in flagged(ruleset, text, "QC330")


# -- a group on the sanctions list named earlier, referred back to by its leader's name -------
def test_leaders_possessive_of_a_designated_group_named_earlier_is_info(ruleset):
    text = ("Officials said al-Qaida planned the attack. The senator spoke for an hour. "
            "Later the strike was traced to Omar Haddad's terrorist network.")
    assert at_info_only(ruleset, text, "QC330", "terrorist")


def test_a_hyphen_broken_by_a_space_still_names_the_group(ruleset):
    text = ("The talk soon turned to al- Qaida again. The governor mentioned the terrorist "
            "group nine times.")
    assert ("QC330", "terrorist") not in flagged(ruleset, text, "QC330")


def test_possessive_without_a_designated_group_stays_a_warning(ruleset):
    text = "The senator spoke for an hour. The strike was traced to Omar Haddad's terrorist network."
    assert ("QC330", "terrorist") in flagged(ruleset, text, "QC330")


# -- a person named an extremist by the police: their designation, reported ---------------------
def test_extremist_as_police_named_him_is_info(ruleset):
    text = ("The dock worker was listed by prosecutors as a known extremist before his trial "
            "in the spring.")
    assert at_info_only(ruleset, text, "QC330", "extremist")


def test_extremist_in_the_narrators_voice_stays_a_warning(ruleset):
    text = "The dock worker, a known extremist, went on trial in the spring."
    assert ("QC330", "extremist") in flagged(ruleset, text, "QC330")


# -- 'notorious' of a criminal whose record the report states ----------------------------------
@pytest.mark.parametrize("text", [
    "The ring was set up by one of the city's most notorious criminals, Sal Marino, who was "
    "deported in 1946.",
    "The judge spared one man, among the state's most notorious serial killers, who was already "
    "serving two life sentences.",
])
def test_notorious_criminal_of_record_is_info(ruleset, text):
    assert at_info_only(ruleset, text, "QC330", "notorious")


@pytest.mark.parametrize("text", [
    "The senator is the most notorious criminal in the capital, and he was jailed once.",
    "He is the most notorious mobster in town.",
])
def test_notorious_without_a_record_or_in_politics_stays_a_warning(ruleset, text):
    assert ("QC330", "notorious") in flagged(ruleset, text, "QC330")


# -- 'leftist' before a paper named after its kind --------------------------------------------
def test_leftist_before_a_named_paper_is_info(ruleset):
    text = "The leftist daily Tageblatt printed the minister's letter on Monday."
    assert at_info_only(ruleset, text, "QC330", "leftist")


def test_leftist_media_unnamed_stays_a_warning(ruleset):
    assert ("QC330", "leftist") in flagged(ruleset, "The leftist media ignored it for days.",
                                            "QC330")


# -- a paraphrase run: sentences between two attributions to one speaker ----------------------
@pytest.mark.parametrize("text", [
    "The generation grew up in hard times, Marsh said.\n\nThey are jaded and adrift, clinging "
    "to the cynical belief that no one will help them. Marsh said the most driven of them "
    "start companies.",
    "Marsh said a broker called him in May about the shares. The broker set up a meeting "
    "under the cynical pretence that a buyer was waiting. Marsh said he went with two friends.",
    "The plant was run down for years, she said. Its callous owners, for all their empty "
    "promises, cut corners with the boilers. "
    "The pumps failed twice a month. She said the crews had warned them.",
])
def test_sentences_between_two_attributions_to_one_speaker_are_reported(ruleset, text):
    assert not [w for w in flagged(ruleset, text, "QC331") if w[1] in ("cynical", "callous")]


@pytest.mark.parametrize("text", [
    # no attribution before: the narrator's sentence
    "They are jaded and adrift, clinging to the cynical belief that no one will help them. "
    "Marsh said the most driven of them start companies.",
    # another speaker after: the sentence between is the narrator's
    "The generation grew up in hard times, Marsh said. They are jaded and adrift, clinging to "
    "the cynical belief that no one will help them. Costa said the most driven start companies.",
    # quoted speech on both sides starts no run: the sentence between is the narrator's
    "\"We will not sell,\" Marsh said. The cynical buyers left town. \"We never will,\" Marsh said.",
])
def test_a_sentence_not_between_one_speakers_attributions_stays_narration(ruleset, text):
    assert ("QC331", "cynical") in flagged(ruleset, text, "QC331")


def _run_sentences(text):
    from quotecheck.framing.narration import Narration
    from quotecheck.framing.runs import paraphrase_runs
    from quotecheck.load.loader import load_text

    doc = load_text(text, id="example")
    nar = Narration(doc)
    return [doc.text[slice(*nar.original(a, b))].strip() for a, b in paraphrase_runs(nar)]


def test_a_run_stops_at_another_speakers_attribution():
    text = ("Prices fell in March, Marsh said. Costa said the slump was temporary. "
            "Marsh said the slump would last.")
    assert _run_sentences(text) == []
    text = ("Prices fell in March, Marsh said. Traders were hit by the empty promises of the "
            "board. Marsh said the slump would last.")
    assert _run_sentences(text) == ["Traders were hit by the empty promises of the board."]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "Prices fell in March, Marsh said.", "Marsh said the slump would last.", "It rained.",
    "Costa said it was over.", "They were callous.", "He said so.", "\n\n", "So, he said.",
]), max_size=8))
def test_run_spans_are_whole_sentences_inside_the_text(parts):
    from quotecheck.framing.narration import Narration
    from quotecheck.framing.runs import paraphrase_runs
    from quotecheck.load.loader import load_text

    doc = load_text(" ".join(parts), id="example")
    nar = Narration(doc)
    for a, b in paraphrase_runs(nar):
        assert 0 <= a < b <= len(nar.text)
        assert nar.sentence(a) == (a, b)


# -- the outlet's own headline keeps the warning ------------------------------------------------
def test_a_descriptive_label_in_the_outlets_headline_stays_a_warning(ruleset):
    text = ("Harbour 9 terrorist group members held\n\nPolice arrested two members of the "
            "far-left Harbour 9 terrorist group, whose bombing campaign left 14 people dead.")
    assert flagged(ruleset, text, "QC330") == [("QC330", "terrorist")]   # the headline's
