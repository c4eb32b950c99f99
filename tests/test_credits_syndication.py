"""Credit forms of issue #11 read since the seventeenth session: a byline printed in capitals
("BY ASSOCIATED PRESS"); a note that the text is syndicated feed copy naming no agency, which
declares the reuse (no QC501 for that copy); an agency's news site named "<agency> News" as
the agency's own text; a contributor note listing people only, which credits no outlet (it
was read as credits to "Paris" or "Ann Lee in Lima"); and the article before an outlet's
name read in any case where the text is searched for the outlet's use ("The Kelso Post")."""
import pytest
from provenance_synth import FLOOD_AGENCY_STORY, make_doc

from quotecheck.provenance.credits import parse_credits, syndication_note
from quotecheck.provenance.infer import infer_provenance
from quotecheck.provenance.wire import agency_of_outlet

BODY = "The council ordered a recount in three provinces on Monday.\n\n"


def _credits(text):
    return parse_credits(make_doc("d", text))


def test_a_byline_in_capitals_credits_the_agency():
    got = {(c.name, c.kind) for c in _credits("Recount ordered\n\nBY ASSOCIATED PRESS\n\n" + BODY)}
    assert ("Associated Press", "byline") in got


@pytest.mark.parametrize("line", ["BY MONDAY", "BY ANA RUIZ", "BY THE RIVER"])
def test_a_capital_by_line_naming_no_outlet_is_no_credit(line):
    assert not [c for c in _credits(f"Recount ordered\n\n{line}\n\n" + BODY) if c.reuse]


@pytest.mark.parametrize("note", [
    "(Daily Lantern editors did not touch this text, which was auto-generated from a "
    "syndicated feed.)",
    "(Our desk may have changed the headline; everything else here is auto-generated from a "
    "syndicated feed.)",
    "This story has been published from a wire agency feed without modifications to the "
    "text. Only the headline has been changed.",
    "This is an auto-generated story from a syndicated news feed.",
])
def test_a_syndicated_feed_note_declares_the_reuse(note):
    credits = _credits(BODY + note)
    assert syndication_note(credits)
    note_credit = [c for c in credits if c.kind == "syndicated"]
    assert len(note_credit) == 1 and not note_credit[0].known
    span = (BODY + note)[note_credit[0].start:note_credit[0].end]
    assert span.endswith("feed") and "from a" in span


@pytest.mark.parametrize("text", [
    BODY + "Officials said the data came from a news feed on social media.",
    BODY + "The agency said it would feed the results to the syndicate.",
    BODY + "Voters said the count was published on Monday from a list kept by the council.",
])
def test_other_mentions_of_feeds_are_no_syndication_note(text):
    assert not syndication_note(_credits(text))


STORY = "\n\n".join(FLOOD_AGENCY_STORY)
NOTE = ("\n\n(Lantern editors did not touch this text; it is auto-generated from a "
        "syndicated feed.)")


def _told(docs):
    return {d.document for d in infer_provenance(docs, []).detections
            if d.rule_type == "provenance" and "kind" not in d.args}


def test_a_copy_with_a_syndicated_feed_note_is_not_reuse_without_credit():
    docs = [make_doc("paper.txt", STORY, "Valley Courier", "2022-03-01T08:00:00+00:00"),
            make_doc("site.txt", STORY + NOTE, "Daily Lantern", "2022-03-01T12:00:00+00:00")]
    assert "site.txt" not in _told(docs)


def test_the_same_copy_without_the_note_is_still_reuse_without_credit():
    docs = [make_doc("paper.txt", STORY, "Valley Courier", "2022-03-01T08:00:00+00:00"),
            make_doc("site.txt", STORY + "\n\nMore news on our site.", "Daily Lantern",
                     "2022-03-01T12:00:00+00:00")]
    assert "site.txt" in _told(docs)


@pytest.mark.parametrize("outlet, key", [
    ("Associated Press News", "AP"), ("AP News", "AP"), ("Reuters News", "Reuters"),
    ("Xinhua News", "Xinhua"),
])
def test_an_agency_name_with_news_is_the_agencys_own_site(outlet, key):
    assert agency_of_outlet(outlet) == key


@pytest.mark.parametrize("outlet", ["ABC News", "Valley News", "Fox News", "News"])
def test_a_paper_or_broadcaster_named_news_is_no_agency(outlet):
    assert agency_of_outlet(outlet) is None


@pytest.mark.parametrize("note", [
    "Ana Ruiz in Paris and Pedro Gil in Lima contributed to this report.",
    "Ana Ruiz and Pedro Gil also contributed to this report.",
    "Staff writer Ana Ruiz contributed reporting.",
])
def test_a_note_naming_people_only_credits_no_one(note):
    assert not [c for c in _credits(BODY + note) if c.kind == "contributed"]


@pytest.mark.parametrize("note, name", [
    ("The Associated Press contributed to this report.", "Associated Press"),
    ("Bloomberg News also contributed to this report.", "Bloomberg"),
])
def test_an_outlet_in_a_contributor_note_is_still_credited(note, name):
    assert (name, "contributed") in {(c.name, c.kind) for c in _credits(BODY + note)}


def test_the_outlet_cue_reads_the_article_at_a_sentence_start():
    from quotecheck.provenance.credits import _cued_elsewhere

    assert _cued_elsewhere("The Kelso Post first printed the list. Voters queued.", "Kelso Post")
    assert _cued_elsewhere("Voters queued. the Kelso Post printed the list.", "Kelso Post")


@pytest.mark.parametrize("line", ["With map.", "With graphic."])
def test_a_lower_case_word_is_no_credit_to_an_outlet_spelt_in_capitals(line):
    # "map" is not MAP, the Moroccan agency, whose name the table writes in capitals
    assert not [c for c in _credits(BODY + line) if c.known]


@pytest.mark.parametrize("text, name", [
    (BODY + "With dpa.", "dpa"),                  # the table spells it lower-case
    ("HANOI, January 28 (xinhua) -- " + BODY, "Xinhua"),   # a dateline, whatever its case
])
def test_a_lower_case_credit_the_table_or_a_dateline_allows_still_counts(text, name):
    assert name in {c.name for c in _credits(text) if c.known}
