"""Quote-mark conventions of issue 12 (two-apostrophe marks, nested and misprinted marks) and
the parser's property: an unpaired mark costs at most one quotation."""
from hypothesis import given
from hypothesis import strategies as st

import pytest

from quotecheck.text.quotemarks import find_quote_spans


def _quotes(text):
    return [text[q.start:q.end] for q in find_quote_spans(text)]


@pytest.mark.parametrize("text,expected", [
    # NYT archive: two apostrophes open and close
    ("''We are not leaving,'' said Mayor Jo Lin. ''Not now.''", ["We are not leaving,",
                                                                   "Not now."]),
    ("He called it ''a disgrace'' and left.", ["a disgrace"]),
    ("``We are not leaving,'' she said.", ["We are not leaving,"]),
    # an opening mark misprinted for the closing one
    ("“We are not leaving.“ She left.", ["We are not leaving."]),
    # nested double marks of one kind
    ("“I told him “no” last week,” she said.", ["I told him “no” last week,"]),
    # a forgotten closing mark costs only its own quotation
    ("“We are not leaving, she said. “Not now.”", ["Not now."]),
    ("“A,” he said, “B. “C,” she said.", ["A,", "C,"]),
    # a stray single opener whose quotation a double mark closes: the double quotes after it
    # are no quotes inside a quote
    ("'We know the plan,” he said. \"It will fail.\" She left.", ["It will fail."]),
])
def test_quote_mark_conventions(text, expected):
    assert _quotes(text) == expected


def test_two_apostrophes_inside_words_are_no_marks():
    assert _quotes("The rock ’n’ roll years of the ’90s, as in rock 'n' roll.") == []


WORDS = st.sampled_from(["the", "plan", "was", "said", "Lin", "we", "will", "fight", "today",
                         "and", "it", "is", "over", "she", "added", "Mayor", "on", "Monday"])
PHRASE = st.lists(WORDS, min_size=1, max_size=6).map(" ".join)
STYLES = [("“", "”"), ('"', '"'), ("''", "''"), ("«", "»")]


@st.composite
def text_with_quotes(draw):
    """(text, quoted contents) of a one-paragraph text whose quotes are all well formed."""
    opener, closer = draw(st.sampled_from(STYLES))
    parts, quotes = [], []
    for _ in range(draw(st.integers(1, 5))):
        parts.append(draw(PHRASE))
        body = draw(PHRASE) + draw(st.sampled_from(["", ",", "."]))
        quotes.append(body)
        parts.append(f"{opener}{body}{closer}")
    parts.append(draw(PHRASE) + ".")
    return " ".join(parts), quotes


@given(text_with_quotes())
def test_well_formed_quotes_all_found(case):
    text, quotes = case
    assert _quotes(text) == quotes


@given(text_with_quotes(), st.sampled_from(["“", "”", '"', "''", "«", "»", "'", "\u2018"]),
       st.data())
def test_one_unpaired_mark_costs_at_most_one_quotation(case, mark, data):
    text, quotes = case
    _assert_one_mark_costs_at_most_one_quotation(text, quotes, mark, data)


def _assert_one_mark_costs_at_most_one_quotation(text, bodies, mark, data):
    """``mark`` put at a drawn space of ``text``: spans stay in bounds and at most one of the
    quotation ``bodies`` is lost."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    at = data.draw(st.sampled_from(spaces))
    glue = data.draw(st.sampled_from([" {} ", " {}", "{} "]))
    damaged = text[:at] + glue.format(mark) + text[at + 1:]
    spans = find_quote_spans(damaged)
    for q in spans:
        assert 0 <= q.open_start < q.start <= q.end <= len(damaged)
        assert q.close_end is None or q.end < q.close_end <= len(damaged)
    found = [damaged[q.start:q.end] for q in spans]
    lost = sum(1 for body in bodies if body not in found)
    assert lost <= 1, (damaged, found)


@pytest.mark.parametrize("text,expected", [
    # a two-apostrophe closing mark set off by a space (NYT archive copy)
    ("''We built coalitions, '' said Mr. Obi. ''Not now.''", ["We built coalitions,",
                                                              "Not now."]),
    ("''I hate the term 'harbour poor,' ''' she said.", ["I hate the term 'harbour poor,'"]),
    # a bidi control a scrape left before the opening mark (here a misprinted ”)
    ("Readers wrote.\n\n\u202a”Vane will lose this vote!” wrote Ann Lee.",
     ["Vane will lose this vote!"]),
    # a Dutch name's 't is no opening single mark that would swallow the next quotation
    ("said Sophie in 't Veld, a member. \"It's a risk everywhere.\"", ["It's a risk everywhere."]),
])
def test_more_quote_mark_conventions(text, expected):
    assert _quotes(text) == expected


@given(text_with_quotes(), st.sampled_from(["\u202a", "\u200b", "\ufeff", "\u2066"]),
       st.data())
def test_format_characters_before_marks_change_no_quotation(case, char, data):
    text, quotes = case
    marks = [i for i, c in enumerate(text) if c in "“\"'«" and (i == 0 or text[i - 1] == " ")]
    at = data.draw(st.sampled_from(marks))
    assert _quotes(text[:at] + char + text[at:]) == quotes


@given(text_with_quotes())
def test_a_space_before_closing_two_apostrophes_keeps_every_quotation(case):
    text, quotes = case
    if not text.count("''"):
        return
    spaced = text.replace(",''", ", ''").replace(".''", ". ''")
    assert [q.rstrip() for q in _quotes(spaced)] == [q.rstrip() for q in quotes]


@pytest.mark.parametrize("text,expected", [
    # an opening curly double closed by two apostrophes (curly or straight)
    ("“We back local artists,’’ says the founder.", ["We back local artists,"]),
    ("It was a “question’’ that amounted to a speech.", ["question"]),
    ("“We think it’s only 21,” Ana Ruiz said. “We want them back.’’\n\nNext “one” here.",
     ["We think it’s only 21,", "We want them back.", "one"]),
    # two opening single marks (‘‘, ‘’) closed by a curly double
    ("Lee said on TV “Meet.” ‘’It’s not who wins ... we all lose.” Then she left.",
     ["Meet.", "It’s not who wins ... we all lose."]),
    ("Lee said. ‘‘It’s not who wins,” she said.", ["It’s not who wins,"]),
    # ‘‘…’’ (a conversion of ``…''), and a closing ‘‘ set off by spaces after a nested quote
    ("’’We are not leaving,’’ said Lee. ‘‘Not now.’’", ["We are not leaving,", "Not now."]),
    ("It said he ‘‘played a role, in his words, ‘for the others,’ ‘‘ and left.",
     ["played a role, in his words, ‘for the others,’"]),
    # what worked before reads as before: ’’ closing a single quote, inches, apostrophes
    ("‘I met the Joneses’’ he said.", ["I met the Joneses"]),
    ("The 5’2’’ dancer’s “height” and rock ’n’ roll.", ["height"]),
    ("‘He said ‘‘ and left.’ Then “ok” came.", ["He said ‘‘ and left.", "ok"]),
    ("“Outer ‘inner’ text,” he said. ‘‘We won’t,’’ Lee’s aide said.",
     ["Outer ‘inner’ text,", "We won’t,"]),
])
def test_doubled_single_marks_stand_for_a_double_mark(text, expected):
    assert _quotes(text) == expected


def test_doubled_single_marks_span_both_characters_and_reopen_paragraphs():
    text = "‘‘First paragraph of it.\n\n‘‘Second paragraph,’’ he said.\n\nNarrator."
    spans = find_quote_spans(text)
    assert [text[q.start:q.end] for q in spans] == ["First paragraph of it.", "Second paragraph,"]
    assert spans[0].close_end is None and spans[1].continued
    assert spans[0].group == spans[1].group
    assert text[spans[1].open_start:spans[1].start] == "‘‘"
    assert text[spans[1].end:spans[1].close_end] == "’’"


OPENERS = ["“", "‘‘", "‘’", "``", "''", '"']
CLOSERS = ["”", "’’", "''", '"']
INNER = st.sampled_from(["", "won’t ", "Lin’s ", "‘no’ ", "the ’90s "])


@st.composite
def text_with_mixed_marks(draw):
    """(text, [(opener, body, closer)]) of one paragraph whose quotes each open with one double
    convention and close with another (“…’’, ‘‘…”, ‘’…”, ``…''), bodies holding apostrophes
    and nested single quotes."""
    parts, quotes = [], []
    for _ in range(draw(st.integers(1, 4))):
        parts.append(draw(PHRASE))
        opener, closer = draw(st.sampled_from(OPENERS)), draw(st.sampled_from(CLOSERS))
        if (opener == '"') != (closer == '"'):
            opener = closer = '"'          # a straight mark pairs with its own kind only
        body = draw(PHRASE) + " " + draw(INNER) + draw(PHRASE) + draw(st.sampled_from(["", ","]))
        quotes.append((opener, body, closer))
        parts.append(f"{opener}{body}{closer}")
    parts.append(draw(PHRASE) + ".")
    return " ".join(parts), quotes


@given(text_with_mixed_marks())
def test_mixed_double_conventions_pair_as_one_quotation(case):
    text, quotes = case
    spans = find_quote_spans(text)
    assert [text[q.start:q.end] for q in spans] == [body for _, body, _ in quotes], text
    for q, (opener, _, closer) in zip(spans, quotes):
        assert text[q.open_start:q.start] == opener and text[q.end:q.close_end] == closer


@given(text_with_mixed_marks(), st.sampled_from(["’’", "‘‘", "‘’", "“", "”"]), st.data())
def test_an_unpaired_doubled_mark_costs_at_most_one_quotation(case, mark, data):
    text, quotes = case
    _assert_one_mark_costs_at_most_one_quotation(text, [body for _, body, _ in quotes], mark, data)
