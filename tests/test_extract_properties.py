"""Hypothesis properties of the extractor: never crashes, spans always valid and consistent."""
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.model import Document
from quotecheck.quotes.extract import extract_quotes, extract_story_quotes
from quotecheck.text.quotemarks import find_quote_spans
from quotecheck.text.sentences import split_sentences
from quotecheck.text.textview import TextView

MARKS = "\"'“”‘’„‚«»‹› \n\n.,:;—–…[]()"
WORDS = ["he said", "said Putin", "Putin said", "she", "they", "the minister", "told", "Mr.",
         "Kassym-Jomart Tokayev", "according to", "won’t", "authorities’", "’90s", "d’état",
         "Russian President Vladimir Putin", "The Kazakh leader", "U.S.", "added:", "\n\n"]

news_like = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(list(MARKS)),
                               st.text(max_size=8)), max_size=60).map(" ".join)
any_text = st.one_of(st.text(max_size=300), news_like)


def _doc(text, doc_id="d"):
    return Document(doc_id, f"{doc_id}.txt", text, TextView.identity(text))


def _check(doc, quotes):
    n = len(doc.text)
    for q in quotes:
        assert 0 <= q.start <= q.end <= n
        assert doc.text[q.start:q.end] == q.text
        assert q.text.strip()
        assert q.open_start is not None and q.open_start < q.start
        assert q.close_end is None or q.end < q.close_end <= n
        if q.speaker_start is not None:
            assert 0 <= q.speaker_start <= q.speaker_end <= n
        if q.verb_start is not None:
            assert 0 <= q.verb_start <= q.verb_end <= n
            assert doc.text[q.verb_start:q.verb_end] == q.verb


@given(any_text)
def test_extractor_never_crashes_and_spans_hold(text):
    doc = _doc(text)
    _check(doc, extract_quotes(doc))


@given(any_text, any_text)
def test_story_extraction_spans_hold(a, b):
    docs = [_doc(a, "a"), _doc(b, "b")]
    quotes = extract_story_quotes(docs)
    by_id = {d.id: d for d in docs}
    for q in quotes:
        _check(by_id[q.document], [q])
    assert len({q.id for q in quotes}) == len(quotes)


@given(any_text)
def test_quote_spans_ordered_and_disjoint(text):
    spans = find_quote_spans(text)
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.open_start
    for q in spans:
        assert q.open_start < q.start < q.end <= len(text)


@given(any_text)
def test_sentences_in_bounds_and_ordered(text):
    prev = 0
    for s, e in split_sentences(text):
        assert prev <= s < e <= len(text)
        prev = e


@given(st.text(max_size=120))
def test_text_without_quote_marks_has_no_quotes(text):
    stripped = "".join(c for c in text if c not in "\"'“”‘’„‚«»‹›‟‛`")
    assert extract_quotes(_doc(stripped)) == []


ENTITIES = {"“": "&ldquo;", "”": "&rdquo;", "’": "&rsquo;", "&": "&amp;", "\u00a0": "&nbsp;"}


def _entity_document(readable: str) -> Document:
    """An HTML-like document: the original spells some characters as entities, the view
    decodes them (a non-identity offset map, as the HTML loader builds)."""
    from quotecheck.text.textview import TextViewBuilder

    original = "".join(ENTITIES.get(c, c) for c in readable)
    builder = TextViewBuilder(original)
    pos = 0
    for c in readable:
        spelled = ENTITIES.get(c, c)
        if spelled == c:
            builder.copy(pos, pos + 1)
        else:
            builder.replace(pos, pos + len(spelled), c)
        pos += len(spelled)
    view = builder.build()
    assert view.text == readable
    return Document("h", "h.html", original, view, format="html")


@given(news_like)
def test_spans_hold_through_a_non_identity_view(readable):
    doc = _entity_document(readable)
    quotes = extract_quotes(doc)
    _check(doc, quotes)
    plain = extract_quotes(_doc(readable))
    assert len(quotes) == len(plain)


def test_html_view_quote_spans_point_into_the_raw_text():
    doc = _entity_document("“We will win,” said Jane\u00a0Doe of Smith & Co. She called it “historic”.")
    first, second = extract_quotes(doc)
    assert first.text == "We will win,"
    assert doc.text[first.open_start:first.open_start + 7] == "&ldquo;"
    assert doc.text[first.speaker_start:first.speaker_end] == "Jane&nbsp;Doe"
    assert second.speaker == first.speaker == "Jane Doe"


WORD = st.sampled_from(["the", "minister", "said", "plan", "would", "work", "Putin", "we",
                        "will", "not", "allow", "it", "won’t", "authorities’", "’90s"])
QUOTED = st.lists(WORD, min_size=1, max_size=6).map(" ".join)
PARAGRAPH = st.one_of(
    QUOTED.map(lambda q: f"“{q},” he said."),
    QUOTED.map(lambda q: f"She called it ‘{q}’ on Monday."),
    QUOTED.map(lambda q: f'He said "{q}" twice.'),
    st.lists(WORD, min_size=3, max_size=10).map(lambda ws: " ".join(ws).capitalize() + "."),
)


@given(st.lists(PARAGRAPH, min_size=2, max_size=6), st.data())
def test_an_unpaired_mark_costs_at_most_its_own_paragraph(paragraphs, data):
    """A stray mark inserted into one paragraph leaves every other paragraph's quotes alone."""
    target = data.draw(st.integers(0, len(paragraphs) - 1))
    mark = data.draw(st.sampled_from(["“", "”", '"', "‘", "«"]))
    words = paragraphs[target].split(" ")
    at = data.draw(st.integers(0, len(words)))
    damaged = list(paragraphs)
    damaged[target] = " ".join(words[:at] + [mark + (words[at] if at < len(words) else "")]
                               + words[at + 1:])

    def by_paragraph(paras):
        text = "\n\n".join(paras)
        starts, pos = [], 0
        for p in paras:
            starts.append(pos)
            pos += len(p) + 2
        out = [[] for _ in paras]
        for q in find_quote_spans(text):
            i = max(k for k, s in enumerate(starts) if s <= q.start)
            out[i].append(text[q.start:q.end])
        return out

    before, after = by_paragraph(paragraphs), by_paragraph(damaged)
    for i in range(len(paragraphs)):
        if i != target:
            assert after[i] == before[i], (paragraphs, damaged, i)
