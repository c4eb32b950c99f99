"""The rule engine: detections to findings, messages, severities, fingerprints, run_checks."""
from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from quotecheck.model import Detection, Document, Finding, Metadata, Related
from quotecheck.plugins.manager import build_plugin_manager, load_ruleset
from quotecheck.plugins.run import run_checks
from quotecheck.rules.engine import (fingerprint_findings, format_message, rule_for, sort_findings,
                                     to_findings, unmatched)
from quotecheck.story import Story
from quotecheck.text.textview import TextView

PM = build_plugin_manager(autoload=False)
RULES, _ = load_ruleset(None, PM)


def _doc(text: str, doc_id: str, outlet: str = None) -> Document:
    return Document(doc_id, f"{doc_id}.txt", text, TextView.identity(text),
                    meta=Metadata(outlet=outlet))


def test_format_message_never_raises():
    assert format_message("a {x} b", {"x": 1}) == "a 1 b"
    assert format_message("a {missing} b", {}) == "a ? b"
    assert format_message("{x:>5}|{y:d}", {"x": "ab", "y": "not a number"}) == \
        "   ab|not a number"
    assert format_message("{x.attr} {x[0]}", {"x": 3}) == "? ?"
    assert format_message("{}", {}) == "?"


@given(st.text(max_size=30), st.dictionaries(st.sampled_from(["a", "b", "text"]),
                                             st.one_of(st.text(max_size=5), st.integers())))
def test_format_message_total(template, fields):
    assert isinstance(format_message(template, fields), str)


def test_detection_becomes_finding_with_rule_code_message_and_related_fields():
    a = _doc('He said "we thank them for their bravery".', "a", "Outlet A")
    b = _doc('He said "we thank them for their courage".', "b", "Outlet B")
    story = Story([a, b])
    det = Detection("quote-drift", "wording", "b", 33, 40, {"kind": "substitution"},
                    (Related("a", 33, 40, "parent"),))
    [f] = to_findings([det], RULES, story)
    assert (f.code, f.name, f.severity, f.category) == ("QC103", "quote-wording", "warning",
                                                         "wording")
    assert "courage" in f.message and "Outlet A" in f.message and "bravery" in f.message
    assert f.related == det.related


def test_severity_from_detection_and_ceilings():
    doc = _doc("colour and color", "d")
    story = Story([doc])
    up = Detection("quote-drift", "meaning", "d", 0, 6, severity="warning")
    assert to_findings([up], RULES, story)[0].severity == "warning"  # analysis knows better
    capped = Detection("quote-drift", "orthographic", "d", 0, 6, severity="error")
    assert to_findings([capped], RULES, story)[0].severity == "info"  # max-severity = info
    subst = Detection("substitution", "orthographic", "d", 11, 16, severity="error")
    assert to_findings([subst], RULES, story)[0].severity == "info"  # type ceiling


def test_garble_kinds_pick_the_rule_and_category_is_the_types():
    doc = _doc("allied with Moscow By. Then (They]) left", "d")
    story = Story([doc])
    dets = [Detection("garble", "garble", "d", 19, 21, {"kind": "orphaned-fragment"}),
            Detection("garble", "garble", "d", 28, 35, {"kind": "bracket-debris"}),
            Detection("garble", "garble", "d", 0, 6, {"kind": "never-heard-of"})]
    codes = [(f.code, f.category, f.severity) for f in to_findings(dets, RULES, story)]
    assert codes[0] == ("QC201", "garble", "warning")
    assert codes[1][0] == "QC202" and codes[1][2] == "info"
    assert codes[2][2] == "info"  # an unknown kind never lands on a warning rule


def test_disabled_rules_and_unknown_types_are_dropped():
    doc = _doc("text text", "d")
    dets = [Detection("quote-drift", "wording", "d", 0, 4),
            Detection("no-such-type", "x", "d", 0, 4)]
    assert to_findings(dets, RULES.with_selection(None, "quote-wording"), Story([doc])) == []
    assert unmatched(dets, RULES) == [dets[1]]


def test_pinned_rule_and_plugin_findings():
    det = Detection("garble", "garble", "d", 0, 1, {"rule": "QC204"})
    assert rule_for(det, RULES).code == "QC204"
    plugin = Finding("ZZ9", "plugin-rule", "info", "x", "d", 0, 1, "from a plugin")
    disabled = Finding("QC103", "quote-wording", "warning", "wording", "d", 0, 1, "m")
    out = to_findings([plugin, disabled, plugin], RULES.with_selection(None, "QC103"))
    assert out == [plugin]


def test_fingerprints_ignore_line_numbers_but_tell_occurrences_apart():
    text = "He said the the talks failed.\nLater the the vote passed."
    det = [Detection("garble", "garble", "d", 8, 15, {"kind": "doubled-word"}),
           Detection("garble", "garble", "d", 36, 43, {"kind": "doubled-word"})]
    f1 = fingerprint_findings(to_findings(det, RULES, Story([_doc(text, "d")])),
                              Story([_doc(text, "d")]))
    shifted = "A new first line.\n\n" + text
    n = len("A new first line.\n\n")
    det2 = [Detection(d.rule_type, d.category, "d", d.start + n, d.end + n, d.args)
            for d in det]
    story2 = Story([_doc(shifted, "d")])
    f2 = fingerprint_findings(to_findings(det2, RULES, story2), story2)
    assert [f.fingerprint for f in f1] == [f.fingerprint for f in f2]
    assert f1[0].fingerprint != f1[1].fingerprint
    assert all(f.fingerprint and len(f.fingerprint) == 20 for f in f1)


def test_sort_follows_story_document_order():
    a, b = _doc("x", "zzz"), _doc("y", "aaa")
    fs = [Finding("QC1", "n", "info", "c", "aaa", 0, 1, "m"),
          Finding("QC1", "n", "info", "c", "zzz", 5, 6, "m"),
          Finding("QC1", "n", "info", "c", "zzz", 0, 1, "m")]
    out = sort_findings(fs, Story([a, b]))
    assert [(f.document, f.start) for f in out] == [("zzz", 0), ("zzz", 5), ("aaa", 0)]


class _FakeAnalysis:
    def __init__(self, detections):
        self.detections = detections


def test_run_checks_gathers_document_and_story_hooks_then_filters():
    a = _doc("The organisation and the organization met. It was the the end.", "a")
    b = _doc("Another text.", "b")
    story = Story([a, b])
    story.__dict__["alignment"] = _FakeAnalysis([
        Detection("garble", "garble", "a", 55, 62, {"kind": "doubled-word"})])
    story.__dict__["provenance"] = _FakeAnalysis([
        Detection("boilerplate", "boilerplate", "b", 0, 7)])
    findings = run_checks(story, RULES, PM)
    codes = {(f.code, f.document) for f in findings}
    assert ("QC901", "a") in codes  # document hook: mixed spelling
    assert ("QC204", "a") in codes and ("QC502", "b") in codes  # story hook: analyses
    assert all(f.fingerprint for f in findings)
    only_a = run_checks(story, RULES, PM, documents=[a])
    assert {f.document for f in only_a} == {"a"}


def test_run_checks_reports_a_raising_rule_type_by_name():
    from quotecheck.rules.ruleset import Rule, RuleSet
    from quotecheck.rules.ruletypes import RuleType

    class Broken(RuleType):
        name = "broken"

        def check_document(self, rule, compiled, document, story):
            raise RuntimeError("bad rule type")

    rule = Rule("ZZ1", "zz-broken", "broken", "info", "document", "m", "w", "y")
    ok = RULES.get("QC901")
    rules = RuleSet([rule, ok], types={**RULES.types, "broken": Broken()})
    doc = _doc("colour and color", "d")
    story = Story([doc])
    story.__dict__["alignment"] = _FakeAnalysis([])
    story.__dict__["provenance"] = _FakeAnalysis([])
    pm = build_plugin_manager(autoload=False)
    findings = run_checks(story, rules, pm)
    assert [f.code for f in findings] == ["QC901"]
    assert any("checks_documents" in str(e) and "ZZ1" in str(e) for e in pm.errors)


def test_story_hook_skips_analyses_when_no_analysis_rule_is_enabled():
    story = Story([_doc("colour", "d")])  # touching .alignment would need the analyses
    rules = RULES.with_selection("QC901")
    assert run_checks(story, rules, build_plugin_manager(autoload=False)) == []
    assert "alignment" not in story.__dict__
