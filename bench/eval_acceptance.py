#!/usr/bin/env python3
"""Acceptance run of compare and check on a fourth held-out corpus (tests/eval/acceptance).

Story sets with planted changes, expected provenance edges and quotes that must stay silent,
and drafts against sources; each expectation is scored found / missing / false positive
through the real CLI (JSON output). Run: python bench/eval_acceptance.py [-v]
"""
import json
import os
import subprocess
import sys

MAIN = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.join(MAIN, "tests", "eval", "acceptance")
SEV = {"info": 0, "warning": 1, "error": 2}
VERBOSE = "-v" in sys.argv


def run(args):
    p = subprocess.run([sys.executable, "-m", "quotecheck", *args, "--format", "json"],
                       cwd=MAIN, capture_output=True, text=True)
    try:
        rep = json.loads(p.stdout)
    except Exception:
        rep = {"findings": [], "provenance": [], "_err": p.stderr[-500:]}
    return p.returncode, rep, p.stderr


def locate(text, context, snippet):
    i = text.find(context)
    if i < 0:
        return None
    j = text.find(snippet, i)
    if j < 0 or j > i + len(context):
        j = i
        snippet = context
    return j, j + len(snippet)


def overlaps(f, span):
    return f["start"] < span[1] and f["end"] > span[0]


def fmt(f, text):
    return "%s %s/%s [%s] %r: %s" % (f["document"], f.get("code"), f["category"], f["severity"],
                                   text[f["start"]:f["end"]][:60], f.get("message", "")[:110])


rows = []          # (case, item, ok, detail)
tally = {}


def record(group, case, item, ok, detail=""):
    rows.append((group, case, item, ok, detail))
    t = tally.setdefault(group, [0, 0])
    t[0] += ok
    t[1] += 1


def read(path):
    with open(path, encoding="utf-8") as fh:
        return fh.read()


# ---------------- compare: story sets ----------------
sdir = os.path.join(HERE, "stories")
for sset in sorted(os.listdir(sdir)):
    d = os.path.join(sdir, sset)
    exp = json.load(open(os.path.join(d, "expect.json")))
    rc, rep, err = run(["compare", d, "--no-cache"] if False else ["compare", d])
    texts = {f: read(os.path.join(d, f)) for f in os.listdir(d) if f != "expect.json"}
    prov = rep.get("provenance", [])
    for e in exp["edges"]:
        hit = [p for p in prov if p["source"] == e["source"] and p["derived"] == e["derived"]]
        rev = [p for p in prov if p["source"] == e["derived"] and p["derived"] == e["source"]]
        ok = bool(hit) and hit[0]["relation"] in e["relation"]
        det = ("got %s" % hit[0]["relation"] if hit else
               "reversed (%s)" % rev[0]["relation"] if rev else "missing")
        record("compare-edges", sset, "%s -> %s (%s)" % (e["source"], e["derived"], "/".join(e["relation"])), ok, det)
    ind = set(exp["independent"])
    expected_pairs = {(e["source"], e["derived"]) for e in exp["edges"]}
    extra = [p for p in prov if (p["source"], p["derived"]) not in expected_pairs]
    for p in extra:
        record("compare-edges", sset, "unexpected edge %s -> %s" % (p["source"], p["derived"]), False,
               "%s %.2f %s" % (p["relation"], p.get("confidence", 0), "; ".join(p.get("evidence", []))[:160]))
    if not extra:
        record("compare-edges", sset, "no edge among independents/extra", True)
    finds = [f for f in rep.get("findings", []) if SEV.get(f["severity"], 0) >= 1]
    for fx in exp["findings"]:
        t = texts[fx["document"]]
        span = locate(t, fx["context"], fx["snippet"])
        if span is None:
            record("compare-findings", sset, "BAD EXPECT " + fx["context"], False)
            continue
        near = [f for f in finds if f["document"] == fx["document"] and overlaps(f, span)]
        good = [f for f in near if f["category"] in fx["categories"]]
        det = "" if good else ("got " + " | ".join(fmt(f, t) for f in near) if near else "missing")
        record("compare-findings", sset, "%s %s: %r" % (fx["document"], "/".join(fx["categories"]), fx["snippet"]), bool(good), det)
    for s in exp["silent"]:
        t = texts[s["document"]]
        i = t.find(s["snippet"])
        if i < 0:
            record("compare-silent", sset, "BAD EXPECT " + s["snippet"], False)
            continue
        span = (i, i + len(s["snippet"]))
        fp = [f for f in finds if f["document"] == s["document"] and overlaps(f, span)]
        record("compare-silent", sset, "%s %r (%s)" % (s["document"], s["snippet"][:50], s["what"]), not fp,
               " | ".join(fmt(f, t) for f in fp))
    if VERBOSE:
        for f in rep.get("findings", []):
            print("   ", sset, fmt(f, texts.get(f["document"], "")))

# ---------------- check: drafts ----------------
cdir = os.path.join(HERE, "checks")
for cset in sorted(os.listdir(cdir)):
    d = os.path.join(cdir, cset)
    exp = json.load(open(os.path.join(d, "expect.json")))
    for draft, e in sorted(exp.items()):
        path = os.path.join(d, "drafts", draft)
        t = read(path)
        rc, rep, err = run(["check", path, "--sources", os.path.join(d, "sources"), "--no-cache"])
        finds = [f for f in rep.get("findings", []) if SEV.get(f["severity"], 0) >= 1 and f["document"] == draft
                 and not f.get("suppressed")]
        record("check-exit", cset, draft, rc == e["exit"], "exit %s, expected %s %s" % (rc, e["exit"], rep.get("_err", "")))
        for fx in e["findings"]:
            span = locate(t, fx["context"], fx["snippet"])
            if span is None:
                record("check-findings", cset, "BAD EXPECT " + fx["context"], False)
                continue
            near = [f for f in finds if overlaps(f, span)]
            good = [f for f in near if f["category"] in fx["categories"]]
            anycat = [f for f in finds if f["category"] in fx["categories"]]
            det = ""
            if not good:
                det = ("got " + " | ".join(fmt(f, t) for f in near)) if near else (
                    "right category elsewhere: " + " | ".join(fmt(f, t) for f in anycat) if anycat else
                    "missing; all: " + " | ".join(fmt(f, t) for f in finds))
            record("check-findings", cset, "%s %s: %r" % (draft, "/".join(fx["categories"]), fx["snippet"]), bool(good), det)
        for s in e["silent"]:
            i = t.find(s)
            if i < 0:
                record("check-silent", cset, "BAD EXPECT " + s, False)
                continue
            span = (i, i + len(s))
            fp = [f for f in finds if overlaps(f, span)]
            record("check-silent", cset, "%s %r" % (draft, s[:50]), not fp, " | ".join(fmt(f, t) for f in fp))
        if e["exit"] == 0:
            # any warning at all in a faithful draft is a false positive
            others = [f for f in finds]
            if others:
                record("check-silent", cset, "%s: no warning anywhere" % draft, False,
                       " | ".join(fmt(f, t) for f in others))
        if VERBOSE:
            for f in rep.get("findings", []):
                print("   ", draft, fmt(f, t))

# ---------------- report ----------------
print("%-17s %-4s %-4s %s" % ("group", "case", "ok", "item / detail"))
for g, c, item, ok, det in rows:
    print("%-17s %-4s %-4s %s%s" % (g, c, "PASS" if ok else "FAIL", item, ("\n" + " " * 28 + "-> " + det) if det and not ok else ""))
print()
tot = [0, 0]
for g, (a, b) in tally.items():
    print("%-17s %d/%d" % (g, a, b))
    tot[0] += a
    tot[1] += b
print("%-17s %d/%d" % ("TOTAL", *tot))
