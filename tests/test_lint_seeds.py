"""False-positive and detection net on the seeds: every quotation of every seed, quoted by a
draft faithfully, in fragments or in another house style, stays silent; the same quotations
with a dropped "not" or a swapped word are reported."""
import random
from pathlib import Path

import pytest

from quotecheck.lint.drafts import check_documents
from quotecheck.lint.wordkeys import _spelling
from quotecheck.load.loader import load_paths, load_text
from quotecheck.quotes.extract import extract_quotes

ROOT = Path(__file__).resolve().parent.parent
QUOTE_CODES = ("wording", "meaning", "truncation", "unsourced", "misattribution")


@pytest.fixture(scope="module")
def seeds():
    return load_paths([ROOT / "seeds"], role="source").documents


SCRAPER = "001_"   # seeds/README.md: the FT article machine-rewritten


def _speech(seeds):
    return [q for d in seeds for q in extract_quotes(d)
            if len(q.text.split()) >= 4 and q.speaker]


@pytest.fixture(scope="module")
def quotes(seeds):
    """Quotations of the independent seeds and VOA (the scraper's copy is checked apart)."""
    return [q for q in _speech(seeds) if not q.document.startswith(SCRAPER)]


def run(seeds, paragraphs):
    text = "# Draft\n\n" + "\n\n".join(paragraphs) + "\n"
    draft = load_text(text, "draft.md", fmt="markdown", role="checked")
    report = check_documents([draft], seeds)
    return [(f.category, text[f.start:f.end]) for f in report.findings
            if f.category in QUOTE_CODES]


def test_faithful_quotes_of_every_source_are_silent(seeds, quotes):
    assert len(quotes) >= 20
    assert run(seeds, [f"“{q.text.strip()},” {q.speaker} said." for q in quotes]) == []


def test_quoting_the_scrapers_changed_copy_names_the_parents_words(seeds):
    # the scraper's quotations that differ from the FT's: quoted word for word from the copy,
    # each is reported against the FT (its parent), never passed as faithful
    copied = [q for q in _speech(seeds) if q.document.startswith(SCRAPER)]
    text = "# Draft\n\n" + "\n\n".join(f"“{q.text.strip()},” {q.speaker} said."
                                        for q in copied) + "\n"
    draft = load_text(text, "draft.md", fmt="markdown", role="checked")
    found = [f for f in check_documents([draft], seeds).findings
             if f.category in QUOTE_CODES]
    assert len(found) == 5
    assert all(f.related[0].document.startswith("000_") for f in found)
    assert any(f.category == "meaning" and "we understand that" in f.message for f in found)


def test_fragments_are_silent(seeds, quotes):
    rng = random.Random(7)
    paras = []
    for q in quotes:
        words = q.text.split()
        i = rng.randrange(max(1, len(words) - 4))
        paras.append(f"{q.speaker} spoke of “{' '.join(words[i:i + 4]).strip(',.')}”.")
    assert run(seeds, paras) == []


def test_other_house_style_is_silent(seeds, quotes):
    spelling = _spelling()
    paras = []
    for q in quotes:
        t = " ".join(spelling.get(w, w) for w in q.text.split())
        t = t.replace("won’t", "will not").replace("aren’t", "are not").replace("’", "'")
        paras.append(f'"{t.strip()}," {q.speaker} said.')
    assert run(seeds, paras) == []


def test_dropped_negations_are_meaning(seeds, quotes):
    paras = [f"“{q.text.replace(' not ', ' ', 1).strip()},” {q.speaker} said."
             for q in quotes if " not " in q.text]
    found = run(seeds, paras)
    assert len(paras) >= 3 and len(found) == len(paras)
    assert {c for c, _ in found} == {"meaning"}


def test_swapped_words_are_reported(seeds, quotes):
    rng = random.Random(3)
    paras = []
    for q in quotes:
        words = q.text.split()
        words[rng.randrange(len(words))] = rng.choice(["bananas", "purple", "committee"])
        paras.append(f"“{' '.join(words).strip()},” {q.speaker} said.")
    found = run(seeds, paras)
    assert len(found) >= len(paras) - 1
    assert all(c in ("wording", "meaning", "unsourced") for c, _ in found)
