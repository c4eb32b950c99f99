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
from quotecheck.plugins.run import run_checks
from quotecheck.story import Story
from framing_helpers import doubt_codes


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

JOHN KEMP So the towns were fed out-and-out lies, weren't they?

LENA ORTIZ The whole thing was a sham, a scheme to grab the water and let the towns go dry. The county \
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
                              "The county claimed that the wells were fine. What follows "
                              "is a conversation")
    assert doubt_codes(run(ruleset, text, "QC301")) == [("QC301", "warning")]


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
    "A couple claimed their son was being kept by the preacher as part of a sect, but their "
    "son, an adult, denied their claims.",
    "The singer is accused of misconduct by several women, while the parents of one of them "
    "have claimed their daughter is \u201cbrainwashed\u201d and controlled by him.",
    "The mayor claimed the contract was fair, a claim the auditor disputed.",
])
def test_a_claim_its_sentence_reports_as_disputed_is_info(ruleset, text):
    found = run(ruleset, text, "QC301")
    assert codes(found) == [("QC301", "info")]
    assert "dispute" in found[0].message


@pytest.mark.parametrize("text", [
    "Putin claimed that protesters had used foreign help. Officials in Kyiv denied it.",
    "Vance told the county court that the wells were safe on Monday. The widow had agreed "
    "to the sale, but Vance claimed that she was not competent to consent.",
    "Vance claimed that the widow was not competent to consent. Her son told the judge that "
    "she had never been declared incompetent.",
])
def test_a_claim_disputed_next_or_made_in_court_proceedings_is_info(ruleset, text):
    assert codes(run(ruleset, text, "QC301")) == [("QC301", "info")]


@pytest.mark.parametrize("text", [
    "A couple claimed their son was being kept by the preacher.",
    "Putin claimed that protesters had used foreign help. The report came out on Monday. "
    "Officials denied it.",
    "The council met on Monday. Putin claimed that protesters had used foreign help.",
    "The senator, accused of lying about the vote, claimed that the count was fair.",
    "Critics accused the senator of lying, and the senator claimed that the count was fair.",
])
def test_a_claim_with_no_dispute_in_its_sentence_stays_a_warning(ruleset, text):
    assert doubt_codes(run(ruleset, text, "QC301")) == [("QC301", "warning")]


# -- an unlabelled opinion piece or review: the author speaks as "I" ------------------------
REVIEW = """The new music app is a lackluster clone

After years of false starts, the company released its music app last month. You might have \
thought it would bring new ideas. Nope. A quick look through the app shows a clone of its \
rivals, and its free version is useless for anyone who listens on the go.

As a music nerd who streams every day, I often turn to the old video site for rare live \
recordings. Given how little the app adds, the only way the company wants you to use it \
is with a paid subscription. That is a tough sell, because the app offers little you can't \
get somewhere else.

The playlists copy the rivals' names almost word for word, and the library of music videos, \
while large, is nothing new for anyone who already uses the video site on a phone. The \
company said more features would come later this year, but gave no date for any of them, \
and its spokesman declined to say which.
"""
REPOST = """Why the count matters

Any fair reading of the record since 2017 suggests the county, despite its denials, planned \
the diversion for the express purpose of favouring the new suburbs over the valley towns.

The county now claims with a straight face that its reservoirs exist mainly for \
flood control. Remarkably, the county engineer has stated on the record that a dry valley \
would nonetheless be worth it.

So what is wrong with a reservoir, since after all the county built one in 1950? I'll turn \
the floor over to a hydrologist who has studied the valley for decades and wrote about it in \
a long report last spring, and whose numbers the county has never answered in public.

Within a few weeks we will learn whether the county gets away with it. The trial is set \
for September, and the judge has said she will rule before the first rains of the winter.
"""


@pytest.mark.parametrize("text", [REVIEW, REPOST])
def test_an_author_writing_as_i_is_an_opinion_piece(ruleset, text):
    found = run(ruleset, text)
    assert found and codes(found, "warning") == []
    assert all("writes as 'I'" in f.message for f in found)


def test_news_quoting_i_or_with_one_personal_mark_stays_news(ruleset):
    news = REPOST.replace("I'll turn the floor over", "The paper turned the floor over")
    assert ("QC301", "warning") in doubt_codes(run(ruleset, news))
    quoted = REPOST.replace("I'll turn the floor over to a hydrologist",
                            "\u201cI'll hand it to a hydrologist,\u201d the clerk said, naming one")
    assert ("QC301", "warning") in doubt_codes(run(ruleset, quoted))
    agency = REPOST.replace("I'll turn", "The C.I.A. would turn")
    assert ("QC301", "warning") in doubt_codes(run(ruleset, agency))


def test_a_bare_sentence_is_never_judged_by_its_voice(ruleset):
    assert doubt_codes(run(ruleset, "I think the county claimed the wells were fine. "
                              "Do you? We do."), "warning") == [("QC301", "warning")]


def test_a_q_and_a_with_glued_q_marks_is_a_transcript():
    text = ("Former first lady on the valley\n\nQThere is no shortage of causes. Why this one?"
            "\n\nA: Because they needed help, I think.\n\nQWhat would have happened?\n\n"
            "A: I believe they would have lost years.\n")
    assert len(transcript_turns(text)) == 4


# -- a syndicator's own page of a story its carriers copy is their source ------------------
def test_a_syndicators_own_write_through_is_the_source_of_its_carriers_copies():
    """Two local sites carry one network story (its byline and '(CNN) —' dateline); the
    network's own page, an earlier write-through, shares a few sentences and the network's
    byline: the family partly derives from that page, which reuses nothing without credit."""
    import random
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from provenance_synth import make_doc, story_facts, wire_report

    from quotecheck.provenance.infer import infer_provenance

    paras = wire_report(story_facts(random.Random(3))).replace(" (Reuters) -", " -").split("\n\n")
    copy = "By Jane Doe, CNN\n\n" + "\n\n".join(paras[1:]).replace(" - ", " (CNN) \u2014 ", 1)
    own = "\n\n".join([paras[0], "By Jane Doe, CNN"] + paras[1:3] + [
        "Residents of the northern districts said they had not seen any officials since then.",
        "A spokesman for the regional council declined to comment on the delays on Tuesday.",
        "More than two dozen roads remained closed, according to the transport ministry.",
        "Engineers from the capital arrived on Wednesday to inspect the bridges on the coast.",
        "Schools in the region will stay shut until Monday, the education office said.",
        "Aid groups said they had delivered water and blankets to about 400 families."])
    docs = [make_doc("network.txt", own, "cnn.com"),
            make_doc("local1.txt", f"{paras[0]}\n\n{copy}", "Portal Times"),
            make_doc("local2.txt", f"{paras[0]}\n\n{copy}\n\nShare this story", "Valley Post")]
    res = infer_provenance(docs, [])
    fam = res.families[0]
    assert fam.partial == ["network.txt"]
    assert [(e.source, e.derived) for e in res.edges if "network.txt" in (e.source, e.derived)
            ] == [("network.txt", fam.representative)]
    assert not [d for d in res.detections if d.rule_type == "provenance"]


# -- two versions of one page ordered by the times their datelines print -------------------
@pytest.mark.parametrize("line, iso", [
    ("June 1, 2018 9:24 AM PDT", "2018-06-01T09:24-07:00"),
    ("31 May 2018 4:05 pm BST", "2018-05-31T16:05+01:00"),
    ("Updated 4:12 PM ET, Tue June 5, 2018", "2018-06-05T16:12-04:00"),
    ("Updated 4:12 PM ET, Tue Jan. 9, 2018", "2018-01-09T16:12-05:00"),
    ("Posted: 3:56 AM, June 02, 2018", "2018-06-02T03:56"),
    ("May 28, 2019 7:15 a.m. ET", "2019-05-28T07:15-04:00"),
    ("Published June 01, 2018", "2018-06-01"),
    ("May 30 at 4:36 PM", None),
    ("15m ago", None),
    # numeric dates only where one number cannot be a month; seconds read past
    ("Posted 12/19/2005 3:36 PM", "2005-12-19T15:36"),
    ("updated 7/26/2004 2:47:10 PM ET", "2004-07-26T14:47-04:00"),
    ("On Tue, 16/08/2011-13:42", "2011-08-16T13:42"),
    ("Posted 2/3/2009 11:11 PM", None),
    ("Posted at 1:48 PM ET, 01/7/2011", None),
])
def test_dateline_times(line, iso):
    from quotecheck.load.datelines import parse_dateline

    assert parse_dateline(line) == iso


def test_versions_of_one_page_ordered_by_their_printed_datelines():
    """Without metadata, the page that prints the earlier time is the earlier version even
    when the later one is shorter (a new story that keeps part of the old one)."""
    import random
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from provenance_synth import story_facts, wire_report

    from quotecheck.provenance.infer import infer_provenance

    paras = wire_report(story_facts(random.Random(7))).replace(" (Reuters) -", " -").split(
        "\n\n")
    older = "\n\n".join([paras[0], "31 May 2018 4:05 pm BST"] + paras[1:])
    newer = "\n\n".join([paras[0], "June 1, 2018 9:24 AM PDT"] + paras[1:7])
    docs = [load_text(newer, id="newer.txt"), load_text(older, id="older.txt")]
    for d in docs:
        object.__setattr__(d, "meta", type(d.meta)(outlet="Daily Courier"))
    res = infer_provenance(docs, [])
    assert [(e.source, e.derived, e.relation) for e in res.edges] == [
        ("older.txt", "newer.txt", "update")]
    assert "by publication time" in " ".join(res.edges[0].evidence)


def test_every_pair_of_same_text_captures_of_one_page_is_linked():
    """One page captured three times: all three pairs are versions of one page (choosing
    parents used to keep only the first capture's two edges)."""
    import random
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from provenance_synth import make_doc, story_facts, wire_report

    from quotecheck.provenance.infer import infer_provenance

    text = wire_report(story_facts(random.Random(9))).replace(" (Reuters) -", " -")
    docs = [make_doc(f"capture{k}.txt", text, "Daily Courier") for k in (1, 2, 3)]
    res = infer_provenance(docs, [])
    assert {frozenset((e.source, e.derived)) for e in res.edges} == {
        frozenset(p) for p in (("capture1.txt", "capture2.txt"), ("capture1.txt", "capture3.txt"),
                               ("capture2.txt", "capture3.txt"))}
    assert {e.relation for e in res.edges} == {"update"}
    assert not [d for d in res.detections if d.rule_type == "provenance"]
    assert res.independent_roots([d.id for d in docs]) == 1


# -- a hedge whose source the sentence names is the source's (issue 15) ----------------------
@pytest.mark.parametrize("text", [
    "The singer reportedly posted the video on Friday, according to the Daily Courier.",
    "Officials said the man was allegedly armed when he entered the building.",
    "The minister was apparently planning to resign, the newspaper reported on Monday.",
])
def test_a_hedge_with_its_source_named_is_silent(ruleset, text):
    assert codes(run(ruleset, text, "QC310")) == []


def test_an_unsourced_hedge_is_still_reported(ruleset):
    found = run(ruleset, "The singer apparently posted the video in response to the emails.",
                "QC310")
    assert codes(found) == [("QC310", "info")]


def test_numeric_dateline_with_the_same_number_twice_above_twelve_is_no_date():
    from quotecheck.load.datelines import parse_dateline
    assert parse_dateline("Posted 04/04/2019") == "2019-04-04"
    assert parse_dateline("Posted 13/13/2019") is None   # no month 13
