"""Shared fixtures; hypothesis runs derandomised in CI so a red run is reproducible."""
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("ci", derandomize=True, max_examples=150, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "dev"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CONTRACT = ROOT / "tests" / "data" / "report.schema.json"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_paths() -> list:
    return sorted(SEEDS.glob("0*.txt"))


@pytest.fixture
def user_cache(tmp_path, monkeypatch):
    """A private user cache folder (the cache's secret key lives there); its path."""
    from quotecheck.resources import userkey

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    userkey.forget_keys()
    yield tmp_path / "user-cache" / "quotecheck"
    userkey.forget_keys()


@pytest.fixture(scope="module")
def ruleset():
    """The shipped rules, as a default run loads them (load errors are other tests' concern)."""
    from quotecheck.plugins.manager import load_ruleset

    rs, _ = load_ruleset()
    return rs
