"""A release is tagged ``v<version>``: the package, its metadata and the documented pre-commit
``rev:`` name the same version, so a user's ``.pre-commit-config.yaml`` copied from the docs
points at a tag that exists once the release is tagged."""
from __future__ import annotations

import re
import sys
from pathlib import Path

from quotecheck import __version__

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent


def test_the_package_and_its_metadata_have_one_version():
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["version"] == __version__


def test_the_documented_pre_commit_rev_is_this_release_tag():
    revs = re.findall(r"^\s*rev:\s*(\S+)", (ROOT / "docs" / "check.md").read_text("utf-8"),
                      flags=re.M)
    assert revs and all(rev == f"v{__version__}" for rev in revs), revs
