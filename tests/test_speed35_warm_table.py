"""speed35: the folds and stems of provenance's word caches are kept in the warm start
(WarmStart.table): a later process reads them in at its first miss, gets the values a fresh
computation gives, and does not compute them again."""
from __future__ import annotations

import random
import string

from quotecheck.provenance.derivation import _stem
from quotecheck.resources.warmtables import Kept
from quotecheck.resources.warmstart import TABLE_MAX, WarmStart
from quotecheck.text.normalize import fold_text


def _words(n: int, seed: int = 7) -> list:
    rng = random.Random(seed)
    letters = string.ascii_letters + "\u00e9\u00fc\u2019'-"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(1, 12))) for _ in range(n)]


def _counting(func):
    calls = []

    def counted(word):
        calls.append(word)
        return func(word)
    return counted, calls


def test_kept_values_replayed_and_equal(tmp_path):
    words = _words(600)
    for func in (fold_text, _stem):
        first, calls1 = _counting(func)
        with WarmStart(tmp_path / func.__name__):
            kept = Kept(first, warm="t-" + func.__name__)
            got1 = [kept[w] for w in words]
        assert calls1          # computed in the first process
        second, calls2 = _counting(func)
        with WarmStart(tmp_path / func.__name__):
            kept = Kept(second, warm="t-" + func.__name__)
            got2 = [kept[w] for w in words]
        assert calls2 == []    # every word read from the store
        assert got1 == got2 == [func(w) for w in words]


def test_new_words_added_and_bounded(tmp_path):
    words = _words(50, seed=1)
    more = [w + "x" for w in _words(50, seed=2)]
    with WarmStart(tmp_path):
        kept = Kept(fold_text, warm="t-fold")
        [kept[w] for w in words]
    with WarmStart(tmp_path):
        kept = Kept(fold_text, warm="t-fold")
        [kept[w] for w in more]
    counted, calls = _counting(fold_text)
    with WarmStart(tmp_path):
        kept = Kept(counted, warm="t-fold")
        assert [kept[w] for w in words + more] == [fold_text(w) for w in words + more]
    assert calls == []
    assert TABLE_MAX >= 10000


def test_without_warm_start_computed_as_before():
    counted, calls = _counting(fold_text)
    kept = Kept(counted, warm="t-none")
    assert kept["Caf\u00e9"] == "cafe" and calls == ["Caf\u00e9"]
    assert kept["Caf\u00e9"] == "cafe" and calls == ["Caf\u00e9"]


def test_bad_or_foreign_entry_is_a_miss(tmp_path):
    """An entry under a table's key that is no str -> str table (bytes not in the store's
    format, a list, a dict with other values) is ignored: values computed afresh, no crash."""
    words = _words(40, seed=3)
    for n, blob in enumerate((b"\x00garbage", b'J["a","b"]', b'J{"Caf\\u00e9":5}',
                              b'J{"x":null}', b"J{not json")):
        folder = tmp_path / str(n)
        with WarmStart(folder) as warm:
            warm.memo["t-bad"] = blob
            counted, calls = _counting(fold_text)
            kept = Kept(counted, warm="t-bad")
            got = [kept[w] for w in words + ["Caf\u00e9", "x"]]
        assert got == [fold_text(w) for w in words + ["Caf\u00e9", "x"]]
        assert calls        # computed, not read from the bad entry
