"""A wire dateline whose dash was lost in a faulty re-encoding: the copy carries U+FFFD, the
replacement character, where the dash stood ("LIMA, Peru (AP) \ufffd The council ..."). It is
still the agency's dateline and credits it (issue #11: such copies were reported as reuse
without credit of the agency's own text), for every agency alike; U+FFFD elsewhere is no
credit. A dateline's place may carry its region in parentheses, as AFP writes it ("Alicante
(Spain) (AFP) - ..."): the parenthesis before the dash is the credit. A news service's budget line "SLUG (Undated) _"
names no outlet."""
import pytest
from provenance_synth import make_doc

from quotecheck.provenance.credits import parse_credits

BODY = "The council ordered a recount in three provinces on Monday."


def _datelines(text):
    return {c.name for c in parse_credits(make_doc("d", text)) if c.kind == "dateline"}


@pytest.mark.parametrize("line, name", [
    ("LIMA, Peru (AP) \ufffd ", "Associated Press"),
    ("OSLO (Reuters) \ufffd ", "Reuters"),
    ("(AFP) \ufffd ", "Agence France-Presse"),
])
def test_a_dateline_whose_dash_is_the_replacement_character_credits_the_agency(line, name):
    got = _datelines("Recount ordered\n\n" + line + BODY)
    assert any(name.split()[0] in g for g in got), got


@pytest.mark.parametrize("text", [
    "Recount ordered\n\nThe mayor (who spoke) \ufffd said little. " + BODY,
    "Recount ordered\n\nLIMA, Peru \ufffd " + BODY,
])
def test_a_replacement_character_elsewhere_is_no_dateline_credit(text):
    assert not _datelines(text)


@pytest.mark.parametrize("line, name", [
    ("Ronda (Spain) (AFP) \u2013 ", "Agence France-Presse"),
    ("Ronda (Spain) (AFP) \ufffd ", "Agence France-Presse"),
    ("PORTO (Portugal) (Reuters) - ", "Reuters"),
])
def test_a_dateline_with_its_region_in_parentheses_credits_the_agency(line, name):
    got = _datelines("Recount ordered\n\n" + line + BODY)
    assert any(name.split()[0] in g for g in got), got



@pytest.mark.parametrize("line", ["BOEING (Undated) _ ", "MARKETS (UNDATED) _ "])
def test_an_undated_budget_line_credits_no_outlet(line):
    assert not _datelines("Recount ordered\n\n" + line + BODY)
