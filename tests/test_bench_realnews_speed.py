"""bench/bench_realnews_speed.py's compare child: it runs the code it was given, and a failed
compare is an error, not a fast figure (a base tree's run once fell back on this checkout's
code because ``python -m`` was started in it, and its failure read as a 1.9x speed-up)."""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import bench_realnews_speed  # noqa: E402


def test_a_failed_compare_stops_the_benchmark(tmp_path):
    with pytest.raises(SystemExit) as stop:
        bench_realnews_speed._compare_child(str(tmp_path))    # an empty folder: exit 2
    assert "compare failed" in str(stop.value.code)


def test_the_compare_runs_outside_this_checkout(tmp_path, monkeypatch):
    seen = {}

    def fake_run(cmd, cwd=None, **kwargs):
        seen["cwd"] = cwd

        class Done:
            returncode, stderr = 0, ""
        return Done()

    monkeypatch.setattr(bench_realnews_speed.subprocess, "run", fake_run)
    bench_realnews_speed._compare_child(str(tmp_path))
    assert Path(seen["cwd"]).resolve() != bench_realnews_speed.ROOT.resolve()
