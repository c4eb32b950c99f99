"""Every shipped rule's examples run: the invalid text fires the rule, the valid one does not.

Every rule is enabled, as in a default run. Document-scope rules run on the example text
alone. Analysis-backed rules run through the whole pipeline: a story of the example's
``sources`` (published earlier) and the example text, compared as ``quotecheck compare``
does and checked as a draft against the sources as ``quotecheck check`` does; the rule must
fire in the example text in either mode, and the valid text must fire it in neither.
"""
from __future__ import annotations

import pytest

from quotecheck.plugins.manager import build_plugin_manager, load_ruleset
from quotecheck.plugins.run import run_checks

PM = build_plugin_manager(autoload=False)
RULES, RULE_ERRORS = load_ruleset(None, PM)
CASES = [(rule.code, i, kind) for rule in RULES.all() for i, ex in enumerate(rule.examples)
         for kind in ("invalid", "valid") if kind in ex]


def _format(example: dict, text: str) -> str:
    """The example's ``format``, else markdown when it holds a suppression comment."""
    return example.get("format") or ("markdown" if "<!--" in text else "text")


def _doc(text: str, doc_id: str, role: str, outlet: str, published: str, fmt: str = "text"):
    from quotecheck.load.loader import load_text

    suffix = {"text": "txt", "markdown": "md", "html": "html"}[fmt]
    return load_text(text, doc_id, path=f"{doc_id}.{suffix}", fmt=fmt, role=role,
                     meta={"outlet": outlet, "published": published})


def _story(example: dict, text: str, mode: str):
    from quotecheck.story import Story

    sources = [_doc(s, f"source{i}", "source" if mode == "check" else "compared",
                    f"Source Outlet {i}", f"2022-01-0{min(i, 8) + 1}T08:00:00Z")
               for i, s in enumerate(example.get("sources", ()))]
    target = _doc(text, "example", "checked" if mode == "check" else "compared",
                  "Example Outlet", "2022-01-10T18:00:00Z", _format(example, text))
    return Story([*sources, target]), target, sources


def _codes_compare(rule, example: dict, text: str) -> set:
    story, target, _ = _story(example, text, "compare")
    ruleset = RULES
    documents = None if RULES.rule_type(rule.type).analysis_backed else [target]
    findings = run_checks(story, ruleset, PM, documents=documents)
    return {f.code for f in findings if f.document == target.id}


def _codes_check(rule, example: dict, text: str) -> set:
    from quotecheck.lint.drafts import check_documents
    from quotecheck.lint.findings import apply_suppressions

    story, target, sources = _story(example, text, "check")
    ruleset = RULES
    report = check_documents([target], sources, None, ruleset=ruleset, pm=PM)
    findings = apply_suppressions(report.findings, [target], ruleset, story)
    return {f.code for f in findings if f.document == target.id and not f.suppressed}


def fired(rule, example: dict, text: str) -> bool:
    """Whether ``rule`` reports something in ``text`` (either mode for analysis rules)."""
    if rule.code in _codes_compare(rule, example, text):
        return True
    if RULES.rule_type(rule.type).analysis_backed:
        return rule.code in _codes_check(rule, example, text)
    return False


def test_rules_load_without_errors():
    assert not RULE_ERRORS, [str(e) for e in RULE_ERRORS]
    assert not PM.errors, [str(e) for e in PM.errors]


def test_every_shipped_rule_has_examples():
    missing = [r.code for r in RULES.all() if not any("invalid" in e for e in r.examples)
               or not any("valid" in e for e in r.examples)]
    assert not missing, f"rules without both an invalid and a valid example: {missing}"


@pytest.mark.parametrize("code,index,kind", CASES,
                         ids=[f"{c}-{i}-{k}" for c, i, k in CASES])
def test_rule_example(code, index, kind):
    rule = RULES.get(code)
    example = rule.examples[index]
    result = fired(rule, example, example[kind])
    if kind == "invalid":
        assert result, f"{code} {rule.name} did not fire on its invalid example {index + 1}"
    else:
        assert not result, f"{code} {rule.name} fired on its valid example {index + 1}"
