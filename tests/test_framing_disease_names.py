"""A disease named after a country or a people warns (issue 15, babe21): 'the Chinese
coronavirus pandemic', 'Wuhan virus' in the narrator's voice pin an epidemic on a nation
(WHO naming guidance, AP style), with the article before it as well as sentence-initial;
the same words inside a quotation are the speaker's, and 'Wuhan coronavirus', the plain name
before COVID-19 was named, is not listed. Snippets of our own."""
import pytest

from framing_helpers import warnings


@pytest.mark.parametrize("text", [
    "Two ferries stopped running during the Chinese coronavirus pandemic last spring.",
    "The mill laid off 300 workers in the midst of the China virus crisis.",
    "Wuhan virus cases rose again in the port city on Monday.",
    "The festival was cancelled over fears of the kung flu spreading among visitors.",
])
def test_a_disease_named_after_a_nation_warns(ruleset, text):
    assert any(c == "QC331" for c, _ in warnings(ruleset, text, "QC33")), text


@pytest.mark.parametrize("text", [
    "Two ferries stopped running during the coronavirus pandemic last spring.",
    "He called it the “China virus” at a rally, and the crowd cheered.",
    "Travellers from the city were screened for the new Wuhan coronavirus in January.",
])
def test_the_disease_name_or_a_quotation_is_left_alone(ruleset, text):
    assert not any(c == "QC331" for c, _ in warnings(ruleset, text, "QC33")), text
