"""Value types that flow through the pipeline: documents, quotes, detections, findings.

All offsets are 0-based, end-exclusive code-point offsets into ``Document.text`` (the file
exactly as decoded), whatever view a stage worked on.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Callable, Mapping, Optional

from quotecheck.text.textview import TextView

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
ROLES = ("checked", "source", "compared")
# What a pair of quote marks holds: words someone said (a whole quotation or a fragment in the
# narrator's sentence), the title of a work (a book, film, show, report, campaign), the
# narrator's scare quotes, a headline's (or pull quote's) words. Nicknames are not listed.
QUOTE_KINDS = ("direct", "partial", "title", "scare", "headline")
SPEECH_KINDS = ("direct", "partial")          # the kinds whose checks need a speaker
LISTED_ONLY_KINDS = ("title",)  # listed, no one's words: not grouped, aligned, nor checked
SPEAKER_KINDS = ("person", "organisation", "description", "narrator")


@dataclass(frozen=True)
class Metadata:
    """What is known about where a document comes from."""

    outlet: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None  # ISO 8601
    language: Optional[str] = None
    affiliation: Optional[str] = None
    section: Optional[str] = None  # opinion, op-ed, column, editorial ... (docs/framing.md)
    outlet_source: Optional[str] = None  # how the outlet was learnt: front-matter, manifest, chrome


@dataclass(frozen=True, eq=False)
class Document:
    """One loaded article.

    ``text`` is the decoded file; ``view`` is the readable text (HTML tags, scripts and front
    matter removed) with its map back into ``text``. Stages read ``view.text`` and report
    through ``view.span``; ``regions`` mark what is not article text (bylines, captions...).
    """

    id: str
    path: str
    text: str
    view: TextView
    meta: Metadata = field(default_factory=Metadata)
    role: str = "compared"
    format: str = "text"  # text, markdown, html
    # page furniture: (kind, start, end) in ``text`` offsets, sorted and disjoint; the rest
    # is body text (kinds and rules: quotecheck.load.furniture)
    regions: tuple = ()

    @property
    def content(self) -> str:
        """The readable text that extractors work on."""
        return self.view.text

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and 1-based code-point column of an offset into ``text``."""
        line = self.text.count("\n", 0, offset) + 1
        col = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return line, col


@dataclass(frozen=True)
class Quote:
    """A direct quotation with its attribution.

    ``start``/``end`` cover the quoted words inside the marks, so ``text`` equals
    ``document.text[start:end]`` (for HTML, after the document's own characters).
    """

    id: str
    document: str
    start: int
    end: int
    text: str
    speaker: Optional[str] = None          # canonical name, shared across documents
    speaker_start: Optional[int] = None    # span of the mention used (may be a pronoun)
    speaker_end: Optional[int] = None
    verb: Optional[str] = None
    verb_start: Optional[int] = None
    verb_end: Optional[int] = None
    open_start: Optional[int] = None       # offset of the opening mark
    close_end: Optional[int] = None        # offset after the closing mark (None if unclosed)
    partial: bool = False                  # embedded in a sentence of the narrator
    continued: bool = False                # part of a quote reopened at a new paragraph
    kind: str = "direct"                   # direct, partial, title, scare, headline (QUOTE_KINDS)
    speaker_kind: Optional[str] = None     # person, organisation, description, narrator
    reported_by: Optional[str] = None      # who relays the speaker's words ("…, CNN reported")


def stored_at_once(cls) -> Callable[..., Any]:
    """A keyword-only constructor of the frozen dataclass ``cls`` that stores every field in
    one step: its generated ``__init__`` sets each field through ``object.__setattr__``, about
    4x slower (a document's quotes are built by the thousand). The object is the one
    ``cls(**values)`` builds (fields in order, defaults for those not given); for classes with
    plain defaults and no ``__post_init__``, which ``tests/test_model.py`` checks."""
    order = {f.name: f.default for f in fields(cls)}
    new = object.__new__

    def make(**values):
        obj = new(cls)
        stored = obj.__dict__
        stored.update(order)
        stored.update(values)
        return obj
    return make


def analysed(quotes) -> list:
    """The quotations that grouping, alignment, provenance and checks act on: all but titles
    of works (:data:`LISTED_ONLY_KINDS`), which are listed only."""
    return [q for q in quotes if q.kind not in LISTED_ONLY_KINDS]


@dataclass(frozen=True)
class Related:
    """A span in another place that a finding points to (the other rendering, the parent)."""

    document: str
    start: int
    end: int
    message: Optional[str] = None


@dataclass(frozen=True)
class Detection:
    """What an analysis found, before a rule gives it a code, severity and message.

    ``rule_type`` and ``category`` select the rule (for example quote-drift/meaning);
    ``args`` fill the rule's message template; ``severity`` overrides the rule's only where
    the analysis knows better (an escalation the rule file allows).
    """

    rule_type: str
    category: str
    document: str
    start: int
    end: int
    args: Mapping[str, Any] = field(default_factory=dict)
    related: tuple[Related, ...] = ()
    severity: Optional[str] = None
    scope: Optional[str] = None


@dataclass(frozen=True)
class Finding:
    """A reported problem: a rule applied to a span."""

    code: str
    name: str
    severity: str
    category: str
    document: str
    start: int
    end: int
    message: str
    related: tuple[Related, ...] = ()
    fingerprint: Optional[str] = None
    suppressed: bool = False
    justification: Optional[str] = None   # the suppression comment's reason, if any


@dataclass(frozen=True)
class Cluster:
    """Quotations that render one utterance."""

    id: str
    quotes: tuple[str, ...]
    independent_roots: int
    speaker: Optional[str] = None


@dataclass(frozen=True)
class Segment:
    """One step of a word alignment between two renderings, with original spans on each side.

    ``category`` is ``equal`` for matching words, otherwise a finding category
    (orthographic, translation, wording, meaning, truncation); ``kind`` refines it
    (spelling, contraction, negation, scalar, number, scope, entity, modality, tense, ...).
    """

    category: str
    kind: str
    a_start: int
    a_end: int
    b_start: int
    b_end: int
    a_text: str
    b_text: str


@dataclass(frozen=True)
class PairAlignment:
    """Two renderings of one utterance aligned word by word.

    ``a`` is the earlier or parent rendering where known. ``verdict`` is one of identical,
    orthographic-only, shared-translation, independent-translation, derived-faithful,
    derived-corrupted.
    """

    cluster: str
    a: str
    b: str
    verdict: str
    score: float
    segments: tuple[Segment, ...] = ()


@dataclass(frozen=True)
class ProvenanceEdge:
    """``derived`` reuses ``source``."""

    source: str
    derived: str
    relation: str  # verbatim, syndication, rewrite, partial, shared-translation
    confidence: float
    evidence: tuple[str, ...] = ()


class LazyExtras(dict):
    """Report extras some of whose values are computed on first read: renderings only one
    reporter shows (the text view of quote groups) cost nothing when another one runs.

    ``lazy`` maps a key to a function of no arguments (the key's place in ``values``, if
    any, sets its order); the key reads, iterates and copies as if its value had been stored
    from the start.
    """

    def __init__(self, values: Optional[Mapping] = None,
                 lazy: Optional[Mapping[str, Callable[[], Any]]] = None):
        super().__init__(values or {})
        self._lazy = dict(lazy or {})
        for key in self._lazy:
            if not super().__contains__(key):
                super().__setitem__(key, None)  # a place in the keys' order, and membership

    def _made(self, key):
        make = self._lazy.pop(key, None)
        if make is not None:
            super().__setitem__(key, make())

    def _all(self) -> None:
        for key in list(self._lazy):
            self._made(key)

    def __getitem__(self, key):
        self._made(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        self._made(key)
        return super().get(key, default)

    def __setitem__(self, key, value):
        self._lazy.pop(key, None)
        super().__setitem__(key, value)

    def __delitem__(self, key):
        self._lazy.pop(key, None)
        super().__delitem__(key)

    def setdefault(self, key, default=None):
        self._made(key)
        return super().setdefault(key, default)

    def update(self, *args, **kwargs):
        more = dict(*args, **kwargs)
        for key in more:
            self._lazy.pop(key, None)
        super().update(more)

    def pop(self, key, *default):
        self._made(key)
        return super().pop(key, *default)

    def __iter__(self):
        self._all()         # dict(extras) and {**extras} read through keys and items
        return super().__iter__()

    def keys(self):
        self._all()
        return super().keys()

    def values(self):
        self._all()
        return super().values()

    def items(self):
        self._all()
        return super().items()

    def copy(self) -> dict:
        self._all()
        return dict(super().items())

    def __eq__(self, other) -> bool:
        self._all()
        return super().__eq__(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        self._all()
        return super().__repr__()


@dataclass
class Report:
    """Everything one command produced, ready for a reporter."""

    command: str
    documents: list[Document] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    clusters: list[Cluster] = field(default_factory=list)
    provenance: list[ProvenanceEdge] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    extras: dict = field(default_factory=dict)  # alignments, figures, roots: for rich reporters

    def document(self, doc_id: str) -> Optional[Document]:
        for doc in self.documents:
            if doc.id == doc_id:
                return doc
        return None
