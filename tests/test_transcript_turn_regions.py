"""A broadcast transcript prints a long turn as several paragraphs under one label in
capitals ("DANA VANCE: ..."); every paragraph up to the next label is the speaker's words,
so the derivation test reads them as quoted, not as the outlet's narration: a print of the
same speech elsewhere is no reuse of this outlet's text. Snippets are our own."""
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.model import Document, Metadata
from quotecheck.provenance.derivation import prepare
from quotecheck.quotes.speech_turns import running_turn_spans
from quotecheck.text.textview import TextView

LATER = ("The harbour plan was drafted in a rush and the cost of the new piers was never "
         "set out for the public.")
TRANSCRIPT = ("Tonight we hear from the mayor, Dana Vance, and the host, Lee Ortiz.\n\n"
              "LEE ORTIZ: Welcome back. Here is what the mayor told the council today.\n\n"
              "DANA VANCE: I want to thank the council for its patience over many months.\n\n"
              f"{LATER}\n\n"
              "We will fix it before the summer season begins for the fishing fleet.\n\n"
              "LEE ORTIZ: That was Dana Vance, speaking at the council this afternoon.\n")


def _doc(text):
    return Document("d0", "d0", text, TextView.identity(text), Metadata())


def test_a_turn_runs_on_to_the_next_label():
    spans = running_turn_spans(TRANSCRIPT)
    at = TRANSCRIPT.index(LATER)
    assert any(s <= at and at + len(LATER) <= e for s, e in spans)
    assert not any(s <= 0 < e for s, e in spans)   # the introduction is narration


def test_the_later_paragraphs_of_a_turn_are_no_narration():
    dt = prepare(_doc(TRANSCRIPT))
    at = TRANSCRIPT.index(LATER)
    later = [s for s in dt.sentences if s.start <= at < s.end]
    assert later and not later[0].narration


def test_one_speaker_in_capitals_or_title_case_labels_run_on_nowhere():
    one = TRANSCRIPT.replace("LEE ORTIZ", "Lee Ortiz")
    assert running_turn_spans(one) == []


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([
    "DANA VANCE: The piers will be finished next year for the fleet.",
    "LEE ORTIZ: What did the council say about the harbour plan?",
    "The council met for three hours on the harbour plan.",
    "Dana Vance spoke after Lee Ortiz at the meeting.",
    "WASHINGTON: The council will vote next week."]), max_size=8))
def test_running_turns_lie_in_the_text_in_order_after_their_labels(paras):
    """Spans are inside the text, in order, never overlap, and each starts right after a
    label in capitals and ends at the next label or the end."""
    text = "\n\n".join(paras) + "\n"
    spans = running_turn_spans(text)
    last = 0
    for s, e in spans:
        assert last <= s <= e <= len(text)
        assert text[:s].rstrip(" ").endswith(":")
        last = e
