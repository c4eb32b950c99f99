/* quotecheck HTML report: builds every view from the embedded JSON with textContent only.
   Long lists render lazily: overview rows and quote groups in chunks as they scroll into view,
   findings one page at a time, a document's text only when its view is opened. */
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("qc-data").textContent);
  var SEVS = ["error", "warning", "info"];
  var DIFF_CATS = ["orthographic", "translation", "wording", "meaning", "truncation"];
  var PAGE = 100, CHUNK = 15, ROWS = 50;
  var texts = {}, rendered = {}, activeEls = [];
  var docIndex = {};
  var findingsByDoc = D.docs.map(function () { return []; });
  var quotesByDoc = D.docs.map(function () { return []; });
  D.docs.forEach(function (d, i) { docIndex[d.id] = i; });
  D.findings.forEach(function (f, i) { findingsByDoc[f.d].push(i); });
  D.quotes.forEach(function (q, i) { quotesByDoc[q.d].push(i); });

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function add(parent) {
    for (var i = 1; i < arguments.length; i++) if (arguments[i]) parent.appendChild(arguments[i]);
    return parent;
  }
  function $(id) { return document.getElementById(id); }
  function docName(i) { var d = D.docs[i]; return d.outlet ? d.outlet : d.id; }
  function docText(i) {
    if (!(i in texts)) texts[i] = JSON.parse($("qc-text-" + i).textContent);
    return texts[i];
  }
  function button(label, cls, onclick) {
    var b = el("button", cls, label);
    b.type = "button";
    b.addEventListener("click", onclick);
    return b;
  }
  /* Lazy lists: more() appends the next chunk and says whether any is left. It runs when the
     list's end comes within a screen of the viewport or has been scrolled past (a jump with the
     scrollbar or the End key skips no chunk). */
  var pending = [], scheduled = false;
  function fillPending() {
    scheduled = false;
    var again = false;
    pending = pending.filter(function (p) {
      var budget = 4;  // chunks per frame at most, so a jump to the end never freezes the page
      while (p.sentinel.getBoundingClientRect().top < window.innerHeight * 2) {
        if (budget-- <= 0) { again = true; break; }
        if (!p.more()) { p.sentinel.remove(); return false; }
        p.container.appendChild(p.sentinel);
      }
      return true;
    });
    if (again) schedule();
  }
  function schedule() {
    if (!scheduled && pending.length) { scheduled = true; requestAnimationFrame(fillPending); }
  }
  window.addEventListener("scroll", schedule, { passive: true });
  window.addEventListener("resize", schedule);
  function lazyChunks(container, more) {
    var sentinel = el("div", "qc-sentinel");
    if (!more()) return;
    container.appendChild(sentinel);
    pending.push({ sentinel: sentinel, more: more, container: container });
    schedule();
  }

  /* ---- summary and overview ---- */
  function summary() {
    var counts = { error: 0, warning: 0, info: 0 };
    D.findings.forEach(function (f) { if (f.s in counts) counts[f.s]++; });
    var roots = {};
    D.docs.forEach(function (d) { roots[d.root] = 1; });
    var box = $("qc-summary");
    [[D.docs.length, "documents"], [Object.keys(roots).length, "independent roots"],
     [D.quotes.length, "quotes"], [D.clusters.length, "quote groups"],
     [D.edges.length, "derivations"], [counts.error, "errors", "error"],
     [counts.warning, "warnings", "warning"], [counts.info, "info", "info"]
    ].forEach(function (c) {
      add(box, add(el("span", "qc-chip" + (c[2] ? " qc-sev-" + c[2] : "")),
                   el("b", null, c[0]), document.createTextNode(" " + c[1])));
    });
  }
  function overview() {
    var parents = D.docs.map(function () { return []; });
    D.edges.forEach(function (e) { parents[e.d].push(e); });
    var table = el("table", "qc-table qc-overview-table");
    var head = el("tr");
    var labels = ["Document", "Outlet", "Affiliation", "Published", "Lang.", "Role",
                  "Derives from", "Root", "Depth", "Findings"];
    labels.forEach(function (h) { add(head, el("th", null, h)); });
    add(table, add(el("thead"), head));
    var body = el("tbody");
    table.appendChild(body);
    var shown = 0;
    function row(i) {
      var d = D.docs[i], tr = el("tr");
      tr.dataset.doc = d.id;
      var name = el("td");
      add(name, button(d.id, "qc-link", function () { openDoc(i, true); }));
      var from = parents[i].map(function (e) {
        return D.docs[e.s].id + " (" + e.rel + " " + e.conf.toFixed(2) + ")";
      }).join("; ");
      add(tr, name, el("td", null, d.outlet || "—"), el("td", null, d.aff || "—"),
          el("td", null, d.pub || "—"), el("td", null, d.lang || "—"), el("td", null, d.role),
          el("td", null, from || "— (independent)"), el("td", null, D.docs[d.root].id),
          el("td", "qc-num", d.depth), el("td", "qc-num", findingsByDoc[i].length));
      Array.prototype.forEach.call(tr.children, function (td, k) {  // labels for narrow screens
        td.setAttribute("data-label", labels[k]);
      });
      body.appendChild(tr);
    }
    var wrap = $("qc-overview");
    wrap.appendChild(table);
    lazyChunks(wrap, function () {
      var end = Math.min(D.docs.length, shown + ROWS);
      for (; shown < end; shown++) row(shown);
      return shown < D.docs.length;
    });
  }

  /* ---- quote groups with word-aligned renderings ---- */
  function sideLabel(s) {
    if (s[0] === "q") return docName(D.quotes[s[1]].d);
    if (s[0] === "d") return docName(s[1]);
    return String(s[1]);
  }
  function alignment(a) {
    var box = el("div", "qc-pair");
    box.dataset.verdict = a.v;
    var head = add(el("div", "qc-pair-head"),
                   el("span", "qc-side-a", sideLabel(a.a)), el("span", "qc-arrow", " → "),
                   el("span", "qc-side-b", sideLabel(a.b)),
                   el("span", "qc-verdict", a.v + " · " + a.sc.toFixed(2)));
    var grid = el("div", "qc-align");
    a.seg.forEach(function (s) {
      var cat = s[0] === "equal" ? "equal" : s[0];
      var cell = el("span", "qc-seg qc-cat-" + cat.replace(/[^a-z-]/g, ""));
      cell.dataset.category = cat;
      if (cat !== "equal") cell.title = cat + (s[1] ? " (" + s[1] + ")" : "");
      var top = el("span", "qc-seg-a" + (s[2] ? "" : " qc-gap"), s[2] || "∅");
      var bottom = el("span", "qc-seg-b" + (s[3] ? "" : " qc-gap"), s[3] || "∅");
      [[top, a.da, s[4], s[5]], [bottom, a.db, s[6], s[7]]].forEach(function (x) {
        if (x[1] === null || x[1] === undefined || x[2] === null || x[2] === undefined) return;
        x[0].classList.add("qc-jump");
        x[0].addEventListener("click", function () { revealSpan(x[1], x[2], x[3]); });
      });
      add(cell, top, bottom);
      grid.appendChild(cell);
    });
    return add(box, head, grid);
  }
  function clusterCard(c, pairs) {
    var card = el("article", "qc-cluster");
    card.dataset.cluster = c.id;
    card.dataset.roots = c.roots;
    add(card, add(el("h3"), document.createTextNode((c.sp || "Unknown speaker") + " "),
                  el("span", "qc-muted", c.id + " · " + c.q.length + (c.q.length === 1 ? " rendering" : " renderings")),
                  el("span", "qc-roots", c.roots + " independent root" + (c.roots === 1 ? "" : "s"))));
    var list = el("ul", "qc-renderings");
    function rendering(qi) {
      var q = D.quotes[qi], li = el("li");
      add(li, button(docName(q.d), "qc-link", function () { revealSpan(q.d, q.a, q.b); }),
          el("q", "qc-quote", q.t), q.v ? el("span", "qc-muted", " " + q.v) : null,
          D.docs[q.d].root !== q.d ? el("span", "qc-muted", " · via " + docName(D.docs[q.d].root)) : null);
      list.appendChild(li);
    }
    var first = Math.min(c.q.length, 12);
    c.q.slice(0, first).forEach(rendering);
    card.appendChild(list);
    if (c.q.length > first) {
      var all = button("Show all " + c.q.length + " renderings", "qc-more", function () {
        all.remove();
        c.q.slice(first).forEach(rendering);
      });
      card.appendChild(all);
    }
    var box = el("div", "qc-pairs");
    var show = Math.min(pairs.length, 6);
    pairs.slice(0, show).forEach(function (a) { box.appendChild(alignment(a)); });
    if (pairs.length > show) {
      var more = button("Show all " + pairs.length + " aligned pairs", "qc-more", function () {
        more.remove();
        pairs.slice(show).forEach(function (a) { box.appendChild(alignment(a)); });
      });
      box.appendChild(more);
    }
    return add(card, box);
  }
  function clusters() {
    var byCluster = {};
    D.aligns.forEach(function (a) { (byCluster[a.cl] = byCluster[a.cl] || []).push(a); });
    var wrap = $("qc-clusters"), shown = 0;
    if (!D.clusters.length) {
      $("qc-legend").hidden = true;
      wrap.appendChild(el("p", "qc-muted", "No quote groups."));
      return;
    }
    lazyChunks(wrap, function () {
      var end = Math.min(D.clusters.length, shown + CHUNK);
      for (; shown < end; shown++) {
        var c = D.clusters[shown];
        wrap.appendChild(clusterCard(c, byCluster[c.id] || []));
      }
      return shown < D.clusters.length;
    });
  }

  /* ---- figures: the value each document gives for one referent ---- */
  function figures() {
    var wrap = $("qc-figures"), shown = 0, figs = D.figures || [];
    if (!figs.length) { wrap.appendChild(el("p", "qc-muted", "No figures compared.")); return; }
    lazyChunks(wrap, function () {
      var end = Math.min(figs.length, shown + CHUNK);
      for (; shown < end; shown++) wrap.appendChild(figureCard(figs[shown]));
      return shown < figs.length;
    });
  }
  function figureCard(f) {
    var card = el("article", "qc-figure");
    add(card, add(el("h3"), document.createTextNode(f.ref || "(unnamed referent)"),
                  f.roots !== null && f.roots !== undefined ?
                    el("span", "qc-roots", f.roots + " independent root" + (f.roots === 1 ? "" : "s")) : null));
    var table = add(el("table", "qc-table"), add(el("thead"), add(el("tr"),
      el("th", null, "Document"), el("th", null, "Figure"), el("th", null, "Source"),
      el("th", null, "Time"), el("th", null, "Root"))));
    var body = el("tbody");
    table.appendChild(body);
    f.values.forEach(function (v) {
      var cell = el("td");
      add(cell, button((v[2] ? v[2] + " " : "") + v[1], "qc-link", function () { revealSpan(v[0], v[5], v[6]); }));
      add(body, add(el("tr"), el("td", null, docName(v[0])), cell, el("td", null, v[3] || "—"),
                    el("td", null, v[4] || "—"), el("td", null, v[7] !== null && v[7] !== undefined ? docName(v[7]) : "—")));
    });
    return add(card, table);
  }

  /* ---- findings: filtered, paginated ---- */
  var filt = { s: "", k: "", d: "" }, page = 0, matching = [];
  function select(id, label, values, key) {
    var s = el("select");
    s.id = id;
    [["", "all " + label]].concat(values).forEach(function (v) { var o = el("option", null, v[1]); o.value = v[0]; s.appendChild(o); });
    s.addEventListener("change", function () { filt[key] = s.value; page = 0; listFindings(); });
    return add(el("label", "qc-filter"), s);
  }
  function filters() {
    var cats = {};
    D.findings.forEach(function (f) { cats[f.k] = 1; });
    add($("qc-filters"),
        select("qc-filter-severity", "severities", SEVS.map(function (s) { return [s, s]; }), "s"),
        select("qc-filter-category", "categories",
               Object.keys(cats).sort().map(function (k) { return [k, k]; }), "k"),
        select("qc-filter-document", "documents", D.docs.map(function (d, i) {
          return [String(i), d.outlet ? d.outlet + " · " + d.id : d.id];
        }), "d"));
  }
  function findingItem(fi) {
    var f = D.findings[fi], li = el("li", "qc-finding qc-sev-" + f.s);
    li.dataset.index = fi;
    li.dataset.severity = f.s;
    li.dataset.category = f.k;
    li.dataset.doc = D.docs[f.d].id;
    li.tabIndex = 0;
    add(li, add(el("div", "qc-finding-head"), el("span", "qc-tag qc-sev-" + f.s, f.s),
                el("code", null, f.c), el("span", "qc-name", f.n),
                el("span", "qc-cat qc-cat-" + f.k.replace(/[^a-z-]/g, ""), f.k),
                f.u ? el("span", "qc-tag", "suppressed") : null),
        el("div", "qc-where", (D.docs[f.d].outlet ? D.docs[f.d].outlet + " · " : "") + D.docs[f.d].id + ":" + f.l),
        el("div", "qc-message", f.m), f.x ? el("q", "qc-excerpt", f.x) : null);
    f.r.forEach(function (r) {
      add(li, add(el("div", "qc-related"), document.createTextNode("see "),
                  button(docName(r[0]) + (r[4] ? ": “" + r[4] + "”" : ""), "qc-link", function (ev) {
                    ev.stopPropagation(); revealSpan(r[0], r[1], r[2]);
                  }), r[3] ? el("span", "qc-muted", " " + r[3]) : null));
    });
    function go() { revealFinding(fi); markListItem(li); }
    li.addEventListener("click", go);
    li.addEventListener("keydown", function (e) { if (e.key === "Enter") go(); });
    return li;
  }
  function markListItem(li) {
    var old = document.querySelector(".qc-finding.qc-selected");
    if (old) old.classList.remove("qc-selected");
    li.classList.add("qc-selected");
  }
  function listFindings() {
    matching = [];
    D.findings.forEach(function (f, i) {
      if ((!filt.s || f.s === filt.s) && (!filt.k || f.k === filt.k) &&
          (!filt.d || String(f.d) === filt.d)) matching.push(i);
    });
    var pages = Math.max(1, Math.ceil(matching.length / PAGE));
    page = Math.min(page, pages - 1);
    var list = $("qc-findings-list");
    list.textContent = "";
    list.dataset.matching = matching.length;
    var frag = document.createDocumentFragment();
    matching.slice(page * PAGE, (page + 1) * PAGE).forEach(function (fi) { frag.appendChild(findingItem(fi)); });
    list.appendChild(frag);
    var from = matching.length ? page * PAGE + 1 : 0, to = Math.min(matching.length, (page + 1) * PAGE);
    $("qc-count").textContent = matching.length + " of " + D.findings.length + " findings" +
      (pages > 1 ? " · showing " + from + "–" + to : "");
    var pager = $("qc-pager");
    pager.textContent = "";
    if (pages > 1) {
      var prev = button("‹ previous", "qc-more", function () { page--; listFindings(); });
      var next = button("next ›", "qc-more", function () { page++; listFindings(); });
      prev.disabled = page === 0;
      next.disabled = page >= pages - 1;
      add(pager, prev, el("span", "qc-muted", " page " + (page + 1) + " of " + pages + " "), next);
    }
  }

  /* ---- document views: text with marks, rendered when opened ---- */
  function documents() {
    var wrap = $("qc-docs");
    D.docs.forEach(function (d, i) {
      var det = el("details", "qc-doc");
      det.id = "qc-doc-" + i;
      det.dataset.doc = d.id;
      add(det, add(el("summary"), el("b", null, docName(i)),
                   el("span", "qc-muted", " " + d.id + (d.aff ? " · " + d.aff : "") +
                      " · " + findingsByDoc[i].length + " findings")));
      det.addEventListener("toggle", function () { if (det.open && !rendered[i]) renderDoc(i, null); });
      wrap.appendChild(det);
    });
  }
  function markFor(active, piece) {
    var marked = false, fur = null;
    active.forEach(function (s) { if (s.t === "r") fur = s.k; else marked = true; });
    var m = el(marked ? "mark" : "span", marked ? "qc-span" : null, piece), fs = [], qs = [],
      rank = 3, focus = false, tips = [];
    if (fur) {  /* page furniture (byline, caption, related links...): greyed, not article text */
      m.classList.add("qc-furniture", "qc-fur-" + fur);
      m.dataset.kind = fur;
      if (!marked) m.title = "page furniture: " + fur;
    }
    active.forEach(function (s) {
      if (s.t === "r") return;
      if (s.t === "f") {
        fs.push(s.i);
        var r = SEVS.indexOf(D.findings[s.i].s);
        rank = Math.min(rank, r < 0 ? 2 : r);
        if (tips.length < 4) tips.push(D.findings[s.i].c + " " + D.findings[s.i].m);
      } else if (s.t === "q") qs.push(s.i); else focus = true;
    });
    if (fs.length) {
      m.classList.add("qc-sev-" + SEVS[rank]);
      m.dataset.f = fs.join(" ");
      if (fs.length > 1) m.classList.add("qc-multi");
    }
    if (qs.length) { m.classList.add("qc-in-quote"); m.dataset.q = qs.join(" "); }
    if (focus) m.classList.add("qc-focus");
    if (tips.length) m.title = tips.join("\n");
    return m;
  }
  /* Splits the text at every span boundary; each piece is covered by a set of spans (possibly
     overlapping findings, quotes and a focus span), so overlaps need no nesting. */
  function renderDoc(i, focus) {
    if (rendered[i] && !focus && !rendered[i].focus) return rendered[i].body;
    var text = docText(i), n = text.length, spans = [];
    function clamp(x) { return Math.max(0, Math.min(n, x)); }
    findingsByDoc[i].forEach(function (fi) { var f = D.findings[fi]; spans.push({ a: clamp(f.a), b: clamp(f.b), t: "f", i: fi }); });
    quotesByDoc[i].forEach(function (qi) { var q = D.quotes[qi]; spans.push({ a: clamp(q.a), b: clamp(q.b), t: "q", i: qi }); });
    (D.docs[i].fur || []).forEach(function (r) { spans.push({ a: clamp(r[1]), b: clamp(r[2]), t: "r", k: r[0], i: 0 }); });
    if (focus) spans.push({ a: clamp(focus[0]), b: clamp(focus[1]), t: "x", i: 0 });
    var cuts = { 0: 1 }, starts = {}, ends = {}, points = {};
    cuts[n] = 1;
    spans.forEach(function (s) {
      cuts[s.a] = 1; cuts[s.b] = 1;
      if (s.b <= s.a) { (points[s.a] = points[s.a] || []).push(s); return; }
      (starts[s.a] = starts[s.a] || []).push(s);
      (ends[s.b] = ends[s.b] || []).push(s);
    });
    var order = Object.keys(cuts).map(Number).sort(function (x, y) { return x - y; });
    var frag = document.createDocumentFragment(), active = new Set();
    order.forEach(function (p, k) {
      (ends[p] || []).forEach(function (s) { active.delete(s); });
      (points[p] || []).forEach(function (s) { var m = markFor(new Set([s]), ""); m.classList.add("qc-point"); frag.appendChild(m); });
      (starts[p] || []).forEach(function (s) { active.add(s); });
      if (k + 1 >= order.length) return;
      var piece = text.slice(p, order[k + 1]);
      if (!piece) return;
      frag.appendChild(active.size ? markFor(active, piece) : document.createTextNode(piece));
    });
    var body = el("pre", "qc-text");
    body.appendChild(frag);
    body.addEventListener("click", function (e) {
      var m = e.target.closest ? e.target.closest("mark[data-f]") : null;
      if (!m) return;
      var fi = m.dataset.f.split(" ")[0];
      highlight(i, fi, false);
      var li = document.querySelector('.qc-finding[data-index="' + fi + '"]');
      if (li) { markListItem(li); li.scrollIntoView({ block: "nearest" }); }
    });
    var det = $("qc-doc-" + i), old = det.querySelector(".qc-text");
    if (old) old.replaceWith(body); else det.appendChild(body);
    rendered[i] = { body: body, focus: !!focus };
    return body;
  }
  function openDoc(i, scroll) {
    var det = $("qc-doc-" + i);
    det.open = true;
    var body = renderDoc(i, null);
    if (scroll) det.scrollIntoView({ block: "start" });
    return body;
  }
  function setActive(els) {
    activeEls.forEach(function (e) { e.classList.remove("qc-active"); });
    activeEls = Array.prototype.slice.call(els);
    activeEls.forEach(function (e) { e.classList.add("qc-active"); });
    if (activeEls.length) activeEls[0].scrollIntoView({ block: "center" });
  }
  function highlight(i, fi, scroll) {
    var body = rendered[i] ? rendered[i].body : openDoc(i, false);
    var els = body.querySelectorAll('mark[data-f~="' + fi + '"]');
    if (scroll) setActive(els); else {
      activeEls.forEach(function (e) { e.classList.remove("qc-active"); });
      activeEls = Array.prototype.slice.call(els);
      activeEls.forEach(function (e) { e.classList.add("qc-active"); });
    }
  }
  function revealFinding(fi) {
    var f = D.findings[fi];
    $("qc-doc-" + f.d).open = true;
    renderDoc(f.d, null);
    highlight(f.d, fi, true);
  }
  function revealSpan(i, a, b) {
    $("qc-doc-" + i).open = true;
    var body = renderDoc(i, [a, b]);
    setActive(body.querySelectorAll("mark.qc-focus"));
  }

  /* ---- graph: a node opens its document ---- */
  function graph() {
    Array.prototype.forEach.call(document.querySelectorAll(".qc-node"), function (node) {
      function go() { var i = docIndex[node.getAttribute("data-doc")]; if (i !== undefined) openDoc(i, true); }
      node.addEventListener("click", go);
      node.addEventListener("keydown", function (e) { if (e.key === "Enter") go(); });
    });
  }
  function legend() {
    var box = $("qc-legend");
    DIFF_CATS.forEach(function (c) { add(box, el("span", "qc-seg qc-cat-" + c, c)); });
  }

  summary(); overview(); graph(); legend(); clusters(); figures(); filters(); listFindings();
  documents();
  window.quotecheckReport = { revealFinding: revealFinding, revealSpan: revealSpan, openDoc: openDoc };
  document.documentElement.dataset.ready = "1";
})();
