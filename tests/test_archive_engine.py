"""The archive's engines: results in task order whatever the worker count; unknown names refused."""
import operator

import pytest

from quotecheck.archive.engine import LocalEngine, make_engine


@pytest.mark.parametrize("workers", [1, 2])
def test_local_engine_returns_results_in_task_order(workers):
    seen = []
    with LocalEngine(workers) as engine:
        out = engine.map(operator.neg, list(range(20)), label="negate",
                         progress=lambda done, total: seen.append((done, total)))
    assert out == [-i for i in range(20)]
    assert seen[-1] == (20, 20) and len(seen) == 20


def test_local_engine_raises_a_task_error():
    with LocalEngine(2) as engine, pytest.raises(ZeroDivisionError):
        engine.map(_divide, [(1, 1), (1, 0)])


def _divide(pair):
    return pair[0] / pair[1]


def test_make_engine_refuses_an_unknown_engine():
    with pytest.raises(ValueError, match="unknown engine 'spark'"):
        make_engine("spark")
    assert make_engine("local", workers=3).workers == 3
