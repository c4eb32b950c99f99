"""Ideology nouns used as categories in analytic prose (issue 15): 'fascists typically ...',
'necessary for fascists to succeed', 'other fascist takeovers' are info; the same words
pinned on people the report names stay warnings. The examples of every ``[[contexts]]``
table of rules/data/framing-ideologies.toml run here (snippets of our own)."""
import pytest

from framing_helpers import flagged, infos
from quotecheck.resources.ruledata import load_data


def _cases():
    for i, ctx in enumerate(load_data("framing-ideologies")["contexts"]):
        for j, ex in enumerate(ctx["examples"]):
            kind = "info" if "info" in ex else "warning"
            yield pytest.param(kind, ex[kind], ex["word"], id=f"{i}-{j}-{kind}")


def test_every_context_is_documented_and_has_both_kinds_of_example():
    data = load_data("framing-ideologies")
    assert data["what"] and data["why"] and data["licence"] == "MIT"
    for ctx in data["contexts"]:
        assert ctx["name"] and ctx["what"] and ctx["why"] and ctx["note"] and ctx["words"]
        assert {("info" if "info" in ex else "warning") for ex in ctx["examples"]} == \
            {"info", "warning"}, ctx["name"]


@pytest.mark.parametrize("kind, text, word", list(_cases()))
def test_context_examples(ruleset, kind, text, word):
    warned = [w for _, w in flagged(ruleset, text, "QC33")]
    if kind == "info":
        assert word not in warned, text
        assert word in [w for _, w in infos(ruleset, text, "QC33")], text
    else:
        assert word in warned, text


@pytest.mark.parametrize("text, word", [
    ("About 50 fascists pushed toward the stage during the rally.", "fascists"),
    ("The governor's fascist allies met in the capital.", "fascist"),
    ("The governor and other fascist leaders met in the capital.", "fascist"),
])
def test_a_label_pinned_on_people_stays_a_warning(ruleset, text, word):
    assert word in [w for _, w in flagged(ruleset, text, "QC33")], text
