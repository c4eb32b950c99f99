"""Framing false-alarm classes of DUC 2006 newswire (issue 15): labels inside reported speech
the clause finder missed. A clause after 'said' whose subject is counted ('said about 8,000
to 10,000 fighters have remained ..., including some 900 terrorists') or two nouns joined
('said foreign extremists and weapons are arriving'), and a demand ('which is demanding he
hand over suspected terrorists', 'while urging rebel leaders to hand over ... terrorists').
Snippets of our own, shaped like the real text, beside narrator uses that stay warnings."""
import pytest

from framing_helpers import flagged


@pytest.mark.parametrize("text", [
    "The general spoke on Monday. He said about 8,000 to 10,000 fighters have remained in the "
    "mountains, including some 900 terrorists and bandits funded by foreign extremists, "
    "adding that the campaign would end soon.",
    "The army said foreign extremists and weapons are arriving from abroad to help the rebels, "
    "with more than 200 terrorists coming from abroad in May.",
    "The rebels denied it. The rebel leader has been rebuffed by the government, which is "
    "demanding he hand over suspected terrorists.",
    "The rebels denied it. While urging rebel leaders to hand over Petrov, Ivanov and other "
    "suspected terrorists, the government has rejected any mediation.",
])
def test_a_label_in_a_reported_clause_or_demand_is_not_the_narrators(ruleset, text):
    assert flagged(ruleset, text, "QC330") == []


@pytest.mark.parametrize("text, word", [
    ("About 8,000 to 10,000 rebel fighters have remained in the mountains, including some 900 "
     "terrorists.", "terrorists"),
    ("The rebels denied it. The rebel leader has been rebuffed by the government, which is "
     "seeking to find suspected terrorists.", "terrorists"),
    ("The regime demanded the release of the prisoners.", "regime"),
    # (issue 15, speechopenings) "said in a statement the regime ..." is the army's clause now
    # (tests/test_framing_speechscope.py); a statement that reports no clause is not
    ("The army issued a statement on Monday as the regime and its allies were losing ground.",
     "regime"),
])
def test_the_narrators_label_keeps_the_warning(ruleset, text, word):
    assert ("QC330", word) in flagged(ruleset, text, "QC330")
