"""Review mends of the twenty-second session's merges (rv25a): the mojibake repair of a word
agrees with the matching view, and number words against figures hold for every value."""
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.align.numberforms import spelled_variants
from quotecheck.align.orthography import canonical
from quotecheck.text.mojibake import repair
from quotecheck.text.normalize import fold_text, matching_view

# lead and continuation characters of damaged runs, and letters around them
NASTY = st.text(alphabet=st.sampled_from(list("ab \u00c2\u00c3\u00cb\u00e2\u20ac\u2122\u2020"
                                              "\u00a9\u00a0\u0080\u0099\u201a\u00ac\u201e")),
                max_size=30)


def test_a_run_the_whole_of_which_is_no_damage_still_mends_its_damaged_tail():
    text = "x \u00cb\u2020\u00c3\u00a9 y"          # 'Ë†' is sound, 'Ã©' is a damaged 'é'
    assert repair(text) == "x \u00cb\u2020\u00e9 y"


@given(NASTY)
def test_repair_folds_as_the_matching_view(text):
    assert fold_text(repair(text)) == matching_view(text).text


UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SUFFIX = {1: "st", 2: "nd", 3: "rd"}


@given(st.integers(2, 9), st.integers(1, 9), st.booleans(), st.integers(21, 99))
def test_a_tens_and_unit_word_is_its_figure_and_no_other(tens, unit, ordinal, other):
    value = tens * 10 + unit
    word = TENS[tens - 2] + "-" + (ORDINALS if ordinal else UNITS)[unit - 1]
    figure = f"{value}{SUFFIX.get(unit, 'th') if ordinal else ''}"
    assert canonical(word) == figure
    spelled = [canonical(TENS[tens - 2]), canonical((ORDINALS if ordinal else UNITS)[unit - 1])]
    assert spelled_variants([figure], spelled) and spelled_variants(spelled, [figure])
    if other != value:
        wrong = f"{other}{SUFFIX.get(unit, 'th') if ordinal else ''}"
        assert not spelled_variants([wrong], spelled)
