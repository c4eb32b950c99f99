"""Speed steps of the seventeenth session give the same results as before.

- ``report.jsontext.dumps_indented``: the text ``json.dumps(ensure_ascii=False, indent=2)``
  gives (the ``json`` reporter's), for any nesting of JSON values, non-string keys, floats
  that JSON has no literal for, tuples and non-ASCII or lone-surrogate strings; None for a
  value only ``default`` could encode.
- ``provenance.derivation.prepare``: a sentence without quoted words keeps the key sets the
  flagged path built (same members, same order), and a contact pattern tested once per text
  drops the sentences the per-sentence search dropped.
"""
from __future__ import annotations

import json
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.model import Document, Metadata
from quotecheck.provenance import derivation
from quotecheck.report.jsontext import dumps_indented
from quotecheck.text.textview import TextView

scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                    st.text(max_size=8), st.sampled_from(["\u00e9", "\u2028", "\ud800", '"\\']))
keys = st.one_of(st.text(max_size=6), st.integers(), st.floats(), st.booleans(), st.none())
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.lists(inner, max_size=3).map(tuple),
    st.dictionaries(keys, inner, max_size=4)), max_leaves=25)


@settings(max_examples=300, deadline=None)
@given(values)
def test_dumps_indented_is_the_standard_text(value):
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_dumps_indented_leaves_unknown_values_to_the_standard_encoder():
    assert dumps_indented({"a": [1, object()]}) is None
    assert dumps_indented({(1, 2): 3}) is None     # a key JSON has no form for
    assert dumps_indented([math.inf, -math.inf]) == "[\n  Infinity,\n  -Infinity\n]"


PIECES = ["The", "mayor", "Ann", "Lee", "said", "council", "voted", "2,000", "3.5", "U.S.",
          " ", " ", ". ", ".\n", "\n\n", '"', "\u201c", "\u201d", ", ", "call", "415-555-0100",
          "(415) 555-0100", "Phone:", "ann@example.org", "ann(at)example", "Fax :", "Tel"]

texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


def _doc(text):
    return Document("d", "d", text, TextView.identity(text), Metadata())


@settings(max_examples=200, deadline=None)
@given(texts)
def test_prepare_keys_and_contact_lines_as_per_sentence(text):
    dt = derivation.prepare(_doc(text))
    stop = derivation.settings()["stopwords"]
    for s in dt.sentences:
        flagged = [(derivation.stem(w), q) for w, _, _, q in s.words
                   if derivation.fold_text(w) not in stop]
        assert list(s.narration) == list(frozenset([k for k, q in flagged if not q]))
        every = frozenset([k for k, _ in flagged])
        assert list(s.keys) == list(every)
        assert (s.keys is s.narration) == (not any(s.words.quoted_flags()))
    contact = derivation._contact_patterns()
    want = [x.index for x in dt.sentences
            if len(x.narration) >= derivation.settings()["align"]["min_words"]
            and not any(getattr(p, "regex", p).search(text, x.start, x.end) for p in contact)]
    assert [x.index for x in dt.narration] == want


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.text(alphabet="ab \u00e9\n", min_size=1, max_size=4),
                          st.booleans()), max_size=12))
def test_words_iterate_as_indexed(parts):
    from array import array

    from quotecheck.provenance.sentence import Words

    text, spans, quoted = "", [], []
    for word, q in parts:
        spans += [len(text), len(text) + len(word)]
        text += word + " "
        quoted.append(int(q))
    words = Words(text, array("I", spans), bytes(quoted))
    assert list(words) == [words[k] for k in range(len(words))]
    assert list(words) == [(text[s:e], s, e, bool(q)) for (s, e), q in
                           zip(zip(spans[::2], spans[1::2]), quoted)]
