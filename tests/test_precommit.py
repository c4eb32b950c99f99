"""The pre-commit hooks, run by the real pre-commit in a temporary git repository whose
``.pre-commit-config.yaml`` takes this repository (a local clone at the current commit) as
its hook source.

No network: pre-commit builds the hook's virtualenv with the packages of the environment
running the tests visible (the system site-packages through ``VIRTUALENV_SYSTEM_SITE_PACKAGES``;
in a virtual environment, whose packages the base interpreter does not see, its
site-packages through ``PYTHONPATH``) and pip installs the clone with ``PIP_NO_INDEX`` and
without build isolation, so the dependencies and setuptools come from this environment.
A second variant overrides ``language: system`` and runs the installed ``quotecheck``.
"""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRE_COMMIT = shutil.which("pre-commit")
pytestmark = pytest.mark.skipif(
    PRE_COMMIT is None or shutil.which("git") is None or not (ROOT / ".git").exists(),
    reason="pre-commit, git or this repository's .git is not available")
GIT_ID = ["-c", "user.name=quotecheck-test", "-c", "user.email=test@example.invalid",
          "-c", "commit.gpgsign=false"]
SNAPSHOT = (".pre-commit-hooks.yaml", "pyproject.toml", "README.md", "quotecheck", "plugins",
            "rules")


def git(cwd, *args):
    return subprocess.run(["git", *GIT_ID, *args], cwd=cwd, check=True, capture_output=True,
                          text=True).stdout.strip()


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory) -> tuple:
    """A clone of this repository at HEAD, plus the working tree's hook files (identical in
    CI) committed on top; returns (path, sha)."""
    base = tmp_path_factory.mktemp("hooks")
    repo = base / "quotecheck"
    subprocess.run(["git", "clone", "-q", "--no-hardlinks", str(ROOT), str(repo)], check=True)
    for name in SNAPSHOT:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, repo / name, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        elif src.exists():
            shutil.copy2(src, repo / name)
    git(repo, "add", "-A", *SNAPSHOT)
    git(repo, "commit", "-q", "--allow-empty", "-m", "snapshot of the working tree")
    return repo, git(repo, "rev-parse", "HEAD")


def make_project(tmp_path: Path, repo: Path, sha: str, hook_overrides: str = "") -> Path:
    work = tmp_path / "newsroom"
    (work / "sources").mkdir(parents=True)
    (work / "drafts").mkdir()
    for seed in sorted((ROOT / "seeds").glob("0*.txt")):
        shutil.copy2(seed, work / "sources" / seed.name)
    shutil.copy2(ROOT / "tests" / "drafts" / "faithful.md", work / "drafts" / "good.md")
    shutil.copy2(ROOT / "tests" / "drafts" / "dropped-not.md", work / "drafts" / "bad.md")
    (work / "pyproject.toml").write_text('[tool.quotecheck]\nsources = ["sources"]\n')
    (work / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {repo.as_posix()}\n  rev: {sha}\n  hooks:\n"
        f"  - id: quotecheck\n    files: ^drafts/\n{hook_overrides}")
    git(work, "init", "-q")
    git(work, "add", "-A")
    return work


def pre_commit(work: Path, *args) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.update(PRE_COMMIT_HOME=str(work.parent / "pre-commit-home"),
               VIRTUALENV_SYSTEM_SITE_PACKAGES="1", PIP_NO_INDEX="1",
               PIP_NO_BUILD_ISOLATION="0",  # pip's inverted switch: turns isolation off
               PIP_DISABLE_PIP_VERSION_CHECK="1", NO_COLOR="1")
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    if sys.prefix != sys.base_prefix:  # a virtual environment: the hook's venv (built from
        import sysconfig                # the base interpreter) would not see its packages

        own = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
        env["PYTHONPATH"] = os.pathsep.join([*own, *filter(None, [env.get("PYTHONPATH")])])
    return subprocess.run([PRE_COMMIT, "run", *args], cwd=work, env=env,
                          capture_output=True, text=True, timeout=600)


def test_python_hook_installs_offline_and_checks_staged_drafts(tmp_path, hook_repo):
    work = make_project(tmp_path, *hook_repo)
    good = pre_commit(work, "quotecheck", "--files", "drafts/good.md")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "Passed" in good.stdout
    bad = pre_commit(work, "quotecheck", "--files", "drafts/bad.md", "drafts/good.md")
    assert bad.returncode == 1, bad.stdout + bad.stderr
    assert "QC104" in bad.stdout and "drafts/bad.md" in bad.stdout
    assert "drafts/good.md:" not in bad.stdout  # the faithful draft stays silent


def test_system_variant_and_sources_are_not_checked_as_drafts(tmp_path, hook_repo):
    story = ("  - id: quotecheck-story\n    language: system\n    args: [sources/]\n"
             "    files: ^sources/\n")
    work = make_project(tmp_path, *hook_repo,
                        hook_overrides="    language: system\n" + story)
    result = pre_commit(work, "--all-files")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "drafts/bad.md" in result.stdout and "QC104" in result.stdout
    per_file = result.stdout.split("quotecheck compare (story set)")[0]
    assert not [ln for ln in per_file.splitlines() if ln.startswith("sources/")]
    story_run = pre_commit(work, "quotecheck-story", "--all-files", "--verbose")
    # the scraper's copy changes the FT's quotations (QC104 errors): the story hook fails
    assert story_run.returncode == 1, story_run.stdout + story_run.stderr
    assert "quotecheck compare (story set)" in story_run.stdout
    assert "Failed" in story_run.stdout and "Passed" not in story_run.stdout
    assert "5 documents" in story_run.stdout or "sources/" in story_run.stdout


def test_manifest_declares_per_file_and_story_hooks():
    from pre_commit.clientlib import load_manifest

    hooks = {h["id"]: h for h in load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))}
    assert hooks["quotecheck"]["pass_filenames"] is True
    assert hooks["quotecheck"]["entry"] == "quotecheck check"
    assert hooks["quotecheck-story"]["pass_filenames"] is False
