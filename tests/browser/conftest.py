"""Browser fixtures: headless Debian chromium driven by Playwright, and the reports it opens.

Browser tests carry the ``browser`` marker. They are skipped only when ``/usr/bin/chromium``
(or the playwright package) is absent, with the reason; ``.ci/install-browser`` installs both.
"""
from __future__ import annotations

import importlib.util
import random
import re
import subprocess
import sys
from difflib import SequenceMatcher
from pathlib import Path

import pytest

from quotecheck.model import (Cluster, Finding, PairAlignment, ProvenanceEdge, Quote, Related,
                              Report, Segment)

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: opens the HTML report in headless chromium")


@pytest.fixture(scope="session")
def browser():
    """A headless chromium (the system one: Playwright never downloads a browser here)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: run .ci/install-browser to install Debian's chromium")
    if importlib.util.find_spec("playwright") is None:
        pytest.skip("the playwright package is absent: run .ci/install-browser")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    """A fresh page that records console errors and every request other than the file itself."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    pg = context.new_page()
    pg.errors, pg.requests = [], []
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on("request", lambda r: pg.requests.append(r.url))
    yield pg
    context.close()


def render(report: Report) -> str:
    from quotecheck_plugins.report_html import HtmlReporter

    return HtmlReporter().render(report, {})


@pytest.fixture
def artifact():
    """Path for a kept test artifact (screenshots) under ``test-artifacts/``."""
    def path(name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        return ARTIFACTS / name
    return path


@pytest.fixture
def report_file(tmp_path):
    """Writes a Report's HTML (optionally transformed) to a file and returns its path."""
    def write(report: Report, name: str = "report.html", transform=None) -> Path:
        html = render(report)
        path = tmp_path / name
        path.write_text(transform(html) if transform else html, encoding="utf-8")
        return path
    return write


# -- the seeds' report ---------------------------------------------------------------------
_WORD = re.compile(r"\w+(?:[’'-]\w+)*")
_QUOTE = re.compile(r"[“\"]([^”\"\n]{3,400})[”\"]")


def _segments(qa: Quote, qb: Quote) -> tuple:
    """A plain word alignment of two quotes, for the stand-in report only."""
    wa = [(m.start() + qa.start, m.end() + qa.start, m.group()) for m in _WORD.finditer(qa.text)]
    wb = [(m.start() + qb.start, m.end() + qb.start, m.group()) for m in _WORD.finditer(qb.text)]
    sm = SequenceMatcher(None, [w[2].lower() for w in wa], [w[2].lower() for w in wb],
                         autojunk=False)
    segs = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        a, b = wa[i1:i2], wb[j1:j2]
        at, bt = " ".join(w[2] for w in a), " ".join(w[2] for w in b)
        if op == "equal":
            cat = "equal"
        elif not a or not b:
            cat = "truncation"
        elif SequenceMatcher(None, at.lower(), bt.lower()).ratio() > 0.8:
            cat = "orthographic"
        else:
            cat = "wording"
        segs.append(Segment(cat, op, a[0][0] if a else qa.start, a[-1][1] if a else qa.start,
                            b[0][0] if b else qb.start, b[-1][1] if b else qb.start, at, bt))
    return tuple(segs)


def stand_in_seeds_report() -> Report:
    """The seeds with quotes found by quote marks, clusters by shared words and findings at
    every differing aligned word: used only until ``quotecheck compare`` exists."""
    from quotecheck.load.loader import load_paths

    docs = load_paths([ROOT / "seeds"]).documents
    quotes = []
    for d in docs:
        for k, m in enumerate(_QUOTE.finditer(d.text)):
            quotes.append(Quote(f"{d.id}#q{k}", d.id, m.start(1), m.end(1), m.group(1),
                                speaker="Vladimir Putin"))
    clusters, aligns, findings, used = [], [], [], set()
    for qa in quotes:
        if qa.id in used:
            continue
        words_a = set(w.lower() for w in _WORD.findall(qa.text) if len(w) > 4)
        group = [qa]
        for qb in quotes:
            if qb.document != qa.document and qb.id not in used and qb is not qa:
                words_b = set(w.lower() for w in _WORD.findall(qb.text) if len(w) > 4)
                if words_a and len(words_a & words_b) >= max(2, len(words_a) // 2):
                    group.append(qb)
        if len(group) < 2:
            continue
        used.update(q.id for q in group)
        cid = f"c{len(clusters)}"
        clusters.append(Cluster(cid, tuple(q.id for q in group), independent_roots=len(group) - 1,
                                speaker=qa.speaker))
        for qb in group[1:]:
            segs = _segments(qa, qb)
            aligns.append(PairAlignment(cid, qa.id, qb.id, "derived-corrupted", 0.8, segs))
            for s in segs:
                if s.category not in ("equal", "orthographic"):
                    sev = "warning" if s.category == "wording" else "info"
                    findings.append(Finding(
                        "QC103" if s.category == "wording" else "QC105", f"quote-{s.category}",
                        sev, s.category, qb.document, s.b_start, s.b_end,
                        f"“{s.a_text}” became “{s.b_text}”",
                        (Related(qa.document, s.a_start, s.a_end, "the other rendering"),)))
    ids = [d.id for d in docs]
    edges = [ProvenanceEdge(ids[0], ids[1], "rewrite", 0.93, ("ordered sentence alignment",)),
             ProvenanceEdge(ids[3], ids[4], "shared-translation", 0.62, ("credits Reuters",))]
    for d in docs:  # a garble-like finding overlapping a quote, to exercise nested marks
        m = re.search(r"\w+ \w+ \w+", d.text[len(d.text) // 2:])
        if m:
            s = len(d.text) // 2 + m.start()
            findings.append(Finding("QC201", "garble", "error", "garble", d.id, s, s + 30,
                                    "stand-in garble"))
    return Report("compare", documents=docs, quotes=quotes, clusters=clusters,
                  provenance=edges, findings=findings, extras={"alignments": aligns})


@pytest.fixture(scope="session")
def seeds_report_file(tmp_path_factory) -> Path:
    """The seeds' HTML report: from ``quotecheck compare`` once it exists, else a stand-in."""
    out = tmp_path_factory.mktemp("seeds") / "report.html"
    if importlib.util.find_spec("quotecheck.commands.compare") is not None:
        proc = subprocess.run([sys.executable, "-m", "quotecheck", "compare", str(ROOT / "seeds"),
                               "--format", "html", "-o", str(out), "--quiet"],
                              cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert out.exists() and proc.returncode in (0, 1), proc.stderr[-2000:]
    else:
        out.write_text(render(stand_in_seeds_report()), encoding="utf-8")
    return out


# -- a large generated story ---------------------------------------------------------------
def big_report(n_docs: int = 200, seed: int = 7) -> Report:
    """``n_docs`` generated articles with quotes, derivation chains and about 8 findings each."""
    from quotecheck.load.loader import load_text

    rnd = random.Random(seed)
    words = ("minister council troops border reform market election protest court budget "
             "agency report witness energy harbour village").split()
    docs, quotes, findings, edges = [], [], [], []
    for i in range(n_docs):
        paras = []
        for p in range(12):
            sent = " ".join(rnd.choice(words) for _ in range(rnd.randint(12, 30)))
            paras.append(f"Paragraph {p}: the {sent}, said “we will {rnd.choice(words)} the "
                         f"{rnd.choice(words)} soon”.")
        text = "\n\n".join(paras) + "\n"
        doc = load_text(text, f"doc{i:03d}.txt", meta={"outlet": f"Outlet {i % 37}"})
        docs.append(doc)
        for k, m in enumerate(re.finditer(r"“([^”]+)”", text)):
            quotes.append(Quote(f"{doc.id}#q{k}", doc.id, m.start(1), m.end(1), m.group(1)))
        for k in range(8):
            s = rnd.randrange(0, len(text) - 40)
            findings.append(Finding(f"QC{100 + k * 50}", "generated", ("error", "warning", "info")[k % 3],
                                    ("wording", "meaning", "garble", "hedge")[k % 4], doc.id,
                                    s, s + rnd.randint(0, 40), f"generated finding {k}"))
        if i >= 10:
            edges.append(ProvenanceEdge(docs[rnd.randrange(max(0, i - 20), i)].id, doc.id,
                                        rnd.choice(["rewrite", "syndication", "verbatim"]),
                                        round(rnd.random(), 2)))
    clusters = [Cluster(f"c{k}", tuple(q.id for q in quotes[k::60][:20]), 3) for k in range(60)]
    return Report("compare", documents=docs, quotes=quotes, clusters=clusters,
                  provenance=edges, findings=findings, extras={"alignments": []})


@pytest.fixture
def big_report_file(report_file) -> Path:
    return report_file(big_report(200), "big.html")
