"""Documents prepared for derivation: sentences, keys, rare-token weights and candidate pairs.

A rewritten copy (spun, round-trip translated) shares few word n-grams with its parent but
follows it sentence by sentence; each document is cut into sentences with weighted content-word
keys here, and candidate document pairs come from an index of rare tokens, never all pairs.
The ordered sentence alignment itself is :mod:`quotecheck.provenance.sentalign`.
"""
from __future__ import annotations

import math
import re
import zlib
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, combinations
from typing import Iterable, Optional

from quotecheck.load.boilerplate import Chrome, chrome_mask, find_chrome, site_types
from quotecheck.load.regions import mark_furniture
from quotecheck.load.furniture import rules as furniture_rules
from quotecheck.load.lineshape import signed_post_lines
from quotecheck.model import Document, Quote
from quotecheck.provenance.quoteregions import quote_regions
from quotecheck.provenance.sentence import Sentence, Words
from quotecheck.quotes.speech_turns import running_turn_spans
from quotecheck.resources.regexgate import whole_text_gate
from quotecheck.resources.regexprefilter import Guarded, guard
from quotecheck.resources.ruledata import load_data
from quotecheck.resources.warmtables import Kept
from quotecheck.text.normalize import fold_text
from quotecheck.text.sentences import add_trimmed

# a word: a figure with thousands groups or decimals (2,030 / 8.5), else letters and digits
# with inner apostrophes or hyphens. Written first character first, it matches as the three
# branches "\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\w+(?:['\u2019\-]\w+)*" did (a
# digit opens one of the first two, another word character the third): a pattern opening
# with one class is searched by a skip to its next word character in C, the branches were
# tried at every character (tests/test_derivation_patterns.py)
_WORD = re.compile(r"\w(?:(?<=\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?)"
                   r"|(?<!\d)\w*(?:['\u2019\-]\w+)*)", re.UNICODE)
# a sentence may open with a mark (the typewriter `` too); never starting inside a run of
# dots; the second branch splits "ocean.The". Each branch starts with its mark and looks
# back from after it: the same matches as a leading lookbehind, which the engine tried at
# every character (3x the time). Both branches share their first class (the second's own
# look-behind keeps its [.!?]), so the pattern opens with one class that the engine skips to
# in C, not two branches tried at every character (3x again)
_SENT_END = re.compile(r"[.!?\u2026](?:(?<![.!?\u2026][.!?\u2026])[.!?\u2026]*"
                       r"[\"'\u201d\u2019)\]]*(?=\s+(?:``|[\"'\u201c\u2018(\[])?[A-Z0-9])"
                       r"|(?<=[a-z]{2}[.!?])[\"\u201d]?(?=[\"\u201c]?[A-Z][a-z]))")
_GROUP, _SPAN = re.Match.group, re.Match.span   # mapped over a sentence's matches


@lru_cache(maxsize=1)
def settings() -> dict:
    """The ``[align]`` and ``[relation]`` thresholds, the stop-word set and the abbreviations
    whose full stop ends no sentence."""
    data = load_data("provenance")
    return {"align": dict(data["align"]), "relation": dict(data["relation"]),
            "explain": dict(data["explain"]), "direction": dict(data["direction"]),
            "families": dict(data.get("families", {})),
            "stopwords": frozenset(data["align"].get("stopwords", ())),
            # titles before a name ("the Rev. Jesse Jackson", "Capt.") never end a sentence
            # either: the quote stage's list (rules/data/attribution.toml [names])
            "abbreviations": frozenset(data["align"].get("abbreviations", ()))
            | frozenset(load_data("attribution").get("names", {}).get("abbreviations", ()))}


def split_sentences(text: str, start: int = 0, end: Optional[int] = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]``: paragraphs split at sentence-final marks."""
    end = len(text) if end is None else end
    abbreviations = settings()["abbreviations"]
    spans = []
    for para in re.finditer(r"[^\n]+", text[start:end]):
        p0 = start + para.start()
        p1 = start + para.end()
        s = p0
        for m in _SENT_END.finditer(text, p0, p1):
            word = _last_word(text, s, m.start())
            if word and word.lower().rstrip(".") in abbreviations:
                continue
            if word and len(word) == 1 and word.isupper():
                continue  # an initial: "John F. Kennedy"
            spans.append((s, m.end()))
            s = m.end()
        if p1 > s:
            spans.append((s, p1))
    out: list = []
    for s, e in spans:
        add_trimmed(text, out, s, e)
    return out


def _last_word(text: str, start: int, end: int) -> str:
    """The run of non-space characters ending ``text[start:end]`` (what ``(\\S+)$`` finds),
    by a walk back from ``end``: searching the slice since the last sentence end again for
    every skipped "Mr." was quadratic."""
    i = end
    while i > start and not text[i - 1].isspace():
        i -= 1
    return text[i:end]


def _stem(word: str) -> str:
    """A crude spelling- and inflection-insensitive key (colour/color, troops/troop)."""
    w = fold_word(word).replace("\u2019", "'")   # (prepare has folded it: a lookup)
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'")
    if len(w) > 5 and w.endswith("our"):
        w = w[:-3] + "or"
    w = w.replace("isation", "ization").replace("ise", "ize") if len(w) > 5 else w
    if w[-1:] not in _SUFFIX_ENDS:
        return w    # most words: no suffix below can end them (five tests spared)
    for suffix, repl in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not w.endswith("ss"):
            return w[: len(w) - len(suffix)] + repl
    return w


_SUFFIXES = (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))
_SUFFIX_ENDS = frozenset(s[-1] for s, _ in _SUFFIXES)   # s, g, d


stem = Kept(_stem, warm="derivation-stem").__getitem__   # words recur across a story set:
# each stemmed once ...
fold_word = Kept(fold_text, warm="derivation-fold").__getitem__   # ... and folded once (pair
# measures, figures too)


@dataclass
class DocText:
    """A document prepared for comparison: chrome stripped, sentences keyed."""

    doc: Document
    text: str
    chrome: list
    site_types: frozenset
    quote_regions: list
    sentences: list
    narration: list = field(default_factory=list)   # sentences that take part in alignment
    rare: frozenset = frozenset()
    _figures: Optional[set] = None
    _names: Optional[dict] = None
    _text_words: Optional[set] = None   # folded words of the whole text (integrity checks)
    _index: dict = field(default_factory=dict)   # (field, weight) -> key index, masses

    def release(self) -> None:
        """Keep the document, text and sentence spans only, once the provenance findings are
        made: the result's alignments hold their texts to the end of the run, and the words,
        key sets and indexes of 1,000 real articles were ~250 MB of the peak at the report."""
        for s in self.sentences:
            s.release()
        self.rare = frozenset()
        self._figures = self._names = self._text_words = None
        self._index = {}


def prepare(doc: Document, quotes: Iterable[Quote] = ()) -> DocText:
    """Sentences of ``doc`` with chrome and page furniture left out and quoted words marked."""
    cfg = settings()
    stop = cfg["stopwords"]
    text = doc.view.text
    chrome: list[Chrome] = find_chrome(text)
    mask = chrome_mask(text, chrome)
    mark_furniture(mask, doc)   # bylines, captions, embeds...: never derivation evidence
    links = None   # links set inside a paragraph (boilerplate.toml's read-more matches)
    for c in chrome:
        if c.kind == "read-more":
            links = links or bytearray(len(text))
            links[c.start:c.end] = b"\x01" * (c.end - c.start)
    # a post embedded on one line with its signature: its author's words, quoted
    regions = quote_regions(text) + signed_post_lines(furniture_rules().embed_signatures, text)
    # a transcript's turns under labels in capitals run on over paragraphs: the speakers' words
    regions += running_turn_spans(text)
    lost_quoted = []   # quotations the quotes stage read from lost marks (U+FFFD)
    for q in quotes:
        if q.document == doc.id:
            span = (doc.view.from_original(q.start), doc.view.from_original(q.end))
            o = span[0] - 1 if q.open_start is None else doc.view.from_original(q.open_start)
            opener = text[max(0, o):o + 1]
            (lost_quoted if opener == "\ufffd" else regions).append(span)
    inq = bytearray(len(text))
    for s, e in regions:
        inq[s:e] = b"\x01" * max(0, e - s)
    # quotations whose marks were lost in decoding (U+FFFD) flag their words as quoted (no
    # narration carried over, no close sentence of the reporter's), but their words stay
    # the sentence's keys: a text that prints the quotation as its own narration still
    # aligns with it, and the regions are no quote renderings of the text
    lost = quote_regions(text, True) + lost_quoted if "\ufffd" in text else ()
    keyq = inq
    if lost:
        keyq, inq = inq, bytearray(inq)
        for s, e in lost:
            inq[s:e] = b"\x01" * max(0, e - s)
    sentences = []
    for s, e in split_sentences(text):
        if mask.count(1, s, e) > (e - s) // 2:   # mask bytes are 0 or 1
            continue
        found = list(_WORD.finditer(text, s, e))
        if links and links.find(1, s, e) >= 0:
            # a link card or a related link glued into a sentence is the page's, not the
            # sentence's: two stories of one site that print the same card share its words
            found = [m for m in found if not links[m.start()]]
        raw = list(map(_GROUP, found))
        spans = array("I", chain.from_iterable(map(_SPAN, found)))
        folded = list(map(fold_word, raw))
        if inq.find(1, s, e) < 0:
            # no quoted byte in the sentence (most sentences): every flag is 0, and the keys
            # of both sets are the content words' stems in order (the same sets, built in
            # the same order, as the flagged path below gives)
            quoted = bytes(len(raw))
            narration = every = frozenset([stem(w) for w, f in zip(raw, folded)
                                           if f not in stop])
        else:
            quoted = bytes(map(inq.__getitem__, spans[::2]))
            keyed = quoted if keyq is inq else bytes(map(keyq.__getitem__, spans[::2]))
            keys = [(stem(w), q) for w, f, q in zip(raw, folded, keyed) if f not in stop]
            narration = frozenset([k for k, q in keys if not q])
            # without quoted words both sets are built from one sequence: share the one object
            every = frozenset([k for k, _ in keys]) if 1 in keyed else narration
        sent = Sentence(len(sentences), s, e, Words(text, spans, quoted), narration, every)
        # figures anywhere, capitalised content words after the first (their stems, a set)
        lead = raw[:1] if raw and raw[0][:1].isdigit() else []
        sent.anchors = frozenset(map(stem, lead + [
            w for w, f in zip(raw[1:], folded[1:])   # (a word is never empty: w[0])
            if (c := w[0]).isdigit() or (c.isupper() and f not in stop)]))
        sent.memo()["folded_words"] = folded
        sentences.append(sent)
    dt = DocText(doc, text, chrome, site_types(chrome), regions, sentences)
    # a guarded pattern (its needles tested before its search) can match in no sentence of
    # a text that holds none of its needles: tested once here, not once per sentence
    # ... and one whose gate (:mod:`regexgate`) finds nothing in the whole text, in none
    contact = [p for p, gate in zip(_contact_patterns(), _contact_gates())
               if (not isinstance(p, Guarded) or p.may_match(text))
               and (gate is None or gate.search(text))]
    dt.narration = [x for x in sentences if len(x.narration) >= cfg["align"]["min_words"]
                    and not any(p.search(text, x.start, x.end) for p in contact)]
    return dt


@lru_cache(maxsize=1)
def _contact_patterns() -> tuple:
    """A phone number, an e-mail address or a "Phone:"/"Fax:" label (``align.contact``): a
    sentence holding one is a service notice or an appeal line ("For questions, call Ann Lee
    at 415-555-0100"), which an outlet prints under many stories and an agency dictates to
    every subscriber alike; two texts sharing it are no evidence that one copied the other.
    One pattern each, behind its literal prefilter: as one alternation, the e-mail
    branch's run of word characters was tried and walked back at every word of every
    sentence (a fifth of ``prepare``); a sentence without "@" never tries it now."""
    return tuple(guard(re.compile(p, re.IGNORECASE)) for p in settings()["align"]["contact"])


@lru_cache(maxsize=1)
def _contact_gates() -> tuple:
    """Each contact pattern's whole-text gate (None where it has none): most texts hold no
    phone number, and one search of the text, skipping from digit to digit, rules a pattern
    out for all of its sentences. A guarded pattern gets none: its needles already spare most
    sentences its search, and a gate's search of the whole text cost more than it saved."""
    return tuple(None if isinstance(p, Guarded) else whole_text_gate(p)
                 for p in _contact_patterns())


def document_frequency(texts: list[DocText]) -> Counter:
    """In how many documents each content key occurs."""
    df: Counter = Counter()
    for t in texts:
        df.update(frozenset().union(*(s.keys for s in t.sentences)) if t.sentences else ())
    return df


class KeyWeights(dict):
    """Key -> idf-like weight, computed on first use: keys in few documents weigh more."""

    def __init__(self, df: Counter, n_docs: int):
        super().__init__()
        self.df = df
        self.n_docs = n_docs

    def __missing__(self, key: str) -> float:
        w = math.log(1.0 + (self.n_docs + 1) / (self.df.get(key, 0) + 0.5))
        if key[:1].isdigit():
            w *= 1.5
        self[key] = w
        return w

    __call__ = dict.__getitem__


def key_weights(df: Counter, n_docs: int) -> KeyWeights:
    """The weight table for a story set (callable: ``weight(key)``)."""
    return KeyWeights(df, n_docs)


def index_rare_keys(texts: list[DocText], df: Counter) -> dict:
    """Set each text's ``rare`` keys and return their postings (:func:`rare_postings`).

    Keys held by more than ``rare_max_share`` of the documents (and more than ``rare_min_df``)
    are not rare, so the cost grows with the number of documents times the size of a story.
    """
    cfg = settings()["align"]
    limit = max(cfg["rare_min_df"], int(cfg["rare_max_share"] * len(texts)))
    for t in texts:
        keys = frozenset().union(*(s.keys for s in t.sentences)) if t.sentences else frozenset()
        t.rare = frozenset(k for k in keys if df[k] <= limit and len(k) > 2)
    return rare_postings(texts)


def rare_postings(texts: list) -> dict:
    """Each rare key of ``texts`` (their ``rare`` already set) -> the indices of the texts
    holding it, in text order: the candidate index, read again once the families are known
    (:func:`quotecheck.provenance.familyreach.unmeasured_near_representatives`)."""
    index: dict = defaultdict(list)
    for i, t in enumerate(texts):
        for k in t.rare:
            index[k].append(i)
    return index


def candidate_pairs(texts: list[DocText], df: Counter,
                    index: "dict | None" = None) -> list[tuple[int, int, int]]:
    """Index pairs ``(i, j, shared)`` that share enough rare keys to be worth aligning.

    ``index``: the postings of :func:`index_rare_keys` when the caller keeps them (built here
    otherwise); keys that are not rare are not indexed.
    """
    cfg = settings()["align"]
    n = len(texts)
    limit = max(cfg["rare_min_df"], int(cfg["rare_max_share"] * n))
    cap = max(cfg["rare_min_df"], cfg.get("posting_cap", limit))
    if index is None:
        index = index_rare_keys(texts, df)
    # a key held by more than `cap` documents (many copies of one wire story) pairs each
    # holder with only its few anchors (the holders of smallest stable hash), so the cost
    # stays linear in the set size while the copies still meet through the anchors
    order = [zlib.crc32(t.doc.id.encode("utf-8", "surrogatepass")) for t in texts]
    anchors = cfg.get("posting_anchors", 2)
    if n <= cfg["all_pairs_up_to"]:
        # a small set: every pair is a candidate (all copies of one text share every key,
        # so no key would count as rare)
        return [(a, b, len(texts[a].rare & texts[b].rare)) for a in range(n)
                for b in range(a + 1, n)]
    # keys held by the same documents (a story's copies) walk their pairs once, together
    holders = Counter(tuple(docs) for docs in index.values() if len(docs) > 1)
    shared: dict = defaultdict(Counter)
    for docs, n_keys in holders.items():
        if len(docs) <= cap:   # every pair of holders (ascending: appended in text order)
            for a, b in combinations(docs, 2):
                shared[a][b] += n_keys
            continue
        heads = sorted(docs, key=order.__getitem__)[:anchors]
        for a in heads:
            for b in docs:
                if a != b and (a < b or b not in heads):
                    shared[min(a, b)][max(a, b)] += n_keys
    best: dict = defaultdict(list)
    for a, counter in shared.items():
        for b, c in counter.items():
            if c >= cfg["min_shared_rare"]:
                best[a].append((c, b))
                best[b].append((c, a))
    keep = set()
    for a, lst in best.items():
        lst.sort(reverse=True)
        for c, b in lst[: cfg["max_candidates"]]:
            keep.add((min(a, b), max(a, b), c))
    return sorted(keep)
