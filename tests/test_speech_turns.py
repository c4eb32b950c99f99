"""Speech turns an article prints under the speaker's label, without quotation marks
(issues 12 and 15): "VANCE: ..." paragraphs between the reporter's prose are the speaker's
words, not the narrator's voice. Snippets are our own, in the shape of the news copy read."""
import pytest
from hypothesis import given, settings, strategies as st

from framing_helpers import flagged
from quotecheck.quotes.speech_turns import speech_turns

SPEECH = ("Mayor Dana Vance spoke first at the dinner, and her speech was odd.\n\n"
          "She began with a riff on the council.\n\n"
          "VANCE: Hello to all of you who have known me for years. The council is terrible "
          "at its job.\n\n"
          "Vance went on to a joke about the budget.\n\n"
          "VANCE: You know, the governor told me to stop whining. I really have to say it.\n\n"
          "Later the evening turned terrible for the guests.\n")


def test_label_turns_of_a_named_speaker_are_found_one_paragraph_each():
    turns = speech_turns(SPEECH)
    assert [t.speaker for t in turns] == ["Vance", "Vance"]
    first = turns[0]
    assert SPEECH[first.label_start:first.label_end] == "VANCE: "
    assert SPEECH[first.start:first.end].endswith("at its job.")


def test_a_framing_word_in_a_turn_is_the_speakers_in_prose_the_narrators(ruleset):
    assert flagged(ruleset, SPEECH, "QC331") == [("QC331", "terrible")]
    found = flagged(ruleset, SPEECH.replace("turned terrible", "went on"), "QC331")
    assert found == []


def test_one_turn_after_an_introduction_is_a_turn():
    text = ("Sen. Lee Park was asked about the bill. He said in the interview:\n\n"
            "PARK: We will not vote for it. It is a sham.\n\nThe vote is on Friday.\n")
    assert [t.speaker for t in speech_turns(text)] == ["Park"]
    assert speech_turns(text.replace("interview:", "interview.")) == []


@pytest.mark.parametrize("text", [
    "WASHINGTON: The Senate voted on Monday. Washington said nothing.\n\n"
    "WASHINGTON: Another day, another vote in the chamber today.\n",
    "UPDATE: The county gave new figures on Tuesday afternoon.\n\n"
    "RELATED: Officials say the count is complete now, Related said.\n\n"
    "READ MORE: What the count means for the vote in the county.\n",
    "Pros: It is cheap and it works well enough for most.\n\n"
    "Cons: It breaks after a year of use, Cons said.\n",
    "Acme Records: http://example.com/acme\n\nAcme Inc.: http://example.com/inc\n",
    "Dana Vance: A shocking threat\n\nDana Vance\n\nDana Vance said it was a threat.\n\n"
    "Lee Park: A long night\n\nLee Park said so.\n",
])
def test_datelines_heads_and_link_lists_are_no_turns(text):
    assert speech_turns(text) == []


_PIECES = st.sampled_from([
    "VANCE: ", "Vance: ", "Dana Vance: ", "WASHINGTON: ", "Q: ", "MR. PARK: ", "Park said ",
    "Mayor Dana Vance ", "the plan. ", "It is terrible.", "\n\n", "\n", ":", " ", "http://x ",
    "\u201cWe won,\u201d ", "Oof. ", "a", "\u00e9",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_turns_are_ordered_spans_after_their_labels(text):
    turns = speech_turns(text)
    last = -1
    for t in turns:
        assert last <= t.label_start < t.label_end <= t.start <= t.end <= len(text)
        assert text[t.label_start:t.label_end].rstrip().endswith(":")
        assert "\n\n" not in text[t.start:t.end]
        assert t.speaker and not t.speaker.endswith(".")
        last = t.end


def test_turns_are_direct_quotations_of_the_named_speaker():
    from quotecheck import load_text
    from quotecheck.quotes.extract import extract_quotes

    text = SPEECH + "\n\u201cIt went well,\u201d Vance said afterwards.\n"
    quotes = extract_quotes(load_text(text, "speech.txt"))
    turns = [q for q in quotes if q.start in {t.start for t in speech_turns(text)}]
    assert [(q.speaker, q.kind, q.speaker_kind) for q in turns] == \
        [("Dana Vance", "direct", "person")] * 2
    assert text[turns[0].speaker_start:turns[0].speaker_end] == "VANCE"
    assert turns[0].text.startswith("Hello to all")
    assert [q.id for q in quotes] == [f"speech.txt#q{n}" for n in range(1, len(quotes) + 1)]
