"""A copy that credits another outlet for what it shares is no reuse "without credit" (issue
11): a credit naming the parent's outlet shortened or misspelt ("..., the Valley Times said"
for "Valley Times News Service"), or a credit to an outlet the parent's text names too (a
paper's story its news service carried), in the copy's own words (a credit clause carried over
from the parent is none); a syndicating page's "More from X:" block. Masthead-shaped names
("a report by Northern Press said") are read as credits. The same copy without the credit is
still told.
Our own snippets, shaped like agency rewrites."""
import pytest

from quotecheck.model import Document, Metadata
from quotecheck.provenance.credits import masthead_shaped, parse_credits
from quotecheck.provenance.infer import infer_provenance
from quotecheck.text.textview import TextView


def _doc(doc_id, text, outlet, day):
    return Document(doc_id, doc_id, text, TextView.identity(text),
                    Metadata(outlet=outlet, published=day))


def _credits(text):
    return [(c.name, c.kind, c.reuse) for c in parse_credits(_doc("d", text, None, None))]


@pytest.mark.parametrize("text, name, kind, reuse", [
    ("Engineers found no seepage at the dam, the Valley Times said on Tuesday.",
     "Valley Times", "according-to", False),
    ("The mill is recalling feed sold under 48 brands, a report by Northern Press said.",
     "Northern Press", "according-to", False),
    ("The Valley Journal-Constitution reported Tuesday that the deal was reached.",
     "The Valley Journal-Constitution", "according-to", False),
    ("The deal was reached.\n\nMore from The New York Times:\n\nOther story", "The New York Times",
     "originally", True),
])
def test_masthead_shaped_credits(text, name, kind, reuse):
    assert (name, kind, reuse) in _credits(text)


def test_people_and_offices_are_no_masthead():
    assert _credits("Press Secretary Ada Brennan said the talks had stalled.") == []
    # "X said" keeps masthead-shaped names only: an agency's name is also a surname
    assert _credits("Rescuers kept searching the rubble, Bloomberg said.") == []
    assert ("Associated Press", "according-to", False) in _credits(
        "The bridge reopened, the Associated Press said.")
    assert _credits("Officials said the talks had stalled. The Kelso Board said nothing.") == []
    assert not masthead_shaped("Times") and masthead_shaped("Kelso Daily Post")
    # a capitalised connector opening the sentence is no word of a masthead ("Sun" is a surname)
    assert _credits("Coach Lin Sun spoke first. But Sun said the team was tired.") == []


_BODY = ("Engineers who inspected the cracked dam above Kelso found no sign of the seepage "
         "feared last week, according to a surveyor paid by the water board. "
         "The results cast doubt on the readings taken at the spillway in March. "
         "Inspectors had said the readings showed water moving under the base of the "
         "wall. The board now wants the county to pay for the idle turbines at the "
         "dam, which supplied a third of the valley's power.")
_LEAD = ("Engineers who inspected the cracked dam above Kelso found no sign of the seepage "
         "feared last week, {credit}.")


def _reported(copy_lead, parent_extra="", copy_outlet="Coast Agency"):
    parent = _doc("a.txt", _BODY + parent_extra, "Valley Times News Service", "1999-02-08")
    copy = _BODY.replace(_BODY.split(". ")[0] + ".", copy_lead)
    res = infer_provenance([parent, _doc("b.txt", copy, copy_outlet, "1999-02-09")], [])
    assert res.edges
    return [d.document for d in res.detections if d.rule_type == "provenance"]


def test_a_credit_naming_the_parent_shortened_credits_the_copy():
    assert _reported(_LEAD.format(credit="according to a surveyor paid by the water board")) == [
        "b.txt"]
    assert _reported(_LEAD.format(credit="the Valley Times said on Tuesday")) == []
    # another outlet named for the shared sentence alone is no credit of the parent's text
    # (an agency copy may name a paper for one fact and take the rest from another agency)
    assert _reported(_LEAD.format(credit="a report by Northern Press said")) == ["b.txt"]


def test_a_credit_the_parent_names_too_credits_the_copy():
    lead = ("The Valley Journal-Constitution reported Tuesday that engineers found no seepage. "
            + _BODY.split(". ")[0] + ".")
    assert _reported(lead) == ["b.txt"]
    assert _reported(lead, "\n\nAda Brennan writes for the Valley Journal-Constitution.") == []


def test_a_credit_clause_carried_over_from_the_parent_is_no_credit():
    """The parent's own "Kelso Daily Post reported Tuesday ..." printed in the copy too is the
    parent's reporting copied (a typo in the parent's clause aside), not the copy's credit."""
    extra = "\n\nThe owner sued, the Kelso Daily Post reported Tuesday, citing court papers."
    lead = _BODY.split(". ")[0] + ". The owner sued, the Kelso Daily Post reported Tuesday."
    assert _reported(lead, extra) == ["b.txt"]


def test_an_agency_crediting_an_agency_the_set_lacks_credits_its_copy():
    """An agency's own copy crediting a third agency ("..., according to a Northern Press
    Agency report") shares its text with another carrier of that agency's story: agencies take
    each other's reports, the credited copy is unseen, so "without credit" cannot be said. A
    paper or site naming the agency is still told (tests/test_provenance_named_wire.py), and
    so is an agency printing the credit clause its parent prints too."""
    agency = "Xinhua News Agency"
    assert _reported(_LEAD.format(
        credit="according to a Northern Press Agency report sent from Kelso"), "", agency) == []
    assert _reported(_LEAD.format(credit="according to a Canadian Press report"), "",
                     agency) == []
    assert _reported(_LEAD.format(credit="according to a Canadian Press report")) == ["b.txt"]
    assert _reported(_LEAD.format(credit="a report by Northern Press said"), "", agency) == [
        "b.txt"]
    extra = "\n\nThe dam held, according to a Northern Press Agency report sent from Kelso."
    lead = (_BODY.split(". ")[0] + ". The dam held, according to a Northern Press Agency "
            "report sent from Kelso.")
    assert _reported(lead, extra, agency) == ["b.txt"]


@pytest.mark.parametrize("text", [
    "The talks had stalled, Emily Post said on Tuesday.",
    "The talks had stalled, Minister Wei Sun said.",
    "The talks had stalled, Dr. Ada Star said.",
])
def test_a_person_whose_surname_is_a_masthead_word_is_no_credit(text):
    """"Emily Post said" is a person: a masthead word that is a surname too, after a given name
    or a title, reads as no outlet (issue 11); a masthead name stays one."""
    assert _credits(text) == []


def test_masthead_names_with_place_words_stay_credits():
    assert ("Kelso Daily Post", "according-to", False) in _credits(
        "The talks had stalled, the Kelso Daily Post said.")
    assert ("Valley Observer", "according-to", False) in _credits(
        "The talks had stalled, the Valley Observer said.")


@pytest.mark.parametrize("agency", ["Xinhua News Agency", "Yonhap", "Kyodo News", "Anadolu Agency",
                                    "aa.com.tr", "Canadian Press", "TASS"])
def test_every_listed_agency_credits_a_third_agency_alike(agency):
    """Every agency the data lists is an agency for its own texts, by name or site (issue 11,
    "every rule applies equally to every outlet"): Yonhap's or Anadolu's copy crediting a
    third agency the set lacks is exempt as Xinhua's is; without the credit it is told."""
    assert _reported(_LEAD.format(credit="according to a Jiji Press report"), "", agency) == []
    assert _reported(_LEAD.format(credit="according to a surveyor paid by the water board"), "",
                     agency) == ["b.txt"]


@pytest.mark.parametrize("text, name", [
    ("The talks had stalled, the Charlotte Post said on Tuesday.", "Charlotte Post"),
    ("The talks had stalled, according to a Madison Press report.", "Madison Press"),
    ("The Victoria Times reported Tuesday that the talks had stalled.", "The Victoria Times"),
    ("The talks had stalled, a report by the Florence Times said.", "Florence Times"),
])
def test_a_masthead_opening_with_a_given_name_is_an_outlet_with_outlet_cues(text, name):
    """A masthead whose first word is a given name ("Charlotte Post") reads as an outlet when
    the text uses it as one (an article before it, "report" after it), as "the Kelso Daily
    Post said" does; without such a cue "Charlotte Post said" reads as "Emily Post said"."""
    assert name in [n for n, _, _ in _credits(text)]


@pytest.mark.parametrize("text", [
    "The talks had stalled, Charlotte Post said on Tuesday.",
    "The talks had stalled, Emily Post said, adding that the firm would wait.",
])
def test_a_given_name_and_a_masthead_word_without_cue_stay_a_person(text):
    assert _credits(text) == []


def test_a_known_masthead_opening_with_a_given_name_is_an_outlet():
    """A masthead the set knows is an outlet whatever its first word ("Charlotte Post said"
    where the set holds charlottepost.com)."""
    doc = _doc("d", "The talks had stalled, Charlotte Post said on Tuesday.", None, None)
    assert [c.name for c in parse_credits(doc, {"charlottepost": "charlottepost.com"})] == [
        "charlottepost.com"]


@pytest.mark.parametrize("text", [
    "CHARLOTTE, N.C. - The council met on Monday.\n\nThe talks had stalled, Charlotte Post said.",
    "The council in Charlotte met on Monday. The talks had stalled, Charlotte Post reported.",
    "The council met on Monday. A Charlotte Post reporter was there. The talks had stalled, "
    "Charlotte Post said.",
    "The talks had stalled, the weekly Charlotte Post said.",
])
def test_a_paper_styled_without_article_is_an_outlet_when_the_text_says_so(text):
    """"Charlotte Post said" in a story that names Charlotte as a place (a dateline, "in
    Charlotte") or the paper as one elsewhere ("a Charlotte Post reporter") is the paper, as
    "Kelso Post said" is (issue 11: a paper named without "the" lost its credit unless the
    outlet table or the set knew it)."""
    assert "Charlotte Post" in [n for n, _, _ in _credits(text)]


@pytest.mark.parametrize("text", [
    "The council in Charlotte met on Monday. The talks had stalled, Charlotte Post said. "
    "Post said she would wait for the vote.",
    "The talks were held in Emily on Monday. Manners matter, Emily Post said. Ms. Post wrote "
    "books on manners.",
])
def test_a_person_stays_a_person_when_the_text_names_the_surname_alone(text):
    assert _credits(text) == []
