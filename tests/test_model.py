"""The model's value types: a Quote made by the one-step constructor the extractor uses is
the Quote its own constructor makes."""
from __future__ import annotations

import dataclasses
import pickle

from quotecheck.model import Quote, stored_at_once


def test_stored_at_once_builds_what_the_constructor_builds():
    make = stored_at_once(Quote)
    assert not hasattr(Quote, "__post_init__")      # nothing the one-step path would skip
    assert all(f.default_factory is dataclasses.MISSING for f in dataclasses.fields(Quote))
    given = [dict(id="d#q1", document="d", start=3, end=9, text="abcdef"),
             dict(id="d#q2", document="d", start=0, end=2, text="ab", speaker="Ann Lee",
                  speaker_start=5, speaker_end=12, verb="said", verb_start=13, verb_end=17,
                  open_start=0, close_end=3, partial=True, continued=True, kind="partial",
                  speaker_kind="person")]
    for values in given:
        fast, slow = make(**values), Quote(**values)
        assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
        assert vars(fast) == vars(slow) and list(vars(fast)) == list(vars(slow))
        assert dataclasses.asdict(fast) == dataclasses.asdict(slow)
        assert pickle.loads(pickle.dumps(fast)) == slow
        assert dataclasses.replace(fast, kind="scare") == dataclasses.replace(slow, kind="scare")
        try:
            fast.kind = "title"
        except dataclasses.FrozenInstanceError:
            pass
        else:
            raise AssertionError("a one-step Quote must stay frozen")
