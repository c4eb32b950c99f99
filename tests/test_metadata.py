"""Front matter, manifests and outlet inference from page chrome."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.errors import ConfigError
from quotecheck.load.metadata import (canonical_outlet, infer_outlet, infer_published, iso_date,
                                      read_manifest, resolve_metadata, split_front_matter)


# -- front matter ----------------------------------------------------------------------
def test_front_matter_fields_and_body_start():
    text = '+++\noutlet = "Example News"\npublished = 2022-01-10\nlanguage = "en-GB"\n+++\nBody'
    fields, start = split_front_matter(text, "a.txt")
    assert fields == {"outlet": "Example News", "published": "2022-01-10", "language": "en-GB"}
    assert text[start:] == "Body"


def test_no_front_matter():
    assert split_front_matter("Body +++\n", "a.txt") == ({}, 0)
    assert split_front_matter("+++ not a fence\nBody", "a.txt") == ({}, 0)


def test_front_matter_with_crlf():
    text = '+++\r\nurl = "https://example.org/a"\r\n+++\r\nBody'
    fields, start = split_front_matter(text, "a.txt")
    assert fields == {"url": "https://example.org/a"} and text[start:] == "Body"


def test_unknown_front_matter_key_names_file_line_and_key():
    text = '+++\noutlet = "X"\nauthor = "Y"\n+++\nBody'
    with pytest.raises(ConfigError) as info:
        split_front_matter(text, "draft.md")
    err = info.value
    assert (err.path, err.line, err.key) == ("draft.md", 3, "author")
    assert str(err).startswith("draft.md:3: author: unknown front matter key")


def test_invalid_front_matter_toml_names_the_file_line():
    with pytest.raises(ConfigError) as info:
        split_front_matter('+++\noutlet = "X"\nbroken = \n+++\nBody', "a.txt")
    assert info.value.line == 3 and "invalid TOML" in str(info.value)


def test_unclosed_front_matter():
    with pytest.raises(ConfigError) as info:
        split_front_matter('+++\noutlet = "X"\nBody', "a.txt")
    assert info.value.line == 1 and "never closed" in info.value.message


def test_published_must_be_iso_8601():
    with pytest.raises(ConfigError) as info:
        split_front_matter('+++\npublished = "10 January 2022"\n+++\nB', "a.txt")
    assert info.value.key == "published" and info.value.line == 2


@pytest.mark.parametrize("value,ok", [
    ("2022-01-10", True), ("2022-01-10T09:30", True), ("2022-01-10T09:30:15Z", True),
    ("2022-01-10T09:30:15.5+03:00", True), ("2022-02-30", False), ("2022-1-10", False),
    ("2022-01-10T25:00", False), ("yesterday", False), ("", False),
])
def test_iso_date(value, ok):
    assert (iso_date(value) is not None) == ok


def test_bad_language_tag():
    with pytest.raises(ConfigError) as info:
        split_front_matter('+++\nlanguage = "English!"\n+++\nB', "a.txt")
    assert info.value.key == "language"


# -- manifest --------------------------------------------------------------------------
def test_manifest_defaults_and_files(tmp_path):
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "b.txt").write_text("B", encoding="utf-8")
    m = tmp_path / "quotecheck-corpus.toml"
    m.write_text('[defaults]\nlanguage = "en"\n\n[files."a.txt"]\noutlet = "Alpha"\n'
                 'affiliation = "state-funded"\n', encoding="utf-8")
    manifest = read_manifest(m)
    assert manifest.fields_for(tmp_path / "a.txt") == {
        "language": "en", "outlet": "Alpha", "affiliation": "state-funded"}
    assert manifest.fields_for(tmp_path / "b.txt") == {"language": "en"}


@pytest.mark.parametrize("content,line,key,words", [
    ('[files."a.txt"\noutlet = "x"\n', 1, None, "invalid TOML"),
    ('[files."a.txt"]\noutlet = "x"\nauthor = "y"\n', 3, "author", "unknown manifest key"),
    ('[files."missing.txt"]\noutlet = "x"\n', 1, "missing.txt", "does not exist"),
    ('title = "corpus"\n', 1, "title", "unknown manifest key"),
    ('[files."a.txt"]\npublished = "soon"\n', 2, "published", "ISO 8601"),
])
def test_bad_manifest_names_file_line_and_key(tmp_path, content, line, key, words):
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    m = tmp_path / "quotecheck-corpus.toml"
    m.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        read_manifest(m)
    err = info.value
    assert err.path == str(m) and err.line == line and err.key == key
    assert words in str(err)


def test_front_matter_beats_manifest():
    meta = resolve_metadata({"outlet": "Front"}, {"outlet": "Manifest", "language": "en"}, "")
    assert meta.outlet == "Front" and meta.language == "en"
    assert meta.outlet_source == "front-matter"
    meta = resolve_metadata({}, {"outlet": "Manifest"}, "Copyright Other Ltd. All rights reserved.")
    assert meta.outlet == "Manifest" and meta.outlet_source == "manifest"


# -- outlet inference from chrome ------------------------------------------------------
SEED_OUTLETS = {
    "000_b87f51cfc6e39bfa.txt": "Financial Times",
    "002_d44f5dc9505b8006.txt": "The Moscow Times",
    "003_73413e24b191d6a3.txt": "Reuters",
    "004_fd299cd8b438d824.txt": "Voice of America",
}


@pytest.mark.parametrize("name,outlet", sorted(SEED_OUTLETS.items()))
def test_seed_outlets_are_inferred_from_chrome(seeds_dir, name, outlet):
    text = (seeds_dir / name).read_text(encoding="utf-8")
    assert infer_outlet(text) == outlet


def test_scraper_seed_names_no_outlet(seeds_dir):
    text = (seeds_dir / "001_6b5d426d32f8eb10.txt").read_text(encoding="utf-8")
    assert infer_outlet(text) is None


def test_leading_date_stamp_gives_published(seeds_dir):
    text = (seeds_dir / "002_d44f5dc9505b8006.txt").read_text(encoding="utf-8")
    assert infer_published(text) == "2022-01-10"


@pytest.mark.parametrize("text", [
    "Kortunov told The Moscow Times that it could drag on.",
    "Prices rose, according to Reuters and the Financial Times.",
    "Some material came from The Associated Press and Reuters.",
    "Marat told The New York Times that Tokayev traded sovereignty.",
    "A photo © Alexei Nikolsky/Sputnik/AP shows the meeting.",
    "The agency (Reuters) reported it on Monday, the paper said.",
    "Body\nPhoto: © 2022 AFP\nmore body about the events of the day",
])
def test_mentions_of_outlets_are_not_chrome(text):
    assert infer_outlet(text) is None


@pytest.mark.parametrize("text,outlet", [
    ("MOSCOW (AP) — The Kremlin said on Monday.", "Associated Press"),
    ("SYDNEY, Australia (AP) _ The minister said on Monday.", "Associated Press"),
    ("KYIV, March 3 (Reuters) - Ukraine said", "Reuters"),
    ("(CNN) — A storm hit.", "CNN"),
    ("Body.\n\nCopyright 2022 The Associated Press. All rights reserved.", "Associated Press"),
    ("Body.\n\n© 2022 Guardian News & Media Limited. All rights reserved.", "The Guardian"),
    ("Body.\nA version of this article appears in print on Jan. 11, 2022, Section A, "
     "Page 8 of the New York edition", "The New York Times"),
    ("By VOA News\nBody.", "Voice of America"),
    ("Body text.\n\n©2022 Bloomberg L.P.", "Bloomberg"),
    ("MOSCOW, January 10. /TASS/. Putin said", "TASS"),
    ("BEIJING, Jan. 10 (Xinhua) -- China said", "Xinhua"),
    ("Democracy Dies in Darkness\nBody", "The Washington Post"),
    ("Body\n© Autonomous Nonprofit Organization “TV-Novosti”, 2005–2022. All rights reserved.",
     "RT"),
])
def test_general_chrome_patterns(text, outlet):
    assert infer_outlet(text) == outlet


def test_title_and_meta_tags_name_the_site():
    assert infer_outlet("Body.", title="Putin vows to stop coups | Reuters") == "Reuters"
    assert infer_outlet("Body.", meta={"og:site_name": "BBC News"}) == "BBC"


def test_headline_dashes_in_titles_name_only_known_outlets():
    assert infer_outlet("Body.", title="Putin: No More Color Revolutions - Kremlin Warns") is None
    assert infer_outlet("Body.", title="Putin warns the West - BBC News") == "BBC"


def test_donation_chrome_counts_only_at_the_edges():
    body = "Filler sentence about the meeting. " * 100
    assert infer_outlet(body + "Protesters chanted “Support Free Kazakhstan!” " + body) is None
    assert infer_outlet(body + "\nSupport The Kyiv Independent!") == "The Kyiv Independent"


def test_json_ld_publisher_and_date():
    import json

    ld = json.dumps({"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage"},
        {"@type": "NewsArticle", "datePublished": "2022-01-10T10:00:00Z",
         "publisher": {"@type": "Organization", "name": "Kyiv Post"}}]})
    meta = {"ld+json": ["{not json", ld]}
    assert infer_outlet("Body.", meta=meta) == "Kyiv Post"
    assert infer_published("Body.", meta) == "2022-01-10T10:00:00Z"


def test_a_tie_names_nobody():
    text = "MOSCOW (AP) — Body.\n\nCopyright 2022 Reuters. All rights reserved."
    assert infer_outlet(text) is None


def test_canonical_outlet():
    assert canonical_outlet("The Financial Times") == "Financial Times"
    assert canonical_outlet("  Updated ") is None
    assert canonical_outlet("Kyiv Independent") == "Kyiv Independent"


def test_chrome_outlet_source_and_date():
    meta = resolve_metadata({}, {}, " date 2022-01-10 Support The Moscow Times!\nBody")
    assert (meta.outlet, meta.outlet_source, meta.published) == (
        "The Moscow Times", "chrome", "2022-01-10")


def test_chrome_data_is_complete_and_safe():
    from quotecheck.load.metadata import _chrome_rules
    from quotecheck.resources.ruledata import load_data

    data = load_data("outlet-chrome")
    assert data["what"] and data["why"]
    for entry in data["pattern"]:
        assert entry["what"]
        assert entry.get("where", "any") in ("any", "start", "end", "edges", "title")
        assert ("outlet" in entry) != ("(?P<outlet>" in entry["regex"])
    assert len(_chrome_rules().patterns) == len(data["pattern"])  # compiled by regexsafe


def test_unsafe_chrome_pattern_is_a_config_error():
    from quotecheck.load.metadata import _compile

    with pytest.raises(ConfigError) as info:
        _compile({"regex": "(a+)+b", "what": "bad"}, "pattern", 7)
    assert info.value.key == "pattern[7] (bad)"


@given(st.text(max_size=400), st.text(max_size=60))
def test_inference_never_crashes(text, title):
    outlet = infer_outlet(text, title, {"og:site_name": title})
    assert outlet is None or isinstance(outlet, str)
    published = infer_published(text)
    assert published is None or iso_date(published) == published
