"""subject_before keeps the answers for the text last asked about: a second text,
even one of the same length, never gets the first one's answer, and a floor further back
than the words it reads gives the same answer."""
from quotecheck.quotes.attribution_words import lexicon
from quotecheck.quotes.subjects import _subject_before, subject_before


def test_each_text_gets_its_own_subject():
    lex = lexicon()
    first = "After the vote, Dana Whitcombe said the plan would wait."
    second = "After the vote, Rosa Pendleton said the plan would wait."
    assert len(first) == len(second)
    pos = first.index(" said")
    assert subject_before(first, pos, lex).text == "Dana Whitcombe"
    assert subject_before(second, pos, lex).text == "Rosa Pendleton"
    assert subject_before(first, pos, lex).text == "Dana Whitcombe"


def test_a_floor_before_the_window_answers_as_none():
    lex = lexicon()
    text = "x " * 300 + "The harbour master, a cautious man, told the crew to wait."
    pos = text.index(" told")
    for floor in (0, 10, pos - 400, pos - 321):
        assert subject_before(text, pos, lex, floor) == _subject_before(text, pos, lex, 0)
    assert subject_before(text, pos, lex, pos - 20) == _subject_before(text, pos, lex, pos - 20)
