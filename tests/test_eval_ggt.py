"""The GGT adapter (bench/ggt_layout.py) and its scorer (bench/eval_ggt.py) on an invented article.

The text and its quotation list are written here; no corpus text is used.
"""
import json
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import eval_ggt  # noqa: E402
import ggt_layout  # noqa: E402

TEXT = ("Ana Ruiz spoke at the harbour on Monday.\n .\n "
        "\"We will rebuild it,\" she said.\n .\n "
        "\"It will take two years.\"\n .\n "
        "Tom Berg said the plan was \"ambitious\" and costly.")


def quote(q, speaker, verb, ref, drift=7):
    """A GGT quotation whose stated indices are ``drift`` characters off, as in the table."""
    def idx(s, after=0):
        if not s:
            return ""
        a = TEXT.index(s, after) + drift
        return f"({a},{a + len(s)})"
    line = TEXT.rfind("\n", 0, TEXT.index(q))      # the speaker and cue are on its line
    return {"quote": q, "speaker": speaker, "verb": verb, "reference": ref,
            "quote_index": idx(q), "speaker_index": idx(speaker, line),
            "verb_index": idx(verb, line)}


QUOTES = [quote("\"We will rebuild it,\"", "she", "said", "Ana Ruiz"),
          quote("\"It will take two years.\"", "", "", "Ana Ruiz"),
          quote("the plan was \"ambitious\" and costly", "Tom Berg", "said", "Tom Berg")]


def table(path):
    """A one-sheet xlsx with the GGT columns this adapter reads (shared strings only)."""
    cells = ["_id", "outlet", "articleBodyText", "quotations",
             "ObjectId(5c182ac21e67d78e277944ad)", "CBC News", TEXT, json.dumps(QUOTES)]
    esc = [c.replace("&", "&amp;").replace("<", "&lt;") for c in cells]
    sst = "".join(f"<si><t xml:space=\"preserve\">{c}</t></si>" for c in esc)
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    row = lambda r, k: "".join(f'<c r="{col}{r}" t="s"><v>{k + i}</v></c>'  # noqa: E731
                               for i, col in enumerate("BCDN"))
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("xl/sharedStrings.xml", f'<sst xmlns="{ns}">{sst}</sst>')
        z.writestr("xl/worksheets/sheet1.xml", f'<worksheet xmlns="{ns}"><sheetData>'
                   f'<row r="1">{row(1, 0)}</row><row r="2">{row(2, 4)}</row>'
                   "</sheetData></worksheet>")


def test_drifted_indices_are_located_and_references_kept(tmp_path):
    table(tmp_path / "t.xlsx")
    assert ggt_layout.main([str(tmp_path / "t.xlsx"), str(tmp_path / "out")]) == 0
    ann = (tmp_path / "out" / "cbc-news_5c182ac21e67d78e277944ad.ann").read_text()
    assert "\tSource " in ann and ann.count("AnnotatorNotes") == 3
    docs = eval_ggt.load_folder(tmp_path / "out")
    (doc,) = docs.values()
    gold = sorted(doc["gold"], key=lambda g: g["start"])
    assert [(g["kind"], TEXT[g["start"]:g["end"]], g["reference"]) for g in gold] == [
        ("direct", "We will rebuild it", "Ana Ruiz"),
        ("direct", "It will take two years", "Ana Ruiz"),
        ("partial", "ambitious", "Tom Berg")]
    assert TEXT[slice(*gold[0]["source"][0])] == "she" and gold[1]["source"] == []


def test_reference_verdict_scores_pronouns_and_unattributed_quotes(tmp_path):
    table(tmp_path / "t.xlsx")
    ggt_layout.main([str(tmp_path / "t.xlsx"), str(tmp_path / "out")])
    (doc,) = eval_ggt.load_folder(tmp_path / "out").values()
    she, follow, _ = sorted(doc["gold"], key=lambda g: g["start"])
    at = TEXT.index("she")
    same_mention = {"speaker": "Tom Berg", "speaker_start": at, "speaker_end": at + 3}
    assert eval_ggt.reference_verdict({"speaker": "Ruiz"}, she, doc) == "right"
    assert eval_ggt.reference_verdict(same_mention, she, doc) == "wrong"
    assert eval_ggt.eval_brat.speaker_verdict(same_mention, she, doc) == "mention"
    assert eval_ggt.reference_verdict({"speaker": "Ana Ruiz"}, follow, doc) == "right"
    assert eval_ggt.reference_verdict({"speaker": None}, follow, doc) == "none"
    assert eval_ggt.eval_brat.speaker_verdict({"speaker": None}, follow, doc) == "unscored"


def test_locate_prefers_the_occurrence_nearest_the_hint():
    text = "said yes. Later he said yes again."
    assert ggt_layout.locate(text, "said  yes", 20) == (19, 27)
    assert ggt_layout.locate(text, "said yes", 0) == (0, 8)
    assert ggt_layout.locate(text, "said yes", 0, window=-1) is None
    assert ggt_layout.locate(text, "nothing", 0) is None


def test_reference_variants_and_ggt_mention_overlap():
    """The annotator's reference in another form than the text's (initials, a given name's
    spelling) and GGT's own span-overlap test for a described speaker (invented names)."""
    assert eval_ggt.is_acronym("HWA", "Harbour Works Authority")
    assert not eval_ggt.is_acronym("HWA", "Harbour Water Board")
    assert eval_ggt.variant_given_name("Katie Morrow", "Katy Morrow")
    assert eval_ggt.variant_given_name("Xavi Lund", "Javi Lund") is False
    assert eval_ggt.variant_given_name("Xander Tasker", "Alexander Tasker")
    assert not eval_ggt.variant_given_name("Paul Tasker", "Paula Tasker")
    assert not eval_ggt.variant_given_name("Ana Tasker", "Tom Tasker")
    text = "“We are ready,” says a memo titled Harbour Plan on the board's website."
    a = text.index("a memo")
    g = {"source": [(a, a + len("a memo titled Harbour Plan"))], "reference": "Harbour Board"}
    memo = {"speaker": "memo", "speaker_start": a + 2, "speaker_end": a + 6}
    other = {"speaker": "Lund", "speaker_start": a + 2, "speaker_end": a + 6}
    src = text[slice(*g["source"][0])]
    assert eval_ggt.overlaps_mention(memo, g, src)
    assert not eval_ggt.overlaps_mention(other, g, src)
    doc = {"text": text, "gold": [g], "chains": []}
    assert eval_ggt.reference_verdict(memo, g, doc) == "right"
    assert eval_ggt.reference_verdict(other, g, doc) == "wrong"


def test_reference_variants_accept_no_other_person():
    """A name form is right only for the same person: other names that share a spelling's
    tail or differ in an ending, two-letter initials, another annotated speaker, and a
    larger span that holds the mention are wrong (invented names)."""
    for pred, ref in (("Bryan Tasker", "Ryan Tasker"), ("Joy Tasker", "Joey Tasker"),
                      ("Kai Tasker", "Kay Tasker"), ("Toni Tasker", "Tony Tasker"),
                      ("Ella Tasker", "Stella Tasker"), ("Rick Tasker", "Patrick Tasker")):
        assert not eval_ggt.variant_given_name(pred, ref), (pred, ref)
    assert not eval_ggt.is_acronym("BC", "Bea Calder")
    text = "“Not a chance,” Nathan Lund said. “We will see,” said Jonathan Lund, his father."
    n, j = text.index("Nathan Lund"), text.index("Jonathan Lund")
    gold = [{"source": [(n, n + 11)], "reference": "Nathan Lund"},
            {"source": [(j, j + 13)], "reference": "Jonathan Lund"}]
    doc = {"text": text, "gold": gold, "chains": []}
    wrong = {"speaker": "Nathan Lund", "speaker_start": n, "speaker_end": n + 11}
    assert eval_ggt.reference_verdict(wrong, gold[1], doc) == "wrong"
    text = "Tasker's lawyer called it “a fraud,” and a lawyer for Tasker agreed with “no deal.”"
    t1 = text.index("Tasker")
    t2 = text.index("Tasker", t1 + 1)
    for (ps, pe), t in (((t1, t1 + len("Tasker's lawyer")), t1), ((t2 - 13, t2 + 6), t2)):
        g = {"source": [(t, t + 6)], "reference": "Dana Tasker"}
        q = {"speaker": text[ps:pe], "speaker_start": ps, "speaker_end": pe}
        assert not eval_ggt.overlaps_mention(q, g, "Tasker"), q
    doc = {"text": text, "gold": [g], "chains": []}
    g = {"source": [(t1, t1 + 6)], "reference": "Dana Tasker"}
    q = {"speaker": "Tasker's lawyer", "speaker_start": t1, "speaker_end": t1 + 15}
    assert eval_ggt.reference_verdict(q, g, doc) == "wrong"
    text = "“Go team!” crew members wearing red shirts shouted."
    c = text.index("crew members")
    g = {"source": [(c, c + 12)], "reference": "Harbour Crew"}
    q = {"speaker": "crew members wearing red shirts", "speaker_start": c,
         "speaker_end": c + len("crew members wearing red shirts")}
    assert eval_ggt.overlaps_mention(q, g, "crew members")


def test_ggt_floating_quote_rule():
    """GGT's own rule (evaluate_quotes.py, speaker_match_cond_2): a quotation the annotator
    gave no speaker mention is right for a floating prediction, a whole quoted sentence right
    after a sentence holding a quotation with the same speaker mention; not after a sentence
    of reported speech, and not for a quotation inside its own sentence (invented text)."""
    text = ("“One crate!” says the harbour master. “No, two, one for the shelf.”\n\n"
            "The survey said the quay was old.\n\n“This is a real problem.”")
    m = text.index("harbour master")
    one, two = text.index("One crate"), text.index("No, two")
    prob = text.index("This is a real")
    lead = {"start": one, "end": one + 10, "speaker": "harbour master", "speaker_start": m,
            "speaker_end": m + 14}
    after = dict(lead, start=two, end=text.index("”", two))
    late = dict(lead, start=prob, end=text.index("”", prob))
    g = {"source": [], "reference": "Ana Lund"}
    doc = {"text": text, "gold": [g], "chains": [], "predictions": [lead, after, late]}
    assert eval_ggt.floating(after, doc)
    assert eval_ggt.reference_verdict(after, g, doc) == "right"
    assert not eval_ggt.floating(late, doc)
    assert eval_ggt.reference_verdict(late, g, doc) == "wrong"
    named = dict(g, source=[(m, m + 14)])
    assert eval_ggt.reference_verdict(after, named, doc) == "right"   # by the mention's words
    colon = "Ana Lund said: “We are ready.” “The quay is not.”"
    a, b = colon.index("We are"), colon.index("The quay")
    first = {"start": a, "end": colon.index("”", a), "speaker": "Ana Lund", "speaker_start": 0,
             "speaker_end": 8}
    second = dict(first, start=b, end=colon.index("”", b))
    assert eval_ggt.floating(second, {"text": colon, "predictions": [first, second]})
