"""Two utterances of one speaker paired as one quotation are not compared (issue 11): one
shared phrase only, words strung across another sentence, advance text against the delivered
words. One utterance with words changed is still reported."""
import random

from align_fixtures import doc, hand_quotes, one_edge_provenance

from quotecheck.align.analyse import analyse_quotes
from quotecheck.align.utterances import _cues, _has_cue_words


def _changes(a_text, b_text, provenance=None, speaker="Ned Hale"):
    a = doc("a.txt", a_text, outlet="o1")
    b = doc("b.txt", b_text, outlet="o2")
    quotes = hand_quotes(a, speaker) + hand_quotes(b, speaker)
    result = analyse_quotes([a, b], quotes, provenance)
    return [d.category for d in result.detections if d.category in ("meaning", "wording")]


_PARTNERS = "island partners such as Brae Marine, Holm Boats, Skerry Port, Voe Ropes and Tarn Lifts"
_WORKING = (f"Intro. Ned Hale said: \u201cWe are working with {_PARTNERS}, each of which has long "
            "years of work at sea behind it, and we look forward to learning from them.\u201d "
            "Then he left.")
_THANKS = (f"Intro. Ned Hale said: \u201cI would like to thank all of our {_PARTNERS} for the "
           "kind help we have had from them so far this year.\u201d Then he left.")


def test_two_sentences_sharing_a_list_of_names_are_not_compared():
    # a later release thanks the partners an earlier one listed: one phrase, two statements
    assert _changes(_WORKING, _THANKS, one_edge_provenance("a.txt", "b.txt")) == []
    assert _changes(_WORKING, _THANKS) == []


def test_a_sentence_with_a_name_list_and_one_word_changed_is_still_reported():
    changed = _WORKING.replace("long years", "short years")
    assert _changes(_WORKING, changed, one_edge_provenance("a.txt", "b.txt")) != []


_VOW = ("Intro. In a post last week Ned Hale vowed \u201cnot to let these long convoys of "
        "trucks into our town.\u201d Then he left.")
_POST = ("Intro. Ned Hale wrote: \u201cThe county has the full power not to let these long "
         "convoys of trucks enter its roads. It must stop them at the county line, which it "
         "can do because its road rules work, and not let them roll on into our town, which "
         "has no such rules.\u201d Then he left.")


def test_a_short_quote_met_again_far_on_in_another_post_is_not_compared():
    # "into our town" stands two dozen words on, in another sentence of another post
    assert _changes(_VOW, _POST) == []


def test_a_quote_joined_from_two_close_clauses_is_still_reported():
    # a merge across a few words (no mark) keeps its finding
    joined = ("Intro. Ned Hale said: \u201cThe town will not be a truck stop and it will not be "
              "a bus parking lot. It never will,\u201d Hale said. Then he left.")
    merged = ("Intro. Ned Hale said: \u201cThe town will not be a truck parking lot.\u201d "
              "Then he left.")
    assert _changes(joined, merged) != []


_TEXT = ("If confirmed to the board, I would be one of a team of seven, bound to decide each "
         "case by the charter and the bylaws of the port.")
_DELIVERED = ("Intro. \u201cA good member is a referee, not a player,\u201d Ned Hale said. "
              f"\u201c{_TEXT}\u201d Then he left.")
_ADVANCE = ("Intro. In text released by the port office, Hale vowed to be fair. \u201cA good "
            "member is a referee, not a player,\u201d he plans to say. \u201c"
            + _TEXT.replace("confirmed to the board", "confirmed to the port board")
            + "\u201d Then he left.")


def test_advance_text_against_the_delivered_words_is_not_compared():
    assert _changes(_DELIVERED, _ADVANCE) == []


def test_the_same_change_without_an_advance_text_cue_is_still_reported():
    said = _ADVANCE.replace("he plans to say", "he said")
    assert _changes(_DELIVERED, said) != []


def test_written_testimony_against_the_words_said_at_a_hearing_is_not_compared():
    # the statement filed with a panel the day before, against the words said there
    for cue in ("In her written testimony, Hale says the board must change. She adds:",
                "Hale said in her prepared statement that the board must change. She added:"):
        written = _ADVANCE.replace("In text released by the port office, Hale vowed to be "
                                   "fair.", cue).replace("he plans to say", "she says")
        assert _changes(_DELIVERED, written) == [], cue
    # a statement named without a sign of a written text: still compared
    plain = _ADVANCE.replace("In text released by the port office, Hale vowed to be fair.",
                             "Hale spoke to the panel.").replace("he plans to say", "she says")
    assert _changes(_DELIVERED, plain) != []


_GATHERING = ("Intro. Last week Ned Hale said he was \u201cgathering the whole weight of the "
              "county council\u201d against the flood. Then he left.")
_FREE = ("Intro. At the bridge on Friday, Ned Hale said the order would \u201cfree the whole "
         "weight of the county council.\u201d Then he left.")


def test_two_partial_quotes_opening_on_verbs_inflected_otherwise_are_not_compared():
    # a stock phrase said twice, each time after another verb: two remarks, no change
    assert _changes(_GATHERING, _FREE) == []


def test_a_partial_quote_with_its_first_word_changed_alike_is_still_reported():
    # the same form of the verb ("raising" / "gathering"): one remark, one word changed
    assert _changes(_GATHERING, _GATHERING.replace("gathering", "raising")) != []
    # whole sentences opening on another word are still compared
    whole_a = "Intro. Ned Hale said: \u201cGather the whole weight of the county council.\u201d"
    whole_b = "Intro. Ned Hale said: \u201cFreeing the whole weight of the county council.\u201d"
    assert _changes(whole_a, whole_b) != []


_FILLER = ("The port has had three chairs in four years. Its board meets on the first Monday of "
           "each month and publishes its minutes a week later. Fishing crews have asked for a "
           "seat at the table since the harbour wall was rebuilt. ")


def test_a_speakers_later_quotation_in_a_document_citing_prepared_remarks_is_advance_text():
    # the cue stands by the first quotation; paragraphs on, 'he said' quotes the same text
    cue = ("Intro. \u201cWe owe the crews an answer,\u201d Hale said in prepared remarks at a "
           "dinner at the harbour club.\n\n" + _FILLER * 2 + "\n\n\u201c"
           + _TEXT.replace("confirmed to the board", "confirmed to the port board")
           + "\u201d he said. Then he left.")
    assert _changes(_DELIVERED, cue) == []
    # another speaker's prepared remarks: the quotation is still compared
    other = cue.replace("Hale said in prepared remarks", "Mayor Orr said in prepared remarks")
    assert _changes(_DELIVERED, other) != []


def test_a_text_without_cue_words_has_no_cue_before_any_of_its_quotations():
    # the whole-text gate may rule a text out only where no stretch from its start holds a
    # cue: a stretch ending inside a word ("prepared remarks|men") still has its cue
    pieces = ["prepared", "remarks", "remarksmen", "plans", "to", "say", "sayings", "advance",
              "text", "Hale", "said", "in", "the", "\u201cWe", "go.\u201d", "\n", "as"]
    rng = random.Random(7)
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        for end in range(len(text) + 1):
            if any(_cues().finditer(text, 0, end)):
                assert _has_cue_words(text), (text, end)
