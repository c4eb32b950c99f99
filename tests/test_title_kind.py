"""Issue 12: a title of a work in quote marks is listed with kind ``title`` and no speaker, and
is left out of everything that acts on quotations: grouping, alignment, provenance, checks.
Its id (``doc#tN``) never shifts a quotation's ``doc#qN``."""
import io
import json
from contextlib import redirect_stdout
from pathlib import Path

import jsonschema

from quotecheck.lint.drafts import check_documents
from quotecheck.load.loader import load_text
from quotecheck.model import QUOTE_KINDS, SPEECH_KINDS, analysed
from quotecheck.story import Story
from speaker_helpers import quotes_of

SCHEMA = json.loads((Path(__file__).parent / "data" / "report.schema.json").read_text())
TITLED = ("Critics praised the series “Harbour Lights of Dover” last week.\n\n"
          "“We wanted it to feel like home,” said director Ana Ruiz.\n")


def test_title_is_listed_with_kind_title_and_no_speaker():
    quotes = quotes_of(TITLED)
    assert [(q.kind, q.text, q.speaker) for q in quotes] == [
        ("title", "Harbour Lights of Dover", None),
        ("direct", "We wanted it to feel like home,", "Ana Ruiz")]
    assert "title" in QUOTE_KINDS and "title" not in SPEECH_KINDS
    assert [q.kind for q in analysed(quotes)] == ["direct"]


def test_title_ids_do_not_shift_quotation_ids():
    bare = "Critics praised it last week.\n\n“We wanted it to feel like home,” said director Ana Ruiz.\n"
    assert [q.id for q in quotes_of(TITLED)] == ["t#t1", "t#q1"]
    assert [q.id for q in quotes_of(bare)] == ["t#q1"]


def test_unattributed_title_case_name_and_work_noun_titles_have_kind_title():
    text = ("In fact, Ora Vell was the founder of “Farmers for Rudd 2012.” She left.\n\n"
            "“It sounds true,” said Adam Segal, the author of “Hacked Harbour Order,” who "
            "studies it.\n")
    kinds = {q.text: (q.kind, q.speaker, q.speaker_kind) for q in quotes_of(text)}
    assert kinds["Farmers for Rudd 2012."] == ("title", None, None)
    assert kinds["Hacked Harbour Order,"] == ("title", None, None)
    assert kinds["It sounds true,"][0] == "direct"


def _doc(text, name, role="compared"):
    return load_text(text, name, fmt="markdown", role=role)


def test_titles_join_no_group_and_give_no_provenance_evidence():
    a = _doc("The council reviewed “Harbour Lights of Dover” on Monday.\n\n"
             "“We will fund the harbour,” said Mayor Ana Ruiz.\n", "a.md")
    b = _doc("Members watched “Harbour Lights of Dover” again.\n\n"
             "“We will fund the harbour,” Mayor Ana Ruiz said.\n", "b.md")
    story = Story([a, b])
    titles = {q.id for q in story.quotes if q.kind == "title"}
    assert titles == {"a.md#t1", "b.md#t1"}
    assert not titles & {q.id for q in story.analysed_quotes}
    assert not titles & {q.id for d in (a, b) for q in story.quotes_of(d.id)}
    clustered = {qid for c in story.alignment.clusters for qid in c.quotes}
    assert {"a.md#q1", "b.md#q1"} <= clustered and not titles & clustered
    evidence = " ".join(e for edge in story.provenance.edges for e in edge.evidence)
    assert "Harbour Lights" not in evidence


def test_a_draft_title_no_source_has_is_not_unsourced():
    source = _doc("“We will fund the harbour,” said Mayor Ana Ruiz on Monday.\n", "s.md", "source")
    draft = _doc("She watched the series “Harbour Lights of Dover” twice. Mayor Ana Ruiz said: "
                 "“We will fund the harbour.”\n", "d.md", "checked")
    report = check_documents([draft], [source])
    assert all(q.kind != "title" for q in report.quotes)
    assert not [f for f in report.findings if "Harbour Lights" in
                draft.text[f.start:f.end] and f.document == "d.md"]


def _quotes_command(tmp_path, fmt):
    from quotecheck.cli import main

    path = tmp_path / "a.txt"
    path.write_text(TITLED, encoding="utf-8")
    buf = io.StringIO()
    with redirect_stdout(buf):
        assert main(["quotes", str(path), "--format", fmt, "-q"]) == 0
    return buf.getvalue()


def test_contract_says_the_kind_and_the_text_report_says_title(tmp_path):
    data = json.loads(_quotes_command(tmp_path, "json"))
    jsonschema.validate(data, SCHEMA)
    assert [(q["id"], q["kind"], q["speaker"], q["speaker_kind"]) for q in data["quotes"]] == [
        ("a.txt#t1", "title", None, None), ("a.txt#q1", "direct", "Ana Ruiz", "person")]
    text = _quotes_command(tmp_path, "text")
    assert "(title of a work) [-] “Harbour Lights of Dover”" in text


def test_titles_with_a_speaker_nearby_are_titles():
    """PolNeAR train class: shows, books, songs and ads in marks taken as speech with a
    speaker (a show after an outlet's possessive with "with" in it, after "hosts of", before
    "star" or "by AUTHOR", after "ad,")."""
    text = ("“Harbour Nights” star Ann Lee said on Monday that she was leaving.\n\n"
            "“We fought hard,” Mr. Dunn told the hosts of “Morning Harbour,” adding that it was "
            "over.\n\n"
            "Tuesday on WXYZ’s “Midday with Ann Lee,” Dunn said he was sorry.\n\n"
            "One of his latest reads, “This Kind of Peace,” by J.R. Fenn, is about the war.\n\n"
            "The campaign began with a 30-second Web ad, “Playing Fair,” in which Dunn speaks.\n")
    kinds = {q.text.rstrip(","): (q.kind, q.speaker) for q in quotes_of(text)}
    for title in ("Harbour Nights", "Morning Harbour", "Midday with Ann Lee", "This Kind of Peace",
                  "Playing Fair"):
        assert kinds[title] == ("title", None), title
    assert kinds["We fought hard"][0] == "direct"


def test_a_cry_in_title_case_is_no_title():
    text = "He walked into the office to chants of “Go Team! Go Team!” and smiled.\n"
    assert [q.kind for q in quotes_of(text)] != ["title"]


def test_quotation_after_title_or_slogan_cue_is_named_not_said():
    """'a piece, entitled “…”', 'titled “…”', 'as its headline: “…”', 'the campaign slogan,
    “…”': a work's or a slogan's name, even a whole sentence with a full stop, after a
    speaker of the sentence or paragraph before; a slogan someone repeats stays their words."""
    text = ("Many reporters noted on the radio the change from the usual campaign slogan, "
            "“Bring the Mills Home.”\n\n"
            "“The Ledger got it wrong,” Ruiz said. The Ledger answered with a second sharp piece, "
            "entitled “Mayor Ruiz is not brave. She is careless.”\n\n"
            "Ruiz said Lee had published a column last week titled “‘Sorry, I Still Won’t Back "
            "the Mayor.’”\n\n"
            "The paper used one of the nurse’s words as its headline: “Finally. Someone who "
            "listens to us.”\n\n"
            "Dana Pike, the council member, repeated her slogan, “Every street, every night,” on "
            "Tuesday.\n")
    got = [(q.kind, q.speaker) for q in quotes_of(text)]
    assert got == [("title", None), ("direct", "Ruiz"), ("title", None), ("title", None),
                   ("title", None), ("direct", "Dana Pike")]


def test_inner_title_with_speech_after_it_is_not_a_title():
    """'titled “‘Sorry, I Won’t.’ He wrote, ‘If …’”': the speaker's words go on after the
    inner title, so the quotation keeps its speaker."""
    text = ("Ruiz went on, “The case is so weak that Lee published a column titled “‘Sorry, I Won’t "
            "Back the Mayor.’ He wrote, ‘If it came down to me alone, I would back her.’”\n\n"
            "Ruiz said nothing more.\n")
    assert [q.speaker for q in quotes_of(text) if q.kind in ("direct", "partial")] == ["Ruiz"]
