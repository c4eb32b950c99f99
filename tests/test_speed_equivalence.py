"""The faster data structures give exactly what the simple versions gave.

Each speed change (issue 17's near-linear stages, issue 11's CPU per article) keeps the
simple code here as the reference and compares on hypothesis-generated inputs (derandomised
in CI): batch span mapping against one ``span`` per offset, run-wise folding against one
character at a time, the bounded abbreviation test, caption-text detection by sorted prefix
and kept-up-to-date neighbours, pull-line lookup by bisection and run-wise furniture blanking,
the matching view built run by run, rendering tokens made on first read, and the JSON report
written piece by piece.
"""
from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from quotecheck.load import captions, furniture
from quotecheck.quotes import extract, kinds
from quotecheck.text import sentences
from quotecheck.text.normalize import WORD_PATTERN, fold_char, fold_text, matching_view, tokenize
from quotecheck.text.textview import TextView, TextViewBuilder

# -- views and spans ----------------------------------------------------------------------
_ALPHABET = "ab .,\n\u00a0\u201c\u201d\u2019\u00e9\u00ad\u2026\tU.S"


@st.composite
def views(draw):
    """A chain of one to three views with exact, inexact and dropped pieces."""
    text = draw(st.text(alphabet=_ALPHABET, min_size=0, max_size=40))
    view = TextView.identity(text)
    for _ in range(draw(st.integers(0, 2))):
        b = TextViewBuilder(view.text, parent=view)
        i = 0
        while i < len(view.text):
            j = min(len(view.text), i + draw(st.integers(1, 4)))
            how = draw(st.sampled_from(["copy", "copy", "replace", "drop"]))
            if how == "copy":
                b.copy(i, j)
            elif how == "replace":
                b.replace(i, j, draw(st.text(alphabet="xy", min_size=1, max_size=3)))
            i = j
        view = b.build()
    return view


@given(views(), st.data())
def test_map_spans_is_span_of_each(view, data):
    n = len(view.text)
    pairs = data.draw(st.lists(st.tuples(st.integers(0, n + 2), st.integers(0, n + 2)),
                               max_size=12))
    if data.draw(st.booleans()):
        pairs.sort()
    assert view.spans(pairs) == [view.span(s, e) for s, e in pairs]
    starts, ends = view.map_spans([s for s, _ in pairs], [e for _, e in pairs])
    assert list(zip(starts, ends)) == [view.span(s, e) for s, e in pairs]


def _tokenize_one_by_one(view):
    out = []
    for m in WORD_PATTERN.finditer(view.text):
        word, (s, e) = m.group(), m.span()
        if word.endswith(".") and not (word.count(".") >= 2 and len(word) <= 6):
            word, e = word[:-1], e - 1
        if word:
            out.append((word,) + view.span(s, e) + (len(out),))
    return out


@given(st.text(alphabet=_ALPHABET + "Xz1", max_size=80))
def test_tokenize_maps_like_span_per_word(text):
    view = matching_view(text)
    got = [(t.text, t.start, t.end, t.index) for t in tokenize(view)]
    assert got == _tokenize_one_by_one(view)


@given(st.text(alphabet="aB`\t \u00e9\u00c9\u2019\u201c\ufb01\u00ad\u0130x", max_size=30),
       st.booleans())
def test_fold_text_is_fold_char_of_each_character(text, diacritics):
    expected = (text.lower().replace("`", "'") if text.isascii()
                else "".join(fold_char(c, diacritics) for c in text))
    assert fold_text(text, diacritics) == expected


# -- sentences ----------------------------------------------------------------------------
def _is_abbreviation_simple(text, dot, abbrev):
    start = max(text.rfind(" ", max(0, dot - 20), dot),
                text.rfind("\n", max(0, dot - 20), dot)) + 1
    word = text[start:dot].lstrip("(\"'\u201c\u2018")
    if not word:
        return False
    if len(word) == 1 and word.isupper():
        return True
    w = word.lower().rstrip(".")
    return w in abbrev or ("." in w and len(w) <= 5)


@given(st.text(alphabet="\"'(\u201cMrsUSJx. \n\u0130", max_size=60))
@example("x" * 30 + ". A")
@example("\u201c" * 25 + "Mr. A")
@example("\u201c" * 3 + "y" * 25 + "Dr. A")
@example("\u0130" * 4 + "Mr. A")
@example("(" * 21 + "J. A")
def test_abbreviation_test_reads_the_same_word(text):
    abbrev = sentences._abbreviations()
    lead = len(text) - len(text.lstrip(sentences._OPENERS))
    for dot in (i for i, c in enumerate(text) if c == "." and (i == 0 or text[i - 1] != ".")):
        assert (sentences._is_abbreviation(text, dot, abbrev, lead)
                == _is_abbreviation_simple(text, dot, abbrev))


def test_abbreviation_after_a_long_run_of_opening_marks_still_counts():
    text = "\u201c" * 30 + "Mr. Smith left. Then he came back."
    assert sentences.split_sentences(text) == [(0, 45), (46, len(text))]


# -- furniture ----------------------------------------------------------------------------
def _caption_texts_simple(text, lines, kinds_):
    captions = [text[s:e] for (s, e), k in zip(lines, kinds_) if k == "caption"]
    if not captions:
        return
    copies: dict = {}
    for i, (s, e) in enumerate(lines):
        copies.setdefault(text[s:e], []).append(i)
    for i, (s, e) in enumerate(lines):
        line = text[s:e]
        if kinds_[i] != "body" or len(line) < 20:
            continue
        if any(c.startswith(line) and c != line for c in captions):
            kinds_[i] = "caption"
        elif len(copies[line]) > 1 and any(
                kinds_[j + d] == "caption" for j in copies[line] for d in (-1, 1)
                if 0 <= j + d < len(lines)):
            for j in copies[line]:
                kinds_[j] = "caption"


_LINES = ["Photo: the harbour at dawn, by a reader", "Photo: the harbour at dawn",
          "Photo: the harbour at dawn, by a reader (hide caption)", "The council met on Monday.",
          "A short line", "The council met on Monday. It voted.", "Photo: the harbour at"]


@given(st.lists(st.tuples(st.sampled_from(_LINES), st.sampled_from(["body", "caption",
                                                                      "byline"])),
                max_size=14))
def test_caption_texts_as_the_simple_scan(rows):
    text = "\n".join(line for line, _ in rows)
    lines, pos = [], 0
    for line, _ in rows:
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    fast, slow = [k for _, k in rows], [k for _, k in rows]
    captions.caption_texts(text, lines, fast)
    _caption_texts_simple(text, lines, slow)
    assert fast == slow


# -- quotes -------------------------------------------------------------------------------
@given(st.text(alphabet="ab \n:RrelatdREADmo", max_size=60), st.integers(0, 60))
def test_pull_line_lookup_by_bisection(text, at):
    pulls = [m.span() for m in kinds._PULL_LINE.finditer(text)]
    starts = [a for a, _ in pulls]
    assert kinds._in_pull(at, pulls, starts) == any(a <= at < b for a, b in pulls)


@given(st.text(alphabet="ab \n.", max_size=40), st.data())
def test_blank_furniture_run_by_run(masked, data):
    size = data.draw(st.sampled_from([len(masked), max(0, len(masked) - 3), len(masked) + 2]))
    mask = bytearray(data.draw(st.lists(st.sampled_from([0, 1, 2]), min_size=size,
                                        max_size=size)))
    expected = "".join(" " if f and ch != "\n" else ch for ch, f in zip(masked, mask))
    assert extract._blank_furniture(masked, mask) == expected


def test_blank_furniture_keeps_line_breaks():
    assert extract._blank_furniture("By Ann\nSaid", bytearray(b"\x01" * 7 + b"\x00" * 4)) \
        == "      \nSaid"
    assert re.fullmatch(r"[ \n]*", extract._blank_furniture("x\ny", bytearray(b"\x01\x01\x01")))


# -- provenance ---------------------------------------------------------------------------
_SENTENCES = ["The minister said the plan would cut 2,000 jobs in Leeds.",
              "Unions called the cuts a betrayal of workers.",
              "The plan, announced on Tuesday, would cut 2,000 jobs in Leeds.",
              "Critics said the minister had misled parliament about the jobs.",
              "The the plan plan was was announced announced.",
              "Officials in Leeds declined to comment on the plan."]


def _doc_text(sentences_: list, doc_id: str):
    from quotecheck.load.loader import load_text
    from quotecheck.provenance import derivation

    return derivation.prepare(load_text(" ".join(sentences_) + "\n", doc_id))


def _align_simple(a, b, weight):
    """align_sentences as it was: a dict of overlaps per sentence of ``b``."""
    from collections import defaultdict

    from quotecheck.provenance import derivation
    from quotecheck.provenance.chain import heaviest_chain

    cfg = derivation.settings()["align"]
    sa, sb = a.narration, b.narration
    index: dict = defaultdict(list)
    mass_a = []
    for x, s in enumerate(sa):
        mass_a.append(sum(weight(k) for k in s.narration))
        for k in s.narration:
            index[k].append(x)
    matches = []
    ratio = len(sa) / max(1, len(sb))
    for y, s in enumerate(sb):
        mass_b = sum(weight(k) for k in s.narration)
        overlap: dict = defaultdict(float)
        for k in s.narration:
            for x in index.get(k, ()):
                overlap[x] += weight(k)
        scored = [(sim, x) for x, v in overlap.items()
                  if (sim := 2 * v / (mass_a[x] + mass_b)) >= cfg["candidate"]]
        if len(scored) > 1:
            scored.sort(key=lambda p: (-round(p[0], 9), abs(p[1] - y * ratio)))
        matches.extend((x, y, sim) for sim, x in scored[:3])
    return [(sa[x].index, sb[y].index, sim) for x, y, sim in heaviest_chain(matches)
            if sim >= cfg["aligned"]]


@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=6),
       st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=6))
def test_sentence_alignment_and_word_similarity_as_the_simple_versions(xs, ys):
    from collections import Counter

    from quotecheck.provenance import derivation, sentalign

    a, b = _doc_text(xs, "a"), _doc_text(ys, "b")
    weight = derivation.key_weights(derivation.document_frequency([a, b]), 2)
    for _ in range(2):      # the second time from the sentences' kept keys and weights
        assert sentalign.align_sentences(a, b, weight).pairs == _align_simple(a, b, weight)
    for i, sa in enumerate(a.sentences):
        for j, sb in enumerate(b.sentences):
            wa, wb = Counter(sa.folded_words()), Counter(sb.folded_words())
            total = sum(wa.values()) + sum(wb.values())
            expected = 2 * sum((wa & wb).values()) / total if total else 0.0
            assert sentalign.word_similarity(a, i, b, j) == expected


def test_parent_lookup_follows_a_changed_edge_list():
    from quotecheck.model import ProvenanceEdge
    from quotecheck.provenance.infer import ProvenanceResult

    result = ProvenanceResult([ProvenanceEdge("a", "b", "verbatim", 0.5)], [])
    assert result.parent_of("b") == "a" and result.root_of("c") == "c"
    result.edges.append(ProvenanceEdge("c", "b", "rewrite", 0.9))
    assert result.parent_of("b") == "c"
    result.edges[:] = [ProvenanceEdge("b", "c", "partial", 0.4)]
    assert result.parent_of("b") is None and result.root_of("c") == "b"


# -- baseline fingerprints ------------------------------------------------------------------
@given(st.text(alphabet="ab. !\n\"\u201d)\u2026\u2009", max_size=300), st.data())
@example("x." + " " * 100 + "\n\n" + "a. " * 60, None)
def test_last_sentence_end_as_the_whole_scan(text, data):
    from quotecheck.lint import baseline

    start = data.draw(st.integers(0, len(text))) if data is not None else len(text)
    for reach in (0, 5, 70, 2000):
        low = max(0, start - reach)
        expected = low
        for m in baseline._SENTENCE_END.finditer(text, low, start):
            expected = m.end()
        assert baseline._last_sentence_end(text, low, start) == expected


def _matching_view_one_by_one(text: str, diacritics: bool = True) -> TextView:
    """The original matching view: a walk over every character, ASCII runs lowercased."""
    source = TextView.identity(text)
    builder = TextViewBuilder(text, parent=source)
    run_start = i = 0
    while i < len(text):
        ch = text[i]
        if ch < "\x80" and ch != "`" and ch != "\t":
            i += 1
            continue
        if i > run_start:
            builder.replace(run_start, i, text[run_start:i].lower())
        builder.replace(i, i + 1, fold_char(ch, diacritics))
        i += 1
        run_start = i
    if len(text) > run_start:
        builder.replace(run_start, len(text), text[run_start:].lower())
    return builder.build()


@given(st.text(alphabet=_ALPHABET + "`\t\U0001f600\udcff\u212aAZ\u00df\ufb01", max_size=60),
       st.booleans())
@example("Caf\u00e9 \u201cU.S.\u201d\t`x`\u00ad\u2026 \ufb01ne \U0001f600", True)
def test_matching_view_run_by_run_as_one_character_at_a_time(text, diacritics):
    fast, slow = matching_view(text, diacritics), _matching_view_one_by_one(text, diacritics)
    assert fast.text == slow.text
    assert fast._pieces == slow._pieces


@given(st.text(alphabet="ab 1.,-'%\nUSAI\u00e9\u00df\u2026\ufb01\u00bd\u00ad\u201c", max_size=60),
       st.data())
@example("The U.S. said 2,030.5 were 12% up. Mr. A-b's e.g. x.", None)
@example("Said\u2026 then \u00bd mile, \ufb01ne\u00ad. U.S.\u2026", None)
def test_lazy_rendering_tokens_as_tokenize(text, data):
    # a rendering makes Tokens only where it reads; each equals tokenize's, index included,
    # whether every view is one exact copy (one offset) or not (ß, …, ½, soft hyphen)
    from quotecheck.align.renderings import _tokens, doc_tokens
    from quotecheck.load.loader import load_text

    doc = load_text(text, "t.txt")
    toks, starts = doc_tokens(doc)
    full = tokenize(matching_view(doc.view))
    assert starts == [t.start for t in full] and len(toks) == len(full)
    assert [toks.parts(k) for k in range(len(full))] == [(t.text, t.start, t.end) for t in full]
    if data is not None and full:
        k = data.draw(st.integers(0, len(full) - 1))
        j = data.draw(st.integers(k, len(full)))
        assert toks[k] == full[k] and toks[k:j] == full[k:j] and toks[-1] == full[-1]
    for lo in range(len(full) + 1):      # the words of a quote: as a scan from lo finds them
        for end in {t.end for t in full[lo:lo + 3]} | {t.end - 1 for t in full[lo:lo + 2]}:
            hi = lo
            while hi < len(full) and full[hi].end <= end:
                hi += 1
            assert toks.stop(lo, end) == hi
    assert list(toks) == full == list(_tokens(doc))


def test_json_report_written_piece_by_piece_is_json_dumps():
    # the reporter streams the indenting encoder's pieces (memory); the text must stay
    # exactly what json.dumps(indent=2, ensure_ascii=False) gave
    import json

    from quotecheck.commands.compare import build_report
    from quotecheck.load.loader import load_text
    from quotecheck.report.contract import report_to_dict
    from quotecheck.story import Story
    from quotecheck_plugins.report_json import JsonReporter

    a = load_text("Ms. Ruiz said: \u201cWe will count every resident \u2014 all of them.\u201d\n",
                  "a.txt")
    b = load_text("Ruiz said \u201cwe will count every resident.\u201d Caf\u00e9 \U0001f600\n",
                  "b.txt")
    report = build_report(Story([a, b]), [])
    text = JsonReporter().render(report, None)
    assert text == json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"
    assert any(ord(c) > 127 for c in text) and json.loads(text)["documents"]


# -- issue 11, the rest of compare --------------------------------------------------------
@given(st.lists(st.sampled_from(_LINES + [
    "By Jane Doe and John Roe", "WASHINGTON (AP) \u2014", "var x = window.foo || [];",
    '{"id": "widget-1", "type": "embed"}', "Read more:", "Sign up for our newsletter",
    "\u2014 Ana Ruiz (@anaruiz) March 3, 2020", "1 of 12", "x" * 900]), max_size=12))
def test_line_shape_kept_per_text_as_computed_afresh(lines):
    # a line's kind depends on its text alone: the kept kind is the one computed anew,
    # asked once or again, in any order
    r = furniture.rules()
    for line in lines + lines[::-1]:
        assert furniture.shape_kind(line) == furniture._shape(line, r)
        assert furniture.shape_kind(line, r) == furniture._shape(line, r)


def test_lazy_extras_read_as_the_stored_values():
    import json

    from quotecheck.model import LazyExtras

    made = []

    def make(value):
        return lambda: made.append(value) or value

    plain = {"a": 1, "g": "G", "b": [2], "p": "P"}
    lazy = LazyExtras({"a": 1, "g": None, "b": [2]}, lazy={"g": make("G"), "p": make("P")})
    assert made == [] and "g" in lazy and "p" in lazy and len(lazy) == 4
    assert lazy.get("a") == 1 and lazy["b"] == [2] and made == []     # others not made
    assert lazy.get("g") == "G" and lazy["g"] == "G" and made == ["G"]  # made once
    assert dict(lazy) == plain and {**lazy} == plain and lazy == plain
    assert list(lazy) == list(plain) and list(lazy.items()) == list(plain.items())
    assert json.dumps(lazy, indent=2) == json.dumps(plain, indent=2) and made == ["G", "P"]
    later = LazyExtras({}, lazy={"x": make("never")})
    later["x"] = 5
    later.update(y=6)
    assert later == {"x": 5, "y": 6} and "never" not in made
    assert LazyExtras({}, lazy={"z": make("Z")}).pop("z") == "Z"


def test_compare_report_text_views_made_on_first_read_as_before():
    # the text reporter's views of groups and lineage are the renderings of the story,
    # made only when read (a JSON report never reads them)
    from quotecheck.commands.compare import build_report
    from quotecheck.load.loader import load_text
    from quotecheck.report.groups_text import render_groups, render_provenance
    from quotecheck.story import Story

    a = load_text("Ms. Ruiz said: \u201cWe will count every resident \u2014 all of them.\u201d\n",
                  "a.txt")
    b = load_text("Ruiz said \u201cwe will count every resident.\u201d The count starts today.\n",
                  "b.txt")
    story = Story([a, b])
    report = build_report(story, [])
    assert report.extras._lazy.keys() == {"groups_text", "provenance_text"}
    assert report.extras["groups_text"] == render_groups(story.alignment, story.documents)
    assert report.extras["provenance_text"] == render_provenance(story.provenance,
                                                                 story.documents)
    assert list(report.extras) == ["alignments", "groups_text", "provenance_text", "figures",
                                   "roots", "families"]


class _Voice:
    """A narration as personal_voice reads it: text, the mask, scope and headline tests."""

    MASK = "\x00"

    def __init__(self, text: str, out_of_scope: int):
        self.text = text
        self.cut = out_of_scope
        self.doc = self     # the voice tests read the original text for "US" (genre20)

    def original(self, start: int, end: int) -> tuple:
        return start, end

    def in_scope(self, scope: str, pos: int) -> bool:
        return pos % 7 != self.cut

    def in_headline(self, pos: int) -> bool:
        return pos < 3


def _personal_voice_simple(narration) -> bool:
    from quotecheck.framing import genre

    if len(genre._WORDS.findall(narration.text)) < genre.MIN_WORDS:
        return False
    marks, total = {"i": 0}, 0
    for m in genre._SENTENCE.finditer(narration.text):
        sentence = m.group()
        if narration.MASK in sentence or genre._QUOTE_MARK.search(sentence):
            continue
        if not narration.in_scope("narration", m.start()) or narration.in_headline(m.start()):
            continue
        hit = [name for name, pattern in genre._MARKS if pattern.search(sentence)]
        if hit:
            total += 1
            marks["i"] += "i" in hit
    return marks["i"] >= 1 and total >= genre.MIN_MARKS


_VOICE_SENTENCES = ["i think we lost. ", "you know it. ", "frankly, no. ", "why? ",
                    "the council met. ", "my view is \"plain\". ", "it rained\x00 again. ",
                    "our town voted.\n", "word " * 40 + ". "]


@given(st.lists(st.sampled_from(_VOICE_SENTENCES), max_size=30), st.integers(0, 7))
def test_personal_voice_stops_when_decided_as_the_whole_count(sentences, cut):
    from quotecheck.framing.genre import personal_voice

    voice = _Voice("".join(sentences), cut)
    assert personal_voice(voice) == _personal_voice_simple(voice)


@given(st.text(alphabet="ab A.:\u201d-1)*\u2022 ", max_size=90))
@example("- a list item")
@example("a " * 20)
def test_unpunctuated_cheap_tests_first_as_before(line):
    r = furniture.rules()
    before = (len(furniture._WORD.findall(line)) <= r.max_words
              and line[-1:] not in r.sentence_end and not line[:1].islower()
              and not furniture._BULLET.match(line))
    assert furniture.unpunctuated(line, r) == bool(before)
