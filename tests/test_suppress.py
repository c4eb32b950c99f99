"""Inline suppressions: next-block ignore, disable/enable ranges, bare and unused comments."""
from hypothesis import example, given
from hypothesis import strategies as st

from quotecheck.errors import ConfigError
from quotecheck.lint.suppress import apply_suppressions, parse_suppressions, unused_detections
from quotecheck.load.loader import load_text
from quotecheck.model import Finding

MD = """Intro paragraph with a problem.

<!-- quotecheck: ignore[QC301] the verb is the speaker's -->
Putin claimed the troops would leave.
Same paragraph, second line.

Next paragraph is not covered.

<!-- quotecheck: disable[QC104,scare-quote] -->
Covered one.

Covered two.
<!-- quotecheck: enable[QC104] -->
After enable: scare-quote still off, QC104 back on.
"""


def finding(doc, needle, code="QC301", name="attribution-verb"):
    start = doc.text.index(needle)
    return Finding(code, name, "warning", "attribution-verb", doc.id, start,
                   start + len(needle), "msg")


def test_ignore_covers_next_block_only():
    doc = load_text(MD, "d.md", fmt="markdown")
    sups, problems = parse_suppressions(doc)
    assert not problems
    fs = [finding(doc, "claimed"), finding(doc, "second line"), finding(doc, "Next paragraph"),
          finding(doc, "Intro")]
    out = apply_suppressions(fs, sups)
    assert [f.suppressed for f in out] == [True, True, False, False]
    assert len(out) == 4  # kept, only marked


def test_disable_enable_ranges_per_code_and_by_name():
    doc = load_text(MD, "d.md", fmt="markdown")
    sups, _ = parse_suppressions(doc)
    fs = [finding(doc, "Covered one", "QC104", "quote-meaning"),
          finding(doc, "Covered two", "QC302", "scare-quote"),
          finding(doc, "After enable", "QC104", "quote-meaning"),
          finding(doc, "still off", "QC302", "scare-quote")]
    out = apply_suppressions(fs, sups)
    assert [f.suppressed for f in out] == [True, True, False, True]


def test_code_prefix_matches():
    doc = load_text("<!-- quotecheck: ignore[QC3] -->\nHe claimed it.\n", "d.md", fmt="markdown")
    sups, _ = parse_suppressions(doc)
    out = apply_suppressions([finding(doc, "claimed")], sups)
    assert out[0].suppressed


def test_bare_ignore_is_reported_and_silences_nothing():
    doc = load_text("<!-- quotecheck: ignore because -->\nHe claimed it.\n", "d.md",
                    fmt="markdown")
    sups, problems = parse_suppressions(doc)
    assert sups == [] and len(problems) == 1
    assert problems[0].category == "invalid-suppression"
    assert doc.text[problems[0].start:problems[0].end].startswith("<!--")


def test_unused_suppression_reported_only_for_active_rules():
    doc = load_text(MD, "d.md", fmt="markdown")
    sups, _ = parse_suppressions(doc)
    apply_suppressions([finding(doc, "claimed")], sups)
    unused = unused_detections(sups)
    selectors = sorted(d.args["selector"] for d in unused)
    assert selectors == ["QC104", "scare-quote"]
    assert unused_detections(sups, lambda sel: sel != "scare-quote")[0].args["selector"] == "QC104"


def test_html_comment_before_paragraph():
    html = ("<html><body><p>First.</p>\n<!-- quotecheck: ignore[QC302] -->\n"
            "<p>He spoke of “terrorists” here.</p><p>Other “terrorists”.</p></body></html>")
    doc = load_text(html, "d.html", fmt="html")
    sups, _ = parse_suppressions(doc)
    first = html.index("terrorists")
    second = html.index("terrorists", first + 1)
    fs = [Finding("QC302", "scare-quote", "info", "scare-quote", doc.id, s, s + 10, "m")
          for s in (first, second)]
    assert [f.suppressed for f in apply_suppressions(fs, sups)] == [True, False]


@given(st.text(max_size=300))
@example("+++")                    # found by hypothesis: TOML front matter that does not parse
def test_parsing_never_crashes_and_regions_stay_in_text(text):
    try:
        doc = load_text(text + "\n<!-- quotecheck: ignore[QC1] -->\n" + text, "d.md",
                        fmt="markdown")
    except ConfigError as exc:      # "+++" opens TOML front matter: a broken block is the
        assert exc.line             # user's error, named by file and line (exit 2 in the CLI)
        return
    sups, problems = parse_suppressions(doc)
    for s in sups:
        assert 0 <= s.start <= s.end <= len(doc.text)
        assert 0 <= s.region_start <= s.region_end <= len(doc.text)
