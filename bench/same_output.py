"""Byte-identical output check: the JSON of ``quotes``, ``compare`` and ``check`` on the seeds
and the test drafts, at this working tree against another git revision.

A refactor that claims "behaviour unchanged" runs this before it lands. The other revision is
checked out into a temporary worktree and run from its own files (its ``quotecheck``, rule
data and built-in plugins), each command with a fresh warm-start folder and ``--no-cache``
where the command has a cache, so neither side replays the other's results.

    python bench/same_output.py [REV]        # default REV: HEAD
    python bench/same_output.py REV --folder /tmp/realnews/census --folder ...

``--folder DIR`` (repeatable) also compares ``compare DIR --format json`` on a story folder
outside the repository (the real sets), with ``--plugin-timeout 0``: a wall-clock budget
running out on a busy machine would make the two sides differ for no reason in the code.

Prints one line per command (``same`` or ``DIFFERS``) and exits 1 when any output differs.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def commands(root: Path, folders: tuple = ()) -> list[list[str]]:
    """The commands compared: every seed-level analysis and every test draft's check, then
    ``compare`` on each of ``folders``."""
    out = [["quotes", "seeds/", "--format", "json"],
           ["compare", "seeds/", "--format", "json"]]
    for draft in sorted((root / "tests" / "drafts").glob("*.md")):
        out.append(["check", f"tests/drafts/{draft.name}", "--sources", "seeds/",
                    "--format", "json", "--no-cache"])
    for folder in folders:
        out.append(["compare", str(Path(folder).resolve()), "--format", "json",
                    "--plugin-timeout", "0"])
    return out


def import_root(tree: Path, scratch: Path) -> Path:
    """A folder that puts ``tree``'s own packages first on the import path: ``quotecheck``
    plus the ``quotecheck_rules`` and ``quotecheck_plugins`` packages its pyproject maps from
    ``rules/`` and ``plugins/builtin/``."""
    scratch.mkdir(parents=True, exist_ok=True)
    for name, target in (("quotecheck", tree / "quotecheck"),
                         ("quotecheck_rules", tree / "rules"),
                         ("quotecheck_plugins", tree / "plugins" / "builtin")):
        link = scratch / name
        if not link.exists():
            link.symlink_to(target, target_is_directory=True)
    return scratch


def run(tree: Path, path_root: Path, args: list[str], cache_home: Path) -> bytes:
    env = dict(os.environ, PYTHONPATH=str(path_root), XDG_CACHE_HOME=str(cache_home),
               QUOTECHECK_DISABLE_PLUGIN_AUTOLOAD="1", COLUMNS="100")
    proc = subprocess.run([sys.executable, "-m", "quotecheck", *args], cwd=tree, env=env,
                          capture_output=True)
    return b"exit %d\n" % proc.returncode + proc.stdout


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rev", nargs="?", default="HEAD")
    ap.add_argument("--folder", action="append", default=[],
                    help="also compare `compare FOLDER` (repeatable)")
    args = ap.parse_args(argv)
    cmds = commands(ROOT, tuple(args.folder))
    differ = 0
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        other = tmpdir / "other"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--quiet",
                        str(other), args.rev], check=True)
        try:
            here_path = import_root(ROOT, tmpdir / "path-here")
            other_path = import_root(other, tmpdir / "path-other")
            for i, cmd in enumerate(cmds):
                mine = run(ROOT, here_path, cmd, tmpdir / f"warm-here-{i}")
                theirs = run(other, other_path, cmd, tmpdir / f"warm-other-{i}")
                same = mine == theirs
                differ += not same
                print(f"{'same   ' if same else 'DIFFERS'} {' '.join(cmd)}"
                      f"  ({len(mine)} bytes)")
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                            str(other)], check=False)
    print(f"{differ} of {len(cmds)} outputs differ from {args.rev}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
