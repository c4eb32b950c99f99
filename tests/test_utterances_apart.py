"""Different utterances of one speaker printed by independent outlets are not one quotation
with words changed (issue 11): a later interview remark that shares a phrase with earlier
remarks to reporters is compared with nothing."""
from types import SimpleNamespace

from align_fixtures import doc, hand_quotes

from quotecheck.align.analyse import analyse_quotes

_NO_EDGES = SimpleNamespace(edges=[], parent_of=lambda d: None, derives=lambda c, p: False,
                            independent_roots=lambda ids: len(ids))

_EARLIER = ("Intro. Mayor Tom Reed spoke to reporters on Friday. \u201cI think the whole council "
            "vote is very sad, when you look at what\u2019s going on there. I think it\u2019s a very "
            "sad day for our town,\u201d Reed said. Then he left.")
_LATER = ("Intro. Mayor Tom Reed gave an interview on Thursday. \u201cWhen everybody sees what\u2019s "
          "going on in the planning office, I always put planning in quotes now. It\u2019s a "
          "very, very sad day,\u201d Reed said. Then he left.")


def _changes(a_text, b_text):
    a = doc("a.txt", a_text, outlet="o1")
    b = doc("b.txt", b_text, outlet="o2")
    return _categories([a, b])


def _categories(docs):
    """The change categories ('meaning', 'wording') found among ``docs``' quotations of
    Tom Reed, no document copying another."""
    quotes = [q for d in docs for q in hand_quotes(d, "Tom Reed")]
    result = analyse_quotes(docs, quotes, _NO_EDGES)
    return [d.category for d in result.detections if d.category in ("meaning", "wording")]


def test_two_remarks_sharing_a_phrase_in_independent_outlets_are_not_compared():
    assert _changes(_EARLIER, _LATER) == []


def test_one_remark_with_a_word_changed_in_independent_outlets_is_still_reported():
    assert _changes(_EARLIER, _EARLIER.replace("sad day for our town", "bad day for our town"))


def _slogan_changes(a_phrase, b_phrase):
    docs = [doc(f"{n}.txt", f"Intro. Mayor Tom Reed spoke on day {n}. He called the inquiry a "
                            f"\u201cwitch trial\u201d again. Then he left.", outlet=f"o{n}")
            for n in range(3)]
    docs.append(doc("a.txt", "Intro. Mayor Tom Reed spoke on Friday. He has called the inquiry "
                             f"a \u201c{a_phrase},\u201d Reed said. Then he left.", outlet="oa"))
    docs.append(doc("b.txt", "Intro. Mayor Tom Reed spoke on Monday. He calls the inquiry a "
                             f"\u201c{b_phrase}\u201d every day. Then he left.", outlet="ob"))
    return _categories(docs)


def test_two_forms_of_a_slogan_many_outlets_quote_are_not_one_quotation_changed():
    # "witch trial" stands in marks in three documents: a slogan, said in several forms
    assert _slogan_changes("rigged witch trial", "rigged Ohio witch trial") == []


def test_a_short_quotation_holding_no_slogan_is_still_compared():
    assert _slogan_changes("rigged witch hunt", "rigged Ohio witch hunt") == ["meaning"]


def test_a_slogan_with_a_pronoun_of_each_outlet_is_two_uses_up_to_the_slack():
    # seven words: the slogan and a pronoun each outlet's own sentence chose
    assert _slogan_changes("this rigged witch trial against us all",
                           "this rigged witch trial against them all") == []
    # one word longer than `shared_phrase_max_words` + `shared_phrase_slack`: compared
    assert _slogan_changes("this rigged witch trial against us all again",
                           "this rigged witch trial against them all again") == ["meaning"]
