"""The ``[holders]`` data of framing-verbs.toml: a view the narrator gives as some people's
('To many, ...', 'Among rival groups, ...', 'abhorrent to many farmers') is theirs. Each
example's word is not flagged in a 'reported' sentence and is flagged in a 'narrators' one."""
import pytest

from framing_helpers import flagged
from quotecheck.framing.verbcontext import verb_data


@pytest.mark.parametrize("example", verb_data()["holders"]["examples"],
                         ids=lambda e: e.get("reported") or e.get("narrators"))
def test_holders_examples(ruleset, example):
    sentence = example.get("reported") or example["narrators"]
    marked = [w for _, w in flagged(ruleset, sentence, "QC33")]
    assert (example["word"] in marked) == ("narrators" in example), marked
