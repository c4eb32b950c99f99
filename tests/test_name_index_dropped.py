"""The name index skips a chain it already dropped as naming no one (a fast path): the index
must be exactly the one built without the skip, and a title word before such a chain still
joins it ("dr" makes a name of a word that alone names no one)."""
from __future__ import annotations

import random

import pytest

from quotecheck.quotes import coreference
from quotecheck.quotes.coreference import SpeakerResolver
from quotecheck.text.sentences import split_sentences


class _NeverDropped(set):
    """A set that holds nothing: the scan tests every chain in full (the reference)."""

    def __contains__(self, item) -> bool:
        return False


def _index(text: str) -> tuple:
    resolver = SpeakerResolver(text, split_sentences(text))
    return ([tuple(nm) for nm in resolver.mentions],
            [(dict(e.names), e.kind, e.gender) for e in resolver.entities])


_PIECES = ["Georgia", "Ohio", "He", "The", "Monday", "Ana Lima", "Lima", "Ruiz", "Bank of Canada",
           "THE BORROWING", "NATO", "Lima’s", "Ana Lima’s", "Acme’s Ana Lima", "dr", "former",
           "president", "the", "said", "in", "and", "his", "book,", " ", " ", ". ", ", ", "\n",
           "Fort Wayne", "Mich.", "They’re", "Lake Cowichan"]


def _texts(seed: int, n: int = 300):
    rnd = random.Random(seed)
    for _ in range(n):
        yield " ".join(rnd.choice(_PIECES) for _ in range(rnd.randint(3, 30))) + "."


def test_title_word_before_a_dropped_chain_still_joins(monkeypatch):
    monkeypatch.setattr(coreference, "_DROPPED", set())
    text = "Georgia hosted the talks. The plan works, said dr Georgia on Monday."
    mentions, entities = _index(text)
    assert "Georgia" in coreference._DROPPED        # the first one was dropped (no title)
    starts = [m[0] for m in mentions]
    assert text.index("dr Georgia") + 3 in starts   # the second joins its title: a name
    assert 0 not in starts


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_index_same_with_and_without_the_skip(monkeypatch, seed):
    texts = list(_texts(seed))
    monkeypatch.setattr(coreference, "_DROPPED", _NeverDropped())
    reference = [_index(t) for t in texts]
    monkeypatch.setattr(coreference, "_DROPPED", set())
    first = [_index(t) for t in texts]              # fills the dropped chains as it goes
    again = [_index(t) for t in texts]              # every dropped chain known from the start
    assert coreference._DROPPED
    assert first == reference
    assert again == reference
