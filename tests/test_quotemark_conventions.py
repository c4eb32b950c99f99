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


@given(text_with_quotes(), st.sampled_from(["“", "”", '"', "''", "«", "»"]), st.data())
def test_one_unpaired_mark_costs_at_most_one_quotation(case, mark, data):
    text, quotes = case
    spaces = [i for i, c in enumerate(text) if c == " "]
    at = data.draw(st.sampled_from(spaces))
    glue = data.draw(st.sampled_from([" {} ", " {}", "{} "]))
    damaged = text[:at] + glue.format(mark) + text[at + 1:]
    spans = find_quote_spans(damaged)
    for q in spans:
        assert 0 <= q.open_start < q.start <= q.end <= len(damaged)
        assert q.close_end is None or q.end < q.close_end <= len(damaged)
    found = [damaged[q.start:q.end] for q in spans]
    lost = sum(1 for body in quotes if body not in found)
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
