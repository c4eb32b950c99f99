"""Two renderings of one remark in one language (issue 11): a foreign introduction ends with
its sentence, and a swapped function word inside near-identical renderings is reported."""
from align_fixtures import doc, rendering_changes

from quotecheck.align.languages import introduced_abroad


def test_a_foreign_introduction_ends_with_its_sentence():
    """'... with German Chancellor Anna Weber. Miller said ...' introduces Weber, not Miller."""
    d = doc("a.txt", "The senator met with German Chancellor Anna Weber. Miller told "
                     "reporters the talks went well.")
    assert introduced_abroad(d) == frozenset({"weber"})


def test_initials_stay_inside_a_foreign_introduction():
    d = doc("b.txt", "The talks were led by French Minister J. P. Lavoisier on Tuesday.")
    assert "lavoisier" in introduced_abroad(d)


def _changes(a_text, b_text):
    return rendering_changes(a_text, b_text, "near-rendering", speaker="The mayor")


def test_a_swapped_preposition_before_more_of_the_sentence_is_a_change():
    """The shorter quotation's last words differ by one word, the longer one goes on: the
    swap is no boundary of the quotation."""
    changes = _changes("we want to know what went wrong with the whole project in Denver",
                       "we want to know what went wrong with the whole project with Denver, "
                       "they tell me the budget was gone a long time before anyone looked")
    assert ("wording", "substitution") in changes, changes


def test_swapped_function_words_inside_one_language_renderings_are_a_change():
    changes = _changes("the meeting was mostly friendly, and mostly about the new bridge "
                       "and the costs of the river crossing",
                       "the meeting was mostly friendly, it was mostly about the new bridge "
                       "and the costs of the river crossing")
    assert ("wording", "substitution") in changes, changes


def test_more_of_the_sentence_alone_is_still_a_fragment():
    changes = _changes("we want to know what went wrong with the whole project in Denver",
                       "we want to know what went wrong with the whole project in Denver, "
                       "they tell me the budget was gone a long time before anyone looked")
    assert all(c in ("equal", "orthographic") for c, _ in changes), changes


def test_a_contraction_spelled_out_is_no_change():
    changes = _changes("we are not going to let the bridge close before the winter comes",
                       "we're not going to let the bridge close before the winter comes")
    assert all(c in ("equal", "orthographic") for c, _ in changes), changes


def test_words_added_next_to_more_of_the_sentence_stay_one_boundary():
    """Only a swap is kept apart from the stretch one side quotes beyond the other's end; an
    insertion next to it is read with that stretch, as before."""
    changes = _changes("I never took a coin from the harbour fund, not in spring, not ever",
                       "I never took a coin from the harbour fund, not in spring, not in "
                       "autumn, not ever. The books are open to anyone")
    assert ("meaning", "negation") not in changes, changes
