"""Visible text of HTML and Markdown, with spans that map back into the raw file text."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.load.htmltext import html_view, markdown_view, plain_view

PAGE = """<!DOCTYPE html>
<html><head><title>Putin vows &amp; warns | Reuters</title>
<meta property="og:site_name" content="Reuters">
<meta name="description" content='a "quoted" description'>
<style>p { color: red; } /* "not text" */</style>
<script>var s = "<p>He said “hidden”</p>"; if (a < b) {}</script>
</head>
<body>
<!-- a comment with “quotes” -->
<template><p>template text</p></template><noscript>Enable JavaScript</noscript>
<p>Putin said
   &ldquo;we will not allow&rdquo; it &mdash; <b>again</b>.</p>
<p>Caf&eacute; &#8220;numeric&#x201D; &unknown; AT&T</p>
<ul><li>one</li><li>two</li></ul>
</body></html>
"""


def test_scripts_styles_comments_templates_are_dropped():
    view = html_view(PAGE).view.text
    for hidden in ("color", "hidden", "var s", "comment", "template text", "Enable JavaScript",
                   "description", "Putin vows"):
        assert hidden not in view
    assert "Putin said" in view


def test_entities_are_decoded_and_unknown_ones_kept():
    view = html_view(PAGE).view.text
    assert "“we will not allow” it — again." in view
    assert "Café “numeric” &unknown; AT&T" in view


def test_block_elements_become_paragraphs_and_layout_newlines_spaces():
    view = html_view(PAGE).view.text
    assert "Putin said “we will not allow” it — again.\n\nCafé" in view
    assert "one\ntwo" in view
    assert not view.startswith("\n")


def test_span_in_view_maps_to_the_visible_words_in_the_raw_text():
    page = html_view(PAGE)
    i = page.view.text.index("we will not allow")
    s, e = page.view.span(i, i + len("we will not allow"))
    assert PAGE[s:e] == "we will not allow"
    j = page.view.text.index("again")
    s, e = page.view.span(j, j + 5)
    assert PAGE[s:e] == "again"


def test_entity_span_covers_the_whole_reference():
    page = html_view(PAGE)
    i = page.view.text.index("“we")
    s, e = page.view.span(i, i + 1)
    assert PAGE[s:e] == "&ldquo;"


def test_q_elements_get_quotation_marks():
    text = "<p>She called it <q>a <i>coup</i></q>.</p>"
    view = html_view(text).view
    assert view.text.strip() == "She called it “a coup”."
    i = view.text.index("“")
    s, e = view.span(i + 1, view.text.index("”"))
    assert text[s:e] == "a <i>coup"


def test_title_and_meta_are_collected():
    page = html_view(PAGE)
    assert page.title == "Putin vows & warns | Reuters"
    assert page.meta["og:site_name"] == "Reuters"
    assert page.meta["description"] == 'a "quoted" description'


def test_json_ld_blocks_are_kept_for_metadata():
    text = ('<script type="application/ld+json">{"publisher": "X"}</script>'
            '<script>var y;</script><p>Body</p>')
    page = html_view(text)
    assert page.meta["ld+json"] == ['{"publisher": "X"}'] and page.view.text.strip() == "Body"


def test_pre_keeps_its_whitespace():
    text = "<p>a\n b</p><pre>x\n  y</pre>"
    assert html_view(text).view.text == "a b\n\nx\n  y\n\n"


def test_start_offset_skips_front_matter():
    text = "+++\nx = 1\n+++\n<p>Body</p>"
    page = html_view(text, text.index("<p>"))
    assert page.view.text.strip() == "Body"
    s, e = page.view.span(0, 4)
    assert text[s:e] == "Body"


def test_malformed_html_does_not_lose_text():
    text = "a < b and <p class='x>unclosed <b>bold</i> &amp text <!-- open comment"
    view = html_view(text).view.text
    assert view.startswith("a < b and ")
    assert "open comment" not in view


@pytest.mark.parametrize("text,visible", [
    ("x<y and z", "x<y and z"),
    ('<p title="a>b">x</p>', "x\n\n"),
    ("<a href=it's>link</a> after", "link after"),
    ("<title>never closed", "never closed"),
    ("<!bogus>text", "text"),
    ("<b>ok</b> <! no end", "ok <! no end"),
])
def test_tricky_markup(text, visible):
    assert html_view(text).view.text == visible


@pytest.mark.parametrize("text,visible", [
    # inputs that made earlier tokenizers backtrack for minutes (speed figures: bench/)
    ("<a " * 5000, "<a " * 5000),
    ("<a '" * 5000 + ">", ""),
    ("<a " * 5000 + "'>' tail", "' tail"),
    ("<!" * 5000, "<!" * 5000),
    ("<title>" * 5000, ""),
    ('<a "<b \'' * 5000 + ">", ""),
], ids=["lt", "lone-quote", "quote-past-gt", "bang", "title", "mixed-quotes"])
def test_pathological_markup(text, visible):
    assert html_view(text).view.text == visible


def test_markdown_drops_comments_and_link_targets():
    text = ("Hi <!-- quotecheck: ignore QC101 --> see [the report](http://x.org/a_(b)) "
            "and ![alt](i.png).\n")
    view = markdown_view(text)
    assert view.text == "Hi  see the report and alt.\n"
    i = view.text.index("the report")
    s, e = view.span(i, i + 10)
    assert text[s:e] == "the report"


def test_markdown_soft_breaks_become_spaces_one_for_one():
    text = ("# Title\nPara “one\ncontinues,” she said.  \nHard break.\n\n- item\n  wrapped\n"
            "- next\n```\ncode\nlines\n```\nSetext\n===\nafter\r\ncrlf\n")
    view = markdown_view(text)
    assert view.text == ("# Title\nPara “one continues,” she said.  \nHard break.\n\n"
                         "- item   wrapped\n- next\n   \n    \n     \n   \nSetext\n===\n"
                         "after  crlf\n")
    i = view.text.index("one continues")
    assert text[slice(*view.span(i, i + 13))] == "one\ncontinues"


def test_plain_view_is_identity_or_suffix():
    assert plain_view("abc").text == "abc"
    v = plain_view("xxabc", 2)
    assert v.text == "abc" and v.span(0, 3) == (2, 5)


_html_bits = st.sampled_from(["<p>", "</p>", "<br/>", "<script>", "</script>", "<!--", "-->",
                              "&amp;", "&ldquo;", "&#8220;", "&#x;", "&", "<", ">", "'", '"',
                              "<b class='a\">", "<pre>", "</pre>", "\n", "  ", "\t", "<title>",
                              "<meta content=x name=y>", "<!DOCTYPE", "<style>", "&nbsp;"])
_html_text = st.lists(st.one_of(_html_bits, st.text(max_size=8)), max_size=40).map("".join)


@given(_html_text)
def test_html_view_never_crashes_and_spans_stay_in_bounds(text):
    page = html_view(text)
    view = page.view
    n = len(view.text)
    for i in range(0, n + 1, max(1, n // 7)):
        for j in (i, min(n, i + 1), min(n, i + 5), n):
            s, e = view.span(i, j)
            assert 0 <= s <= e <= len(text)


@given(_html_text)
def test_html_view_exact_pieces_round_trip(text):
    view = html_view(text).view
    for d0, o0, o1, exact in view._pieces:
        if exact:
            derived = view.text[d0:d0 + (o1 - o0)]
            # same characters, except layout whitespace shown as one space
            assert all(a == b or (a == " " and b.isspace()) for a, b in zip(derived, text[o0:o1]))
            assert view.span(d0, d0 + (o1 - o0)) == (o0, o1)


_md_text = st.lists(st.one_of(st.sampled_from(["\n", "\r\n", "\n\n", "- ", "# ", "```", "  \n",
                                              "<!--", "-->", "[a](b)", "|", "===", "> "]),
                             st.text(max_size=6)), max_size=30).map("".join)


@given(_md_text)
def test_markdown_view_spans_stay_in_bounds_and_round_trip(text):
    view = markdown_view(text)
    for d0, o0, o1, exact in view._pieces:
        assert exact and 0 <= o0 < o1 <= len(text)
        derived = view.text[d0:d0 + (o1 - o0)]
        # same characters, except soft line breaks and code (not prose) shown as spaces
        assert all(a == b or a == " " for a, b in zip(derived, text[o0:o1]))
        assert view.span(d0, d0 + (o1 - o0)) == (o0, o1)
