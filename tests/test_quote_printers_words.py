"""``QuotePrinters`` rules a text out by its words before searching it (issue 11, speed): the
answers must be those of the plain search of every 3-gram in every text's joined words,
including texts and quotations whose folded words hold a space (U+037A folds to " ι"), where
the word test cannot be used."""
import random

from provenance_synth import make_doc

from quotecheck.provenance.derivation import fold_word, prepare, settings
from quotecheck.provenance.quoteprinters import _RUN, QuotePrinters

WORDS = ["the", "minister", "said", "plan", "would", "cut", "costs", "by", "half", "next",
         "year", "and", "Ola", "Brandt", "of", "Norland", "summit"]
SPACED = ["\u037a", "x\u037ay"]   # a word whose folded form holds a space


def _plain(texts, sh):
    """Every 3-gram searched in every text (the rule the word test must not change)."""
    grams = [" " + " ".join(g) + " " for g in sh]
    allowed = len(grams) - settings()["relation"]["shared_quote_sim"] * len(grams)
    out = set()
    for k, t in enumerate(texts):
        words = " " + " ".join(map(fold_word, _RUN.findall(t.text))) + " "
        if sum(g not in words for g in grams) <= allowed:
            out.add(k)
    return frozenset(out)


def _shingles(words):
    folded = [fold_word(w) for w in _RUN.findall(" ".join(words))]
    return frozenset(tuple(folded[k:k + 3]) for k in range(len(folded) - 2))


def test_the_word_test_gives_the_plain_search_s_answers():
    rng = random.Random(11)
    for _ in range(40):
        docs = []
        for n in range(6):
            words = [rng.choice(WORDS) for _ in range(rng.randint(5, 60))]
            if rng.random() < 0.3:
                words[rng.randrange(len(words))] = rng.choice(SPACED)
            docs.append(make_doc(f"d{n}.txt", " ".join(words) + ".", f"Outlet {n}"))
        texts = [prepare(d) for d in docs]
        printers = QuotePrinters(texts)
        for _ in range(5):
            t = rng.choice(texts)
            words = _RUN.findall(t.text)
            if len(words) < 4:
                continue
            s = rng.randrange(len(words) - 3)
            quote = words[s:s + rng.randint(4, 20)]
            if rng.random() < 0.5:   # a changed word: some 3-grams missing
                quote[rng.randrange(len(quote))] = rng.choice(WORDS + SPACED + ["budget"])
            if rng.random() < 0.5:   # the folded form typed as two words: the same 3-grams
                quote = [w.replace("x\u037ay", "x \u03b9y") for w in quote]
            sh = _shingles(quote)
            if sh:
                assert printers(sh) == _plain(texts, sh)


def test_a_text_missing_too_many_words_is_ruled_out_and_a_full_rendering_is_found():
    body = "the minister said the plan would cut costs by half next year"
    docs = [make_doc("a.txt", body + ".", "A"), make_doc("b.txt", "Rain fell all day.", "B"),
            make_doc("c.txt", "Before that, " + body + ", officials added.", "C")]
    texts = [prepare(d) for d in docs]
    sh = _shingles(body.split())
    assert QuotePrinters(texts)(sh) == frozenset({0, 2}) == _plain(texts, sh)
