"""Quote-mark pairing: mark styles, nesting, reopened paragraphs, apostrophes, unpaired marks."""
import pytest
from speaker_helpers import span_texts as quotes

from quotecheck.text.quotemarks import find_quote_spans


@pytest.mark.parametrize("text,expected", [
    ("He said “hello there” today.", ["hello there"]),
    ('He said "hello there" today.', ["hello there"]),
    ("Putin vows to stop ‘colour revolutions’ after", ["colour revolutions"]),
    ("He said 'restore order' twice.", ["restore order"]),
    ("Il a dit « bonjour » hier.", ["bonjour"]),
    ("Sie sagte „Wir schaffen das“ gestern.", ["Wir schaffen das"]),
    ("They are “terrorists”.", ["terrorists"]),
    ("“Outer ‘inner’ text,” he said.", ["Outer ‘inner’ text,"]),
    ("‘Outer “inner” text,’ he said.", ["Outer “inner” text,"]),
    ("It was “an attempted coup … [by] foreign forces” he said.",
     ["an attempted coup … [by] foreign forces"]),
])
def test_mark_styles(text, expected):
    assert quotes(text) == expected


@pytest.mark.parametrize("text", [
    "The authorities’ claims and d’état and won’t and the ’90s and Kazakhstan’s army.",
    "rock ’n’ roll is not a quote, nor is rock 'n' roll or the '90s.",
    "O'Brien's dog and the Joneses' house.",
    "He is 5'10\" tall.",
])
def test_apostrophes_are_never_quotes(text):
    assert quotes(text) == []


def test_possessive_inside_single_quotes():
    assert quotes("‘The Joneses’ house is big,’ he said.") == ["The Joneses’ house is big,"]
    assert quotes("The Kazakh authorities’ claims were “false”, he said.") == ["false"]


def test_multi_paragraph_quote_reopens():
    text = "“First paragraph of it.\n\n“Second paragraph,” he said.\n\nNarrator."
    spans = find_quote_spans(text)
    assert [text[q.start:q.end] for q in spans] == ["First paragraph of it.", "Second paragraph,"]
    assert spans[0].close_end is None and not spans[0].continued
    assert spans[1].continued and spans[0].group == spans[1].group


def test_unpaired_mark_costs_one_quote():
    text = ("He said “unclosed and then nothing.\n\nLater “one” and “two” and “three”.\n\n"
            "Then ‘stray and ‘four’ and “five”.")
    assert quotes(text) == ["one", "two", "three", "four", "five"]


def test_unpaired_straight_mark_in_one_paragraph():
    text = 'A "stray mark. Then "alpha" and "beta" follow.'
    got = quotes(text)
    assert "alpha" in got and "beta" in got


def test_spans_exclude_marks_and_space():
    text = "« Bonjour », dit-il."
    (q,) = find_quote_spans(text)
    assert text[q.open_start] == "«" and text[q.close_end - 1] == "»"
    assert text[q.start:q.end] == "Bonjour"


def test_hard_wrapped_quote_spans_lines():
    text = ("The minister said that the government would “continue to work with every\n"
            "partner in the region” and left.")
    assert quotes(text) == ["continue to work with every\npartner in the region"]


def test_empty_and_punctuation_only_quotes_dropped():
    assert quotes("He said “” and “...” and “ok”.") == ["ok"]


def test_closing_mark_forgotten_at_paragraph_end_keeps_the_quote():
    text = ('“It is late,” he said. “At some point you have to govern.\n\n'
            'The White House said it was “reviewing the text”.')
    spans = find_quote_spans(text)
    assert [text[q.start:q.end] for q in spans] == [
        "It is late,", "At some point you have to govern.", "reviewing the text"]
    assert spans[1].close_end is None


def test_stray_single_mark_at_paragraph_end_is_dropped():
    text = "Putin attends a meeting in the ‘outside Moscow, Russia, January 10, 2022.\n\nNext."
    assert quotes(text) == []


def test_reopened_quote_inside_one_paragraph_keeps_the_first_sentence():
    """A paragraph break lost between two quoted paragraphs leaves a reopening mark after a
    sentence end: the first quotation ends there, it is not dropped as an unpaired opener."""
    text = ('The minister also said:\n\n"Sending a drone over our border is a grave threat, '
            'and we have lodged a protest. "We have asked the council to meet. We will act '
            'with our partners."\n\nThe council met on Friday.')
    assert quotes(text) == ["Sending a drone over our border is a grave threat, and we have "
                            "lodged a protest.",
                            "We have asked the council to meet. We will act with our partners."]
    assert quotes('He said "we will win. "Then we go home," she said.') == ["Then we go home,"]


def test_a_quoted_post_quoting_several_phrases_is_one_quotation():
    """(bugs23) A post quoted in double marks that quotes two phrases in double marks of its
    own: the outer quotation is whole, not dropped as an unpaired opener (the framing words
    in it are the post's, not the narrator's)."""
    text = ('The mayor posted:\n\n"Council member Ann Roe just said, \u201cI never saw that '
            'memo.\u201d This came a day after she praised the same \u201ccareful\u201d plan '
            'in a dreadful speech."\n\nThe council met on Friday.')
    assert quotes(text) == ['Council member Ann Roe just said, \u201cI never saw that memo.'
                            '\u201d This came a day after she praised the same \u201ccareful'
                            '\u201d plan in a dreadful speech.']
    text = "She wrote: \u201cHe calls it \u201cfair\u201d and \u201ccheap.\u201d\u201d"
    assert quotes(text) == ["He calls it \u201cfair\u201d and \u201ccheap.\u201d"]


def test_an_unclosed_title_before_other_titles_nests_nothing():
    """A stray closer after later pairs, mid-sentence, is no outer quote's end; an opener
    after a sentence's end reopens a quotation (a lost paragraph break), it does not nest,
    and the quotation it ends keeps its sentences (spk41)."""
    text = ("His films include ``Red Harbor (1991), ``Blue Mile'' (1994) and ``Salt Road'' "
            "(1998); `Iron Gate'' (2001), which he directed.")
    assert quotes(text) == ["Blue Mile", "Salt Road"]
    text = ('"We have reached the limit. It is on all of us to stop. "What matters now is '
            'calm." The minister called the attack "cowardly". Unions marched on Friday.')
    assert quotes(text) == ["We have reached the limit. It is on all of us to stop.",
                            "What matters now is calm.", "cowardly"]


def test_a_single_opener_before_an_elision_is_read_within_its_paragraph():
    """‘’ before an elision (‘’80s’, ‘’em’) is a single opening mark and the elision's
    apostrophe when a single closing mark comes next in the paragraph; before a double one
    (‘’Tis …,”) or none it stays a double opener. Read as an unpaired double opener, ‘’80s’
    was carried on into a next paragraph that opens with a double mark, so a stray opener
    there changed this paragraph's quotes."""
    para = "They called the tune \u2018\u201980s\u2019 at the fair."
    assert quotes(para) == ["\u201980s"]
    for after in ("Rain fell all day.", "\u201cRain fell all day."):
        text = f"\u201cNo,\u201d he said.\n\n{para}\n\n{after}"
        assert quotes(text)[:2] == ["No,", "\u201980s"]
    assert quotes("He told them \u2018\u2019em all\u2019 twice.") == ["\u2019em all"]
    assert quotes("\u2018\u2019Tis over,\u201d she said.") == ["Tis over,"]
    assert quotes("\u2018\u201980s hits are back,\u201d she said.") == ["80s hits are back,"]
    assert quotes("He called the \u2018\u201980s\u2019 \u201cgreat,\u201d he said.") == \
        ["\u201980s", "great,"]
    # no closing mark in its paragraph: a double opener, carried on into the next paragraph
    assert quotes("He said: ''27 members voted.\n\n''Then more came.''") == \
        ["27 members voted.", "Then more came."]
