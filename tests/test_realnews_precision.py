"""False-alarm classes of real multi-outlet news (issue 11's precision target), one test per
class: a wire photo caption with a bracketed agency credit, an interview transcript's turns,
a claim its own sentence reports as disputed. Snippets are written in the shape of what
scraped pages showed; none is corpus text."""
from __future__ import annotations

import json

import pytest

from quotecheck.cli import main
from quotecheck.framing.turns import transcript_turns
from quotecheck.load.furniture import classify
from quotecheck.load.loader import load_text
from quotecheck.plugins.manager import load_ruleset
from quotecheck.plugins.run import run_checks
from quotecheck.story import Story


@pytest.fixture(scope="module")
def ruleset():
    rs, _ = load_ruleset()
    return rs


def run(rs, text, select="QC3"):
    doc = load_text(text, id="example")
    return run_checks(Story([doc]), rs.with_selection(select=select), documents=[doc])


def codes(found, severity=None):
    return [(f.code, f.severity) for f in found if severity is None or f.severity == severity]


# -- a wire photo caption with its credit in brackets is furniture ------------------------
BODY = ("The county said on Monday it would appeal the ruling, three weeks after the judge "
        "halted work on the reservoirs.")
CAPTION = ("Farmworkers rally outside the state Capitol as lawmakers debate the Harlow County "
           "water plan to divert the Meriden River to new reservoirs, in Sacramento on March 12.")


@pytest.mark.parametrize("line", [
    CAPTION + " (Rich Pedroncelli / Associated Press)",
    CAPTION + "(Rich Pedroncelli/Associated Press/File 2019)",
    CAPTION + " (Rich Pedroncelli/The Associated Press)",
])
def test_caption_ending_in_a_bracketed_agency_credit_is_furniture(line):
    text = "\n\n".join(["Headline Here", BODY, line, BODY + " More."]) + "\n"
    kinds = {text[s:e]: k for s, e, k in classify(text)}
    assert kinds[line] == "caption" and kinds[BODY] == "body"


def test_sentence_naming_the_agency_is_not_a_caption():
    line = "The figures were first reported by The Associated Press."
    text = "\n\n".join(["Headline Here", BODY, line, BODY + " More."]) + "\n"
    assert {text[s:e]: k for s, e, k in classify(text)}[line] == "body"


OPINION = """The court will look away again, and that should worry everyone

By Dana Whitfield

June 3, 2019 | 9:15 AM

{caption} (Rich Pedroncelli / Associated Press)

It is rare for opponents of a public works plan to find a memo that spells out its real \
purpose. Yet that is what happened this week, when notes by the late consultant Harold \
Brenneman surfaced in a lawsuit filed by the towns of Pike Flats, Ordway and Calder over \
the $1.2 billion reservoirs.

The notes show that the engineers knew the diversion would dry out three valley towns. The \
county told the public the opposite for two years. The reservoirs are expected to cost $1.2 \
billion and would be the largest public works project in the county's history.

Courts tend to defer to agencies on technical questions. That habit will be tested now, and \
I doubt the judges are ready for it.
"""
NEWS = """Memo shows county knew water plan would hurt valley towns

SACRAMENTO — A memo written by the late engineering consultant Harold Brenneman warned \
Harlow County officials in 2017 that diverting the Meriden River would leave the valley \
towns of Pike Flats, Ordway and Calder short of water, according to court papers filed Monday.

{caption}(Rich Pedroncelli/Associated Press/File 2019)

Lawyers for the towns said the memo contradicts sworn statements by county officials, who \
told a judge the diversion would have no effect on local wells.

A county spokeswoman, Lena Ortiz, said the county would respond in court. The trial is set \
for September.

The reservoirs are expected to cost $1.2 billion and would be the largest public works \
project in the county's history.
"""


def test_a_shared_wire_photo_caption_links_no_articles(tmp_path, capsys):
    """An op-ed and a news story that print one agency photo with its caption: the caption
    is no evidence of reuse (it was the second aligned sentence that made an edge)."""
    (tmp_path / "a_opinion.txt").write_text(OPINION.format(caption=CAPTION), encoding="utf-8")
    (tmp_path / "b_news.txt").write_text(NEWS.format(caption=CAPTION), encoding="utf-8")
    main(["compare", str(tmp_path), "--format", "json", "--fail-on", "never", "--quiet"])
    report = json.loads(capsys.readouterr().out)
    assert report["provenance"] == []
    assert not [f for f in report["findings"] if f["code"] == "QC501"]


# -- interview transcripts: each turn is its speaker's words -------------------------------
TRANSCRIPT = """What the county knew

What follows is a conversation between Lena Ortiz of the Valley Water Alliance and the host \
of Morning Line. Read a transcript of their conversation below.

JOHN KEMP Welcome to Morning Line. I'm John Kemp. Lena Ortiz joins us from Sacramento.

LENA ORTIZ Thank you, John. Good to be with you.

JOHN KEMP So these were out-and-out lies that were told to the towns, weren't they?

LENA ORTIZ It was all a sham, a plan to take the water and leave the towns dry. The county \
claimed that the wells would be fine.

JOHN KEMP Lena Ortiz, thank you for joining us.

LENA ORTIZ Thank you, John.
"""
NPR_STYLE = """Email

MARY HOLT, HOST:

There are new questions today about the reservoirs. Our reporter Sam Ruiz joins us.

SAM RUIZ: The county claimed the wells would be fine. That was a sham, critics say.

HOLT: What comes next?

RUIZ: A trial in September.

HOLT: Sam Ruiz, thank you.
"""


def test_transcript_turns_cover_each_labelled_turn():
    turns = transcript_turns(TRANSCRIPT)
    assert len(turns) == 6
    assert TRANSCRIPT[turns[0][0]:].startswith("JOHN KEMP Welcome")
    assert TRANSCRIPT.index("What follows") < turns[0][0]   # the introduction is narration
    assert len(transcript_turns(NPR_STYLE)) == 5


def test_words_in_a_transcripts_turns_are_not_the_narrators(ruleset):
    """'lies', 'sham' and 'claimed' are said by named speakers, host or guest, as in a
    quotation: no framing finding in the outlet's voice."""
    assert codes(run(ruleset, TRANSCRIPT)) == []
    assert codes(run(ruleset, NPR_STYLE)) == []


def test_the_introduction_of_a_transcript_is_still_narration(ruleset):
    text = TRANSCRIPT.replace("What follows is a conversation",
                              "The county claimed that the wells would be fine. What follows "
                              "is a conversation")
    assert codes(run(ruleset, text, "QC301")) == [("QC301", "warning")]


@pytest.mark.parametrize("text", [
    "WASHINGTON — The Senate passed the bill.\n\nNEW YORK — Shares fell.\n\n"
    "WASHINGTON — The House met.\n\nNEW YORK — Shares rose.\n",
    "UPDATE: The county claimed the wells would be fine.\n\nNOTE: Times are local.\n\n"
    "The county claimed more.\n",
    "AUSTIN, Texas (AP) — The county claimed the wells would be fine.\n\n"
    "AUSTIN, Texas (AP) — More.\n\nAUSTIN, Texas (AP) — Again.\n\nAUSTIN — End.\n",
])
def test_datelines_and_notes_make_no_transcript(text):
    assert transcript_turns(text) == []


# -- a claim its own sentence reports as disputed ------------------------------------------
@pytest.mark.parametrize("text", [
    "Parents claimed their daughter was being held by the singer as part of a cult, but their "
    "daughter, who was of age, denied their claims.",
    "The singer is accused of misconduct by several women, while the parents of one of them "
    "have claimed their daughter is \u201cbrainwashed\u201d and controlled by him.",
    "The mayor claimed the contract was fair, a claim the auditor disputed.",
])
def test_a_claim_its_sentence_reports_as_disputed_is_info(ruleset, text):
    found = run(ruleset, text, "QC301")
    assert codes(found) == [("QC301", "info")]
    assert "dispute" in found[0].message


@pytest.mark.parametrize("text", [
    "Parents claimed their daughter was being held by the singer.",
    "Putin claimed that protesters had used foreign help. Officials denied it.",
])
def test_a_claim_with_no_dispute_in_its_sentence_stays_a_warning(ruleset, text):
    assert codes(run(ruleset, text, "QC301")) == [("QC301", "warning")]
