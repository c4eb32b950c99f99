"""Issue 12, speakers (spk42): failure classes seen on the Gender Gap Tracker and PolNeAR
train corpora and in drafts, as classes. Snippets are written for the test (never corpus text)."""
import pytest

from speaker_helpers import quote_with


def test_nobody_opening_a_sentence_is_no_ones_he():
    text = ("\u201cThe quay will flood again,\u201d Keller said. Nobody answered. "
            "\u201cWe will pay now or later,\u201d he said.\n")
    assert quote_with(text, "pay now").speaker == "Keller"


@pytest.mark.parametrize("verb", ["notes", "says", "adds"])
def test_a_subhead_word_is_no_descriptions_referent(verb):
    text = ("Harbour notes\n\nThe board has asked for a survey of the old pumps.\n\n"
            f"\u201cNobody wants another flooded quay,\u201d {verb} the chair.\n")
    assert quote_with(text, "flooded quay").speaker == "chair"


def test_a_possessor_in_the_sentence_before_is_the_pronouns_person():
    text = ("Tom Vane met Carl Ruiz in May. The board was deemed sound before Vane arrived.\n\n"
            "And then there is the matter of Ruiz\u2019s private letters, which the regulator "
            "wants to see kept short. In other words, he gets to keep his little jokes "
            "(\u201cThe tide is a clock\u201d) but not sign deals.\n")
    assert quote_with(text, "tide is a clock").speaker == "Carl Ruiz"


@pytest.mark.parametrize("middle", [
    "He read Ruiz\u2019s letter to the board twice.",          # the he comes first
    "Ruiz\u2019s lawyer filed the papers on Monday.",          # a possessed person
])
def test_a_possessor_is_not_taken_past_a_pronoun_or_a_possessed_person(middle):
    text = (f"Tom Vane met Carl Ruiz in May. Later Vane went home.\n\n{middle} "
            "\u201cWe will appeal,\u201d he said.\n")
    assert quote_with(text, "appeal").speaker != "Carl Ruiz"


def test_a_quote_paragraph_after_one_narrator_paragraph_keeps_the_speaker():
    text = ("Harbour notes\n\n\u201cThe pumps are old,\u201d Ana Ruiz said.\n\n"
            "The losses were largest in the north, with a third of the quays shut.\n\n"
            "\u201cWe will pay now or later.\u201d\n")
    assert quote_with(text, "pay now").speaker == "Ana Ruiz"


@pytest.mark.parametrize("middle", [
    "She left the meeting early, with a third of the quays shut.",   # someone else may speak
    "The board then met with the harbour master:",                   # introduces the next one
    "So if the crews all agree, who wrote this?",                    # a riddle: someone new
])
def test_a_narrator_paragraph_with_a_subject_or_a_colon_carries_nothing(middle):
    text = ("Harbour notes\n\n\u201cThe pumps are old,\u201d Tom Vane said.\n\n"
            f"{middle}\n\n\u201cWe will pay now or later.\u201d\n")
    assert quote_with(text, "pay now").speaker != "Tom Vane"


def test_a_relative_clauses_subject_is_not_the_next_he():
    text = ("Pier notes\n\nHis den holds a letter that harbour chief Tom Vane sent to Carl "
            "Ruiz in 2012. He hung it on the wall.\n\n\u201cGuests ask about it,\u201d he said.\n")
    assert quote_with(text, "Guests ask").speaker == "Carl Ruiz"


def test_a_sentence_opening_he_still_passes_a_relative_clause():
    text = ("\u201cThe port is safe,\u201d Tom Vane said on Monday.\n\n"
            "He added that the plan answered the claim that Carl Ruiz made in May.\n\n"
            "\u201cWe checked every berth,\u201d he said.\n")
    assert quote_with(text, "every berth").speaker == "Tom Vane"


def test_a_possessor_in_a_paraphrase_is_not_the_speaker_of_he_said():
    text = ("Carl Ruiz ran the port until May. But Tom Vane believes the board can do two "
            "things.\n\nFirst, Ruiz\u2019s cuts to the pilots made every berth slower. "
            "\u201cWe lost a year,\u201d he said.\n")
    assert quote_with(text, "lost a year").speaker == "Tom Vane"


def test_a_possessor_before_the_sentences_own_he_is_not_the_next_he():
    text = ("Carl Ruiz lost the 1990 race. Tom Vane said little about it.\n\n"
            "After backing Ruiz\u2019s campaign for years, he turned to the port board. "
            "In particular, he vowed to find \u201ca northern route that every pilot can "
            "use at night.\u201d\n")
    assert quote_with(text, "northern route").speaker == "Tom Vane"


def test_a_subhead_name_named_again_in_the_text_stays_a_referent():
    text = ("Vane rails against harbour board as funds collapse\n\n"
            "The harbour chair called the board \u2018very weak\u2019 on Tuesday\n\n"
            "Tom Vane spoke to the port staff at noon.\n")
    assert quote_with(text, "very weak").speaker == "Tom Vane"


def test_a_possessor_after_a_reflexive_is_not_the_pronouns_person():
    text = ("Tom Vane met Carl Ruiz in May. In the harbour fight, Vane. D-Port, again proved "
            "himself Ruiz\u2019s most loyal friend. He kept a pledge to \u201cfollow the "
            "pilots\u2019 lead.\u201d\n")
    assert quote_with(text, "pilots").speaker != "Carl Ruiz"
