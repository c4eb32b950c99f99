"""The framing rule packs (QC3xx) run through the real loader and engine.

Every example runs as a test (invalid fires its rule, valid does not), the verb classes cover
the whole shared report-verb list, and the seed findings are pinned.
"""
from pathlib import Path

import pytest

from quotecheck.load.loader import load_paths, load_text
from quotecheck.plugins.manager import load_ruleset
from quotecheck.plugins.run import run_checks
from quotecheck.resources.ruledata import parse_toml
from quotecheck.story import Story

ROOT = Path(__file__).resolve().parent.parent
# a copy of the shared lexicons (MIT; LICENSE beside them)
SHARED_LEXICONS = ROOT / "tests" / "data" / "shared" / "lexicons"


@pytest.fixture(scope="module")
def ruleset():
    rs, errors = load_ruleset()
    framing_errors = [str(e) for e in errors if "framing" in str(e)]
    assert not framing_errors
    return rs


def framing_rules(rs):
    return [r for r in rs.all() if r.code.startswith("QC3")]


def findings(rs, text, code):
    doc = load_text(text, id="example")
    return run_checks(Story([doc]), rs.with_selection(select=code), documents=[doc])


def example_cases():
    rs, _ = load_ruleset()
    for rule in framing_rules(rs):
        for i, ex in enumerate(rule.examples):
            for key in ("invalid", "valid"):
                if key in ex:
                    yield pytest.param(rule.code, key, ex[key], id=f"{rule.code}-{i}-{key}")


def test_framing_rules_are_loaded_and_documented(ruleset):
    rules = framing_rules(ruleset)
    assert {r.type for r in rules} == {"stance", "hedge", "scare-quote", "existence"}
    assert len(rules) >= 8
    for r in rules:
        assert r.what and r.why and r.source and r.licence == "MIT", r.code
        assert any("invalid" in ex for ex in r.examples), r.code
        assert any("valid" in ex for ex in r.examples), r.code
        assert r.scope in ("narration", "headline")


@pytest.mark.parametrize("code,key,text", list(example_cases()))
def test_rule_examples(ruleset, code, key, text):
    got = findings(ruleset, text, code)
    if key == "invalid":
        assert got, f"{code} should fire on {text!r}"
        assert all("{" not in f.message for f in got)
    else:
        assert not got, f"{code} should not fire on {text!r}: {got}"


def test_every_shared_report_verb_has_exactly_one_class():
    path = SHARED_LEXICONS / "report_verbs.txt"
    listed = [ln.strip() for ln in path.read_text().splitlines()
              if ln.strip() and not ln.startswith("#")]
    data = parse_toml(ROOT / "rules" / "data" / "framing-verbs.toml")
    owner: dict = {}
    for cls, entry in data["classes"].items():
        for verb in entry["verbs"]:
            assert verb not in owner, f"{verb} in {owner.get(verb)} and {cls}"
            owner[verb] = cls
    missing = [v for v in listed if v not in owner]
    assert not missing


def test_hedge_words_are_curated_not_the_whole_hyland_list(ruleset):
    rule = ruleset.get("evidential-hedge")
    words = set(rule.options["words"])
    assert {"allegedly", "reportedly", "apparently"} <= words
    assert not words & {"about", "around", "would", "should", "often", "may"}


def test_bad_options_name_the_key(tmp_path):
    from quotecheck.plugins.manager import get_plugin_manager
    from quotecheck.rules.schema import load_rules

    bad = tmp_path / "bad.toml"
    bad.write_text('code = "XQ1"\nname = "x"\ntype = "stance"\nseverity = "info"\n'
                   'scope = "narration"\nmessage = "m"\nwhat = "w"\nwhy = "y"\n'
                   'classes = ["sarcasm"]\n')
    unsafe = tmp_path / "unsafe.toml"
    unsafe.write_text('code = "XQ2"\nname = "y"\ntype = "existence"\nseverity = "info"\n'
                      'scope = "narration"\nmessage = "m"\nwhat = "w"\nwhy = "y"\n'
                      'patterns = ["(a+)+b"]\n')
    rs, errors = load_rules([tmp_path], get_plugin_manager().rule_types(), builtin_roots=[])
    assert len(rs) == 0
    text = sorted(str(e) for e in errors)
    assert "bad.toml" in text[0] and "classes" in text[0] and "sarcasm" in text[0]
    assert "unsafe.toml" in text[1] and "patterns" in text[1]


def test_existence_patterns_for_plugin_authors(tmp_path):
    from quotecheck.plugins.manager import get_plugin_manager
    from quotecheck.rules.schema import load_rules

    f = tmp_path / "p.toml"
    f.write_text('code = "XQ3"\nname = "z"\ntype = "existence"\nseverity = "info"\n'
                 'scope = "narration"\nmessage = "{word}"\nwhat = "w"\nwhy = "y"\n'
                 'patterns = ["\\\\bbombshell\\\\w*"]\n')
    rs, errors = load_rules([f], get_plugin_manager().rule_types(), builtin_roots=[])
    assert not errors
    doc = load_text("A bombshell report. “A bombshell,” he said.", id="p")
    got = run_checks(Story([doc]), rs, documents=[doc])
    assert [doc.text[x.start:x.end] for x in got] == ["bombshell"]


# -- pinned seed findings ------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed_run(ruleset):
    docs = load_paths(sorted((ROOT / "seeds").glob("0*.txt"))).documents
    story = Story(docs)
    found = run_checks(story, ruleset.with_selection(select="QC3"))
    return story, {d.id[:3]: d for d in docs}, found


def spans(found, doc, code):
    return [doc.text[f.start:f.end] for f in found if f.document == doc.id and f.code == code]


def test_seed_doubt_verbs(seed_run):
    _, docs, found = seed_run
    assert spans(found, docs["000"], "QC301") == ["claimed", "claimed"]
    assert spans(found, docs["004"], "QC301") == ["alleged"]
    for f in found:
        assert docs[f.document[:3]].text[f.start:f.end].lower() not in ("said", "says")


def test_seed_scare_quote_terrorists(seed_run):
    _, docs, found = seed_run
    doc = docs["000"]
    hits = [f for f in found if f.document == doc.id and f.code == "QC320"]
    target = doc.text.index("“terrorists”") + 1
    assert any(f.start == target and doc.text[f.start:f.end] == "terrorists" for f in hits)


def test_seed_nothing_inside_putins_quotes(seed_run):
    story, docs, found = seed_run
    putin = [q for q in story.quotes if q.speaker and "Putin" in q.speaker]
    assert putin
    for f in found:
        for q in putin:
            if q.document == f.document:
                assert f.end <= q.start or f.start >= q.end, (f, q.text)


def test_seed_labels_and_so_called_inside_quotes_stay_silent(seed_run):
    _, docs, found = seed_run
    for key in ("000", "002", "003"):
        assert not spans(found, docs[key], "QC321")  # "so-called" only inside quotations
    assert not spans(found, docs["004"], "QC330")    # "regime change" is excepted


# -- behaviour on realistic news sentences -------------------------------------------------
CASES = [
    ("The attack claimed the lives of 12 soldiers.", []),
    ("The rebels claimed responsibility for the bombing.", []),
    ("Trump claimed victory on Tuesday night.", []),
    ("The Kremlin claims the West is behind the unrest.", ["QC301:claims"]),
    ("He insisted he had done nothing wrong.", ["QC301:insisted"]),
    ("“We will fight,” claims Putin.", ["QC301:claims"]),
    ("Claims of foreign involvement have not been substantiated.", []),
    ("Officials dismissed claims that the West was behind the unrest.", []),
    ("She was admitted to hospital on Sunday.", []),
    ("The documents revealed a secret plan.", []),
    ("He pointed out that the figures were provisional.", ["QC304:pointed out"]),
    ("Biden slammed the door on further talks.", []),
    ("The senator blasted the plan as a giveaway.", ["QC302:blasted"]),
    ("A bomb blast killed three people.", []),
    ("Sanctions regime tightened on Monday.", []),
    ("The Syrian regime's forces shelled the town.", ["QC330:regime"]),
    ("Insurgents, whom the government calls terrorists, seized the town.", []),
    ("Critics say the dictator has ruled for 30 years.", []),
    ("The “peacekeepers” arrived in Almaty on Thursday.", ["QC320:peacekeepers"]),
    ("Residents described a “hellish” night.", []),
    ("The group, known as “the Wagner group”, arrived.", []),
    ("The suspect allegedly stole $5,000.", ["QC310:allegedly"]),
    ("The alleged attacker was arrested.", []),
    ("Prices rose by about 3% and will likely rise further.", []),
    ("Prosecutors allege that he stole $5m from the fund.", []),
    ("The indictment alleged he had lied to investigators.", []),
    ("The minister alleged that the fund had been looted.", ["QC301:alleged"]),
    ("The study found that turnout had fallen.", []),
    ("Officials confirmed that 164 people had died.", ["QC304:confirmed"]),
    ("As Putin claimed, the West was behind it.", ["QC301:claimed"]),
    ("The athlete followed a strict training regime.", []),
    ("The Taliban regime banned girls from school.", ["QC330:regime"]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_news_sentences(ruleset, text, expected):
    got = findings(ruleset, text, "QC3")
    doc_text = text
    assert [f"{f.code}:{doc_text[f.start:f.end]}" for f in got] == expected


def test_custom_existence_rule_in_docs_loads_and_runs(tmp_path):
    from quotecheck.plugins.manager import get_plugin_manager
    from quotecheck.rules.schema import load_rules

    doc_md = (ROOT / "docs" / "framing.md").read_text(encoding="utf-8")
    block = doc_md.split("```toml\n", 1)[1].split("```", 1)[0]
    f = tmp_path / "custom.toml"
    f.write_text(block, encoding="utf-8")
    rs, errors = load_rules([f], get_plugin_manager().rule_types(), builtin_roots=[])
    assert not errors, errors
    doc = load_text("A bombshell, shocking report on a shock absorber. “Shock!” he said.",
                    id="c")
    got = run_checks(Story([doc]), rs, documents=[doc])
    assert [doc.text[x.start:x.end] for x in got] == ["bombshell", "shocking"]


def _custom(tmp_path, body):
    from quotecheck.plugins.manager import get_plugin_manager
    from quotecheck.rules.schema import load_rules

    f = tmp_path / "c.toml"
    f.write_text('code = "XQ9"\nname = "c"\nseverity = "info"\nmessage = "m"\n'
                 'what = "w"\nwhy = "y"\n' + body, encoding="utf-8")
    return load_rules([f], get_plugin_manager().rule_types(), builtin_roots=[])


def test_headline_scope_limits_a_rule_to_headline_lines(tmp_path):
    rs, errors = _custom(tmp_path, 'type = "stance"\nscope = "headline"\nclasses = ["doubt"]\n')
    assert not errors
    doc = load_text("Putin claims West is behind unrest\n\nPutin claimed that the West "
                    "was behind the unrest.\n", id="h")
    got = run_checks(Story([doc]), rs, documents=[doc])
    assert [(doc.text[f.start:f.end], f.start) for f in got] == [("claims", 6)]


def test_unsupported_scope_is_a_config_error(tmp_path):
    rs, errors = _custom(tmp_path, 'type = "existence"\nscope = "quote"\nwords = ["x"]\n')
    assert len(rs) == 0 and "scope" in str(errors[0]) and "c.toml" in str(errors[0])


def test_words_from_a_txt_list_beside_the_rule(tmp_path):
    (tmp_path / "hype.txt").write_text("# hype words\nbombshell\nexplosive revelation\n")
    rs, errors = _custom(tmp_path, 'type = "existence"\nscope = "narration"\n'
                                   'words_from = "hype.txt"\n')
    assert not errors
    doc = load_text("An explosive  revelation, a bombshell.", id="w")
    got = run_checks(Story([doc]), rs, documents=[doc])
    assert [doc.text[f.start:f.end] for f in got] == ["explosive  revelation", "bombshell"]
    rs, errors = _custom(tmp_path, 'type = "existence"\nscope = "narration"\n'
                                   'words_from = "missing.txt"\n')
    assert "words_from" in str(errors[0])


def test_same_text_same_findings_whatever_the_outlet(ruleset):
    text = ("Putin claimed that “terrorists” trained abroad had attacked. The regime "
            "allegedly armed so-called volunteers.")
    docs = [load_text(text, id=f"d{i}", meta={"outlet": outlet, "affiliation": aff})
            for i, (outlet, aff) in enumerate([("RT", "state-controlled"), ("BBC", None),
                                               ("Reuters", None)])]
    got = run_checks(Story(docs), ruleset.with_selection(select="QC3"))
    per_doc = {d.id: [(f.code, f.start, f.end, f.severity) for f in got if f.document == d.id]
               for d in docs}
    assert per_doc["d0"] and per_doc["d0"] == per_doc["d1"] == per_doc["d2"]
