"""The draft check's matching core: canonical keys, pieces at elisions, locating quoted
words in sources, typing differences, and the library entry point on the seeds."""
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quotecheck.lint.drafts import check_documents
from quotecheck.lint.matching import SourceIndex, classify
from quotecheck.lint.matching import dropped_operators as _dropped_operators
from quotecheck.lint.wordkeys import canonical, keys_of, pieces, word_sets
from quotecheck.load.loader import load_paths, load_text

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def seeds():
    return load_paths([ROOT / "seeds"], role="source").documents


def doc(text, name="d.md", role="checked"):
    return load_text(text, name, fmt="markdown", role=role)


@pytest.mark.parametrize("word,keys", [
    ("won't", ("will", "not")), ("aren't", ("are", "not")), ("cannot", ("can", "not")),
    ("colour", ("color",)), ("destabilise", ("destabilize",)), ("2,030", ("2030",)),
    ("three", ("3",)), ("eighty", ("80",)), ("eighty-five", ("85",)),
    ("80%", ("80", "percent")), ("u.s.", ("us",)), ("it's", ("it", "'s")), ("we'd", ("we", "'d")), ("well-organised", ("wellorganized",)), ("co-ordinated", ("coordinated",)),
])
def test_house_style_folds_to_one_key(word, keys):
    assert canonical(word) == keys


def test_pieces_cut_at_elisions_and_brackets():
    text = "“We will […] allow the [Kazakh] situation... to settle,” he said."
    d = doc(text)
    keys = keys_of(d)
    start, end = text.index("We"), text.index(",”")
    got = [[k.key for k in p] for p in pieces(d.text, start, end, keys)]
    assert got == [["we", "will"], ["allow", "the"], ["situation"], ["to", "settle"]]


@pytest.mark.parametrize("draft,source,category,kind", [
    (["will", "allow"], ["will", "not", "allow"], "meaning", "negation"),
    (["8000"], ["5800"], "meaning", "number"),
    (["not", "the", "last"], ["far", "from", "the", "last"], "meaning", "negation"),
    (["courage"], ["bravery"], "wording", "substitution"),
    (["technology"], ["technologies"], "meaning", "number"),
    (["well", "organized"], ["wellorganized"], "orthographic", "spacing"),
    (["will"], ["might"], "meaning", "modality"),
    (["was"], ["is"], "meaning", "tense"),
    (["'s"], ["has"], "orthographic", "contraction"),
    (["'d"], ["would"], "orthographic", "contraction"),
    (["percent"], ["per", "cent"], "orthographic", "spacing"),
    ([], ["are", "not", "the", "first", "and"], "truncation", "dropped"),
    ([], ["not"], "meaning", "negation"),
    ([], ["far", "from"], "meaning", "scalar"),
    (["never"], [], "meaning", "negation"),
    (["really"], [], "wording", "insertion"),
])
def test_classify(draft, source, category, kind):
    assert classify(draft, source) == (category, kind)


def test_dropped_operator_must_bear_on_the_kept_words():
    sets = word_sets()
    assert _dropped_operators(["not"], sets) == ["not"]
    assert _dropped_operators(["far", "from"], sets) == ["far"]
    assert _dropped_operators(["are", "not", "the", "first", "and"], sets) == []


def test_exact_and_orthographic_renderings_are_found_exactly(seeds):
    index = SourceIndex({d.id: keys_of(d) for d in seeds})
    d = doc("We will not let anyone destabilize the situation in our home.")
    matches = index.locate(keys_of(d))
    assert matches and matches[0].exact and matches[0].document.startswith("000")


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_any_stretch_of_a_source_is_found_exactly(seeds, data):
    index = SourceIndex({d.id: keys_of(d) for d in seeds})
    src = data.draw(st.sampled_from(seeds))
    keys = keys_of(src)
    i = data.draw(st.integers(0, len(keys) - 3))
    n = data.draw(st.integers(1, min(12, len(keys) - i)))
    best = index.locate(keys[i:i + n])[0]
    assert best.exact and best.score == 1.0


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200), st.text(max_size=200))
@example("", "+++")
def test_arbitrary_text_never_crashes_and_spans_stay_inside(draft_text, source_text):
    draft = doc("“" + draft_text + "” she said.")
    # A leading word keeps the loader from reading the text as front matter ('+++' or '---'
    # opening a block that never closes is a load error, tested in the loader's own tests).
    source = doc("x " + source_text, "s.md", role="source")
    index = SourceIndex({"s.md": keys_of(source)})
    keys = keys_of(draft)
    for piece in pieces(draft.text, 1, len(draft.text), keys):
        for m in index.locate(piece)[:3]:
            assert 0 <= m.start <= m.end <= len(source.text)
            for _, _, dkeys, skeys, _ in m.changes:
                assert all(0 <= k.start <= k.end <= len(draft.text) for k in dkeys)
                assert all(0 <= k.start <= k.end <= len(source.text) for k in skeys)


def test_library_check_on_the_seeds(seeds):
    text = ("“Of course, we know that the events in Kazakhstan are not the first and will not "
            "be the last attempt to interfere in the internal affairs of our country,” "
            "Putin said.\n\nPutin praised Tokayev for his “courage”.\n")
    report = check_documents([doc(text)], seeds)
    cats = sorted(f.category for f in report.findings)
    # 001 (the rewritten copy) has these very words, but it is a changed copy of 000 (the FT):
    # the finding names the parent's words, not the copy's.
    assert cats == ["meaning", "wording"]
    assert all(f.related[0].document.startswith("000") for f in report.findings)
    report = check_documents([doc(text.replace("our country", "our nation"))], seeds)
    found = [(f.category, report.documents[0].text[f.start:f.end]) for f in report.findings]
    assert found == [("wording", "nation"), ("wording", "courage")]
    assert report.findings[0].related[0].document.startswith("001")
    assert all(f.fingerprint for f in report.findings)


def test_quote_joined_across_the_sources_own_interruption_is_faithful(seeds):
    # VOA: “Well-organized ... were used,” Putin said at the CSTO meeting. “(They]) had ...”
    text = ("“Well-organized and well-controlled groups of militants were used. (They]) had "
            "obviously received training in terrorist camps abroad,” Putin said.\n")
    assert check_documents([doc(text)], seeds).findings == []


def test_titles_and_short_unattributed_quotes_are_left_to_the_framing_rules(seeds):
    text = ("He told ABC's “This Week” that the “thugs” had “no chance of success at all”.\n")
    report = check_documents([doc(text)], seeds)
    quoted = [(f.category, text[f.start:f.end]) for f in report.findings
              if f.category == "unsourced"]
    assert quoted == [("unsourced", "no chance of success at all")]


def test_a_name_swapped_inside_a_quote_is_meaning(seeds):
    text = ("“Of course, we understand that the events in Belarus are not the first and far "
            "from the last attempt to interfere in the internal affairs of our states from "
            "outside,” Putin said.\n")
    report = check_documents([doc(text)], seeds)
    assert [(f.category, text[f.start:f.end]) for f in report.findings] == [
        ("meaning", "Belarus")]


def test_a_weakened_scalar_is_one_meaning_finding(seeds):
    text = ("“Of course, we understand that the events in Kazakhstan aren’t the first and will "
            "not be the last attempt to interfere in the internal affairs of our states,” "
            "Putin said.\n")
    report = check_documents([doc(text)], seeds)
    found = [(f.category, text[f.start:f.end]) for f in report.findings]
    assert len(found) == 1 and found[0][0] == "meaning" and "not" in found[0][1]
    rel = report.findings[0].related[0]
    source = next(d for d in seeds if d.id == rel.document)
    assert "far from" in source.text[rel.start:rel.end]


_QUOTEY = st.lists(st.sampled_from(
    list("abc XYZ.,;'\"\u201c\u201d\u2018\u2019\u2026[]()\n-0123456789%")
    + ["not ", "Putin ", " said", "colour ", "will ", "2,030 ", "troops ", "we understand "]),
    max_size=60).map("".join)


@settings(max_examples=30, deadline=None)
@given(_QUOTEY)
def test_check_never_crashes_and_spans_stay_in_the_draft(seeds, text):
    draft = doc(text or "x")
    report = check_documents([draft], seeds)
    for f in report.findings:
        target = draft if f.document == draft.id else None
        assert target is not None and 0 <= f.start <= f.end <= len(draft.text)
        for r in f.related:
            src = next(d for d in seeds if d.id == r.document)
            assert 0 <= r.start <= r.end <= len(src.text)


def test_a_paraphrase_is_one_wording_finding(seeds):
    text = ("“We will not let anyone shake up the situation in our country and will not permit "
            "the so-called colour revolutions to happen,” Putin said.\n")
    report = check_documents([doc(text)], seeds)
    assert [f.category for f in report.findings] == ["wording"]
    f = report.findings[0]
    assert text[f.start:f.end].startswith("shake up") and text[f.start:f.end].endswith("happen")
