"""A degree word before the strongest word of a scale only stresses it (issue 11, real
multi-outlet news: two renderings of one statement, "is quite clearly their target" and "is
clearly their target", were told the quotation says something else). Our own snippets."""
from __future__ import annotations

from quotecheck.align.difftype import type_region
from quotecheck.align.meaningwords import scalar_hits


def test_a_degree_word_before_a_scales_strongest_word_is_not_counted():
    assert scalar_hits("the city is quite clearly their target".split()) == \
        scalar_hits("the city is clearly their target".split())
    assert scalar_hits("we are absolutely certainly going".split()) == \
        [("certainty", 5, ("certainly",))]


def test_before_a_weaker_word_it_still_changes_the_strength():
    assert ("degree", 4, ("very",)) in scalar_hits("it is very likely".split())
    assert ("degree", 3, ("quite",)) in scalar_hits("quite a few".split())


def test_stress_added_to_clearly_is_no_change_of_meaning():
    for relation in ("near", "independent"):
        cat, _ = type_region(["quite"], [], ["is", "quite", "clearly"], ["is", "clearly"],
                             [False], [], relation)
        assert cat != "meaning", relation
    # ... while a swapped strength is one
    cat, kind = type_region(["certainly"], ["probably"], ["is", "certainly", "true"],
                            ["is", "probably", "true"], [False], [False], "near")
    assert (cat, kind) == ("meaning", "scalar")
    cat, kind = type_region(["very"], [], ["is", "very", "likely"], ["is", "likely"],
                            [False], [], "near")
    assert (cat, kind) == ("meaning", "scalar")
