"""Alignment on real-news shapes (issue 11): house style is never a change of meaning,
partial quotes by independent outlets are no truncation, English renderings are not
translations, and a real change between them is still typed."""
import pytest
from align_fixtures import doc, hand_quotes

from quotecheck.align.analyse import align_renderings
from quotecheck.model import Document, Metadata
from quotecheck.text.textview import TextView


def _pair(a_text, b_text, relation="derived", a_frame=None, b_frame=None, speaker=None):
    a_frame = a_frame or "Intro. The senator said \u201c{}\u201d on Monday."
    b_frame = b_frame or "Intro. The senator said \u201c{}\u201d on Monday."
    da, db = doc("a.txt", a_frame.format(a_text)), doc("b.txt", b_frame.format(b_text))
    return align_renderings(hand_quotes(da, speaker)[0], da, hand_quotes(db, speaker)[0], db,
                            relation)


def _changes(pa):
    return [(s.category, s.kind) for s in pa.segments if s.category != "equal"]


# -- orthography: abbreviation points, number formats, dashes ----------------------------
@pytest.mark.parametrize("a,b,kind", [
    ("the U.S. will not back down", "the US will not back down", "abbreviation"),
    ("talks with the U.K. and the U.N. resume", "talks with the UK and the UN resume",
     "abbreviation"),
    ("we sent 1,000 troops", "we sent 1000 troops", "number-format"),
    ("we sent 1 000 troops", "we sent 1,000 troops", "number-format"),
    ("we sent 20\u202f000 troops", "we sent 20000 troops", "number-format"),
    ("growth of 5.5 percent", "growth of 5,5 percent", "number-format"),
    ("a well\u2013organised group", "a well-organised group", "typography"),
    ("a budget of \u20ac118m in 23 projects", "a budget of \u20ac118 million in 23 projects",
     "number-format"),
    ("a deal worth $5.7bn in stock", "a deal worth $5.7 billion in stock", "number-format"),
    ("sales of 3 bln yuan", "sales of 3 billion yuan", "number-format"),
    ("rolling back this eleventh-hour rule", "rolling back this 11th hour rule", "number-format"),
    ("a town of the nineteenth century", "a town of the 19th century", "number-format"),
])
@pytest.mark.parametrize("relation", ["derived", "independent"])
def test_house_style_is_never_a_change_of_meaning(a, b, kind, relation):
    pa = _pair(a, b, relation)
    assert set(_changes(pa)) == {("orthographic", kind)}, _changes(pa)
    assert pa.verdict == "orthographic-only"


def test_dashes_between_words_and_in_ranges_are_no_change():
    assert _changes(_pair("in 2010\u20132015 it grew \u2014 fast", "in 2010-2015 it grew - fast")) \
        == []


def test_ambiguous_figures_stay_figures():
    # three digits after a comma are a thousands group: 5,500 is 5500, never 5.5
    assert ("meaning", "number") in _changes(_pair("a rise of 5,500 dollars",
                                                   "a rise of 5.5 dollars"))
    assert set(_changes(_pair("a rise of 5,500 dollars", "a rise of 5500 dollars"))) == {
        ("orthographic", "number-format")}


def test_the_pronoun_us_is_not_the_country():
    assert ("orthographic", "abbreviation") not in _changes(_pair("they told us so",
                                                                  "they told U.S. so"))


# -- truncation only along a derivation edge ---------------------------------------------
def test_accurate_partial_quotes_of_independent_outlets_are_no_truncation():
    full = "we screwed up how we informed people about the policy and how we implemented it"
    part = "screwed up how we informed people about the policy"
    for relation in ("independent", "shared", "unknown"):
        pa = _pair(full, part, relation)
        assert not [c for c in _changes(pa) if c[0] in ("truncation", "wording", "meaning")], (
            relation, _changes(pa))


def test_derived_copy_still_truncates_but_not_for_function_words():
    pa = _pair("we launched this badly and could have given the users a far smoother start",
               "we launched this badly and could have given the users a far smoother", "derived")
    assert ("truncation", "dropped") in _changes(pa)
    pa = _pair("We screwed up", "screwed up", "derived",
               b_frame="Intro. The chief executive conceded the service \u201c{}\u201d on Monday.")
    assert _changes(pa) == []


def test_moved_boundary_in_a_copy_stays_truncation():
    pa = _pair("an attempted coup d'\u00e9tat", "attempted coup", "derived",
               b_frame="Intro. He called it an \u201c{}\u201d on Monday.")
    assert ("truncation", "boundary") in _changes(pa)


# -- English renderings are not translations --------------------------------------------
A = "we will not allow the situation to be shaken up at home"
B = "we won't let anyone destabilise the situation in our home"


def test_english_renderings_are_independent_renderings():
    pa = _pair(A, B, "independent", speaker="Putin")
    cats = {c for c, _ in _changes(pa)}
    assert "translation" not in cats and "rendering" in cats
    assert pa.verdict == "independent-rendering"


@pytest.mark.parametrize("a_frame", [
    "Intro. Russian President Vladimir Putin said \u201c{}\u201d on Monday.",
    "Intro. The minister said \u201c{}\u201d, according to a translation by the agency.",
    "Intro. The minister, speaking in Russian, said \u201c{}\u201d on Monday.",
])
def test_translation_needs_evidence(a_frame):
    pa = _pair(A, B, "independent", a_frame=a_frame, speaker="Putin")
    assert "translation" in {c for c, _ in _changes(pa)}
    assert pa.verdict == "independent-translation"


_ABROAD = "Intro. Russian President Vladimir Putin said \u201c{}\u201d on Monday."
_TAIL = "that trade with us is the surest path for all of them in the years ahead"


def test_a_phrase_translated_twice_with_a_modal_in_it_stays_a_translation():
    # two translators, one text but for one phrase: "should remember" / "must keep in mind"
    # (a modal beside a content word swapped) is their own rendering, not a changed modal
    pa = _pair(f"our neighbours should remember {_TAIL}",
               f"our neighbours must keep in mind {_TAIL}", "independent",
               a_frame=_ABROAD, b_frame=_ABROAD, speaker="Putin")
    assert _changes(pa) == [("translation", "rendering")], _changes(pa)
    assert pa.verdict == "independent-translation"


def test_a_modal_changed_between_the_same_words_of_translations_is_still_typed():
    pa = _pair(f"our neighbours should remember {_TAIL}",
               f"our neighbours must remember {_TAIL}",
               "independent", a_frame=_ABROAD, b_frame=_ABROAD, speaker="Putin")
    assert ("meaning", "modality") in _changes(pa), _changes(pa)


def test_declared_languages_that_differ_make_a_translation():
    def mk(doc_id, text, lang):
        return Document(doc_id, doc_id, text, TextView.identity(text), Metadata(language=lang))
    da = mk("a.txt", f"Intro. The minister said \u201c{A}\u201d on Monday.", "en")
    db = mk("b.txt", f"Intro. The minister said \u201c{B}\u201d on Monday.", "ru")
    pa = align_renderings(hand_quotes(da)[0], da, hand_quotes(db)[0], db, "independent")
    assert pa.verdict == "independent-translation"


def test_real_change_between_english_renderings_is_typed():
    pa = _pair("I am very happy with the way he has run the club this season",
               "I am very happy with the way he is running the club this season", "independent")
    assert ("wording", "substitution") in _changes(pa), _changes(pa)
    pa = _pair("we will never accept this deal from the company",
               "we will accept this deal from the company", "independent")
    assert ("meaning", "negation") in _changes(pa)


def test_english_near_identical_quotes_are_two_roots():
    from quotecheck.align.analyse import analyse_quotes
    text = "Intro. The coach said \u201c{}\u201d after the game."
    quote = "we played well in the second half and deserved the win"
    docs = [doc(f"{k}.txt", text.format(quote), outlet=f"o{k}") for k in range(3)]
    quotes = [q for d in docs for q in hand_quotes(d, "Coach Ana Diaz")]
    result = analyse_quotes(docs, quotes, None)
    cluster = result.cluster_of(quotes[0].id)
    assert len(cluster.quotes) == 3


def test_outlets_quoting_more_or_less_of_one_sentence_is_no_change():
    full = "We handled this launch badly and could have given the users a far smoother start"
    assert not [c for c in _changes(_pair(full, "handled launch badly", "independent"))
                if c[0] in ("wording", "meaning", "truncation")]
    longer = ("That report had no part in the decision to restore the item. These "
              "baseless claims are a desperate last-ditch bid to sink the lawsuit")
    for a, b in ((longer, "a last-ditch bid to sink the lawsuit"),
                 ("a last-ditch bid to sink the lawsuit", longer)):
        assert not [c for c in _changes(_pair(a, b, "independent"))
                    if c[0] in ("wording", "meaning", "truncation")], (a, b)


def test_a_phrase_with_a_figure_one_outlet_left_out_is_no_changed_figure():
    """One statement quoted by two outlets, one with "30 years ago" inside: no figure changed."""
    a = "The minister admits making an error on the budget after reading the figures wrongly"
    b = "The minister admits making a grave error 30 years ago on the budget after reading the figures wrongly"
    for x, y in ((a, b), (b, a)):
        assert ("meaning", "number") not in _changes(_pair(x, y, "independent")), (x, y)
    assert ("meaning", "number") in _changes(_pair(
        "we sent 30 troops to the border after the figures came in last week",
        "we sent 80 troops to the border after the figures came in last week", "independent"))


def test_editors_brackets_on_either_side_are_no_change():
    a = "give a head start to, in her [Mendez's] own phrase, incumbents and insiders"
    b = "give a head start to, in her own phrase, incumbents and insiders"
    for relation in ("derived", "independent"):
        assert _changes(_pair(a, b, relation)) == [], relation
        assert _changes(_pair(b, a, relation)) == [], relation


def test_a_short_scale_is_the_scale_word_only_after_an_amount():
    # "m" after a bare figure is metres (or anything): still a change against "million"
    assert _pair("it stands in 120m of water", "it stands in 120 million of water").verdict \
        != "orthographic-only"
    assert _pair("a fund of $40m for the port", "a fund of $40 billion for the port").verdict \
        != "orthographic-only"
