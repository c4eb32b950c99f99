"""Scoring functions of the real-news evaluation (bench/eval_realnews.py), on tiny invented
texts: pair P/R/F1, MinHash and containment baselines, labels, judgements, the CSV layout."""
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
sys.path.insert(0, str(BENCH))

import corpus_readers  # noqa: E402
import eval_realnews  # noqa: E402
import realnews_layout  # noqa: E402
import realnews_scoring as rs  # noqa: E402

BASE = ("the harbour board voted on tuesday to close the old ferry pier after engineers found "
        "cracks in three of its pylons and warned that repairs would cost more than a new pier")


def test_prf_counts_hits_misses_and_spurious_pairs():
    gold = {("a", "b"), ("a", "c"), ("b", "c")}
    p, r, f = rs.prf({("a", "b"), ("a", "c"), ("c", "d")}, gold)
    assert (p, r) == (pytest.approx(2 / 3), pytest.approx(2 / 3))
    assert f == pytest.approx(2 / 3)
    assert rs.prf(set(), gold) == (1.0, 0.0, 0.0)
    assert rs.prf({("a", "b")}, set()) == (0.0, 1.0, 0.0)


def test_shingles_jaccard_and_containment_on_tiny_texts():
    assert rs.shingles("One two, three", 2) == {("one", "two"), ("two", "three")}
    assert rs.shingles("Short text", 5) == {("short", "text")}
    a, b = {1, 2, 3, 4}, {3, 4, 5, 6, 7, 8}
    assert rs.jaccard(a, b) == pytest.approx(2 / 8)
    assert rs.containment(a, b) == pytest.approx(2 / 4)
    assert rs.containment(set(), b) == 0.0
    copy = BASE + " said the chair"
    assert rs.containment(rs.shingles(BASE, 2), rs.shingles(copy, 2)) == 1.0


def test_minhash_estimates_jaccard_and_is_deterministic():
    other = ("a choir from the north sang at the opening of the new library while the mayor "
             "read a poem about winter and the children planted two oak trees by the gate")
    hasher = rs.MinHasher(128)
    s_base = hasher.signature(rs.shingles(BASE, 5))
    assert s_base == rs.MinHasher(128).signature(rs.shingles(BASE, 5))
    assert rs.minhash_similarity(s_base, s_base) == 1.0
    assert rs.minhash_similarity(s_base, hasher.signature(rs.shingles(other, 5))) < 0.1
    edited = BASE.replace("three", "four")
    true = rs.jaccard(rs.shingles(BASE, 5), rs.shingles(edited, 5))
    estimate = rs.minhash_similarity(s_base, hasher.signature(rs.shingles(edited, 5)))
    assert abs(estimate - true) < 0.15


def test_baseline_scores_rank_a_copy_above_an_unrelated_text():
    texts = {"x.txt": BASE, "y.txt": BASE + " the board said",
             "z.txt": "the city opened a museum of clocks in the old post office on monday"}
    scores = rs.baseline_scores(texts)
    assert set(scores) == {("x.txt", "y.txt"), ("x.txt", "z.txt"), ("y.txt", "z.txt")}
    assert scores[("x.txt", "y.txt")]["minhash5"] > 0.7
    assert scores[("x.txt", "y.txt")]["bigram"] == 1.0
    assert scores[("x.txt", "z.txt")]["minhash5"] < 0.2


def test_best_threshold_takes_the_middle_of_a_plateau():
    scores = {("a", "b"): 0.9, ("a", "c"): 0.1}
    grid = [0.05, 0.2, 0.4, 0.6, 0.8, 0.95]
    assert rs.best_threshold(scores, {("a", "b")}, grid) == 0.4  # 0.2..0.8 all give F1 1


def test_labels_directions_and_direction_accuracy(tmp_path):
    path = tmp_path / "pairs.csv"
    path.write_text("doc_a,doc_b,label,direction,note\nb,a,wholly,a->b,copy\n"
                    "a,c,partially,,\nc,d,non,,\n", encoding="utf-8")
    labels = rs.read_labels(path)
    assert labels[("a", "b")] == rs.PairLabel("wholly", "b")
    assert labels[("a", "c")].source is None
    assert rs.direction_accuracy([("b", "a"), ("c", "a")], labels) == (1, 1)
    assert rs.direction_accuracy([("a", "b")], labels) == (0, 1)
    path.write_text("doc_a,doc_b,label,direction,note\na,b,copied,,\n", encoding="utf-8")
    with pytest.raises(ValueError, match="label"):
        rs.read_labels(path)


def test_connected_pairs_join_copies_of_one_source():
    pairs = eval_realnews.connected([("w", "x"), ("w", "y"), ("p", "q")])
    assert pairs == {("w", "x"), ("w", "y"), ("x", "y"), ("p", "q")}


def test_judgements_match_by_fingerprint_or_position(tmp_path):
    path = tmp_path / "j.csv"
    path.write_text("fingerprint,document,code,start,verdict,class\n"
                    "abc,d.txt,QC301,5,false,opinion\n,e.txt,QC103,9,real,quote change\n",
                    encoding="utf-8")
    judged = rs.read_judgements(path)
    assert judged["abc"] == ("false", "opinion")
    finding = {"document": "e.txt", "code": "QC103", "start": 9, "fingerprint": "zzz"}
    assert [judged.get(k) for k in rs.finding_keys(finding)] == [None, ("real", "quote change")]


def test_sample_is_reproducible_and_only_warnings_and_errors():
    findings = [{"document": f"d{i}.txt", "start": i, "end": i + 1, "code": "QC301",
                 "severity": "warning" if i % 2 else "info"} for i in range(30)]
    report = {"findings": findings}
    first = eval_realnews.sample_findings(report, 5, seed=3)
    assert first == eval_realnews.sample_findings(report, 5, seed=3)
    assert len(first) == 5 and all(f["severity"] == "warning" for f in first)
    assert len(eval_realnews.sample_findings(report, 40, seed=3)) == 15


def test_layout_writes_paragraphs_and_a_manifest_quotecheck_loads(tmp_path):
    from quotecheck.load.loader import load_paths

    csv_path = tmp_path / "set.csv"
    csv_path.write_text('id,publisher,scrape_time,text\n'
                        '7,example.org,2020-01-01T00:00:00,"Headline ### First para. ###  ### '
                        'Second ""quoted"" para."\n', encoding="utf-8")
    out = tmp_path / "story"
    assert realnews_layout.layout(csv_path, out) == 1
    text = (out / "7_example.org.txt").read_text(encoding="utf-8")
    assert text == 'Headline\n\nFirst para.\n\nSecond "quoted" para.\n'
    loaded = load_paths([out])
    assert not loaded.errors
    (doc,) = loaded.documents
    assert doc.meta.outlet == "example.org" and doc.meta.published is None


def test_layout_reads_a_csv_without_id_or_publisher_by_its_urls(tmp_path):
    """A story-chains CSV (url, paperurl, title, date, text; no id, no publisher column):
    the outlet is the paper's domain, the id a stable hash of the url, date the published."""
    from quotecheck.load.loader import load_paths

    csv_path = tmp_path / "chains.csv"
    csv_path.write_text('url,paperurl,title,date,text\n'
                        'https://www.example.org/a/b,https://www.example.org/,A title,'
                        '2021-06-24 05:19:00,"One sentence. Another ""quoted"" one."\n',
                        encoding="utf-8")
    out = tmp_path / "story"
    assert realnews_layout.layout(csv_path, out) == 1
    (path,) = [p for p in out.glob("*.txt")]
    assert path.name.endswith("_example.org.txt") and len(path.name.split("_")[0]) == 8
    assert path.read_text(encoding="utf-8") == 'One sentence. Another "quoted" one.\n'
    (doc,) = load_paths([out]).documents
    assert doc.meta.outlet == "example.org" and doc.meta.published is not None


def test_layout_reads_a_meter_folder_of_wire_and_newspaper_texts(tmp_path):
    """METER layout: a PA wire text wraps lines and ends paragraphs with '<' under a rule
    and slug line; a newspaper text has blank-line paragraphs; the paper is the name's suffix."""
    from quotecheck.load.loader import load_paths

    root = tmp_path / "meter"
    wire = root / "PA" / "rawtexts" / "courts" / "02.03.00" / "fox"
    paper = root / "newspapers" / "rawtexts" / "courts" / "02.03.00" / "fox"
    wire.mkdir(parents=True)
    paper.mkdir(parents=True)
    (wire / "fox1.txt").write_bytes(
        b"  " + b"-" * 40 + b"\n\n      09:15 02/03/00: Page 1 (HHH) COURTS Fox\n  " + b"-" * 40
        + b"\nFOX FINED\x19<\nBy A Writer, PA News<\nA man was fined \xa3200 for\nfeeding foxes, "
        b"a court heard.<\nHe said it was ``only kind''.<\n")
    (paper / "fox12_times.txt").write_bytes(b"A MAN was fined.\n\nHe said: \"Only kind.\"\n")
    (paper / "fox13_sun.txt").write_bytes(b"Other story.\n")
    out = tmp_path / "story"
    rows = corpus_readers.meter_rows(root, ["courts/02.03.00/fox"])
    assert realnews_layout.layout(root, out, rows=rows) == 3
    text = (out / "fox-000302-fox1_Press-Association.txt").read_text(encoding="utf-8")
    assert text == ("09:15 02/03/00: Page 1 (HHH) COURTS Fox\n\nFOX FINED\n\n"
                    "By A Writer, PA News\n\nA man was fined £200 for feeding foxes, a court "
                    "heard.\n\nHe said it was ``only kind''.\n")
    assert (out / "fox-000302-fox12_The-Times.txt").read_text(encoding="utf-8") == (
        'A MAN was fined.\n\nHe said: "Only kind."\n')
    outlets = {doc.meta.outlet for doc in load_paths([out]).documents}
    assert outlets == {"Press Association", "The Times", "The Sun"}
    assert list(corpus_readers.meter_rows(root, ["courts/02.03.00/owl"])) == []


def _ecb_xml(sentences: list) -> str:
    """An ECB+-shaped token file: one <token> per token, sentence numbers from 0."""
    toks, n = [], 0
    for s, tokens in enumerate(sentences):
        for k, tok in enumerate(tokens.split(" ")):
            n += 1
            toks.append(f'<token t_id="{n}" sentence="{s}" number="{k}">{tok}</token>')
    return '<Document doc_name="x">\n' + "\n".join(toks) + "\n</Document>\n"


def test_layout_reads_an_ecbplus_folder_and_joins_tokens_back(tmp_path):
    """ECB+ layout: the URL (sentence 0) gives the outlet; figures, initials, hyphens, curly
    apostrophes and marks are joined back; a sentence inside an open quotation continues its
    paragraph; only ecbplus documents of the chosen topics are read."""
    topic = tmp_path / "ECB+" / "3"
    topic.mkdir(parents=True)
    (topic / "3_2ecbplus.xml").write_text(_ecb_xml([
        "http : / / www . example . com / news / a - b",
        "Ferry sinks off U . S . coast",
        "The 12 - metre ferry , carrying $2 . 5 million of cargo , sank at 5 : 03pm "
        "( local time ) .",
        "\" We saw it go down .",
        "It was fast , \" said Dana Ruiz , the captain ’ s mate .",
        "Police said 35 , 000 litres of fuel spilled &amp; a probe is under way ."]),
        encoding="utf-8")
    (topic / "3_2ecb.xml").write_text(_ecb_xml(["Other text ."]), encoding="utf-8")
    (tmp_path / "ECB+" / "4").mkdir()
    (tmp_path / "ECB+" / "4" / "4_1ecbplus.xml").write_text(
        _ecb_xml(["http : / / other . org / x", "Other story ."]), encoding="utf-8")
    out = tmp_path / "story"
    rows = corpus_readers.ecbplus_rows(tmp_path / "ECB+", corpus_readers.topic_set("1-3"))
    assert realnews_layout.layout(tmp_path / "ECB+", out, rows=rows) == 1
    text = (out / "t03-2_example.com.txt").read_text(encoding="utf-8")
    assert text == (
        "Ferry sinks off U.S. coast\n\n"
        "The 12-metre ferry, carrying $2.5 million of cargo, sank at 5:03pm (local time).\n\n"
        "\"We saw it go down. It was fast,\" said Dana Ruiz, the captain’s mate.\n\n"
        "Police said 35,000 litres of fuel spilled & a probe is under way.\n")
    manifest = (out / "quotecheck-corpus.toml").read_text(encoding="utf-8")
    assert 'outlet = "example.com"' in manifest
    assert 'url = "http://www.example.com/news/a-b"' in manifest


def test_newswcl50_layout_names_outlet_url_and_date_from_the_url_table(tmp_path):
    """NewsWCL50 layout: ``event_<n>/<n>_<lean>.txt`` (a doubled ``.txt`` too) becomes
    ``e<nn>-<lean>``; urls.tsv gives outlet (domain), URL and a URL path date; one paragraph per
    non-blank line with CRLF endings; a lean missing from the table keeps no outlet."""
    root = tmp_path / "1-raw-articles"
    (root / "event_3").mkdir(parents=True)
    (root / "event_3" / "3_LL.txt").write_bytes(
        "Ferry Pier To Close\r\n\r\nThe harbour board voted to close the pier.\r\n"
        "\u201cIt is unsafe,\u201d said Dana Ruiz.\r\n".encode("utf-8"))
    (root / "event_3" / "3_R.txt.txt").write_text("Pier closes\n\nBoard votes.\n",
                                                  encoding="utf-8")
    (root / "event_3" / "notes.txt").write_text("not an article\n", encoding="utf-8")
    urls = tmp_path / "urls.tsv"
    urls.write_text("Event ID\tOutlet\tURL\n3\tLL\thttps://www.example.com/2018/04/31/x\n"
                    "3\tR\thttp://news.example.org/2018/04/30/pier-closes.html\n",
                    encoding="utf-8")
    out = tmp_path / "story"
    rows = corpus_readers.newswcl50_rows(root, urls)
    assert realnews_layout.layout(root, out, rows=rows) == 2
    assert (out / "e03-LL_example.com.txt").read_text(encoding="utf-8") == (
        "Ferry Pier To Close\n\nThe harbour board voted to close the pier.\n\n"
        "\u201cIt is unsafe,\u201d said Dana Ruiz.\n")
    manifest = (out / "quotecheck-corpus.toml").read_text(encoding="utf-8")
    assert 'outlet = "news.example.org"' in manifest
    assert 'published = "2018-04-30"' in manifest
    assert manifest.count("published") == 1          # 2018/04/31 is no date
    rows = list(corpus_readers.newswcl50_rows(root))
    assert [(r["id"], r["publisher"], r["url"]) for r in rows] == [
        ("e03-LL", "", ""), ("e03-R", "", "")]


def test_wikiref_layout_decodes_windows_1252_and_reads_a_sign_off_url(tmp_path):
    """WikiRef layout: ``<topic>.<n>.txt`` and ``<topic> (<n>).txt`` become ``<topic>-<n>``;
    a file that is not UTF-8 is read as Windows-1252; the outlet is the domain of a URL closing
    a ``Read more`` line, never of a link inside the story; otherwise none."""
    (tmp_path / "ferry.pier.7.txt").write_bytes(
        b"Pier to close\r\n\r\nThe board said the pier was \x93unsafe\x94.\r\n\r\n"
        b"Read more at http://www.example.com/pier-close#abc\r\n")
    (tmp_path / "FerryPier (12).txt").write_text(
        "Pier closes\n\nSee http://other.example.org/map for the route.\n", encoding="utf-8")
    rows = list(corpus_readers.wikiref_rows(tmp_path))
    assert [(r["id"], r["publisher"]) for r in rows] == [
        ("ferrypier-12", ""), ("ferrypier-7", "example.com")]
    assert rows[1]["text"].split("###")[1] == "The board said the pier was \u201cunsafe\u201d."
    out = tmp_path / "story"
    assert realnews_layout.layout(tmp_path, out, rows=iter(rows)) == 2
    assert (out / "ferrypier-12_unknown.txt").exists()


def test_duc_layout_skips_documents_another_set_already_holds(tmp_path):
    """DUC topics share documents: ``unseen`` drops every row whose DOCNO names a file already
    laid out (under any topic) in the given folders, so a new set holds no tuned document."""
    doc = ("<DOC><DOCNO> {} </DOCNO><DATE_TIME> 1999-06-08 10:00 </DATE_TIME><BODY>"
           "<HEADLINE> Ferry sinks </HEADLINE><TEXT><P> A ferry sank on Monday. </P></TEXT>"
           "</BODY></DOC>")
    for topic, docno in (("D0640D", "APW19990608.0009"), ("D0641E", "NYT19990609.0101")):
        folder = tmp_path / "src" / topic / f"{topic}-x"
        folder.mkdir(parents=True)
        (folder / docno).write_text(doc.format(docno), encoding="utf-8")
    old = tmp_path / "old"
    old.mkdir()
    (old / "D0606F-APW19990608-0009_Associated-Press-Worldstream.txt").write_text("x\n")
    seen = corpus_readers.seen_docnos([old])
    assert seen == {"APW19990608-0009"}
    rows = list(corpus_readers.unseen(corpus_readers.duc_rows(tmp_path / "src"), seen))
    assert [row["id"] for row in rows] == ["D0641E-NYT19990609.0101"]


def test_pool_offers_pairs_linked_only_through_a_wire_family(capsys):
    # scoring counts two members of one family as found: the pool must offer them to label
    texts = {"a.txt": BASE, "b.txt": "a different story about a school bus route",
             "c.txt": "the council met to talk about the budget for parks next year"}
    report = {"provenance": [], "families": [{"members": ["a.txt", "c.txt"], "partial": []}]}
    eval_realnews.pool(report, texts, size=0, seed=1)
    rows = capsys.readouterr().out.splitlines()
    assert rows[0] == "doc_a,doc_b,label,direction,note"
    assert "a.txt,c.txt,,,qc-family" in rows


def test_duc_date_written_year_day_month_is_read_by_the_docno():
    """Some AQUAINT AP copy writes DATE_TIME as year-day-month: a valid date that is the
    DOCNO's with day and month swapped is read swapped; any other date is kept as written."""
    published = corpus_readers.duc_published
    assert published("2001-02-09 07:15:00", "APW20010902.0311") == "2001-09-02T07:15"
    assert published("2001-09-02 07:15:00", "APW20010902.0311") == "2001-09-02T07:15"
    assert published("2001-09-01 23:40", "XIE20010902.0012") == "2001-09-01T23:40"
    assert published("2001-11-09 07:15:00", "APW20010902.0311") == "2001-11-09T07:15"
    assert published("2001-15-09 07:15:00", "APW20010915.0311") == "2001-09-15"
    assert published("09/02/2001 07:15:00", "NYT20010902.0311") == "2001-09-02T07:15"


def test_tac_gigaword_style_documents_are_read_and_skipped_when_seen(tmp_path):
    """TAC 2011 copy names itself by ``<DOCID>`` (with an LDC catalogue suffix) and dates itself
    by ``<DATETIME>``: both are read, ``XIN`` is Xinhua, and a laid-out file is seen again."""
    doc = ("<DOC>\n<DOCID> {} </DOCID>\n<DOCTYPE SOURCE=\"newswire\"> NEWS STORY </DOCTYPE>\n"
           "<DATETIME> 2007-03-02 </DATETIME>\n<BODY>\n<HEADLINE>\nDam opens\n</HEADLINE>\n"
           "<TEXT>\n<P>\nThe dam opened on Friday, \"on time,\" an engineer said.\n</P>\n"
           "</TEXT>\n</BODY>\n</DOC>\n")
    folder = tmp_path / "src" / "D1107A" / "D1107A-A"
    folder.mkdir(parents=True)
    for docid in ("XIN_ENG_20070302.0011", "APW_ENG_20070302.0107"):
        (folder / docid).write_text(doc.format(docid + ".LDC2009T13"), encoding="utf-8")
    rows = list(corpus_readers.duc_rows(tmp_path / "src", {7}))
    assert [(r["id"], r["publisher"], r["published"]) for r in rows] == [
        ("D1107A-APW_ENG_20070302.0107", "Associated Press Worldstream", "2007-03-02"),
        ("D1107A-XIN_ENG_20070302.0011", "Xinhua News Agency", "2007-03-02")]
    assert rows[0]["text"].split("###") == [
        "Dam opens", "The dam opened on Friday, \"on time,\" an engineer said."]
    out = tmp_path / "story"
    assert realnews_layout.layout(tmp_path / "src", out, rows=iter(rows[:1])) == 1
    assert corpus_readers.seen_docnos([out]) == {"APW-ENG-20070302-0107"}
    again = corpus_readers.unseen(corpus_readers.duc_rows(tmp_path / "src"),
                                  corpus_readers.seen_docnos([out]))
    assert [r["id"] for r in again] == ["D1107A-XIN_ENG_20070302.0011"]


def test_allsides_layout_keeps_a_month_and_writes_outlet_date_and_section(tmp_path):
    """AllSides layout: each roundup of the kept months gives its left, center and right
    articles (headline first, then the shown paragraphs), named ``s<story>-<l|c|r>``; the
    outlet is the link's domain, the date one the link's path holds, and AllSides' opinion tag
    becomes the manifest's ``section``; an article without paragraphs is left out."""
    import json
    story = {"id": 12, "date": "2021-09-02T10:00:00-07:00", "news": {
        "right": {"newsLink": "https://www.example.com/2021/09/01/pier-closes/",
                  "newsTitle": "Pier closes", "opinionTag": "OPINION",
                  "newBody": ["The board\xa0shut the pier.", " ",
                              "It said it was \u201cunsafe.\u201d..."]},
        "left": {"newsLink": "https://news.example.org/pier", "newsTitle": "Pier shut",
                 "opinionTag": None, "newBody": ["The pier is shut."]},
        "center": {"newsLink": "https://example.net/x", "newsTitle": "Pier", "newBody": []}}}
    other = {"id": 3, "date": "2021-08-30T10:00:00-07:00", "news": {
        "left": {"newsLink": "https://example.org/a", "newsTitle": "Other", "newBody": ["B."]}}}
    src = tmp_path / "roundups.jsonl"
    src.write_text(json.dumps(story) + "\n" + json.dumps(other) + "\n", encoding="utf-8")
    rows = list(corpus_readers.allsides_rows(src, {"2021-09"}))
    assert [(r["id"], r["publisher"], r["published"], r["section"]) for r in rows] == [
        ("s12-l", "news.example.org", "", ""), ("s12-r", "example.com", "2021-09-01", "opinion")]
    assert len(list(corpus_readers.allsides_rows(src))) == 3
    out = tmp_path / "story"
    assert realnews_layout.main([str(src), str(out), "--allsides", "--months", "2021-09"]) == 0
    text = (out / "s12-r_example.com.txt").read_text(encoding="utf-8")
    assert text == ("Pier closes\n\nThe board shut the pier.\n\n"
                    "It said it was \u201cunsafe.\u201d...\n")
    manifest = (out / "quotecheck-corpus.toml").read_text(encoding="utf-8")
    assert 'section = "opinion"' in manifest and 'published = "2021-09-01"' in manifest


def test_allsides_layout_names_the_file_and_line_of_a_malformed_story(tmp_path, capsys):
    """A line of the roundups file that is no JSON, no story object with an integer id, or a
    story whose articles are no objects of text fields stops the layout with the file and line
    (exit 2, no traceback, nothing written); blank lines are skipped."""
    import json
    good = json.dumps({"id": 1, "date": "2021-09-01", "news": {
        "left": {"newsLink": "https://example.org/a", "newsTitle": "A", "newBody": ["B."]}}})
    bad_lines = ['{"id": 2, "news": ', '[1, 2]', '{"news": {}}', '{"id": "two"}',
                 '{"id": 2, "news": ["left"]}', '{"id": 2, "news": {"left": {"newBody": [3]}}}']
    for bad in bad_lines:
        src = tmp_path / "roundups.jsonl"
        src.write_text(good + "\n\n" + bad + "\n", encoding="utf-8")
        try:
            list(corpus_readers.allsides_rows(src))
        except ValueError as exc:
            assert str(exc).startswith(f"{src}:3: "), (bad, str(exc))
        else:
            raise AssertionError(f"no error for {bad!r}")
        out = tmp_path / "story"
        assert realnews_layout.main([str(src), str(out), "--allsides"]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"realnews_layout: error: {src}:3: ") and "Traceback" not in err
        assert not out.exists()
    src.write_bytes(good.encode() + b"\n\xff\n")
    assert realnews_layout.main([str(src), str(tmp_path / "story"), "--allsides"]) == 2
    assert capsys.readouterr().err == f"realnews_layout: error: {src}: not UTF-8 text\n"


def test_groundnews_layout_reads_story_csvs_with_outlet_day_first_date_and_lean(tmp_path):
    """Ground News layout: every ``<story>/data.csv`` row becomes ``g<story>-<id>-<l|c|r>``
    with the outlet's name as given and a day-first ``d/m/yyyy hh:mm[:ss]`` time in ISO form;
    the headline leads unless the text opens with it, one paragraph per line; stories sort
    by number (2 before 10)."""
    import csv as _csv
    def story(n, rows):
        (tmp_path / "src" / n).mkdir(parents=True)
        with (tmp_path / "src" / n / "data.csv").open("w", encoding="utf-8", newline="") as h:
            w = _csv.writer(h)
            w.writerow(["title", "text", "outlet_name", "datetime", "label", "id"])
            w.writerows(rows)
    story("10", [["Dam opens", "Dam opens today.\nIt took \ufffd5 years.", "", "9/12/2022 4:33",
                  "RIGHT", "3"]])
    story("2", [["Port shut", "The port shut on Friday.\n\nWorkers left.", "Daily Example",
                 "8/12/2022 15:28:35", "LEFT", "7"]])
    rows = list(corpus_readers.groundnews_rows(tmp_path / "src"))
    assert [(r["id"], r["publisher"], r["published"]) for r in rows] == [
        ("g2-7-l", "Daily Example", "2022-12-08T15:28"), ("g10-3-r", "", "2022-12-09T04:33")]
    out = tmp_path / "story"
    assert realnews_layout.main([str(tmp_path / "src"), str(out), "--groundnews"]) == 0
    assert (out / "g2-7-l_Daily-Example.txt").read_text(encoding="utf-8") == (
        "Port shut\n\nThe port shut on Friday.\n\nWorkers left.\n")
    assert (out / "g10-3-r_unknown.txt").read_text(encoding="utf-8") == (
        "Dam opens today.\n\nIt took \ufffd5 years.\n")
    manifest = (out / "quotecheck-corpus.toml").read_text(encoding="utf-8")
    assert 'outlet = "Daily Example"' in manifest and 'published = "2022-12-08T15:28"' in manifest


def test_baly_layout_keeps_days_and_stories_with_two_outlets(tmp_path, capsys):
    """Article-Bias-Prediction layout: articles of the ``--dates`` range only, grouped by
    (date, topic); a group with one outlet is dropped; the id is ``b<yyyymmdd>-<topic>-<lean>
    <ID>``, the publisher the URL's domain, the headline first unless the body opens with it,
    one paragraph per line. A bad range or a file that is no article is an error."""
    import json as _json
    import baly_reader
    src = tmp_path / "jsons"
    src.mkdir()
    def art(name, **kw):
        (src / f"{name}.json").write_text(_json.dumps(kw), encoding="utf-8")
    art("a", ID="Xa1", topic="Port Strike", source="Daily Example", url="https://www.example.com/x",
        date="2020-07-14", title="Port shut", content_original="The port shut.\n\nWorkers left.",
        bias_text="left")
    art("b", ID="Yb2", topic="Port Strike", source="Other Wire", url="https://wire.example.org/y",
        date="2020-07-14", title="Port shut", content_original="Port shut\nDockers walked out.",
        bias_text="center")
    art("c", ID="Zc3", topic="Dam", source="Daily Example", url="https://www.example.com/z",
        date="2020-07-14", title="Dam opens", content_original="It opened.", bias_text="left")
    art("d", ID="Wd4", topic="Port Strike", source="Third Post", url="https://third.example/w",
        date="2020-07-22", title="Port open", content_original="It reopened.", bias_text="right")
    rows = list(baly_reader.baly_rows(src, baly_reader.date_range("2020-07-01:2020-07-21")))
    assert [(r["id"], r["publisher"], r["published"]) for r in rows] == [
        ("b20200714-port-strike-lXa1", "example.com", "2020-07-14"),
        ("b20200714-port-strike-cYb2", "wire.example.org", "2020-07-14")]
    out = tmp_path / "story"
    assert realnews_layout.main([str(src), str(out), "--baly", "--dates",
                                 "2020-07-14:2020-07-14"]) == 0
    assert (out / "b20200714-port-strike-lXa1_example.com.txt").read_text(encoding="utf-8") == (
        "Port shut\n\nThe port shut.\n\nWorkers left.\n")
    assert (out / "b20200714-port-strike-cYb2_wire.example.org.txt").read_text(
        encoding="utf-8") == "Port shut\n\nDockers walked out.\n"
    assert len(list(out.glob("*.txt"))) == 2
    capsys.readouterr()
    assert realnews_layout.main([str(src), str(tmp_path / "x"), "--baly", "--dates", "July"]) == 2
    assert "not a date range" in capsys.readouterr().err
    (src / "e.json").write_text("[1, 2]", encoding="utf-8")
    assert realnews_layout.main([str(src), str(tmp_path / "y"), "--baly"]) == 2
    assert "e.json: not a JSON article object" in capsys.readouterr().err


def test_involving_scores_only_pairs_with_a_matching_document(capsys):
    # two papers carrying one wire text: scored with --involving Wire, their pair (found or
    # missed) is left out of labels and predictions alike
    texts = {"p1_Paper.txt": BASE, "p2_Paper.txt": BASE, "w1_Wire.txt": BASE}
    labels = {("p1_Paper.txt", "p2_Paper.txt"): rs.PairLabel("partially", None),
              ("p1_Paper.txt", "w1_Wire.txt"): rs.PairLabel("partially", None),
              ("p2_Paper.txt", "w1_Wire.txt"): rs.PairLabel("partially", None)}
    report = {"provenance": [{"source": "w1_Wire.txt", "derived": "p1_Paper.txt"}],
              "families": []}
    thresholds = dict(eval_realnews.THRESHOLDS)
    eval_realnews.score_pairs(report, texts, labels, thresholds, False)
    every = capsys.readouterr().out
    assert "    quotecheck edges       -             1    1  1.000  0.333  0.500" in every
    eval_realnews.score_pairs(report, texts, labels, thresholds, False, involving="Wire")
    wire = capsys.readouterr().out
    assert "labelled 2, derived 2" in wire
    assert "    quotecheck edges       -             1    1  1.000  0.500  0.667" in wire
    assert "p1_Paper.txt ~ p2_Paper.txt" not in wire
