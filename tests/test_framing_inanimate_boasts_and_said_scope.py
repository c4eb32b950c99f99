"""Issue 15, framing precision: two small false classes by form, each beside the
narrator's own use, which keeps its warning.

- word sense: 'boasts' with an inanimate subject (a city, a state, a product) and a bare noun
  phrase object means 'has' ('the town boasts broadband speeds of ...'), no speech;
- attribution scope: indirect speech without 'that' whose subject is a long possessive noun
  phrase ('Lena Hart, a former aide to the mayor, said illegal immigrants' conduct during
  the flood should ...') and 'He said more broadly, <clause>' (an adverb and a comma between
  the verb and its clause): the clause is the speaker's.

Snippets of our own."""
import pytest

from framing_helpers import flagged
from quotecheck.framing.verbcontext import verb_data


@pytest.mark.parametrize("text, code, word", [
    ("Most residents commute to the coast, but the county boasts wide belts of orchards and "
     "vineyards along the river.", "QC302", "boasts"),
    ("After the upgrade, the village boasted broadband speeds of 500 megabits, twice the "
     "regional figure.", "QC302", "boasted"),
    ("The new tablet boasts longer battery life and a brighter screen than its rival.",
     "QC302", "boasts"),
    ("Lena Hart, a former aide to the mayor, said illegal immigrants\u2019 conduct during the "
     "flood should settle the quarrel over work permits.", "QC330", "illegal immigrants"),
    ("Mr. Ortega said the harvest was late this year.\n\nHe said more broadly, the drought "
     "shows why it is risky to rely on a large illegal immigrant workforce.", "QC330",
     "illegal immigrant"),
])
def test_sense_or_scope_is_not_the_narrators(ruleset, text, code, word):
    assert (code, word) not in flagged(ruleset, text, code)


@pytest.mark.parametrize("text, code, word", [
    ("The governor boasted record harvests at every stop of the tour.", "QC302", "boasted"),
    ("The White House boasted that the county had the lowest jobless rate in the region.",
     "QC302", "boasted"),
    ("The mayor has boasted about the new park for months.", "QC302", "boasted"),
    ("Lena Hart, a former aide to the mayor, spoke at the rally. Illegal immigrants\u2019 "
     "conduct during the flood drew praise.", "QC330", "Illegal immigrants"),
    ("He spoke more broadly. The drought shows why it is risky to rely on a large illegal "
     "immigrant workforce.", "QC330", "illegal immigrant"),
])
def test_the_narrators_own_use_keeps_its_warning(ruleset, text, code, word):
    assert (code, word) in flagged(ruleset, text, code)


@pytest.mark.parametrize("example", verb_data()["object_sense"].get("possession_examples", ()),
                         ids=lambda e: e.get("has") or e.get("speech"))
def test_possession_examples(ruleset, example):
    kind = "has" if "has" in example else "speech"
    found = ("QC302", example["word"]) in flagged(ruleset, example[kind], "QC302")
    assert found == (kind == "speech")
