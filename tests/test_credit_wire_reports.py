"""A copy whose own sentence credits the wire it took its text from ("..., the Associated
Press reports.", "..., Reuters reported.", "according to the AP") is no reuse without credit
(issue 11, baly_201901 reading): the present tense "reports" credits as "reported" does. A
credit to another outlet than the parent's, and a copy with no credit, are still told.
Our own snippets, shaped like a broadcaster's rewrite of agency copy."""
import pytest
from credit_helpers import credits_of as _credits
from provenance_synth import make_doc

from quotecheck.provenance.infer import infer_provenance

STORY = [
    "A ferry carrying 60 passengers ran aground on a sandbar off Pellham Point on Sunday "
    "evening, and all aboard were taken ashore by lifeboat, harbour officials said.",
    "The coast guard said the ferry, the Morning Wren, had lost steering about a mile from "
    "the pier and drifted for forty minutes before it struck the bar.",
    "Three passengers were treated for mild hypothermia at Saint Brendan's clinic and were "
    "released the same night, a spokeswoman for the clinic said.",
    "The ferry line suspended its evening crossings until Thursday while divers inspect the "
    "rudder and the hull for damage.",
    "It was the second grounding on the route in two years; a cargo barge struck the same bar "
    "in the spring of last year after a storm shifted the channel.",
]


def _told(lead_end: str, parent_outlet: str = "Associated Press"):
    child = list(STORY)
    child[0] = child[0].replace(", harbour officials said.", lead_end)
    parent = make_doc("wire.txt", "\n\n".join(STORY), parent_outlet, "2001-03-04")
    copy = make_doc("tv.txt", "\n\n".join(child), "Channel Nine Online", "2001-03-05")
    res = infer_provenance([parent, copy], [])
    assert [(e.source, e.derived) for e in res.edges] == [("wire.txt", "tv.txt")]
    return [d.document for d in res.detections if d.rule_type == "provenance"]


@pytest.mark.parametrize("text, name", [
    ("The ferry ran aground on Sunday, The Associated Press reports.", "Associated Press"),
    ("The ferry ran aground on Sunday, Reuters reports.", "Reuters"),
    ("The ferry ran aground, the AP reports, citing harbour officials.", "Associated Press"),
])
def test_present_tense_reports_names_the_teller(text, name):
    assert (name, "according-to") in [(n, k) for n, k, _, _ in _credits(text)]


@pytest.mark.parametrize("text, name", [
    ("The ferry ran aground on Sunday, CNN is reporting.", "CNN"),
    ("CNN is reporting that the ferry ran aground.", "CNN"),
    ("The ferry ran aground, the AP has reported.", "Associated Press"),
    ("The ferry ran aground, as NBC News reported.", "NBC News"),
    ("As CNN first reported, the ferry ran aground.", "CNN"),
    ("Reuters has also reported the grounding.", "Reuters"),
])
def test_the_perfect_and_the_progressive_name_the_teller(text, name):
    """(QC501, bugs23) 'is reporting', 'has reported', 'first reported' credit as 'reported'
    does, whichever outlet they name."""
    assert (name, "according-to") in [(n, k) for n, k, _, _ in _credits(text)]


def test_reports_of_people_or_offices_are_no_credit():
    assert _credits("Harbour Police reports show two groundings last year.") == []
    assert _credits("The Coast Guard reports a rise in rescues.") == []
    assert _credits("The Coast Guard has reported two groundings.") == []
    assert _credits("The Times is reported to be for sale.") == []


@pytest.mark.parametrize("lead_end", [
    ", The Associated Press reports.",
    ", the AP reports.",
    ", the Associated Press reported Sunday.",
    ", according to the AP.",
    ", the AP has reported.",
    ", The Associated Press is reporting.",
])
def test_a_copy_crediting_its_parents_wire_in_its_sentence_is_not_uncredited(lead_end):
    assert _told(lead_end) == []


def test_a_copy_crediting_reuters_in_the_present_tense_credits_a_reuters_parent():
    assert _told(", Reuters reports.", parent_outlet="Reuters") == []


def test_a_credit_to_another_outlet_or_none_still_reuses_the_parent():
    assert _told(", harbour officials said.") == ["tv.txt"]
    assert _told(", Reuters reports.") == ["tv.txt"]
    assert _told(", Agence France-Presse reports.") == ["tv.txt"]


@pytest.mark.parametrize("text, name", [
    ("When CNN reported the grounding, the ferry line denied it.", "CNN"),
    ("After Reuters reported that the ferry ran aground, shares fell.", "Reuters"),
    ("Until NBC News reported the grounding, nobody had heard of it.", "NBC News"),
    ("Though CNN was reporting the grounding, the line kept silent.", "CNN"),
    ("Since The Associated Press reported the story, the line has apologised.",
     "Associated Press"),
])
def test_a_clause_led_by_a_subordinator_names_its_teller(text, name):
    """(QC501, bugs24) 'When/After/Until X reported ...': the clause's capitalised first
    word is no part of the name, as 'As X reported' was not; any outlet."""
    assert [(n, k) for n, k, _, _ in _credits(text)] == [(name, "according-to")]


def test_a_clause_opener_before_a_person_credits_no_one():
    assert _credits("When Ann Lee reported the grounding, nobody listened.") == []
    assert _credits("But Sun said the ferry was late.") == []


def test_a_copy_crediting_its_parent_in_a_when_clause_is_not_uncredited():
    assert _told(". When The Associated Press reported the grounding, the line "
                 "apologised.") == []
