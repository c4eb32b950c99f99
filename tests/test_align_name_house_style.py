"""One name in two house styles between two renderings of one quotation (issue 11, item 4):
a title against its standard abbreviation before a name ("Senator Ortiz" / "Sen. Ortiz")
and one foreign name transliterated two ways by two agencies ("-iy" / "-yy"). Both were
typed as a change of entity (QC104); both are orthographic. Another title, another name
("Clinton" / "Clayton") and an ordinary word changed stay changes. Our own snippets."""
import pytest
from align_fixtures import document_changes, rendering_changes
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.align.nameforms import title_abbreviated, transliterated
from quotecheck.resources.ruledata import load_data


@pytest.mark.parametrize("full, short", [
    ("Senator Ortiz", "Sen. Ortiz"),
    ("Senator Ortiz", "Sen Ortiz"),
    ("Governor Lund", "Gov. Lund"),
    ("Lieutenant Governor Ames", "Lt. Gov. Ames"),
    ("Representative Pike's", "Rep. Pike's"),
    ("Doctor Haas", "Dr Haas"),
])
@pytest.mark.parametrize("relation", ["independent", "derived"])
def test_a_title_abbreviated_before_a_name_is_house_style(full, short, relation):
    a = f"I think that {full} plan is more focused on the past"
    b = f"I think that {short} plan is more focused on the past"
    for x, y in ((a, b), (b, a)):
        changes = rendering_changes(x, y, relation)
        assert changes and all(c == ("orthographic", "title") for c in changes)


def test_another_title_or_no_name_after_it_is_still_a_change():
    assert ("meaning", "entity") in rendering_changes(
        "I think that Senator Ortiz is wrong", "I think that Rep. Ortiz is wrong", "derived")
    assert ("orthographic", "title") not in rendering_changes(
        "the general public will pay", "the gen. public will pay", "derived")


@pytest.mark.parametrize("example", load_data("meaning-words")["title_abbreviations"]
                         ["examples"])
def test_title_abbreviation_examples(example):
    a, b = (f"we saw {example[k]} on the road" for k in ("a", "b"))
    changes = rendering_changes(a, b, "derived")
    assert changes
    assert all(c == ("orthographic", "title") for c in changes) is example["same"]


def _story(spelling: str, quoted: str, narration: bool = True) -> str:
    """A short story that names a minister in its narration and quotes an envoy naming him."""
    told = (f"The talks with President {spelling} went on late, an aide said."
            if narration else "The talks went on late, an aide said.")
    return f"{told} The envoy wrote: \u201cI was told that he wants {quoted} to act now.\u201d"


def _changes(text_a: str, text_b: str) -> list:
    return document_changes(text_a, text_b, "independent")


@pytest.mark.parametrize("one, other", [
    ("Hrytsenkiy", "Hrytsenkyy"), ("Kharlamov", "Harlamov"), ("Volodymyr", "Wolodimir"),
])
def test_one_name_transliterated_two_ways_is_house_style(one, other):
    # each outlet names the man in its own narration too (either spelling: an agency may
    # keep the quoted statement's spelling inside the marks and its own outside)
    assert _changes(_story(one, one), _story(other, other)) == [("orthographic",
                                                                 "transliteration")]
    assert _changes(_story(one, one), _story(one, other)) == [("orthographic",
                                                               "transliteration")]


def test_a_spelling_no_story_names_elsewhere_is_not_vouched_for():
    changes = _changes(_story("Hrytsenkiy", "Hrytsenkiy"),
                       _story("", "Hrytsenkyy", narration=False))
    assert ("orthographic", "transliteration") not in changes and changes


def _given(name: str, after: str) -> str:
    """A story that prints the given name only inside the quotation, before ``after``."""
    return ("The talks went on late, an aide said. \u201cWe owe the harbour to "
            f"{name} {after} and his crews, you know.\u201d he said.")


def test_a_given_name_spelled_two_ways_before_one_surname_is_house_style():
    # neither story names the man outside the quotation: the same surname right after the
    # two spellings vouches that both name one bearer
    assert _changes(_given("Josef", "Marek"), _given("Joseph", "Marek")) == [
        ("orthographic", "transliteration")]
    assert _changes(_given("Joseph", "Marek's"), _given("Josef", "Marek's")) == [
        ("orthographic", "transliteration")]


def test_a_given_name_without_the_same_name_after_it_is_still_a_change():
    for a, b in ((_given("Josef", "Marek"), _given("Joseph", "Novak")),
                 (_given("Josef", "then"), _given("Joseph", "then"))):
        changes = _changes(a, b)
        assert changes and ("orthographic", "transliteration") not in changes


def test_another_name_or_an_ordinary_word_is_still_a_change():
    assert ("meaning", "entity") in _changes(_story("Clinton", "Clinton"),
                                             _story("Clayton", "Clayton"))
    # "joke" / "yoke" share a skeleton under the rewrites, but they are no names
    a = "The talks went on, an aide said. \u201cIt was a joke to them all,\u201d he said."
    b = "The talks went on, an aide said. \u201cIt was a yoke to them all,\u201d he said."
    assert ("orthographic", "transliteration") not in _changes(a, b)


@pytest.mark.parametrize("example", load_data("meaning-words")["name_transliteration"]
                         ["examples"])
def test_transliteration_examples(example):
    assert transliterated(example["a"], example["b"]) is example["same"]


_NAMES = st.text(alphabet="AEIOUYJKHSXWVPFabcdefhijklmnoprstuvwxyz", min_size=1, max_size=12)


@given(_NAMES, _NAMES)
def test_the_tests_are_symmetric(x, y):
    # the earlier rendering is ``a``: which outlet came first must not change the type
    assert transliterated(x, y) == transliterated(y, x)
    assert title_abbreviated(x.lower(), y.lower()) == title_abbreviated(y.lower(), x.lower())
    assert not transliterated(x, x)
