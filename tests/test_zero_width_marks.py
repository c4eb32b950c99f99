"""Zero-width and other invisible format characters beside a quote mark do not decide its
role (issue 11): a scrape that leaves "\u200b\u201d\u200bThe ..." opens a quotation just as
"\u201dThe ..." after a line break does, and its words are the speaker's, not the narrator's.
Offsets stay those of the original text. Our own snippets, shaped like tabloid web copy."""
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.text.markroles import role
from quotecheck.text.quotemarks import find_quote_spans

ZW = "\u200b"


def _quoted(text):
    return [text[q.start:q.end].replace(ZW, "") for q in find_quote_spans(text)]


def test_closing_style_mark_between_zero_width_spaces_opens_a_quotation():
    text = (f"The nominee compared the attacks to earlier fights.\n\n{ZW}\u201d{ZW}They went "
            f"after me in a very nasty way for weeks{ZW},\u201d the nominee said.")
    assert _quoted(text) == ["They went after me in a very nasty way for weeks,"]


def test_paragraph_reopened_after_a_zero_width_space_continues_the_quotation():
    text = (f"\u201cI regret some of it,\u201d he said. \u201cIt does not reflect my views.\n\n"
            f"{ZW}\u201dSo I apologise to people who were offended{ZW},\u201d he continued.")
    spans = find_quote_spans(text)
    assert spans[-1].continued and spans[-1].group == spans[-2].group


def test_offsets_stay_in_the_original_text():
    text = f"He said:\n\n{ZW}\u201d{ZW}We will win this{ZW}.{ZW}\u201d\n\nThen he left."
    (q,) = find_quote_spans(text)
    assert text[q.open_start] == "\u201d" and text[q.close_end - 1] == "\u201d"
    assert "We will win this" in text[q.start:q.end]


@given(st.text(alphabet="ab .,\n\u201c\u201d\"'", max_size=30), st.integers(0, 30),
       st.sampled_from(["\u200b", "\u2060", "\ufeff", "\u200e"]))
def test_a_format_character_beside_a_mark_changes_no_role(text, at, fmt):
    """Inserting an invisible format character anywhere leaves every mark's role as it was
    (the role reads the visible characters either side)."""
    at = min(at, len(text))
    spliced = text[:at] + fmt + text[at:]
    for i, c in enumerate(text):
        if c in "\u201c\u201d\"":
            j = i if i < at else i + 1
            assert role(text, i, c, len(text)) == role(spliced, j, c, len(spliced))
