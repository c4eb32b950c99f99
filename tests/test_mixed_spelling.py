"""QC901 mixed-spelling: the document's own spelling only; words inside quotations keep
their speaker's or source's house style and neither set nor break the document's."""
from __future__ import annotations

from quotecheck.model import Document, Metadata, Quote
from quotecheck.plugins.manager import build_plugin_manager, load_ruleset
from quotecheck.plugins.run import run_checks
from quotecheck.story import Story
from quotecheck.text.textview import TextView

PM = build_plugin_manager(autoload=False)
RULES, _ = load_ruleset(None, PM)
ONLY = RULES.with_selection("QC901")


def _doc(text: str, doc_id: str = "d") -> Document:
    return Document(doc_id, f"{doc_id}.txt", text, TextView.identity(text),
                    meta=Metadata(outlet=None))


def _quote(doc: Document, words: str, n: int = 0) -> Quote:
    start = doc.text.index(words)
    return Quote(f"{doc.id}-q{n}", doc.id, start, start + len(words), words)


def _qc901(doc: Document, quotes: list) -> list:
    story = Story([doc], quotes=quotes)
    return [(f.start, f.end, doc.text[f.start:f.end])
            for f in run_checks(story, ONLY, PM) if f.code == "QC901"]


def test_quoted_spelling_does_not_set_the_house_style():
    # the quote comes first: before the fix its "colour" set the document's spelling and
    # the narrator's own "color" was reported
    text = ('"The colour revolution will fail," Putin said. The so-called color '
            'revolution was the theme of the summit, and the color revolution talk went on.')
    doc = _doc(text)
    assert _qc901(doc, [_quote(doc, "The colour revolution will fail,")]) == []


def test_quoted_spelling_does_not_break_the_house_style():
    text = ('The color of the talks changed. "Our colour revolution is over," he said. '
            'The color stayed.')
    doc = _doc(text)
    assert _qc901(doc, [_quote(doc, "Our colour revolution is over,")]) == []


def test_the_narrators_own_mixed_spelling_is_still_reported():
    text = ('The colour of the day. "A color revolution," she said. '
            'Later the color faded.')
    doc = _doc(text)
    later = text.rindex("color")
    found = _qc901(doc, [_quote(doc, "A color revolution,")])
    assert found == [(later, later + 5, "color")]
    # without the quotation spans the quoted word counts like any other
    assert [s for s, _, _ in _qc901(doc, [])] == [text.index("color"), later]
