"""Loading files and folders into Documents; bad inputs become errors, the rest still loads."""
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.errors import ConfigError, InputError
from quotecheck.load.loader import decode, load_paths, load_text, unique_ids

SEED_OUTLETS = {
    "000_b87f51cfc6e39bfa.txt": "Financial Times",
    "001_6b5d426d32f8eb10.txt": None,
    "002_d44f5dc9505b8006.txt": "The Moscow Times",
    "003_73413e24b191d6a3.txt": "Reuters",
    "004_fd299cd8b438d824.txt": "Voice of America",
}


def test_every_seed_loads_with_its_outlet(seeds_dir):
    result = load_paths([seeds_dir])
    assert result.errors == []
    assert [d.id for d in result.documents] == sorted(SEED_OUTLETS)  # README.md skipped
    for doc in result.documents:
        assert doc.meta.outlet == SEED_OUTLETS[doc.id]
        assert doc.view.text == doc.text and doc.format == "text" and doc.role == "compared"
        assert doc.text == (seeds_dir / doc.id).read_text(encoding="utf-8")
    by_id = {d.id: d for d in result.documents}
    assert by_id["002_d44f5dc9505b8006.txt"].meta.published == "2022-01-10"
    assert by_id["000_b87f51cfc6e39bfa.txt"].meta.outlet_source == "chrome"


def test_role_and_progress(seed_paths):
    seen = []
    result = load_paths(seed_paths[:2], role="source", progress=seen.append)
    assert [d.role for d in result.documents] == ["source", "source"]
    assert len(seen) == 2 and "1/2" in seen[0]


def test_folder_walk_is_sorted_recursive_and_skips_other_files(tmp_path):
    for rel in ("b.txt", "a.md", "sub/c.html", "sub/d.htm", "e.pdf", ".hidden.txt",
                ".git/x.txt", "README.md", "notes.TXT"):
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"<p>text of {rel}</p>", encoding="utf-8")
    result = load_paths([tmp_path])
    assert [d.id for d in result.documents] == ["a.md", "b.txt", "notes.TXT", "c.html", "d.htm"]
    assert [d.format for d in result.documents] == ["markdown", "text", "text", "html", "html"]


def test_ids_are_prefixed_only_where_names_clash(tmp_path):
    for rel in ("x/story.txt", "y/story.txt", "y/other.txt", "z/deep/other.txt"):
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Some text.", encoding="utf-8")
    result = load_paths([tmp_path / "x", tmp_path / "y", tmp_path / "z"])
    assert sorted(d.id for d in result.documents) == [
        "deep/other.txt", "x/story.txt", "y/other.txt", "y/story.txt"]


def test_unique_ids_keep_plain_names_when_distinct():
    assert unique_ids(["a/one.txt", "b/two.txt"]) == ["one.txt", "two.txt"]
    assert unique_ids(["a/c/one.txt", "b/c/one.txt"]) == ["a/c/one.txt", "b/c/one.txt"]


def test_same_file_twice_loads_once(seed_paths, seeds_dir):
    result = load_paths([seed_paths[0], seeds_dir])
    assert len(result.documents) == 5 and result.documents[0].id == seed_paths[0].name


def test_bom_is_not_part_of_the_text(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf\xe2\x80\x9cHello,\xe2\x80\x9d she said.")
    doc = load_paths([path]).documents[0]
    assert doc.text == "“Hello,” she said."
    assert doc.text[1:6] == "Hello"


def test_crlf_is_kept_as_decoded(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"One.\r\nTwo.\r\n")
    assert load_paths([path]).documents[0].text == "One.\r\nTwo.\r\n"


def _errors_for(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text("A good article.", encoding="utf-8")
    result = load_paths([path, good])
    assert [d.id for d in result.documents] == ["good.txt"]
    assert len(result.errors) == 1
    return result.errors[0]


def test_missing_path(tmp_path):
    result = load_paths([tmp_path / "nope.txt"])
    assert result.documents == []
    assert str(result.errors[0]).endswith("nope.txt: no such file or directory")


def test_binary_file_names_the_line(tmp_path):
    err = _errors_for(tmp_path, "bin.txt", b"line one\nline two\x00\x01")
    assert isinstance(err, InputError) and err.line == 2 and "binary" in err.message


def test_undecodable_file_names_the_line_of_the_first_bad_byte(tmp_path):
    err = _errors_for(tmp_path, "latin.txt", "one\ntwo\nCaf\xe9".encode("latin-1"))
    assert err.line == 3 and "UTF-8" in err.message and "0xe9" in err.message
    assert str(err).endswith("latin.txt:3: not valid UTF-8 (byte 0xe9)")


def test_utf16_file(tmp_path):
    err = _errors_for(tmp_path, "u16.txt", "Hello".encode("utf-16"))
    assert "UTF-16" in err.message


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n", b"\xef\xbb\xbf\n"])
def test_empty_file(tmp_path, data):
    err = _errors_for(tmp_path, "empty.txt", data)
    assert err.message == "empty file"


def test_html_without_visible_text(tmp_path):
    err = _errors_for(tmp_path, "blank.html", b"<html><script>x()</script></html>")
    assert err.message == "no visible text"


def test_markdown_with_only_front_matter_and_comments(tmp_path):
    err = _errors_for(tmp_path, "note.md", b'+++\noutlet = "X"\n+++\n<!-- todo -->\n')
    assert err.message == "no text besides front matter and comments"


def test_bad_front_matter_is_an_error_for_that_file_only(tmp_path):
    err = _errors_for(tmp_path, "fm.md", b'+++\noutlet = "X"\nwho = "Y"\n+++\nBody')
    assert isinstance(err, ConfigError) and err.line == 3 and err.key == "who"


def test_front_matter_file(tmp_path):
    path = tmp_path / "draft.md"
    path.write_text('+++\noutlet = "Daily Example"\npublished = "2022-01-11"\n+++\n'
                    '“We will,” she said. <!-- quotecheck: ignore -->\n', encoding="utf-8")
    doc = load_paths([path]).documents[0]
    assert doc.meta.outlet == "Daily Example" and doc.meta.outlet_source == "front-matter"
    assert doc.meta.published == "2022-01-11"
    assert doc.view.text == "“We will,” she said. \n"
    s, e = doc.view.span(1, 8)
    assert doc.text[s:e] == "We will"


def test_manifest_applies_and_front_matter_wins(tmp_path):
    (tmp_path / "a.txt").write_text("Copyright Other Ltd. All rights reserved.", encoding="utf-8")
    (tmp_path / "b.txt").write_text('+++\noutlet = "Own"\n+++\nB text', encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.txt").write_text("C text", encoding="utf-8")
    (tmp_path / "quotecheck-corpus.toml").write_text(
        '[defaults]\nlanguage = "en"\n[files."a.txt"]\noutlet = "Alpha"\n'
        '[files."b.txt"]\noutlet = "Beta"\nurl = "https://example.org/b"\n'
        '[files."sub/c.txt"]\noutlet = "Gamma"\n', encoding="utf-8")
    docs = {d.id: d for d in load_paths([tmp_path]).documents}
    assert (docs["a.txt"].meta.outlet, docs["a.txt"].meta.outlet_source) == ("Alpha", "manifest")
    assert docs["a.txt"].meta.language == "en"
    assert docs["b.txt"].meta.outlet == "Own" and docs["b.txt"].meta.url == "https://example.org/b"
    assert docs["c.txt"].meta.outlet == "Gamma"
    # a file named directly still finds its folder's manifest
    single = load_paths([tmp_path / "a.txt"]).documents[0]
    assert single.meta.outlet == "Alpha"


def test_manifest_named_directly_is_not_an_article(tmp_path):
    (tmp_path / "a.txt").write_text("A text", encoding="utf-8")
    (tmp_path / "quotecheck-corpus.toml").write_text('[files."a.txt"]\noutlet = "Alpha"\n',
                                                     encoding="utf-8")
    result = load_paths([tmp_path / "quotecheck-corpus.toml", tmp_path / "a.txt"])
    assert [d.id for d in result.documents] == ["a.txt"] and result.errors == []
    assert result.documents[0].meta.outlet == "Alpha"


def test_bom_before_front_matter(tmp_path):
    path = tmp_path / "bom.md"
    path.write_bytes(b'\xef\xbb\xbf+++\noutlet = "X"\n+++\nBody')
    doc = load_paths([path]).documents[0]
    assert doc.meta.outlet == "X" and doc.view.text == "Body" and doc.text.startswith("+++")


def test_bad_manifest_is_reported_once_and_files_still_load(tmp_path):
    (tmp_path / "a.txt").write_text("A text", encoding="utf-8")
    (tmp_path / "b.txt").write_text("B text", encoding="utf-8")
    (tmp_path / "quotecheck-corpus.toml").write_text('[files."a.txt"\n', encoding="utf-8")
    result = load_paths([tmp_path])
    assert [d.id for d in result.documents] == ["a.txt", "b.txt"]
    assert len(result.errors) == 1
    manifest = tmp_path / "quotecheck-corpus.toml"
    assert str(result.errors[0]).startswith(f"{manifest}:1: invalid TOML")


def test_html_file_spans_point_at_visible_words(tmp_path):
    raw = ("<html><head><title>T</title><script>alert('“no”')</script>"
           "<style>.a{}</style></head><body><!-- “hidden” -->"
           "<p>Putin said &ldquo;we will&nbsp;not allow&rdquo; it.</p></body></html>")
    path = tmp_path / "page.html"
    path.write_text(raw, encoding="utf-8")
    doc = load_paths([path]).documents[0]
    assert doc.view.text.strip() == "Putin said “we will\xa0not allow” it."
    i = doc.view.text.index("we will")
    s, e = doc.view.span(i, i + len("we will\xa0not allow"))
    assert doc.text[s:e] == "we will&nbsp;not allow"
    s, e = doc.view.span(doc.view.text.index("Putin"), doc.view.text.index(" said"))
    assert doc.text[s:e] == "Putin"


def test_load_text_formats():
    assert load_text("<p>Hi</p>", "x.html", fmt="html").view.text.strip() == "Hi"
    assert load_text("[Hi](u)", "x.md", fmt="md").view.text == "Hi"
    assert load_text("Hi", "x").path == "x"
    doc = load_text("Hi", "x", meta={"outlet": "Given"})
    assert doc.meta.outlet == "Given" and doc.meta.outlet_source == "manifest"
    with pytest.raises(ValueError):
        load_text("Hi", "x", fmt="pdf")


class _ReversingParser:
    """A stand-in plugin manager whose parser reads ``.rev`` files backwards."""

    def first_result(self, hook_name, path, data):
        assert hook_name == "quotecheck_parse_document"
        if not path.endswith(".rev"):
            return None
        return load_text(data.decode("utf-8")[::-1], "ignored", fmt="text")


def test_parser_plugins_are_offered_each_file_first(tmp_path):
    (tmp_path / "a.rev").write_bytes("ti did I".encode("utf-8"))
    (tmp_path / "b.txt").write_text("Plain text.", encoding="utf-8")
    (tmp_path / "quotecheck-corpus.toml").write_text('[files."a.rev"]\noutlet = "Rev"\n',
                                                     encoding="utf-8")
    result = load_paths([tmp_path / "a.rev", tmp_path / "b.txt"], role="source",
                        plugins=_ReversingParser())
    a, b = result.documents
    assert (a.id, a.text, a.role, a.meta.outlet) == ("a.rev", "I did it", "source", "Rev")
    assert a.path == str(tmp_path / "a.rev")
    assert b.text == "Plain text."


def test_decode_rejects_nul_anywhere():
    with pytest.raises(InputError):
        decode(b"ok\x00", "f")


@given(st.text(max_size=300), st.sampled_from(["text", "markdown", "html"]))
def test_load_text_never_crashes_and_spans_stay_in_bounds(text, fmt):
    try:
        doc = load_text(text, "x", fmt=fmt)
    except ConfigError:
        assert text.startswith("+++")
        return
    n = len(doc.view.text)
    for i in range(0, n + 1, max(1, n // 5)):
        s, e = doc.view.span(i, n)
        assert 0 <= s <= e <= len(doc.text)


@given(st.binary(max_size=300), st.sampled_from([".txt", ".md", ".html"]))
def test_arbitrary_files_load_or_give_one_error(data, ext):
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"f{ext}"
        path.write_bytes(data)
        result = load_paths([path])
        assert len(result.documents) + len(result.errors) == 1
        for doc in result.documents:
            n = len(doc.view.text)
            assert doc.view.span(0, n)[1] <= len(doc.text)
        for err in result.errors:
            assert err.path == str(path)


@given(st.binary(max_size=200))
def test_arbitrary_bytes_never_raise_anything_but_input_errors(data):
    try:
        text = decode(data, "f")
    except InputError as err:
        assert err.path == "f"
        return
    assert text.strip()


def test_files_load_from_relative_paths(tmp_path, monkeypatch):
    (tmp_path / "rel.txt").write_text("Relative.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    doc = load_paths(["rel.txt"]).documents[0]
    assert doc.path == "rel.txt" and doc.id == "rel.txt"
    assert os.path.isabs(doc.path) is False
