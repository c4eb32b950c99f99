"""Speed steps of the seventeenth session give the same results as before.

- ``provenance.derivation.prepare``: a sentence without quoted words keeps the key sets the
  flagged path built (same members, same order), and a contact pattern tested once per text
  drops the sentences the per-sentence search dropped.
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.model import Document, Metadata
from quotecheck.provenance import derivation
from quotecheck.text.textview import TextView
from quotecheck.resources.warmtables import Kept

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


def test_kept_results_are_strings_and_bounded():
    """The kept stems/folds hold only the function's string results, and never more than
    their bound: past it they start afresh."""
    kept = Kept(str.upper, bound=3)
    assert [kept[w] for w in ("a", "b", "c", "a", "d", "e")] == ["A", "B", "C", "A", "D", "E"]
    assert len(kept) <= 3 and all(type(v) is str for v in kept.values())
    assert derivation.stem("troops") == derivation.stem("troop")
    assert derivation.fold_word("Caf\u00e9") == derivation.fold_text("Caf\u00e9")
