"""The name facts of capitalised chains (speakers.index_chain) are kept in the warm
start's word table (quotes.chainstore): a later process gets the values a fresh parse gives
without parsing again; a stored text of any other shape is a miss (parsed afresh)."""
from __future__ import annotations

from quotecheck.quotes import chainstore, speakers
from quotecheck.resources.warmstart import WarmStart

CHAINS = ["President Ada Morrow", "Ms. Lena Ortiz", "NATO", "Fort Wayne", "the Senate",
          "Sen. Tom Reyes", "Mr. Vale", "Harbor City Council", "They\u2019re", "Dr. Ana L\u00f3pez",
          "Lake Pine", "Acme Corp.", "Mayor Jo Ek", "Kassym-Jomart Tokayev", "Monday", "EU",
          "Chief Justice Ruth Bell of Ohio", "Pat", "The White House"]


def _fresh(chain):
    return speakers._index_chain(chain)


def _counting():
    calls = []

    def compute(chain):
        calls.append(chain)
        return _fresh(chain)
    return compute, calls


def test_encode_decode_round_trip():
    for chain in CHAINS:
        value = _fresh(chain)
        assert chainstore.decode(chainstore.encode(value), speakers.ChainInfo) == value


def test_replayed_equal_and_not_parsed_again(tmp_path):
    compute, calls = _counting()
    with WarmStart(tmp_path):
        first = [chainstore.kept_chain(c, compute, speakers.ChainInfo) for c in CHAINS]
    assert calls == CHAINS
    compute, calls = _counting()
    with WarmStart(tmp_path):
        second = [chainstore.kept_chain(c, compute, speakers.ChainInfo) for c in CHAINS]
    assert calls == []
    assert first == second == [_fresh(c) for c in CHAINS]


def test_without_warm_start_parsed_each_time():
    compute, calls = _counting()
    assert chainstore.kept_chain("Sen. Tom Reyes", compute, speakers.ChainInfo) \
        == _fresh("Sen. Tom Reyes")
    assert calls == ["Sen. Tom Reyes"]


def test_bad_entry_is_a_miss(tmp_path):
    bad = ["", "x", "[1, 2]", "[null, true]", "[[\"A\", [], [], \"person\", 0, true, false, [],"
           " true]]", "[[\"A\", [1], [], \"person\", 0, true, false, [\"a\"], true], false]",
           "[[\"A\", [], [], \"person\", \"0\", true, false, [\"a\"], true], false]",
           "[[\"A\", [], [], \"person\", 0, 1, false, [\"a\"], true], false]", "[" * 5000]
    for text in bad:
        assert chainstore.decode(text, speakers.ChainInfo) is None
    with WarmStart(tmp_path):
        table = chainstore._table()
        for i, text in enumerate(bad):
            table[CHAINS[i]] = text
        compute, calls = _counting()
        got = [chainstore.kept_chain(c, compute, speakers.ChainInfo) for c in CHAINS[:len(bad)]]
    assert calls == CHAINS[:len(bad)]
    assert got == [_fresh(c) for c in CHAINS[:len(bad)]]
