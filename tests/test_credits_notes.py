"""Credits in contributor notes, closing agency tags and agency bylines (issue #11).

A contributor note lists people before "contributed" and names their outlet as the people's
employer ("AP writers ... contributed to this report"); agencies and their clients close a
text with the agency's tag ("... in a shootout. AP"); a byline line may list two agencies
("PA Media and Reuters") or run on into the text after a colon ("By Reuters: ..."). Each is
a credit however long the list of people is, and none reads an agency's letters inside a
word, a longer tag or a photo credit.
"""
import pytest

from quotecheck.model import Document, Metadata
from quotecheck.provenance.credits import parse_credits
from quotecheck.text.textview import TextView

BODY = "The council ordered a recount in three provinces on Monday.\n\n"


def _credits(text):
    doc = Document("d", "d", text, TextView.identity(text), Metadata())
    return [(c.name, c.kind, c.reuse, text[c.start:c.end]) for c in parse_credits(doc)]


def _named(text):
    return {(n, k) for n, k, reuse, _ in _credits(text) if reuse}


@pytest.mark.parametrize("text, name, kind", [
    # a long list of people before "contributed": the outlet is their employer
    (BODY + "AP video journalist Lucia Paz in Guayaquil, Ecuador, researcher Tomas Vera in "
     "Quito, and AP writers Ana Ruiz in Manta and Pedro Gil in Cuenca contributed to this "
     "report.", "Associated Press", "contributed"),
    (BODY + "Associated Press writers Ana Ruiz and Pedro Gil contributed.", "Associated Press",
     "contributed"),
    (BODY + "Reuters reporter Ana B. Ruiz in Washington, D.C. contributed reporting.", "Reuters",
     "contributed"),
    (BODY + "CNN's Ana Ruiz and Pedro Gil in Lima contributed to this report.", "CNN",
     "contributed"),
    (BODY + "Ana Ruiz of The Associated Press in Lima contributed to this report.",
     "Associated Press", "contributed"),
    # a note on its own line listing many people in several places: the employer opens it,
    # far from "contributed"
    (BODY + "Associated Press writers Ana Ruiz, Pedro Gil, Tomas Vera, Lucia Mora, Diego Paz, "
     "Rosa Lima and Pablo Ortega Villanueva in Quito and Marta Salas in Guayaquil contributed to "
     "this report.", "Associated Press", "contributed"),
    # an agency's tag closing the whole text
    (BODY + "The recount is due to end next week. AP", "Associated Press", "source-line"),
    (BODY + "The recount is due to end next week. (AP)\n", "Associated Press", "source-line"),
    (BODY + "The recount is due to end next week.\n\n(AFP)", "Agence France-Presse",
     "source-line"),
    (BODY + "The recount is due to end next week.\u201d  PTI", "Press Trust of India",
     "source-line"),
    # bylines: two agencies on one line, and an agency run on after a colon
    ("PA Media and Reuters\n\n" + BODY, "PA Media", "byline"),
    ("PA Media and Reuters\n\n" + BODY, "Reuters", "byline"),
    ("By AFP, dpa and Reuters\n\n" + BODY, "dpa", "byline"),
    ("Ballots were counted. (Photo: Reuters)\n\nBy Reuters: " + BODY, "Reuters", "byline"),
])
def test_credit_in_note_tag_or_byline(text, name, kind):
    assert (name, kind) in _named(text)


@pytest.mark.parametrize("text", [
    # people only, a person's possessive, an unknown "staff writer"
    BODY + "Ana Ruiz in Manta and Pedro Gil in Cuenca contributed to this report.",
    BODY + "Ana Ruiz's brother contributed to this report.",
    BODY + "Staff writer Ana Ruiz in Quito contributed to this report.",
    # the outlet's reporter in one sentence, "contributed" in the next
    BODY + "An AP reporter saw the ballots. Volunteers contributed to this report.",
    # agency letters inside a word, a longer tag, a photo credit, not at the end
    BODY + "The count was run by the CAP",
    BODY + "Voters queued outside. AP-Yonhap",
    BODY + "Voters queued outside.\nPhoto: AP",
    BODY + "Voters queued outside. AP\n\nThe recount is due to end next week.",
    BODY + "Turnout was high, said AP",
    # a colon byline naming a person or a day
    "By Ana Ruiz: " + BODY,
    "By Monday: " + BODY,
    # one agency as a photo credit line stays out (a lone "AP" line inside the text)
    "AP\n\n" + BODY,
])
def test_no_outlet_credit(text):
    assert not {n for n, _ in _named(text)} & {
        "Associated Press", "Reuters", "Agence France-Presse", "CNN"}


def test_the_tag_span_is_the_tag():
    text = BODY + "The recount is due to end next week.  (AP) \n"
    got = [g for g in _credits(text) if g[1] == "source-line"]
    assert [g[3] for g in got] == ["(AP)"]


def test_the_note_credits_the_outlet_once_with_its_people():
    text = BODY + ("AP writer Ana Ruiz in Manta, researcher Tomas Vera in Quito and AP writer "
                   "Pedro Gil in Cuenca contributed to this report.")
    got = [g for g in _credits(text) if g[0] == "Associated Press"]
    assert len(got) == 1 and got[0][3].startswith("AP writer")


def test_patterns_with_agency_names_expanded_pass_the_safety_check():
    """``<WIRE>`` is expanded at load: the expanded pattern must be as safe as a shipped one."""
    import re

    from quotecheck.provenance.credits import _wire_names
    from quotecheck.resources.regexsafe import check_pattern
    from quotecheck.resources.ruledata import load_data

    expanded = [e["regex"].replace("<WIRE>", _wire_names())
                for e in load_data("credits")["pattern"] if "<WIRE>" in e["regex"]]
    assert len(expanded) >= 2
    for pattern in expanded:
        check_pattern(pattern, re.M)


def test_a_tail_scan_finds_what_a_whole_text_search_finds():
    """``tail`` patterns are searched in the text's last characters only: the matches are
    those of a search of the whole text (lookbehinds and ``^`` read the real text)."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from quotecheck.provenance.credits import _Tail, _patterns

    tails = [p[1] for p in _patterns() if isinstance(p[1], _Tail)]
    assert tails
    pieces = st.sampled_from(["AP", "(AP)", "Reuters", "PA Media", ". ", "  ", "\n", "\n\n",
                              "x", "word ", "\u201d", ".", " ", "  \n", "AP-Yonhap", "(AFP)"])

    @settings(max_examples=300, deadline=None)
    @given(st.lists(pieces, max_size=60), st.integers(0, 200))
    def check(parts, pad):
        text = "y" * pad + "".join(parts)
        for tail in tails:
            assert [m.span() for m in tail.finditer(text)] == [
                m.span() for m in tail.regex.finditer(text)]

    check()
