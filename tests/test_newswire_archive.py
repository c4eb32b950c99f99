"""Failure classes of an archive of newswire stories spanning years (DUC 2006 shaped): stories
of one topic published months apart, syndicate notices to editors, AP's 'On the Net' links.
Our own snippets, shaped like that data; none of its text."""
from __future__ import annotations

import json
from pathlib import Path

from quotecheck.cli import main


def _write(folder: Path, files: dict, meta: dict) -> Path:
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "quotecheck-corpus.toml").write_text("".join(
        f'[files."{name}"]\noutlet = "{outlet}"\npublished = "{day}"\n\n'
        for name, (outlet, day) in meta.items()), encoding="utf-8")
    return folder


def _compare(capsys, folder: Path) -> dict:
    main(["compare", str(folder), "--format", "json", "--fail-on", "never", "--quiet"])
    return json.loads(capsys.readouterr().out)


BLASTS = ("Blasts Hit Garrison Towns\n\nMOSCOW, July 3 (Xinhua) -- Rebels set off truck bombs in "
          "three towns of the region, officials said.\n\nA car bomb explosion killed at least 25 "
          "people overnight in the town of Argun, the regional governor said.\n")
SHELLING = ("Shelling Continues in the South\n\nGROZNY (AP) -- Artillery pounded villages south "
            "of the capital as refugees crowded the border posts.\n\nAn explosion at a market "
            "killed 10 people overnight, the local police chief said, and dozens were wounded.\n")


def test_a_relative_time_is_one_time_only_within_a_news_cycle(capsys, tmp_path):
    """'overnight' in stories eight months apart is two nights: their tolls are two events."""
    files = {"a.txt": BLASTS, "b.txt": SHELLING}
    apart = _write(tmp_path, files, {"a.txt": ("Xinhua News Agency", "2000-07-03"),
                                     "b.txt": ("Associated Press", "1999-11-01")})
    assert [f for f in _compare(capsys, apart)["findings"] if f["code"] == "QC401"] == []
    near = _write(tmp_path, files, {"a.txt": ("Xinhua News Agency", "2000-07-03"),
                                    "b.txt": ("Associated Press", "2000-07-02")})
    found = [f for f in _compare(capsys, near)["findings"] if f["code"] == "QC401"]
    assert [f["document"] for f in found] == ["b.txt"]
