"""A double mark left open at a paragraph's end quotes the rest of the paragraph (a quotation
running on into the next one), unless a whole pair of another style of double marks follows it
in that paragraph: quotations nest single marks, so the first mark was a stray (a mistyped
pair) and the rest of the paragraph is the writer's narration, which derivation must see."""
from provenance_synth import make_doc

from quotecheck.provenance.derivation import prepare, quote_regions

# our own snippet: a blog pastes a report into one paragraph after a headline whose pair of
# marks was mistyped (straight opener, single closer); the report quotes with curly marks
PASTED = ('WHAT THE PAPERS MISSED about the "quiet\' depot clerk The clerk who is accused of '
          'setting fire to the depot on Tuesday night has been charged with arson, says the '
          'county prosecutor. Neighbours said the clerk had kept to himself for years. '
          '\u201cHe waved every morning,\u201d a neighbour said. The depot stays closed while '
          'fire investigators examine the loading bays.')


def test_a_stray_opener_before_a_curly_pair_quotes_nothing_after_it():
    regions = [PASTED[s:e] for s, e in quote_regions(PASTED)]
    assert regions == ["He waved every morning,"]


def test_the_pasted_report_is_narration_for_derivation():
    dt = prepare(make_doc("blog.txt", PASTED, "Some Blog"))
    flags = {w: q for s in dt.sentences for w, _, _, q in s.words}
    assert flags["prosecutor"] is False and flags["investigators"] is False
    assert flags["waved"] is True
    assert len(dt.narration) >= 3


def test_a_quotation_running_on_into_the_next_paragraph_stays_quoted():
    text = ('The mayor said: "We will rebuild the depot, and we will do it this year.\n'
            '"Nobody lost a job," she added.')
    assert [text[s:e] for s, e in quote_regions(text)] == [
        "We will rebuild the depot, and we will do it this year.", "Nobody lost a job,"]


def test_an_open_mark_with_single_marks_inside_runs_to_the_paragraph_end():
    text = 'He wrote: \u201cThe sign read \u2018closed\u2019 and we went home.\nLater that day.'
    assert [text[s:e] for s, e in quote_regions(text)] == [
        "The sign read \u2018closed\u2019 and we went home."]
