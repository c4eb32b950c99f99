"""Evidence that one document of a pair reuses the other, and which way round.

Measured on a candidate pair: ordered sentence alignment, close (near-verbatim) sentences,
shared quote renderings, shared rare figures, declared credits, site chrome, garbles and which
side holds a subset of the other's names and figures. :mod:`quotecheck.provenance.infer` turns these
into an edge.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from quotecheck.provenance.derivation import DocText, fold_word, settings
from quotecheck.provenance.sentalign import Alignment, align_sentences, word_similarity
from quotecheck.provenance.lifted import lifted_counts, name_list
from quotecheck.provenance.releases import own_reporting

# the first digit outside the branches: a pattern that opens with one set lets the engine skip
# to the next digit (two branches made it try both at every character: 3x the time); the
# same matches as "\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUMBER = re.compile(r"\d(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?)")
_RUN = re.compile(r"\w+")
# "Lee's" -> "Lee" (compiled once, not looked up in re's cache per name)
_POSSESSIVE = re.compile(r"['\u2019]s?$")
# the capital first, then the looks back (not after ". ", not at the start, a word start):
# the same matches as leading lookbehinds, which the engine tried at every character
_NAME = re.compile(r"[A-Z](?<![.!?]\s[A-Z])(?<!^[A-Z])(?<!\w[A-Z])[a-z]+(?:[-\u2019'][A-Za-z]+)*")


@dataclass
class PairFeatures:
    """Measurements of a candidate pair (``a`` and ``b`` in index order, not direction)."""

    alignment: Alignment
    aligned: int
    close: int
    verbatim: int
    cover: float
    mean_sim: float
    shared_quotes: int
    shared_figures: list
    a_credits_b: list
    b_credits_a: list
    shared_names: list = None  # names only these two documents of the set use
    cites: str = ""  # "a" or "b": that side names the other's outlet in a source line
    anchored: int = 0   # aligned pairs that share a name, a figure or a rare word
    same_wire: Optional[str] = None   # both carry this wire's dateline
    unnamed_credit: str = ""   # "a"/"b": that side credits a wire and the other names no outlet
    n_a: int = 0   # narration sentences of a
    n_b: int = 0   # narration sentences of b
    near_verbatim: int = 0   # aligned pairs that keep nearly all their words (light edits)
    rival_wires: bool = False   # each carries a different wire's copy (dateline, credit)
    lifted: int = 0   # aligned sentences whose narration the other carries nearly word for word
    lifted_intros: int = 0   # ... of which only a speaker's introduction (name, title) is shared
    lifted_thin: int = 0     # ... of which little narration besides names, titles, list items
    agency_side: bool = False   # one of the two is an agency's own text
    agency_both: bool = False   # both are agencies' own texts (one agency's versions or rivals)
    service_copy: bool = False   # one of the two is a news service's own copy (no wire's)
    one_site: bool = False   # both come from one outlet (versions, or its own earlier text)
    far_apart: bool = False   # published further apart than a carrier prints a copy
    # shared renderings no third outlet of the set prints (None: not counted, take all)
    own_quotes: Optional[int] = None
    # shared renderings the citing side prints in a paragraph naming the other's outlet
    # (None: not counted, the citation anywhere in the text covers them)
    cited_quotes: Optional[int] = None
    # close pairs that are one quotation, each side introducing it in its own words
    close_quoted: int = 0
    # close (and word-for-word) pairs whose two sentences both speak in the first person
    # outside quotation marks: a statement or testimony printed as text, not narration
    close_voiced: int = 0
    verbatim_voiced: int = 0

    @property
    def telling_quotes(self) -> int:
        """Shared quote renderings that can tell of reuse: those only these two print."""
        return self.shared_quotes if self.own_quotes is None else self.own_quotes

    @property
    def quotes_cited(self) -> bool:
        """The citing side names the other's outlet for a shared rendering (in its
        paragraph), not for some other fact."""
        return bool(self.cites) if self.cited_quotes is None else self.cited_quotes > 0

    @property
    def credited(self) -> bool:
        return bool(self.a_credits_b or self.b_credits_a or self.same_wire
                    or self.unnamed_credit)


class Shingles(list):
    """The word n-gram sets of a document's long quotations, with their union kept (each
    partner of the document asks for it)."""

    _pool: Optional[frozenset] = None
    spans: list   # the quotation region of each n-gram set

    def __init__(self):
        super().__init__()
        self.spans = []

    def pool(self) -> frozenset:
        if self._pool is None:
            self._pool = frozenset().union(*self) if self else frozenset()
        return self._pool


def quote_shingles(dt: DocText, n: int = 3) -> Shingles:
    """Word n-gram sets of each long quotation region of ``dt``."""
    min_words = settings()["relation"]["shared_quote_words"]
    out = Shingles()
    seen = set()
    for s, e in dt.quote_regions:
        if (s, e) in seen:
            continue
        seen.add((s, e))
        words = list(map(fold_word, _RUN.findall(dt.text, s, e)))
        if len(words) >= min_words:
            out.append(frozenset(tuple(words[k:k + n]) for k in range(len(words) - n + 1)))
            out.spans.append((s, e))
    return out


def _shared_quotes(qa: Shingles, qb: Shingles):
    """The indexes in ``qa`` (and ``qa.spans``) of ``a``'s long quotations rendered word for
    word (shingle containment, ``shared_quote_sim``) in ``b``: the one test of the counts
    below."""
    sim = settings()["relation"]["shared_quote_sim"]
    pool_b = qb.pool()
    return (k for k, sh in enumerate(qa) if sh and len(sh & pool_b) / len(sh) >= sim)


def shared_quote_count(qa: Shingles, qb: Shingles) -> int:
    """Long quotations of ``a`` rendered word for word (shingle containment) in ``b``."""
    return sum(1 for _ in _shared_quotes(qa, qb))


def own_quote_count(qa: Shingles, qb: Shingles, printed_by_others) -> int:
    """Long quotations of ``a`` rendered word for word in ``b`` that ``printed_by_others``
    (a quotation's shingle set -> bool) says no third outlet prints: a statement, a tweet or
    testimony that every outlet quoted word for word is the speaker's wording, which two
    independent reports share; only a rendering these two alone print (one outlet's
    translation, its own interview) tells that one took it from the other."""
    return sum(1 for k in _shared_quotes(qa, qb) if not printed_by_others(qa[k]))


def cited_quote_count(citing: DocText, qs: Shingles, other: Shingles, citations: list) -> int:
    """Long quotations of ``citing`` rendered word for word in ``other`` whose passage holds
    one of ``citations`` (offsets into ``citing.text``) naming the other's outlet: the
    quotation's paragraph, the paragraphs of quotations just before it and the lead-in
    paragraph before those ("Most of the questions reported by the Ledger ask ..." and the
    questions after it; "...," the minister said, according to the agency). A text that names
    the outlet for another fact ("Reuters reported" of a vote, paragraphs away) and quotes a
    tweet or statement both print took that quotation from the speaker, not from the outlet."""
    text = citing.text
    paras = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    quoted = [any(s < pe and e > ps for s, e in citing.quote_regions) for ps, pe in paras]
    count = 0
    for q in _shared_quotes(qs, other):
        s = qs.spans[q][0]
        k = next((n for n, (ps, pe) in enumerate(paras) if ps <= s < pe), None)
        if k is None:
            continue
        first = k
        while first > 0 and quoted[first - 1]:
            first -= 1
        first = max(0, first - 1)   # the lead-in before the quotations
        count += any(paras[first][0] <= c < paras[k][1] for c in citations)
    return count


_PARAGRAPH = re.compile(r"[^\n]+")


def figures_of(dt: DocText) -> set:
    """Numbers written in the text's sentences (commas kept), years and small counts left out."""
    if dt._figures is not None:
        return dt._figures
    out = set()
    for sent in dt.sentences:
        for m in _NUMBER.finditer(dt.text, sent.start, sent.end):
            value = m.group().replace(",", "")
            if len(value) >= 3 and not (len(value) == 4 and value[:2] in ("19", "20")):
                out.add(m.group())
    dt._figures = out
    return out


def names_of(dt: DocText) -> dict:
    """Capitalised words inside sentences (not sentence-initial), folded -> as written."""
    if dt._names is not None:
        return dt._names
    out: dict = {}
    stop = settings()["stopwords"]
    for sent in dt.sentences:
        for m in _NAME.finditer(dt.text[sent.start:sent.end]):
            name = _POSSESSIVE.sub("", m.group())
            key = fold_word(name)
            if m.start() > 0 and key not in stop:
                out.setdefault(key, name)
    dt._names = out
    return out


def measure(a: DocText, b: DocText, weight, quotes_a: list, quotes_b: list,
            credits_a: set, credits_b: set, outlet_a: Optional[str], outlet_b: Optional[str],
            figure_df, name_df=None) -> PairFeatures:
    """All pair measurements; ``figure_df`` counts in how many documents each figure occurs."""
    cfg = settings()
    al = align_sentences(a, b, weight)
    pairs = al.pairs
    k = len(pairs)
    n_small = max(1, min(len(a.narration), len(b.narration)))
    # a pair of sentences that are mostly one quotation (the same utterance quoted by two
    # write-ups, with the attribution a press release dictates) aligns, but its closeness
    # is the speaker's, not evidence that one text copied the other
    most = cfg["align"]["quoted_share_max"]
    own = [(x, y, s) for x, y, s in pairs
           if _quoted_share(a.sentences[x]) <= most or _quoted_share(b.sentences[y]) <= most
           or own_reporting(a, (x,)) or own_reporting(b, (y,))]   # ... unless one outlet
    # obtained it ("told Newsweek", "in a statement sent to ..."): its reporting, taken
    close_pairs = [(a.sentences[x], b.sentences[y]) for x, y, s in own
                   if s >= cfg["relation"]["partial_sim"]]
    # two lists of the same people (who joined, who dissented) are close in any two reports
    close = sum(1 for x, y in close_pairs if not (name_list(x) and name_list(y)))
    quoted_close = sum(1 for x, y in close_pairs if _quotation_only(x, y, cfg))
    word_sims = [word_similarity(a, x, b, y) for x, y, _ in own]
    verbatim = sum(1 for w in word_sims if w >= cfg["align"]["verbatim"])
    voiced_a, voiced_b = voiced_sentences(a), voiced_sentences(b)   # looked up once a pair
    voiced = [s >= cfg["relation"]["partial_sim"] and x in voiced_a and y in voiced_b
              for x, y, s in own]
    close_voiced = sum(1 for v, (x, y, _) in zip(voiced, own)
                       if v and not (name_list(a.sentences[x]) and name_list(b.sentences[y])))
    verbatim_voiced = sum(1 for v, w in zip(voiced, word_sims)
                          if v and w >= cfg["align"]["verbatim"])
    near = sum(1 for w in word_sims if w >= cfg["relation"]["light_edit_sim"])
    shared_q = shared_quote_count(quotes_a, quotes_b)
    rare = a.rare & b.rare
    anchored = sum(1 for x, y, _ in pairs
                   if a.sentences[x].anchors & b.sentences[y].anchors
                   or a.sentences[x].keys & b.sentences[y].keys & rare)
    fa, fb = figures_of(a), figures_of(b)
    na, nb = names_of(a), names_of(b)
    shared_n = sorted(na[k] for k in na.keys() & nb.keys() if name_df and name_df.get(k) == 2)
    shared_f = sorted((f for f in fa & fb if figure_df.get(f, 0) <= 3),
                      key=lambda f: float(f.replace(",", "")))
    lifted, intros, thin = lifted_counts(a, b, pairs)
    return PairFeatures(
        alignment=al, aligned=k, close=close, verbatim=verbatim, cover=k / n_small,
        mean_sim=sum(s for _, _, s in pairs) / k if k else 0.0, shared_quotes=shared_q,
        shared_figures=shared_f, anchored=anchored, shared_names=shared_n,
        n_a=len(a.narration), n_b=len(b.narration), near_verbatim=near,
        lifted=lifted, lifted_intros=intros, lifted_thin=thin, close_quoted=quoted_close,
        close_voiced=close_voiced, verbatim_voiced=verbatim_voiced,
        a_credits_b=[outlet_b] if outlet_b and outlet_b in credits_a else [],
        b_credits_a=[outlet_a] if outlet_a and outlet_a in credits_b else [],
    )


# first-person pronouns ("US", the country, is not "us": matched as written)
_FIRST_PERSON = frozenset(("me", "my", "myself", "mine", "we", "We", "us", "our", "Our",
                           "ours", "ourselves", "My"))


def voiced_sentences(dt: DocText) -> frozenset:
    """Indexes of the sentences whose paragraph speaks in the first person outside quotation
    marks: a statement, testimony or transcript turn printed as text (its third-person lines,
    "There was music playing in the room.", are the speaker's too). Kept per document."""
    got = dt._index.get("voiced")
    if got is None:
        paragraphs: dict = {}
        voiced = set()
        for k, sent in enumerate(dt.sentences):
            p = dt.text.rfind("\n", 0, sent.start)
            paragraphs.setdefault(p, []).append(k)
            if p not in voiced and _first_person(sent):
                voiced.add(p)
        got = dt._index["voiced"] = frozenset(k for p in voiced for k in paragraphs[p])
    return got


def _first_person(sent) -> bool:
    """The sentence speaks in the first person outside quotation marks ("I went up the
    stairs", "We will appeal"): a reporter's narration names its people in the third person,
    so such a line is a statement, testimony or a transcript turn printed without quotation
    marks. "I" after a capitalised word inside the sentence ("World War I") is a numeral."""
    prev = ""
    for k, (word, _, _, quoted) in enumerate(sent.words):
        if not quoted and (word in _FIRST_PERSON or (
                (word == "I" or word.startswith(("I'", "I\u2019")))
                and not (k > 1 and prev[:1].isupper()))):
            return True
        prev = word
    return False


def _quotation_only(x, y, cfg: dict) -> bool:
    """Both sentences quote and their unquoted words (each reporter's introduction of the
    speaker: "..., who led the inquiry, said after the verdict:" / "... said outside the
    court:") are not close: what makes them close is the quotation, the speaker's words."""
    if not (1 in x.words.quoted_flags() and 1 in y.words.quoted_flags()):
        return False
    nx, ny = x.narration, y.narration
    union = len(nx | ny)
    return not union or len(nx & ny) / union < cfg["relation"]["partial_sim"]


def _quoted_share(sent) -> float:
    """Share of the sentence's words inside quotation marks."""
    flags = sent.words.quoted_flags()
    return flags.count(1) / len(flags) if flags else 0.0


def subset_side(a: DocText, b: DocText) -> float:
    """Positive when ``b`` holds a subset of ``a``'s names and figures (``b`` looks the copy)."""
    ra = set(names_of(a)) | figures_of(a)
    rb = set(names_of(b)) | figures_of(b)
    if not ra or not rb:
        return 0.0
    common = len(ra & rb)
    return common / len(rb) - common / len(ra)


def fact_overlap(q: DocText, c: DocText, weight) -> float:
    """Share of ``q``'s names, figures and capitalised words (weighted by rarity) that ``c``
    also holds: what two documents have in common as facts, whatever the wording."""
    aq, ac = _anchors(q), _anchors(c)
    total = sum(weight(k) for k in aq)
    return sum(weight(k) for k in aq & ac) / total if total else 0.0


def _anchors(dt: DocText) -> frozenset:
    return frozenset().union(*(s.anchors for s in dt.sentences)) if dt.sentences else frozenset()
