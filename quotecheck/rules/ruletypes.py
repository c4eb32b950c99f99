"""Rule types: what a rule's ``type`` means, which options it takes, how it finds problems.

A rule type validates and precompiles the type-specific options of its rules, and either
checks a document itself (document-scope types such as framing lexicons) or is fed by an
analysis (``analysis_backed``: alignment and provenance emit Detections with the type's name
and a category, and the engine maps them to the rule). Plugins register more through the
``quotecheck_rule_types`` hook.
"""
from __future__ import annotations

import re
from typing import Any, ClassVar, Iterable, Mapping, Optional

from quotecheck.errors import ConfigError
from quotecheck.model import Detection, Document


class RuleType:
    """Base class of every rule type.

    Subclasses set ``name`` and ``options`` (allowed option keys → Python types such as
    ``str``, ``float``, ``list[str]``); the base class validates rule files against them.
    """

    name: ClassVar[str] = ""
    description: ClassVar[str] = ""
    options: ClassVar[dict] = {}
    required: ClassVar[tuple] = ()          # option keys a rule of this type must give
    analysis_backed: ClassVar[bool] = False
    categories: ClassVar[tuple] = ()        # detection categories it takes (empty: any)
    report_category: ClassVar[Optional[str]] = None  # fixed finding category, if any
    max_severity: ClassVar[Optional[str]] = None     # never report above this

    def validate_options(self, options: Mapping[str, Any]) -> None:
        """Raise ConfigError (with the key) for an unknown, missing or mistyped option."""
        from quotecheck.rules.schema import check_value

        for key, value in options.items():
            if key not in self.options:
                allowed = ", ".join(sorted(self.options)) or "none"
                raise ConfigError(f"unknown key for rule type {self.name!r} "
                                  f"(type options: {allowed})", key=key)
            tp = self.options[key]
            if not check_value(value, tp):  # list[str] by its full name, not just "list"
                what = tp if hasattr(tp, "__origin__") else getattr(tp, "__name__", tp)
                raise ConfigError(f"must be {what}", key=key)
        for key in self.required:
            if key not in options:
                raise ConfigError(f"missing option required by type {self.name!r}", key=key)

    def compile(self, rule: Any) -> object:
        """Precompile the rule's options (regexes, word sets); raise ConfigError if invalid.

        Called once at load time; the result is handed back to :meth:`check_document`.
        """
        if self.categories and rule.category and rule.category not in self.categories:
            raise ConfigError(f"{rule.category!r} is not a category of type {self.name!r} "
                              f"(one of {', '.join(self.categories)})", key="category")
        return None

    def check_document(self, rule: Any, compiled: object, document: Document,
                       story: Any) -> Iterable[Detection]:
        """Detections of this rule in one document (document-scope types; default none)."""
        return ()

    def finding_category(self, rule: Any, detection: Detection) -> str:
        """The finding category reported for a detection mapped to ``rule``."""
        return self.report_category or rule.category or detection.category

    @staticmethod
    def compile_regex(rule: Any, pattern: str, key: str, flags: int = 0) -> re.Pattern:
        """A safe compiled regex for an option, or ConfigError naming the key."""
        from quotecheck.resources.regexsafe import UnsafePattern, compile_safe

        try:
            return compile_safe(pattern, flags)
        except re.error as exc:
            raise ConfigError(f"invalid regular expression {pattern!r}: {exc}",
                              key=key) from None
        except UnsafePattern as exc:
            raise ConfigError(f"unsafe regular expression {pattern!r}: {exc}",
                              key=key) from None


class AnalysisRuleType(RuleType):
    """A type whose detections come from an analysis (alignment, provenance, draft check)."""

    analysis_backed = True


class QuoteDrift(AnalysisRuleType):
    name = "quote-drift"
    description = "a rendering of a quotation differs from another rendering of it"
    categories = ("orthographic", "translation", "rendering", "wording", "meaning",
                  "truncation")


class QuoteSource(AnalysisRuleType):
    name = "quote-source"
    description = "a quotation no source contains, or attributed to another speaker"
    categories = ("unsourced", "misattribution")


class Garble(AnalysisRuleType):
    name = "garble"
    description = "mechanical corruption of the text (fragments, debris, doubled words)"
    report_category = "garble"


class HedgeDrift(AnalysisRuleType):
    name = "hedge-drift"
    description = "a hedge or evidential added or dropped relative to the parent text"
    report_category = "hedge"


class Number(AnalysisRuleType):
    name = "number"
    description = "a figure that disagrees with others for the same referent"
    report_category = "number"


class Provenance(AnalysisRuleType):
    name = "provenance"
    description = "undisclosed reuse of another article"
    report_category = "provenance"


class Boilerplate(AnalysisRuleType):
    name = "boilerplate"
    description = "scraper, paywall or comment-form chrome left in the text"
    report_category = "boilerplate"


class Substitution(RuleType):
    """A variant map (for example UK/US spelling) used to normalise before comparing.

    On its own it reports, never above info, a document that spells one word two ways;
    between documents house style is never an error (the alignment stage folds variants).
    """

    name = "substitution"
    description = "a variant map used for normalisation; reports mixed spellings in one text"
    options = {"variants": str}
    required = ("variants",)
    report_category = "orthographic"
    max_severity = "info"

    def compile(self, rule: Any) -> object:
        super().compile(rule)
        from quotecheck.resources.ruledata import rules_root

        name = rule.options["variants"]
        if not re.match(r"^[a-z0-9][a-z0-9_-]*$", name):
            raise ConfigError(f"{name!r}: the name of a file under rules/data/ (no suffix)",
                              key="variants")
        if not (rules_root() / "data" / f"{name}.toml").is_file():
            raise ConfigError(f"no data file rules/data/{name}.toml", key="variants")
        return name

    def check_document(self, rule: Any, compiled: object, document: Document,
                       story: Any) -> Iterable[Detection]:
        groups = variant_groups(str(compiled or rule.options["variants"]))
        hits = self._group_words(document, groups)
        out = self._mixed(document, hits, ())
        if out and story is not None and hasattr(story, "quotes_of"):
            # words inside quotations keep their speaker's or source's spelling: they are
            # not the document's house style, so they neither set it nor break it
            quoted = [(q.start, q.end) for q in story.quotes_of(document.id)]
            if quoted:
                out = self._mixed(document, hits, quoted)
        return out

    @staticmethod
    def _group_words(document: Document, groups: dict) -> list:
        """``(word, group, start, end)`` of each word of the text that has variant spellings
        (original offsets), in text order: one scan, read by both passes of ``_mixed``."""
        text = document.view.text
        # only a group spelt two ways in the text can give a detection (leaving quotations
        # out only drops words): find those from the distinct words first, one C pass; most
        # texts have none, and the per-word scan below is then skipped. The distinct
        # lower-cased words that have variants are picked out in C (most words have none)
        # The distinct words come from the scan the report's word count shares (letters and
        # digits, :mod:`quotecheck.text.wordcount`); a word of letters only is one of this
        # rule's words, and any other holds them as its own matches of ``_WORD`` (a match
        # of ``_WORD`` never crosses such a word's ends): the same set as a scan of the text
        from quotecheck.text.wordcount import distinct_words

        letters = []
        for w in distinct_words(text):
            if w.isalpha():
                letters.append(w)
            else:
                letters.extend(_WORD.findall(w))
        spellings: dict = {}
        for low in set(map(str.lower, letters)) & groups.keys():
            spellings.setdefault(groups[low], set()).add(low)
        mixed = {g for g, seen in spellings.items() if len(seen) > 1}
        if not mixed:
            return []
        found = []
        for m in _WORD.finditer(text):
            word = m.group(0).lower()
            group = groups.get(word)
            if group in mixed:
                found.append((word, group, m.start(), m.end()))
        starts, ends = document.view.map_spans([f[2] for f in found], [f[3] for f in found])
        return [(w, g, s, e) for (w, g, _, _), s, e in zip(found, starts, ends)]

    def _mixed(self, document: Document, hits: list, quoted) -> list:
        """Detections for words spelt unlike the first spelling of their group, words in
        the ``quoted`` spans (offsets into the original text) left out."""
        from quotecheck.text.spanindex import SpanIndex

        quoted = SpanIndex(quoted) if quoted else None  # not a scan of them per word
        first: dict = {}  # group -> spelling seen first
        out = []
        for word, group, start, end in hits:
            if quoted is not None and quoted.covers(start, end):
                continue
            seen = first.setdefault(group, word)
            if seen != word:
                out.append(Detection(self.name, "orthographic", document.id, start, end,
                                     args={"other": seen, "variant": word}))
        return out


_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


class BidiControl(RuleType):
    """Bidirectional control characters inside a quotation (document scope).

    An override or isolate (U+202A-U+202E, U+2066-U+2069) or a directional mark (U+200E,
    U+200F) makes the quotation display differently from its logical text, which is what
    every comparison reads: the words a reader sees are not the words that were checked.
    Only controls that can reorder something count (``quotes.invisible.bidi_runs``).
    """

    name = "bidi-control"
    description = "bidirectional control characters inside a quotation"
    report_category = "integrity"

    def check_document(self, rule: Any, compiled: object, document: Document,
                       story: Any) -> Iterable[Detection]:
        from quotecheck.quotes.invisible import bidi_runs

        if story is None or not hasattr(story, "quotes_of"):
            return []
        out = []
        for q in story.quotes_of(document.id):
            lo = q.open_start if q.open_start is not None else q.start
            hi = q.close_end if q.close_end is not None else q.end
            for start, end, names in bidi_runs(document.text, lo, hi):
                out.append(Detection(self.name, "bidi", document.id, start, end,
                                     args={"chars": names}))
        return out


def variant_groups(name: str) -> dict:
    """Word → group id from ``rules/data/<name>.toml`` (``pairs``: one group per line)."""
    cached = _GROUPS.get(name)
    if cached is None:
        import hashlib

        from quotecheck.resources.ruledata import load_data
        from quotecheck.resources.warmstart import data_key, remembered

        raw = load_data(name).get("pairs", "")
        key = (hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()
               if isinstance(raw, str) else data_key(raw))  # repr of a long text is slow
        cached = remembered(f"variant-groups:{key}", lambda: _groups_of(raw))
        _GROUPS[name] = cached
    return cached


def _groups_of(raw) -> dict:
    """Word → line number of a ``pairs`` table (the first line naming a word wins)."""
    out: dict = {}
    lines = raw.splitlines() if isinstance(raw, str) else [" ".join(p) for p in raw]
    for i, line in enumerate(lines):
        for word in line.split():
            out.setdefault(word.lower(), i)
    return out


_GROUPS: dict = {}


BUILTIN_TYPES = (QuoteDrift, QuoteSource, Garble, HedgeDrift, Number, Provenance,
                 Boilerplate, Substitution, BidiControl)


def builtin_rule_types() -> list[RuleType]:
    """Instances of the analysis-backed types shipped with quotecheck."""
    return [cls() for cls in BUILTIN_TYPES]
