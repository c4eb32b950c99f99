"""The HTML report in headless chromium: graph, click-to-span, filters, hostile text, 200 documents.

Screenshots are kept under ``test-artifacts/`` (git-ignored) for a person to look at.
"""
from __future__ import annotations

import re
import time

import pytest

from quotecheck.load.loader import load_text
from quotecheck.model import Cluster, Finding, ProvenanceEdge, Quote, Related, Report

pytestmark = pytest.mark.browser
ACTIVE_BG = "rgb(255, 213, 79)"
HOSTILE = (  # a hostile article: each line would set window.__pwned if parsed as HTML
    'Headline <script>window.__pwned = "script";</script> and more.\n'
    'A picture: <img src=x onerror="window.__pwned = \'onerror\'"> here.\n'
    '<a href="javascript:window.__pwned=\'link\'" onclick="window.__pwned=1">click me</a>\n'
    'Closing tag in text: </script><script>window.__pwned = "breakout"</script>\n'
    'He said “we will <b onmouseover=alert(1)>never</b> leave” on Monday.\n')


def open_report(page, path):
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("html[data-ready='1']", state="attached", timeout=30000)


def payload(page):
    return page.evaluate("JSON.parse(document.getElementById('qc-data').textContent)")


def visible_findings(page):
    return page.locator("#qc-findings-list li.qc-finding")


def test_seeds_report_graph_nodes_and_edges(page, seeds_report_file):
    open_report(page, seeds_report_file)
    data = payload(page)
    assert len(data["docs"]) == 5
    nodes = page.locator("svg.qc-graph g.qc-node")
    assert nodes.count() == 5
    node_ids = {nodes.nth(i).get_attribute("data-doc") for i in range(5)}
    assert node_ids == {d["id"] for d in data["docs"]}
    edges = page.locator("svg.qc-graph g.qc-edge")
    assert edges.count() == len(data["edges"]) >= 1
    depth = {nodes.nth(i).get_attribute("data-doc"): int(nodes.nth(i).get_attribute("data-depth"))
             for i in range(5)}
    for i in range(edges.count()):
        e = edges.nth(i)
        src, dst = e.get_attribute("data-source"), e.get_attribute("data-derived")
        assert src in node_ids and dst in node_ids and depth[dst] > depth[src]
        rel, conf = e.get_attribute("data-relation"), float(e.get_attribute("data-confidence"))
        assert rel and 0 <= conf <= 1
        assert e.locator("text").text_content() == f"{rel} {conf:.2f}"
    assert nodes.first.is_visible()
    # a node opens its document view
    nodes.nth(4).click()
    doc_id = nodes.nth(4).get_attribute("data-doc")
    view = page.locator(f"details.qc-doc[data-doc='{doc_id}'] pre.qc-text")
    assert view.is_visible() and len(view.text_content()) > 100
    assert not page.errors, page.errors
    assert all(u.startswith("file://") for u in page.requests), page.requests


def test_seeds_clicking_finding_reveals_its_span(page, seeds_report_file, artifact):
    open_report(page, seeds_report_file)
    data = payload(page)
    assert data["findings"], "the seeds' report has findings"
    assert page.locator("pre.qc-text").count() == 0  # no document rendered until asked
    items = visible_findings(page)
    pick = min(3, items.count() - 1)
    item = items.nth(pick)
    finding = data["findings"][int(item.get_attribute("data-index"))]
    item.click()
    active = page.locator("mark.qc-active")
    active.first.wait_for(state="visible", timeout=15000)  # rendering is lazy; a busy CI waits
    assert active.count() >= 1
    first = active.first
    assert first.is_visible()
    page.wait_for_function("() => { const m = document.querySelector('mark.qc-active');"
                           " const r = m.getBoundingClientRect();"
                           " return r.top >= 0 && r.bottom <= innerHeight; }", timeout=5000)
    bg = first.evaluate("m => getComputedStyle(m).backgroundColor")
    assert bg == ACTIVE_BG
    doc = data["docs"][finding["d"]]
    shown = "".join(active.nth(i).text_content() for i in range(active.count()))
    text = page.evaluate(f"JSON.parse(document.getElementById('qc-text-{finding['d']}').textContent)")
    assert shown == text[finding["a"]:finding["b"]]
    assert first.evaluate("m => m.closest('details').dataset.doc") == doc["id"]
    page.screenshot(path=str(artifact("seeds-finding-clicked.png")))
    page.screenshot(path=str(artifact("seeds-report-full.png")), full_page=True)
    assert not page.errors, page.errors


def test_seeds_filters_change_visible_findings(page, seeds_report_file):
    open_report(page, seeds_report_file)
    findings = payload(page)["findings"]
    before = visible_findings(page).count()
    assert before == min(100, len(findings))
    for sev in sorted({f["s"] for f in findings}):
        page.select_option("#qc-filter-severity", value=sev)
        expected = sum(f["s"] == sev for f in findings)
        assert visible_findings(page).count() == min(100, expected)
        assert set(visible_findings(page).evaluate_all("l => l.map(e => e.dataset.severity)")) == {sev}
    page.select_option("#qc-filter-severity", value="")
    cat = findings[-1]["k"]
    page.select_option("#qc-filter-category", value=cat)
    in_cat = sum(f["k"] == cat for f in findings)
    assert visible_findings(page).count() == min(100, in_cat)
    assert in_cat < len(findings) or len({f["k"] for f in findings}) == 1
    doc_index = findings[0]["d"]
    page.select_option("#qc-filter-document", value=str(doc_index))
    expected = sum(f["k"] == cat and f["d"] == doc_index for f in findings)
    assert visible_findings(page).count() == min(100, expected)
    assert page.locator("#qc-count").text_content().startswith(f"{expected} of {len(findings)}")
    page.select_option("#qc-filter-category", value="")
    page.select_option("#qc-filter-document", value="")
    assert visible_findings(page).count() == before


def test_seeds_quote_groups_aligned_and_coloured(page, seeds_report_file):
    open_report(page, seeds_report_file)
    data = payload(page)
    if not data["clusters"]:
        pytest.fail("the seeds' report has no quote groups")
    card = page.locator("article.qc-cluster").first
    assert re.search(r"\d+ independent roots?", card.locator(".qc-roots").text_content())
    diffs = page.locator(".qc-align .qc-seg:not(.qc-cat-equal)")
    if data["aligns"]:
        assert diffs.count() >= 1
        cell = diffs.first
        assert cell.get_attribute("data-category") in {"orthographic", "translation", "wording",
                                                       "meaning", "truncation"}
        assert cell.evaluate("c => getComputedStyle(c).backgroundColor") != "rgba(0, 0, 0, 0)"
        side = page.locator(".qc-align .qc-jump:not(.qc-gap)").first
        side.click()  # an aligned word opens its document at that word
        marks = page.locator("mark.qc-active")
        marks.first.wait_for(state="visible", timeout=15000)
        assert marks.first.is_visible()
        shown = " ".join("".join(marks.nth(i).text_content() for i in range(marks.count())).split())
        assert shown == side.text_content()


def test_seeds_figures_reveal_their_span(page, seeds_report_file):
    open_report(page, seeds_report_file)
    figures = payload(page)["figures"]
    cards = page.locator("article.qc-figure")
    if not figures:
        assert cards.count() == 0 and page.get_by_text("No figures compared.").is_visible()
        return
    assert cards.count() == len(figures)
    link = cards.first.locator("button.qc-link").first
    mark = page.locator("mark.qc-active").first
    for attempt in range(3):  # a click on a loaded machine can land before the handler is set
        link.click()
        try:
            mark.wait_for(state="visible", timeout=15000)
            break
        except Exception:
            if attempt == 2:
                raise
    assert mark.is_visible() and mark.text_content() in link.text_content()


def hostile_report() -> Report:
    text = "Plain start.\n" + HOSTILE + "The end.\n"
    evil = load_text(text, "evil.txt", meta={"outlet": '<img src=x onerror="window.__pwned=9">'})
    other = load_text("Another “quote” here.\n", "other.txt")
    start = text.index("<script>")
    q = text.index("we will")
    quote = Quote("evil#0", "evil.txt", q, text.index("” on Monday"), text[q:text.index("” on Monday")],
                  speaker="<b onclick=alert(1)>X</b>")
    return Report(
        "check", documents=[evil, other], quotes=[quote],
        clusters=[Cluster("c<0>", ("evil#0",), 1, "<script>window.__pwned=5</script>")],
        provenance=[ProvenanceEdge("other.txt", "evil.txt", "<i>rewrite</i>", 0.7)],
        findings=[Finding("QC101", "x", "error", "wording", "evil.txt", start, start + 60,
                          '<img src=x onerror="window.__pwned=6">',
                          (Related("other.txt", 0, 7, "<script>window.__pwned=7</script>"),)),
                  Finding("QC102", "y", "warning", "garble", "evil.txt", start + 20, start + 90,
                          "overlapping")])


@pytest.mark.parametrize("with_csp", [True, False], ids=["csp", "escaping-alone"])
def test_hostile_text_never_executes_and_shows_literally(page, report_file, artifact, with_csp):
    def drop_csp(html):  # the escaping must hold on its own, without the policy's help
        return re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)

    path = report_file(hostile_report(), "hostile.html", None if with_csp else drop_csp)
    open_report(page, path)
    for item in range(visible_findings(page).count()):
        visible_findings(page).nth(item).click()
    page.locator("details.qc-doc[data-doc='other.txt'] > summary").click()
    page.locator(".qc-related button").first.click()
    page.locator("svg.qc-graph g.qc-node").first.hover()
    page.locator("mark.qc-span").first.hover()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    view = page.locator("details.qc-doc[data-doc='evil.txt'] pre.qc-text")
    assert view.text_content() == "Plain start.\n" + HOSTILE + "The end.\n"
    assert view.is_visible()
    literal = page.get_by_text('window.__pwned = "script"', exact=False).first
    assert literal.is_visible()
    assert page.locator("img, a[href^='javascript'], i, [onerror], [onclick], [onmouseover], "
                        "[onload]").count() == 0
    assert page.locator("script").count() == 1 + 1 + 2  # ours, the data, two documents
    assert page.get_by_text('<img src=x onerror="window.__pwned=6">').first.is_visible()
    page.screenshot(path=str(artifact(f"hostile-{'csp' if with_csp else 'nocsp'}.png")))
    assert not page.errors, page.errors


def test_two_hundred_documents_open_lazily_and_scroll(page, big_report_file, artifact):
    path = big_report_file
    page.add_init_script("window.__long = []; new PerformanceObserver(l => l.getEntries()"
                         ".forEach(e => window.__long.push(e.duration)))"
                         ".observe({type: 'longtask', buffered: true});")
    t0 = time.monotonic()
    open_report(page, path)
    load_seconds = time.monotonic() - t0
    assert load_seconds < 20, f"report took {load_seconds:.1f}s to become ready"
    # lazy: no document text rendered, one page of findings, a chunk of groups and rows
    assert page.locator("pre.qc-text").count() == 0
    assert visible_findings(page).count() == 100
    assert page.locator("#qc-findings-list").get_attribute("data-matching") == "1600"
    assert page.locator("article.qc-cluster").count() < 60
    assert page.locator("#qc-overview tbody tr").count() < 200
    assert page.locator("svg.qc-graph g.qc-node").count() == 200
    for _ in range(25):
        page.mouse.wheel(0, 2500)
        t = time.monotonic()
        page.evaluate("1")
        assert time.monotonic() - t < 2, "the page stopped answering while scrolling"
    cards = page.locator("article.qc-cluster")
    for _ in range(30):  # reading through the quote groups loads the next ones
        if cards.count() == 60:
            break
        cards.last.scroll_into_view_if_needed()
        page.wait_for_timeout(100)
    assert cards.count() == 60
    assert page.locator("#qc-overview tbody tr").count() == 200  # scrolled past: all rows
    first_page = visible_findings(page).first.get_attribute("data-index")
    page.get_by_role("button", name="next ›").click()
    assert visible_findings(page).count() == 100
    assert visible_findings(page).first.get_attribute("data-index") != first_page
    assert "page 2 of 16" in page.locator("#qc-pager").text_content()
    page.select_option("#qc-filter-document", value="199")
    assert visible_findings(page).count() == 8
    visible_findings(page).first.click()
    assert page.locator("pre.qc-text").count() == 1  # only the document asked for
    assert page.locator("mark.qc-active").count() >= 1
    long_tasks = page.evaluate("window.__long")
    assert max(long_tasks or [0]) < 3000, long_tasks
    page.screenshot(path=str(artifact("big-report.png")))
    assert not page.errors, page.errors


def test_overlapping_spans_after_astral_characters_mark_exact_text(page, report_file):
    import random

    rnd = random.Random(3)
    alphabet = "ab c\nd😀𝔘é\u0301“”<>&"
    text = "".join(rnd.choice(alphabet) for _ in range(400))
    d = load_text(text, "astral.txt")
    spans = [(s, min(len(text), s + rnd.choice([0, 1, 3, 17, 60])))
             for s in (rnd.randrange(len(text)) for _ in range(60))]
    findings = [Finding(f"QC{100 + i}", "n", ("error", "warning", "info")[i % 3], "wording",
                        d.id, s, e, f"m{i}") for i, (s, e) in enumerate(spans)]
    open_report(page, report_file(Report("compare", documents=[d], findings=findings)))
    page.locator("details.qc-doc > summary").first.click()
    view = page.locator("pre.qc-text")
    assert view.text_content() == text
    shown = page.evaluate("""() => {
        const data = JSON.parse(document.getElementById('qc-data').textContent), out = {};
        data.findings.forEach((f, i) => {
            const ms = document.querySelectorAll('pre.qc-text mark[data-f~="' + i + '"]');
            out[f.c] = Array.from(ms).map(m => m.textContent).join('');
        });
        return out; }""")
    for f in findings:
        assert shown[f.code] == text[f.start:f.end], f
    assert page.locator("mark.qc-point").count() == sum(s == e for s, e in spans)
    assert not page.errors, page.errors


def test_overview_table_reflows_at_phone_width(browser, seeds_report_file, artifact):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    pg = context.new_page()
    try:
        open_report(pg, seeds_report_file)
        width = pg.evaluate("document.querySelector('.qc-overview-table')"
                            ".getBoundingClientRect().width")
        assert width <= 390
        assert pg.evaluate("document.documentElement.scrollWidth") <= 390
        label = pg.evaluate("getComputedStyle(document.querySelector("
                            "'.qc-overview-table td'), '::before').content")
        assert "Document" in label  # each cell says which column it is
        pg.screenshot(path=str(artifact("overview-390.png")), full_page=False)
    finally:
        context.close()


def test_edge_labels_do_not_overlap_at_forty_documents(page, report_file):
    from conftest import big_report

    import random

    rnd = random.Random(0)  # each document copies one or two earlier ones: edges cross
    report = big_report(40)
    ids = [d.id for d in report.documents]
    report.provenance = [
        ProvenanceEdge(ids[p], ids[k], rnd.choice(["rewrite", "verbatim", "partial"]),
                       rnd.random())
        for k in range(1, 40) for p in rnd.sample(range(k), min(k, rnd.choice([1, 1, 2])))]
    report.extras.pop("roots", None)
    open_report(page, report_file(report, "forty.html"))
    boxes = page.evaluate("""Array.from(document.querySelectorAll('.qc-edge-label')).map(
        function (t) { var r = t.getBoundingClientRect();
                       return [r.left, r.top, r.right, r.bottom]; })""")
    assert len(boxes) >= 20
    overlaps = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                if a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] - 1 and b[1] < a[3] - 1]
    assert not overlaps, overlaps[:3]
