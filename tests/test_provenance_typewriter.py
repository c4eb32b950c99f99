"""Agency and archive copy marks quotations with typewriter pairs (``...''), and files each
text under a slug line and a headline in capitals: a quotation so marked is a speaker's words,
not narration, and two copies sharing the slug or headline share page furniture, not
narration, so neither is a lifted narration sentence."""
from provenance_synth import make_doc

from quotecheck.provenance.derivation import prepare, quote_regions, split_sentences
from quotecheck.provenance.lifted import lifted_sentences

QUOTED = ("The inspector told the inquest: ``We were satisfied in the light of everything we "
          "knew that a warning was the right way to deal with the matter at the time.''")


def test_typewriter_marks_open_and_close_a_quotation():
    text = "He said: ``It was felt a caution was best.\nMore ``words'' here; a 5'' rule."
    assert [text[s:e] for s, e in quote_regions(text)] == ["It was felt a caution was best.",
                                                           "words"]


def test_words_inside_typewriter_marks_are_quoted():
    dt = prepare(make_doc("agency.txt", QUOTED, "Press Association"))
    flags = {w: q for w, _, _, q in dt.sentences[0].words}
    assert flags["inquest"] is False and flags["satisfied"] is True and flags["matter"] is True


def _lifted(first: str, second: str) -> int:
    a = prepare(make_doc("a.txt", first, "Press Association"))
    b = prepare(make_doc("b.txt", second, "The Morning Ledger"))
    assert len(a.sentences) == len(b.sentences) == 1
    return lifted_sentences(a, b, [(0, 0, 1.0)])


def test_a_shared_typewriter_quotation_is_not_lifted_narration():
    assert _lifted(QUOTED, QUOTED.replace("told the inquest", "said")) == 0


def test_a_shared_slug_line_or_capital_headline_is_not_lifted_narration():
    for line in ("14:20 05/05/05: Page 1 (HHH) COURTS Penmorva Ferry Verdict Lead Substitute",
                 "FERRY CAPTAIN CLEARED OF ENDANGERING PASSENGERS IN FORCE NINE GALE AT PENMORVA",
                 "Ferry Captain Cleared Of Endangering Passengers In Force Nine Gale At Penmorva"):
        assert _lifted(line, line) == 0


def test_a_shared_narration_sentence_is_still_lifted():
    line = ("The ferry was carrying 212 passengers and 31 cars when it left the quay on the "
            "evening of November 14 last year.")
    assert _lifted(line, line) == 1


def test_a_sentence_opening_with_typewriter_marks_is_split_off():
    text = "The inspector gave evidence. ``We were satisfied,'' he said. It ended."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "The inspector gave evidence.", "``We were satisfied,'' he said.", "It ended."]
