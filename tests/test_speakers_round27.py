"""Issue 12, round 27: a wife named by her courtesy title keeps her own speaker name when the
speakers of a story are unified, and two names whose genders are known and differ are never
joined (snippets written for the test, in the shape of what was seen; never corpus text)."""
from quotecheck.model import Document
from quotecheck.quotes.extract import extract_story_quotes
from quotecheck.quotes.speakers import same_speaker
from quotecheck.quotes.unify import unify_speakers
from quotecheck.text.textview import TextView


def _story(*texts):
    return extract_story_quotes([Document(f"d{i}", f"d{i}.txt", t, TextView.identity(t))
                                 for i, t in enumerate(texts)])


def test_the_wife_named_mrs_is_not_unified_with_her_husband():
    text = ("Dennis Keller told the court about his son on Tuesday.\n\n"
            "Mr. and Mrs. Keller sat in the front row as the verdict was read.\n\n"
            "\u201cHe was our only child and we miss him every day,\u201d Mrs. Keller said.\n\n"
            "\u201cThe sentence is fair,\u201d Dennis Keller said.\n")
    quotes = {q.text.split()[0]: q.speaker for q in _story(text)}
    assert quotes["The"] == "Dennis Keller"
    assert quotes["He"] is not None and "Dennis" not in quotes["He"] and "Keller" in quotes["He"]


def test_names_whose_titles_or_given_names_give_other_genders_are_not_joined():
    assert not same_speaker("Mrs. Keller", "Dennis Keller")
    assert not same_speaker("Mr. Keller", "Ms. Keller")
    assert not same_speaker("Judy Keller", "Dennis Keller")
    assert same_speaker("Mrs. Keller", "Judy Keller")
    assert same_speaker("Keller", "Dennis Keller")
    canon = unify_speakers(["Dennis Keller", "Mrs. Keller", "Keller"])
    assert canon["Mrs. Keller"] == "Mrs. Keller" and canon["Keller"] == "Keller"   # either (round 28)


def test_a_unisex_given_name_gives_no_gender():
    # "Kim" and "Alexis" are borne by women and men alike: the courtesy title decides
    assert same_speaker("Ms. Ollerby", "Kim Ollerby")
    assert same_speaker("Mr. Tsarvos", "Alexis Tsarvos")
