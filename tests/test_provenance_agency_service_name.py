"""An agency sells its wire under service names: its own name and a service word ("Associated
Press Worldstream", "AP Online", "Reuters International", ``credits.toml [wire_service]``).
An outlet so named is the agency's own wire, as an outlet named "Associated Press" is, so
its texts are agency texts without an "(AP)" dateline. A paper's name with such a word is no
agency ("The Dunmore Online" names no agency)."""
import pytest
from provenance_synth import FLOOD_AGENCY_STORY as AGENCY, make_doc

from quotecheck.provenance.wire import agency_of_outlet, own_agency_text


@pytest.mark.parametrize("outlet, key", [
    ("Associated Press Worldstream", "AP"), ("AP Online", "AP"),
    ("Reuters International", "Reuters"), ("Agence France Presse English Service", "AFP"),
    ("Xinhua English Newswire", "Xinhua"), ("The Associated Press", "AP"),
])
def test_an_agency_named_with_a_service_word_is_that_agency(outlet, key):
    assert agency_of_outlet(outlet) == key


@pytest.mark.parametrize("outlet", ["The Dunmore Online", "Herald International",
                                    "New York Times News Service", "Worldstream", None])
def test_a_service_word_alone_or_after_a_paper_names_no_agency(outlet):
    assert agency_of_outlet(outlet) is None


def test_a_service_named_agency_text_without_dateline_is_the_agencys_own_text():
    doc = make_doc("agency.txt", "\n\n".join(AGENCY), "Associated Press Worldstream",
                   "2007-08-02")
    assert own_agency_text("Associated Press Worldstream", doc, []) == "AP"

