"""Typing differences between two renderings: each change gets the right category and kind."""
import pytest
from align_fixtures import doc, hand_quotes

from quotecheck.align.analyse import align_renderings
from quotecheck.align.difftype import type_region
from quotecheck.align.meaningwords import scalar_hits


def _pair(a_text, b_text, relation="derived"):
    da = doc("a.txt", f"Intro. The minister said \u201c{a_text}\u201d on Monday.")
    db = doc("b.txt", f"Intro. The minister said \u201c{b_text}\u201d on Monday.")
    qa, qb = hand_quotes(da)[0], hand_quotes(db)[0]
    return align_renderings(qa, da, qb, db, relation)


def _changes(pa):
    return [(s.category, s.kind) for s in pa.segments if s.category != "equal"]


@pytest.mark.parametrize("a,b,expected", [
    ("We will never accept this deal", "We will accept this deal", ("meaning", "negation")),
    ("The plan cost 2,030 million", "The plan cost 2,300 million", ("meaning", "number")),
    ("The plan cost 5 million dollars", "The plan cost 5 billion dollars", ("meaning", "number")),
    ("it will be far from the last attempt", "it will not be the last attempt",
     ("meaning", "scalar")),
    ("most of the money was stolen", "some of the money was stolen", ("meaning", "scalar")),
    ("Maidan technologies were used", "Maidan technology was used", ("meaning", "number")),
    ("the internal affairs of our states", "the internal affairs of our country",
     ("meaning", "scope")),
    ("our people will decide", "my people will decide", ("meaning", "scope")),
    ("we must leave now", "we may leave now", ("meaning", "modality")),
    ("the talks were difficult", "the talks are difficult", ("meaning", "tense")),
    ("He met officials in Georgia last week", "He met officials in Ukraine last week",
     ("meaning", "entity")),
    ("we praise his bravery in the crisis", "we praise his courage in the crisis",
     ("wording", "substitution")),
    ("restore order to the country", "restore order in the country",
     ("wording", "substitution")),
])
def test_derived_changes_are_typed(a, b, expected):
    assert expected in _changes(_pair(a, b))
    assert _pair(a, b).verdict == "derived-corrupted"


@pytest.mark.parametrize("a,b", [
    ("We won\u2019t let anyone destabilise the situation", "We will not let anyone destabilize the situation"),
    ("well-organised groups of militants in the neighbourhood", "well organized groups of militants in the neighborhood"),
    ("2,030 troops and 250 units", "2030 troops and 250 units"),
    ("a coup d\u2019\u00e9tat", "a coup d'etat"),
    # a name ending in s takes its possessive with a lone apostrophe or with 's: house style
    ("It would have been Marcus' 15th birthday", "It would have been Marcus's 15th birthday"),
    ("It was James\u2019 idea all along", "It was James\u2019s idea all along"),
    # a stem's last consonant doubled before an ending, a pair VarCon does not list
    ("the farmers are benefitting from the new rules", "the farmers are benefiting from the new rules"),
])
def test_orthographic_variants_are_faithful(a, b):
    pa = _pair(a, b)
    assert {c for c, _ in _changes(pa)} <= {"orthographic"}
    assert pa.verdict in ("derived-faithful", "orthographic-only")


@pytest.mark.parametrize("a,b", [
    ("they were planning the route", "they were planing the route"),
    ("she was filling the forms", "she was filing the forms"),
])
def test_doubling_in_one_syllable_stems_is_another_word(a, b):
    assert ("wording", "substitution") in _changes(_pair(a, b))


def test_identical():
    pa = _pair("we will restore order", "we will restore order")
    assert pa.verdict == "identical" and _changes(pa) == []


def test_independent_translations_differ_only_as_translation():
    a = "we will not allow the situation to be shaken up at home"
    b = "we won't let anyone destabilise the situation in our home"
    pa = _pair(a, b, "translation")
    cats = {c for c, _ in _changes(pa)}
    assert cats <= {"translation", "orthographic"} and "translation" in cats
    assert pa.verdict == "independent-translation"


def test_independent_translations_still_catch_a_changed_figure():
    pa = _pair("we sent 2,030 troops to help our allies quickly",
               "our country sent 3,000 soldiers to help the allies", "translation")
    assert ("meaning", "number") in _changes(pa)


def test_dropped_word_in_copy_is_truncation():
    pa = _pair("the destructive internal and external forces", "the internal and external forces")
    assert ("truncation", "dropped") in _changes(pa)


def test_boundary_moved_outside_marks_is_truncation():
    da = doc("a.txt", "Tokayev described the unrest as \u201can attempted coup d\u2019\u00e9tat\u201d on Monday.")
    db = doc("b.txt", "Tokayev described the unrest as an \u201cattempted coup\u201d on Monday.")
    pa = align_renderings(hand_quotes(da)[0], da, hand_quotes(db)[0], db, "derived")
    assert ("truncation", "boundary") in _changes(pa)


def test_elided_words_are_not_a_change():
    da = doc("a.txt", "He said \u201cwe will defend the borders of our union with all our strength\u201d.")
    db = doc("b.txt", "He said \u201cwe will defend the borders \u2026 with all our strength\u201d.")
    pa = align_renderings(hand_quotes(da)[0], da, hand_quotes(db)[0], db, "derived")
    assert _changes(pa) == []


@pytest.mark.parametrize("mark", [". . .", ". . . .", " . . . ", ". .."])
def test_elision_spelled_with_spaced_points_is_not_a_change(mark):
    """UK and wire copy print the ellipsis as spaced full points ('the law. . .they')."""
    da = doc("a.txt", "He said \u201cif officers break the law as this man has, they deserve "
                      "the full weight of the system\u201d.")
    db = doc("b.txt", f"He said \u201cif officers break the law{mark}they deserve the full "
                      "weight of the system\u201d.")
    for first, second in ((da, db), (db, da)):   # the marked cut on either side
        pa = align_renderings(hand_quotes(first)[0], first, hand_quotes(second)[0], second,
                              "independent")
        assert _changes(pa) == []


def test_elision_that_drops_a_negation_is_meaning():
    da = doc("a.txt", "He said \u201cwe will not defend the borders of our union with all our strength\u201d.")
    db = doc("b.txt", "He said \u201cwe will [...] defend the borders of our union with all our strength\u201d.")
    pa = align_renderings(hand_quotes(da)[0], da, hand_quotes(db)[0], db, "derived")
    assert ("meaning", "elision") in _changes(pa)


def test_type_region_directly():
    assert type_region(["bravery"], ["courage"], ["his", "bravery"], ["his", "courage"],
                       [False], [False], "independent") == ("translation", "rendering")
    assert type_region(["well-organised"], ["well", "organised"], [], [], [False],
                       [False, False], "derived") == ("orthographic", "hyphenation")


def test_scalar_hits_read_multiword_expressions():
    hits = scalar_hits("it is far from the last and at least 300 came".split())
    assert ("negation", 3, ("far", "from")) in hits
    assert ("approximation", 4, ("at", "least")) in hits
    assert all(h[0] != "approximation" for h in scalar_hits("at least the first".split()))


def test_spans_point_at_original_words():
    pa = _pair("we praise his bravery in the crisis", "we praise his courage in the crisis")
    seg = next(s for s in pa.segments if s.category == "wording")
    text_b = "Intro. The minister said \u201cwe praise his courage in the crisis\u201d on Monday."
    assert text_b[seg.b_start:seg.b_end] == "courage"


def test_best_rendering_finds_fragments_and_elided_quotes():
    from quotecheck.align.analyse import best_rendering

    src = doc("src.txt", "Putin said \u201cwe will restore order to the country and defend the "
                         "borders of our union with all our strength\u201d. Later he said "
                         "\u201cthe talks with Washington were useful\u201d.")
    cands = [(q, src) for q in hand_quotes(src)]
    draft = doc("draft.txt", "He promised to \u201crestore order to the country\u201d and to "
                             "\u201cdefend the borders \u2026 with all our strength\u201d, and "
                             "called the talks \u201cuseless\u201d.")
    frag, elided, other = hand_quotes(draft)
    q, d, score = best_rendering(frag, draft, cands)
    assert q.text.startswith("we will restore order") and score >= 0.9
    q, d, score = best_rendering(elided, draft, cands)
    assert q.text.startswith("we will restore order") and score >= 0.9
    assert best_rendering(other, draft, cands) is None


def test_difference_detections_point_at_both_renderings():
    from quotecheck.align.analyse import difference_detections

    da = doc("a.txt", "Intro. He said \u201cwe praise his bravery in the crisis\u201d today.")
    db = doc("b.txt", "Intro. He said \u201cwe praise his courage in the crisis\u201d today.")
    qa, qb = hand_quotes(da)[0], hand_quotes(db)[0]
    pa = align_renderings(qa, da, qb, db, "derived")
    dets = difference_detections(pa, qa, qb, "derived")
    assert [(d.rule_type, d.category) for d in dets] == [("quote-drift", "wording")]
    det = dets[0]
    assert db.text[det.start:det.end] == "courage" and det.document == "b.txt"
    rel = det.related[0]
    assert rel.document == "a.txt" and da.text[rel.start:rel.end] == "bravery"
    assert det.args["before"] == "bravery" and det.args["after"] == "courage"


def test_number_words_and_digits():
    assert {c for c, _ in _changes(_pair("three children were among the dead",
                                         "3 children were among the dead"))} == {"orthographic"}
    assert ("meaning", "number") in _changes(_pair("three children were among the dead",
                                                   "four children were among the dead"))


def test_implicit_negation_is_not_a_flip_between_translations():
    pa = _pair("he refused to sign the treaty in Vienna", "he did not sign the treaty in Vienna",
               "translation")
    assert {c for c, _ in _changes(pa)} <= {"translation", "orthographic"}


def test_approximators_count_only_before_figures():
    assert ("meaning", "scalar") in _changes(_pair("more than 300 people were detained",
                                                   "about 300 people were detained"))
    assert ("wording", "substitution") in _changes(_pair("they argued about the border",
                                                         "they argued over the border"))


def test_negation_carried_by_coordination_is_not_a_flip():
    pa = _pair("we won't let anyone destabilise our home and won't allow that scenario",
               "we will not let anyone destabilise our country or let that scenario")
    assert ("meaning", "negation") not in _changes(pa)
    assert ("meaning", "negation") in _changes(_pair("we won't let anyone in and won't allow it",
                                                     "we won't let anyone in and will allow it"))


def test_scalars_of_equal_strength_are_not_a_change_of_meaning():
    pa = _pair("the exchange rate is completely under control",
               "the exchange rate is fully under control", "translation")
    assert {c for c, _ in _changes(pa)} <= {"translation"}
    assert ("wording", "substitution") in _changes(_pair("it is completely under control",
                                                         "it is fully under control"))
    assert ("meaning", "scalar") in _changes(_pair("it is completely under control",
                                                   "it is partly under control", "translation"))


def test_word_swap_between_unlinked_near_identical_renderings_depends_on_provenance():
    a = "we praise the soldiers for their bravery and their discipline"
    b = "we praise the soldiers for their courage and their discipline"
    assert ("wording", "substitution") in _changes(_pair(a, b, "unknown"))
    assert _pair(a, b, "unknown").verdict == "derived-corrupted"
    independent = _pair(a, b, "translation")
    assert {c for c, _ in _changes(independent)} <= {"translation"}
    assert independent.verdict == "independent-translation"


@pytest.mark.parametrize("a,b", [("2,000 people", "two thousand people"),
                                 ("2.5 million dollars", "2,500,000 dollars"),
                                 ("20% of voters", "20 percent of voters"),
                                 # a sum said in words against its printed figure and sign
                                 ("a million dollars", "$1 million"),
                                 ("a billion euros", "\u20ac1 billion"),
                                 ("a thousand", "1 thousand")])
def test_one_value_in_two_styles_is_not_a_number_change(a, b):
    for relation in ("derived", "independent"):
        pa = _pair(f"we counted {a} in the square", f"we counted {b} in the square", relation)
        assert ("meaning", "number") not in _changes(pa), (a, b, relation)
    assert {c for c, _ in _changes(_pair(f"we counted {a} in the square",
                                         f"we counted {b} in the square"))} == {"orthographic"}


@pytest.mark.parametrize("a,b", [("a million dollars", "$2 million"),
                                 ("a million dollars", "$1 billion"),
                                 ("a million dollars", "$1")])
def test_a_sum_said_in_words_still_differs_from_another_value(a, b):
    pa = _pair(f"we raised {a} for the school", f"we raised {b} for the school")
    assert ("meaning", "number") in _changes(pa), (a, b)


def test_cut_at_a_negation_changes_meaning_but_a_plain_fragment_does_not():
    da = doc("a.txt", "He said \u201cwe will not allow the blockade of the port\u201d.")
    db = doc("b.txt", "He said they would \u201callow the blockade of the port\u201d.")
    pa = align_renderings(hand_quotes(da)[0], da, hand_quotes(db)[0], db, "derived")
    assert ("meaning", "negation") in _changes(pa)
    dc = doc("c.txt", "He said \u201cwe do not expect a bigger eruption in the coming days\u201d.")
    dd = doc("d.txt", "No one expects \u201ca bigger eruption in the coming days\u201d, he said.")
    pc = align_renderings(hand_quotes(dc)[0], dc, hand_quotes(dd)[0], dd, "derived")
    assert _changes(pc) == []


def test_editorial_brackets_are_not_a_change():
    pa = _pair("he will restore order in the country", "[Tokayev] will restore order in the country")
    assert _changes(pa) == [] and pa.verdict == "derived-faithful"
    pa = _pair("we will restore order", "we will [quickly] restore order")
    assert _changes(pa) == []
    assert ("wording", "added") in _changes(_pair("we will restore order",
                                                  "we will quickly restore order"))


def test_marked_cut_at_the_end_is_an_elision():
    da = doc("a.txt", "He said \u201cwe will defend the borders of our union with all our strength\u201d.")
    db = doc("b.txt", "He said \u201cwe will defend the borders of our union with all \u2026\u201d.")
    pa = align_renderings(hand_quotes(da)[0], da, hand_quotes(db)[0], db, "derived")
    assert _changes(pa) == []
    dc = doc("c.txt", "He said \u201cwe will defend the borders of our union with all\u201d.")
    pc = align_renderings(hand_quotes(da)[0], da, hand_quotes(dc)[0], dc, "derived")
    assert ("truncation", "dropped") in _changes(pc)


def test_an_editors_words_in_round_brackets_are_not_a_change():
    """House styles mark an editor's insertion inside a quotation with round brackets as well
    as square ones ("that (Ostravian President) Karel Vos had told him"): a speaker cannot
    say a bracket, so the words are the editor's, not a change of the quotation (issue 11)."""
    pa = _pair("he said that Vos had told him the border would stay open",
               "he said that (Ostravian President Karel) Vos had told him the border would stay open")
    assert _changes(pa) == [] and pa.verdict == "derived-faithful"
    # the same words without the marks are the quotation's own: a change
    assert _changes(_pair(
        "he said that Vos had told him the border would stay open",
        "he said that Ostravian President Karel Vos had told him the border would stay open"))


@pytest.mark.parametrize("mark", ["...", "\u2026", ". . ."])
def test_marked_elision_of_a_quantity_phrase_is_a_declared_cut(mark):
    """An ellipsis the writer prints says words were left out: "to punish {mark} the officials"
    for "to punish as many of the officials" is a declared cut, not a silent change of what was
    said (issue 11: real wire copy elides qualifiers this way). A negator left out through the
    mark still flips the claim (test above)."""
    da = doc("a.txt", "He wrote \u201cI only want to live long enough to punish as many of the "
                      "officials who ruined my firm\u201d.")
    db = doc("b.txt", f"He wrote \u201cI only want to live long enough to punish {mark} the "
                      "officials who ruined my firm\u201d.")
    for relation in ("derived", "independent"):
        for first, second in ((da, db), (db, da)):
            pa = align_renderings(hand_quotes(first)[0], first, hand_quotes(second)[0], second,
                                  relation)
            assert not [c for c in _changes(pa) if c[0] == "meaning"], (relation, _changes(pa))
    # the same cut without a mark is the copy's silent change
    dc = doc("c.txt", "He wrote \u201cI only want to live long enough to punish the "
                      "officials who ruined my firm\u201d.")
    pc = align_renderings(hand_quotes(da)[0], da, hand_quotes(dc)[0], dc, "derived")
    assert [c for c in _changes(pc) if c[0] == "meaning"]


def test_number_sign_abbreviated_is_house_style():
    """"No. 1" and "number one" are one rank in two house styles (issue 11: a wire copy and a
    paper's rewrite of one quotation); "no" before a figure without the full point stays the
    negator, and another rank is still a change."""
    pa = _pair("he was the No. 1 suspect all along", "he was the number one suspect all along")
    assert {c for c, _ in _changes(pa)} <= {"orthographic"} and _changes(pa)
    assert pa.verdict in ("derived-faithful", "orthographic-only")
    assert ("meaning", "number") in _changes(_pair("he was the No. 1 suspect all along",
                                                  "he was the No. 2 suspect all along"))
    assert [c for c in _changes(_pair("no 12-year-old was hurt", "every 12-year-old was hurt"))
            if c[0] == "meaning"]
    # a label abbreviated before a Roman numeral: "Art. I" / "Article I"
    pa = _pair("repeal must conform with Art. I of the charter",
               "repeal must conform with Article I of the charter")
    assert {c for c, _ in _changes(pa)} <= {"orthographic"} and _changes(pa)
    # "No." before a Roman numeral is no label: "No. I" is a reply and the pronoun
    assert [c for c in _changes(_pair("No. I will stay on", "Yes. I will stay on"))
            if c[0] != "orthographic"]


def test_number_sign_without_full_point_is_house_style():
    """"No 5" (a house style without the full point) and "No. 5" are one rank, not a negator
    dropped (issue 11: a QC104 error "No" where the other has "No"); at a sentence's start or
    in lower case "no" before a figure stays the negator."""
    pa = _pair("we are the No. 5 team in the country", "we are the No 5 team in the country")
    assert not [c for c in _changes(pa) if c[0] != "orthographic"], _changes(pa)
    pa = _pair("he was ranked No 2 in the world", "he was ranked number two in the world")
    assert {c for c, _ in _changes(pa)} <= {"orthographic"} and _changes(pa)
    assert [c for c in _changes(_pair("No 12-year-old was hurt", "Every 12-year-old was hurt"))
            if c[0] == "meaning"]
    assert [c for c in _changes(_pair("we saw no 5 cars there", "we saw the 5 cars there"))
            if c[0] == "meaning"]


def test_month_abbreviated_before_a_day_is_house_style():
    """"Oct. 6" and "October 6" are one date in two house styles (issue 11: a wire's first and
    second takes of one quotation typed as a change of meaning, QC104); another month, or a
    month word with no day after it, is still a change."""
    pa = _pair("we own the mistakes made on Oct. 6, she said",
               "we own the mistakes made on October 6, she said")
    assert {c for c, _ in _changes(pa)} <= {"orthographic"} and _changes(pa)
    assert pa.verdict in ("derived-faithful", "orthographic-only")
    assert [c for c in _changes(_pair("we own the mistakes made on Oct. 6",
                                      "we own the mistakes made on November 6"))
            if c[0] == "meaning"]
    assert [c for c in _changes(_pair("the ship Dec sailed at dawn",
                                      "the ship December sailed at dawn"))
            if c[0] != "orthographic"]


@pytest.mark.parametrize("a,b", [
    ("we own the mistakes made on Oct. 6, she said",
     "we own the mistakes made on Oct 6, she said"),
    ("we own the mistakes made on Oct 6, she said",
     "we own the mistakes made on October 6, she said"),
])
def test_month_abbreviated_without_a_full_point_is_house_style(a, b):
    """"Oct 6" (no full point) is the same date as "Oct. 6" and "October 6": reading only the
    pointed form as the month made "Oct. 6" / "Oct 6" a change of meaning; a lower-case word
    before a figure stays a word."""
    pa = _pair(a, b)
    assert {c for c, _ in _changes(pa)} <= {"orthographic"}
    assert [c for c in _changes(_pair("they will mar 3 games of the season",
                                      "they will march 3 games of the season"))
            if c[0] != "orthographic"]


def test_a_name_in_the_genitive_rephrased_is_no_other_entity():
    """"Dupont's fault" / "the fault of Dupont" name one person: a wording change (QC103),
    not a change of entity (a QC104 error; issue 11, wikiref). Another name is still one."""
    pa = _pair("It's Dupont's fault, he should not have gone there",
               "It's the fault of Dupont, he should not have gone there")
    assert ("meaning", "entity") not in _changes(pa) and ("wording", "substitution") in \
        _changes(pa), _changes(pa)
    assert ("meaning", "entity") in _changes(_pair(
        "It's Dupont's fault, he should not have gone there",
        "It's Martin's fault, he should not have gone there"))


def test_words_an_elision_mark_left_out_are_no_change_beside_the_mark():
    """One outlet prints "It's the mayor's fault, (...) he should not ...", another the words
    the mark leaves out ("it's the fault of President Dupont"): the left-out stretch is
    elided, only the words beside the mark are compared (issue 11, wikiref: the stretch joined
    the change beside the mark and its name read as another entity, a QC104 error). A negator
    in the left-out stretch still changes what is said."""
    cut = "It's the mayor's fault, (...) he should not have sent the troops abroad"
    pa = _pair(cut, "It's the fault of the mayor, it's the fault of President Dupont, he should "
                    "not have sent the troops abroad")
    assert not [c for c in _changes(pa) if c[0] == "meaning"], _changes(pa)
    assert ("wording", "substitution") in _changes(pa)
    pa = _pair("It's the mayor's fault, [...] he should not have sent the troops abroad",
               "It's the mayor's fault, it's the fault of President Dupont, he should not have "
               "sent the troops abroad")
    assert not [c for c in _changes(pa) if c[0] not in ("equal", "orthographic")], _changes(pa)
    pa = _pair(cut, "It's the fault of the mayor, it's not the fault of President Dupont, he "
                    "should not have sent the troops abroad")
    assert ("meaning", "elision") in _changes(pa), _changes(pa)


def test_one_term_quoted_apart_in_two_numbers_is_no_rendering():
    """Two independent outlets put one term in marks, one in the plural ("ping" / "pings"):
    the same term, its number set by each sentence; no QC108 rendering (issue 11, wikiref: 7
    infos). A copy changing its parent's term (the seeds' "Maidan technologies") and a word's
    number inside a longer quotation still count."""
    da = doc("a.txt", "Crews heard a \u201cping\u201d from the sea floor.")
    db = doc("b.txt", "The ship picked up \u201cpings\u201d late on Saturday.")
    pa = align_renderings(hand_quotes(da)[0], da, hand_quotes(db)[0], db, "independent")
    assert not [c for c in _changes(pa) if c[0] not in ("equal", "orthographic")], _changes(pa)
    pa = align_renderings(hand_quotes(da)[0], da, hand_quotes(db)[0], db, "shared")
    assert not [c for c in _changes(pa) if c[0] not in ("equal", "orthographic")], _changes(pa)
    pa = align_renderings(hand_quotes(da)[0], da, hand_quotes(db)[0], db, "derived")
    assert ("meaning", "number") in _changes(pa)
    # a word at the end of a longer quotation keeps its number, even between outlets that
    # share one text (near-identical renderings)
    dc = doc("c.txt", "He said \u201cthe case now goes back to the courts\u201d.")
    dd = doc("d.txt", "He said \u201cthe case now goes back to the court\u201d.")
    pa = align_renderings(hand_quotes(dc)[0], dc, hand_quotes(dd)[0], dd, "shared")
    assert ("meaning", "number") in _changes(pa), _changes(pa)
    assert ("meaning", "number") in _changes(_pair("we heard the ping from the sea floor",
                                                  "we heard the pings from the sea floor"))


@pytest.mark.parametrize("mark", ["[sic]", "(sic)", "[sic!]"])
def test_an_editors_marker_at_the_quotations_edge_is_not_a_change(mark):
    """An outlet that marks a speaker's slip with "[sic]" where the quotation ends ("To the
    marchers, turnaround [sic]" for the source's "To the marchers, turnaround") adds its own
    note, not a word of the speaker's: the edge of the quotation is no reason to read it as a
    word added (issue 11). A word added there without the marks stays a change."""
    pa = _pair("To the marchers, turnaround", f"To the marchers, turnaround {mark}")
    assert _changes(pa) == [] and pa.verdict == "derived-faithful"
    pb = _pair(f"{mark} To the marchers, turnaround", "To the marchers, turnaround")
    assert _changes(pb) == []
    assert _changes(_pair("To the marchers, turnaround", "To the marchers, turnaround immediately"))
