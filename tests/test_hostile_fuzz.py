"""Fuzzing the readers of untrusted files (issue 17): articles (.txt, .md, .html, front
matter), folder manifests and baselines. Whatever the bytes, the answer is a Document or an
InputError/ConfigError naming the file, never another exception. Derandomised, 1,000
examples each."""
import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotecheck.errors import ConfigError, InputError
from quotecheck.lint.baseline import read_baseline
from quotecheck.load.loader import load_paths
from quotecheck.load.metadata import read_manifest

FUZZ = settings(max_examples=1000, derandomize=True, deadline=None, database=None,
                suppress_health_check=list(HealthCheck))
TOML_BITS = st.sampled_from(["+++", "\n", "=", '"', "[", "]", "{", "}", ",", "outlet",
                             "published", "2024-03-01T20:00:00-08:00", "[defaults]",
                             '[files."a.txt"]', "“", "”", "said", " ", "\x00", "\ufeff",
                             "<p>", "</p>", "<!--", "-->", "'''", "#"])
TEXTISH = st.one_of(st.binary(max_size=300),
                    st.lists(TOML_BITS, max_size=40).map(lambda xs: "".join(xs).encode()),
                    st.text(max_size=200).map(lambda s: s.encode("utf-8", "surrogatepass")))


FOLDER = tempfile.mkdtemp(prefix="quotecheck-fuzz-")  # reused: one folder, files rewritten


def _fresh() -> str:
    for name in os.listdir(FOLDER):
        os.unlink(os.path.join(FOLDER, name))
    return FOLDER


def _checked(errors, folder: str) -> None:
    for exc in errors:
        assert isinstance(exc, (InputError, ConfigError)), repr(exc)
        assert exc.path and str(exc.path).startswith(folder), str(exc)


@FUZZ
@given(data=TEXTISH, ext=st.sampled_from([".txt", ".md", ".html"]),
       manifest=st.one_of(st.none(), TEXTISH))
def test_loading_any_bytes_gives_documents_or_named_errors(data, ext, manifest):
    folder = _fresh()
    (Path(folder) / f"a{ext}").write_bytes(data)
    if manifest is not None:
        (Path(folder) / "quotecheck-corpus.toml").write_bytes(manifest)
    result = load_paths([folder])
    _checked(result.errors, folder)
    for doc in result.documents:
        assert doc.view.text.strip()


@FUZZ
@given(data=TEXTISH)
def test_reading_any_manifest_gives_a_manifest_or_a_named_error(data):
    folder = _fresh()
    path = Path(folder) / "quotecheck-corpus.toml"
    path.write_bytes(data)
    try:
        read_manifest(path)
    except ConfigError as exc:
        _checked([exc], folder)


BASELINE_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=10)),
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.sampled_from(["schema", "findings",
                                                             "fingerprint", "code"]),
                                            inner, max_size=4)), max_leaves=20)


@FUZZ
@given(data=st.one_of(
    st.binary(max_size=200),
    BASELINE_VALUES.map(lambda v: json.dumps(v).encode()),
    st.lists(BASELINE_VALUES, max_size=5).map(lambda rows: json.dumps(
        {"schema": "quotecheck-baseline/1", "findings": rows}).encode())))
def test_reading_any_baseline_gives_fingerprints_or_a_named_error(data):
    folder = _fresh()
    path = os.path.join(folder, "baseline.json")
    Path(path).write_bytes(data)
    try:
        counts = read_baseline(path)
    except InputError as exc:
        _checked([exc], folder)
    else:
        assert all(isinstance(k, str) for k in counts)
