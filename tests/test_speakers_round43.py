"""Issue 12, speakers (spk43): failure classes seen on the Gender Gap Tracker and PolNeAR
train corpora, as classes. Snippets are written for the test (never corpus text)."""
import pytest

from speaker_helpers import quote_with


@pytest.mark.parametrize("subject, speaker", [
    ("The bishop", "bishop"),
    ("The local diocese", "diocese"),
])
@pytest.mark.parametrize("verb", ["issued a statement on Friday", "spoke on Friday"])
def test_a_clause_subject_on_no_role_list_speaks_through_saying(subject, speaker, verb):
    text = (f"{subject} {verb}, saying the review will look into the \u201cgrave matter that "
            "has upset many families.\u201d It did not withdraw the letter.\n")
    q = quote_with(text, "grave matter")
    assert q.speaker is not None and q.speaker.endswith(speaker)


def test_a_thing_before_a_participle_still_speaks_for_no_one():
    text = ("The council met on Monday. A new video calling the mayor a \u201cpaper tiger\u201d "
            "went round the town.\n")
    assert quote_with(text, "paper tiger").speaker is None


@pytest.mark.parametrize("subject", [
    "One farm-state Democrat, Iowa Sen. Bert Lamm,",
    "A California Republican, Rep. Bert Lamm,",
    "Another Democrat, Bert Lamm,",
])
def test_a_party_noun_after_an_indefinite_article_is_named_by_its_apposition(subject):
    text = ("Ann Vole, a California Democrat, spoke on Friday. The senators met on Sunday.\n\n"
            f"{subject} said Sunday that the mayor wants to \u201cfix the roads first, and then "
            "we can talk about bridges.\u201d\n")
    assert quote_with(text, "fix the roads").speaker == "Bert Lamm"


def test_a_named_party_member_before_an_apposition_still_speaks():
    text = ("Ann Vole, a California Democrat, spoke on Friday.\n\n"
            "Bert Lamm, the Iowa senator, said the mayor wants to \u201cfix the roads first.\u201d\n")
    assert quote_with(text, "fix the roads").speaker == "Bert Lamm"


def test_a_later_subordinate_clause_subject_speaks_not_the_opening_noun():
    # guard: "The quarrel went on ..., as X hit back ..., saying": X, not "The quarrel"
    text = ("The quarrel went on after the vote, as campaign chief Dana Holt beat back at the "
            "members leaving the group, saying some of them had \u201cnever read the bill at "
            "all.\u201d\n")
    assert quote_with(text, "never read the bill").speaker == "Dana Holt"


def test_a_place_after_an_indefinite_article_is_no_party_noun():
    # guard: "A diner near Lake Vane, some miles east of Dover, declares": no Dover
    text = ("A diner near Lake Vane, some miles east of Dover, declares \u201cTrout Served "
            "Here\u201d on its board.\n")
    q = quote_with(text, "Trout Served")
    assert q.speaker is None or "Dover" not in q.speaker
