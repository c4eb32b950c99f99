"""Attribution on small annotated news articles in many house styles, measured with thresholds.

The articles live in tests/data/attribution_articles.toml; each lists its quotations (a distinctive piece of the quoted words) with the expected
speaker (None for the narrator's own scare quotes, "*" when too debatable to score).
``evaluate`` computes quote precision and recall by span overlap and speaker accuracy;
bench/bench_extract.py prints them.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from quotecheck.model import Document, analysed
from quotecheck.quotes.attribution import sentence_attributions
from quotecheck.quotes.attribution_words import lexicon
from quotecheck.quotes.extract import extract_quotes, extract_story_quotes
from quotecheck.quotes.speakers import same_speaker
from quotecheck.text.textview import TextView

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


@dataclass(frozen=True)
class Article:
    name: str
    text: str
    gold: tuple  # (piece of the quoted words, speaker or None)


def _load_articles() -> dict:
    """The annotated articles of tests/data/attribution_articles.toml, by set."""
    path = Path(__file__).resolve().parent / "data" / "attribution_articles.toml"
    sets: dict = {}
    for row in tomllib.loads(path.read_text(encoding="utf-8"))["article"]:
        gold = tuple((g["piece"], g.get("speaker")) for g in row["gold"])
        sets.setdefault(row["set"], []).append(Article(row["name"], row["text"], gold))
    return sets


_SETS = _load_articles()
ARTICLES = _SETS["articles"]   # the annotated articles the extractor was first built against
HELD_OUT = _SETS["held_out"]   # written in later rounds, each measured before any fix it prompted
# Round 14: failure classes of a fresh held-out corpus (new speakers introduced without a quote
# verb, feature-writing subjects, possessive antecedents, titles in names, scare quotes after
# "so-called", kinship descriptions), written anew with other names and wording.
ROUND_14 = _SETS["round_14"]


def _doc(article: Article) -> Document:
    return Document(article.name, f"{article.name}.txt", article.text,
                    TextView.identity(article.text))


def _gold_spans(article: Article):
    out = []
    for piece, speaker in article.gold:
        i = article.text.find(piece)
        assert i >= 0, (article.name, piece)
        out.append((i, i + len(piece), piece, speaker))
    return out


def _speaker_ok(predicted, gold) -> bool:
    if gold == "*":
        return True                 # too debatable to score
    if gold is None:
        return predicted is None
    if predicted is None:
        return False
    if same_speaker(predicted, gold):
        return True
    p, g = predicted.lower(), gold.lower()
    return p in g or g in p


def evaluate(articles, verbose: bool = False) -> dict:
    """Quote precision/recall/F1 by span overlap and speaker accuracy over matched quotes."""
    tp = fp = fn = 0
    spk_ok = spk_n = 0
    for art in articles:
        quotes = analysed(extract_quotes(_doc(art)))   # a title of a work is no quotation
        gold = _gold_spans(art)
        used = set()
        for gs, ge, piece, speaker in gold:
            match = next((q for q in quotes if q.start < ge and gs < q.end and q.id not in used), None)
            if match is None:
                fn += 1
                if verbose:
                    print(f"  MISSED {art.name}: {piece!r}")
                continue
            used.add(match.id)
            tp += 1
            spk_n += 1
            if _speaker_ok(match.speaker, speaker):
                spk_ok += 1
            elif verbose:
                print(f"  SPEAKER {art.name}: {piece!r} got {match.speaker!r} want {speaker!r}")
        for q in quotes:
            if q.id not in used:
                fp += 1
                if verbose:
                    print(f"  EXTRA {art.name}: {q.text!r} ({q.speaker})")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"quotes": tp + fn, "precision": precision, "recall": recall, "f1": f1,
            "speaker_accuracy": spk_ok / spk_n if spk_n else 1.0}


def test_quote_f1_and_speaker_accuracy_on_annotated_articles():
    figures = evaluate(ARTICLES, verbose=True)
    assert figures["f1"] >= 0.95, figures
    assert figures["speaker_accuracy"] >= 0.90, figures


def test_quote_f1_and_speaker_accuracy_on_held_out_articles():
    figures = evaluate(HELD_OUT, verbose=True)
    assert figures["f1"] >= 0.90, figures
    assert figures["speaker_accuracy"] >= 0.90, figures


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.name)
def test_each_article_mostly_right(article):
    figures = evaluate([article])
    assert figures["recall"] >= 0.8, figures
    assert figures["speaker_accuracy"] >= 0.6, figures


@pytest.mark.parametrize("sentence,speaker,verb", [
    ("“It is over,” Putin said.", "Putin", "said"),
    ("“It is over,” said Vladimir Putin, the Russian president.", "Vladimir Putin", "said"),
    ("He added, “It is over.”", "He", "added"),
    ("The Kazakh leader said while order had been restored, the hunt for “terrorists” went on.",
     "The Kazakh leader", "said"),
    ("Erica Marat, a professor at the National Defense University in Washington, told The New "
     "York Times that Tokayev “traded his sovereignty.”", "Erica Marat", "told"),
    ("“It is over,” the minister told reporters.", "the minister", "told"),
    ("Officials say the plan is “on track.”", "Officials", "say"),
])
def test_sentence_attributions_find_subject_and_verb(sentence, speaker, verb):
    from quotecheck.quotes.extract import _mask
    from quotecheck.text.quotemarks import find_quote_spans

    masked = _mask(sentence, find_quote_spans(sentence))
    atts = sentence_attributions(masked, 0, len(masked), lexicon())
    assert any(a.mention.text == speaker and a.verb == verb for a in atts), atts


def test_according_to_phrase():
    text = "The economy will “recover slowly,” according to the central bank governor, Ana Lima."
    (q,) = extract_quotes(_doc(Article("x", text, ())))
    assert q.verb == "according to"
    assert q.speaker == "Ana Lima"


def test_story_unifies_speakers_across_documents():
    a = Article("a", "“We will win,” said Vladimir Putin.", ())
    b = Article("b", "“Victory is near,” Putin told reporters.", ())
    quotes = extract_story_quotes([_doc(a), _doc(b)])
    assert [q.speaker for q in quotes] == ["Vladimir Putin", "Vladimir Putin"]


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["single-newline", "crlf"])
def test_paragraph_conventions_survive_other_line_endings(newline):
    """Paragraphs separated by one line break, or CRLF files: the same quotes and speakers."""
    def convert(text):
        return text.replace("\n\n", "\n") if newline == "\n" else text.replace("\n", "\r\n")

    articles = [Article(a.name, convert(a.text), tuple((convert(p), s) for p, s in a.gold))
                for a in ARTICLES + HELD_OUT]
    figures = evaluate(articles)
    assert figures["f1"] >= 0.95, figures
    assert figures["speaker_accuracy"] >= 0.90, figures


@pytest.mark.parametrize("text,expected", [
    ("He left. She stayed.", ["He left.", "She stayed."]),
    ("Sen. Mitch McConnell spoke. Mr. Smith agreed.", ["Sen. Mitch McConnell spoke.",
                                                       "Mr. Smith agreed."]),
    ("J. K. Rowling wrote it. The U.S. team won.", ["J. K. Rowling wrote it.",
                                                    "The U.S. team won."]),
    ("“Go home.” He did. “Why?” she asked.", ["“Go home.”", "He did.", "“Why?” she asked."]),
    ("Headline without stop\n\nFirst paragraph.", ["Headline without stop",
                                                   "First paragraph."]),
    ("It cost 2.5 million dollars. Then 3.1 more.", ["It cost 2.5 million dollars.",
                                                     "Then 3.1 more."]),
])
def test_split_sentences(text, expected):
    from quotecheck.text.sentences import split_sentences

    assert [text[s:e] for s, e in split_sentences(text)] == expected


@pytest.mark.parametrize("article", ROUND_14, ids=lambda a: a.name)
def test_round_14_speakers(article):
    """Each quote of these short articles has exactly the expected canonical speaker."""
    quotes = extract_quotes(_doc(article))
    for piece, speaker in article.gold:
        (q,) = [q for q in quotes if piece in q.text]
        assert q.speaker == speaker, (piece, q.speaker, speaker)


def _speakers(text: str) -> list:
    doc = Document("t", "t.txt", text, TextView.identity(text))
    return [q.speaker for q in extract_quotes(doc)]


@pytest.mark.parametrize("text,speaker", [
    ("Union leader Tomas Vedrick said little on Tuesday. Talks will restart in March at Lake "
     "Corrin, officials said. “We will be there, and we will be ready,” he said.", "Tomas Vedrick"),
    ("Chief negotiator Alba Renquist arrived late. The next round opens in the spring in Santa Miral. "
     "\"We are staying at the table,\" she said.", "Alba Renquist"),
])
def test_pronoun_skips_place_after_locative_preposition(text, speaker):
    assert _speakers(text) == [speaker]


def test_pronoun_keeps_person_after_locative_with_person_cue():
    text = ("The memo was sent to Senator Dara Quell on Monday. “It is a fair plan,” she said.")
    assert _speakers(text) == ["Dara Quell"]


def test_surname_only_variants_join_full_name_in_document():
    text = ("Trade minister Ines Ferran-Olabe said on Monday that tariffs would stay. "
            "“We will not move,” Ines Ferran-Olabe said.\n\n“The door is closed,” said "
            "Ferrán-Olabe.\n\n“Nothing changes,” Ferran-Olabe added.")
    assert _speakers(text) == ["Ines Ferran-Olabe"] * 3


def test_split_sentences_keeps_the_v_of_a_case_name():
    from quotecheck.text.sentences import split_sentences
    text = "Critics sued in a landmark case, Acme v. Dobbs. The ruling stood."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Critics sued in a landmark case, Acme v. Dobbs.", "The ruling stood."]
