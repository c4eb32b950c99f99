"""The draft check's use of the rule engine and plugins: the draft's own voice (framing
rules through the document hook, figures against the sources), detections to findings, and
inline suppressions.

Kept apart from :mod:`quotecheck.lint.drafts` (matching quotations) so that each stays small; both
only call the public interfaces of the engine, plugins and analyses.
"""
from __future__ import annotations

from typing import Any


def load_ruleset(options: Any = None):
    """The run's RuleSet (shipped rules, plugins, ``--rules``, select/ignore) and errors."""
    from quotecheck.plugins.manager import load_ruleset as _load

    return _load(options)


def plugin_manager(options: Any = None):
    """The run's plugin manager (cached per plugin settings)."""
    from quotecheck.plugins.manager import get_plugin_manager

    return get_plugin_manager(options)


def framing_items(drafts: list, story: Any, ruleset: Any, pm: Any) -> list:
    """Findings and detections of the document-scope rules (framing, lexicons) per draft."""
    items: list = []
    for doc in drafts:
        for plugin, item in pm.collect("quotecheck_document_findings", document=doc,
                                       story=story, rules=ruleset):
            if isinstance(item, Exception):
                pm.fail(plugin, str(item))
            else:
                items.append(item)
    return items


def figures_of(doc: Any, quotes: list) -> list:
    """Figures in the narration of one document (empty when the analysis is missing)."""
    try:
        from quotecheck.provenance.derivation import prepare
        from quotecheck.provenance.figures import extract_figures
    except ImportError:  # pragma: no cover - figures analysis not installed
        return []
    return list(extract_figures(prepare(doc, quotes)))


def figure_items(drafts: list, draft_quotes: list, source_figures: list, ruleset: Any
                 ) -> list:
    """``number`` detections for draft figures that no source figure for the same referent
    class, in a sentence about the same thing, supports (sources may disagree among
    themselves: agreeing with any one is enough). ``source_figures`` holds (figure, sentence
    words) pairs."""
    if not any(r.type == "number" for r in ruleset.enabled()) or not source_figures:
        return []
    from quotecheck.lint.figures import comparable, context_at, unsupported_figure, values_agree
    from quotecheck.resources.ruledata import load_data

    try:
        tolerance = float(load_data("provenance")["figures"]["tolerance"])
    except Exception:
        tolerance = 0.05
    by_referent: dict = {}
    for f, context in source_figures:
        by_referent.setdefault(f.referent, []).append((f, context))
    out = []
    for doc in drafts:
        sentences: dict = {}
        for f in figures_of(doc, [q for q in draft_quotes if q.document == doc.id]):
            named = set(str(f.referent or "").lower().split())  # the referent itself
            context = context_at(doc, f.start, f.end, sentences) - named
            same = [g for g, gc in by_referent.get(f.referent, ())
                    if comparable(context, gc - named)]
            if not same or any(values_agree(f.value, g.value,
                                            bool(f.approximator or g.approximator), tolerance)
                               for g in same):
                continue
            near = min(same, key=lambda g: (abs(g.value - f.value), g.document, g.start))
            out.append(unsupported_figure(doc.id, f, near, f.referent,
                                          "source figure, same referent"))
    return out


def to_findings(items: list, ruleset: Any, story: Any = None) -> list:
    """Findings of enabled rules, sorted in document order."""
    from quotecheck.rules.engine import sort_findings
    from quotecheck.rules.engine import to_findings as _to_findings

    return sort_findings(_to_findings(items, ruleset, story), story)


def selector_active(ruleset: Any) -> Any:
    """A test of whether a suppression's code or name refers to an enabled rule."""
    enabled = ruleset.enabled()

    def active(sel: str) -> bool:
        return any(sel == r.name or (sel[:1].isupper() and r.code.startswith(sel))
                   for r in enabled)
    return active


def apply_suppressions(findings: list, drafts: list, ruleset: Any, story: Any = None) -> list:
    """Findings with inline suppressions applied, plus findings for bad or unused ones."""
    if not any("<!--" in doc.text for doc in drafts):
        return findings  # every suppression is an HTML comment
    from quotecheck.lint.suppress import apply_suppressions as _apply
    from quotecheck.lint.suppress import parse_suppressions, unused_detections

    suppressions: list = []
    problems: list = []
    for doc in drafts:
        found, bad = parse_suppressions(doc)
        suppressions.extend(found)
        problems.extend(bad)
    if not suppressions and not problems:
        return findings
    marked = _apply(findings, suppressions)
    problems.extend(unused_detections(suppressions, selector_active(ruleset)))
    problems.extend(unknown_code_detections(suppressions, ruleset))
    return to_findings(marked + problems, ruleset, story)


def unknown_code_detections(suppressions: list, ruleset: Any) -> list:
    """A suppression naming a code or name no loaded rule has (a typo silences nothing)."""
    from quotecheck.model import Detection

    out = []
    for s in suppressions:
        for sel in ruleset.unknown_selectors(list(s.codes)):
            out.append(Detection("suppression", "invalid-suppression", s.document, s.start,
                                 s.end, args={"problem": f"names {sel}, which no rule has",
                                              "directive": s.kind, "selector": sel}))
    return out


def _ignores(sel: str, finding: Any) -> bool:
    """Whether a per-file-ignores entry (ALL, a code or prefix, a name) covers a finding."""
    return sel.upper() == "ALL" or sel == finding.name or (
        sel[:1].isupper() and finding.code.startswith(sel))


def per_file_ignores(findings: list, documents: dict, config: Any) -> list:
    """Findings minus those ``per-file-ignores`` switches off for their file."""
    if config is None or not getattr(config, "per_file_ignores", None):
        return findings
    out = []
    cache: dict = {}
    for f in findings:
        doc = documents.get(f.document)
        if doc is None:
            out.append(f)
            continue
        if doc.id not in cache:
            cache[doc.id] = config.ignored_for(doc.path)
        ignored = cache[doc.id]
        if any(_ignores(sel, f) for sel in ignored):
            continue
        out.append(f)
    return out


def drop_quoted_orthography(findings: list, quotes: list) -> list:
    """Findings minus orthographic ones inside a draft's quotations: a quotation keeps its
    source's house style (colour in a quote, color in the narration is right)."""
    spans: dict = {}
    for q in quotes:
        spans.setdefault(q.document, []).append((q.start, q.end))
    return [f for f in findings
            if not (f.category == "orthographic"
                    and any(a <= f.start and f.end <= b for a, b in spans.get(f.document, ())))]
