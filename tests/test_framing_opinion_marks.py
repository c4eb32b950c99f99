"""Opinion marks of full scraped pages without a section tag (issue 15, the baly07 reading):
a column syndicate's copyright line, a review's bookseller line or address, an author's note
that opens on the role, a closing call to action, an essayist's prescribing 'we'. Each test
pairs the mark with news that looks alike and stays news. Snippets of our own, shaped like
the scraped pages (never corpus text)."""
import pytest

from framing_helpers import narration_opinion as voiced, warnings
from quotecheck.framing.genre import opinion_reason
from quotecheck.framing.opinionmarks import furniture_mark, prescribing_we
from quotecheck.load.loader import load_text
from test_framing_reading_sixth import lowered

BODY = ("The State Budget Crisis\n\nLawmakers in the capital spent the decade growing the "
        "budget. The notorious spending spree left the state with no reserve.\n\nThe governor "
        "asked for federal aid on Monday.")


def reason(text, url=None):
    return opinion_reason(load_text(text, id="d", meta={"url": url} if url else None))


@pytest.mark.parametrize("foot", [
    "COPYRIGHT 2019 CREATORS.COM",
    "\u00a9 2019 by King Features Syndicate",
    "(c) 2019, Washington Post Writers Group",
    # (genre28) a syndicate that also carries news copy, as the holder; both marks
    "\u00a9 2019 Tribune Content Agency, LLC",
    "(C) 2018 TRIBUNE CONTENT AGENCY LLC.",
    "Copyright \u00a9 2018 Tribune Content Agency",
])
def test_a_column_syndicates_line_marks_a_column(ruleset, foot):
    text = BODY + "\n\n" + foot
    assert reason(text) == "a column syndicate's copyright line"
    assert lowered(ruleset, text, "QC330", "notorious")


@pytest.mark.parametrize("foot", [
    "Copyright 2029 The Associated Press. All rights reserved.",
    "\u00a9 2019 Lakeside Herald Media",
    "She writes for the Creators Syndicate in her spare time, her neighbour said.",
    # (genre28) a news service's credit: the paper holds the copyright, the agency carries it
    "\u00a92019 Lakeside Herald. Visit lakesideherald.example. Distributed by Tribune Content "
    "Agency, LLC.",
    "\u00a9 2019 Lakeside Herald\nDistributed by Tribune Content Agency, LLC.",
])
def test_a_news_agencys_copyright_line_is_news(ruleset, foot):
    text = BODY + "\n\n" + foot
    assert furniture_mark(text, None) is None
    assert ("QC330", "notorious") in warnings(ruleset, text, "QC330")


def test_a_syndicates_line_run_into_the_last_paragraph(ruleset):
    # (opin29) the scraper ran the holder's line into the author's note above it
    foot = ("Jane Roe and John Doe started the Lakeside Ledger in 2009. To read more of their "
            "columns, visit the syndicate's website at www.creators.example. Copyright 2029 "
            "creators.com")
    assert reason(BODY + "\n\n" + foot) == "a column syndicate's copyright line"
    assert lowered(ruleset, BODY + "\n\n" + foot, "QC330", "notorious")


@pytest.mark.parametrize("foot", [
    # the holder named inside a sentence, or a line that does not close the text
    "The cartoon, Copyright 2029 creators.com, was taken down on Monday.",
    "The cartoon was taken down. Copyright 2029 creators.com\n\nThe governor asked for aid.",
    "The paper carries her column. \u00a9 2029 Lakeside Herald Media",
])
def test_a_holders_name_inside_the_text_is_news(foot):
    assert furniture_mark(BODY + "\n\n" + foot, None) is None


def test_a_reviews_bookseller_line_and_address():
    head = ("The Gospel of Thrift\n\nSaving Souls: Money and Faith in the Plains by Jane Roe "
            "and John Doe Buy on Bookshop\n\n")
    assert reason(head + BODY) == "a review's bookseller line or address"
    assert reason(BODY, "https://example.org/article/123/gospel-thrift-book-review") == \
        "a review's bookseller line or address"
    # a news page about a book, and a review board in the slug, stay news
    assert furniture_mark("The Book Fair\n\nA book by Jane Roe sold out on Monday.\n\n"
                          + BODY, "https://example.org/news/book-fair-opens") is None
    assert furniture_mark(BODY, "https://example.org/2019/05/state-review-board-meets") is None


def test_an_authors_note_naming_the_role_first(ruleset):
    note = ("Herald columnist Jane Roe is a former state treasurer and the author of "
            "several books on budgets.")
    assert reason(BODY + "\n\n" + note) == "an author's note naming the author's role first"
    assert lowered(ruleset, BODY + "\n\n" + note, "QC330", "notorious")
    # a columnist quoted in the last paragraph of a news story is no author's note
    news = BODY + "\n\nHerald columnist Jane Roe said on Monday that the budget was late."
    assert furniture_mark(news, None) is None


def test_a_closing_call_to_action():
    call = ("Taxpayers are under attack. Contact the governor's office at 555-0100 and demand "
            "a balanced budget.")
    assert voiced(BODY + "\n\n" + call) == \
        "a call to action: the reader told to contact someone and demand"
    # a service line of news: where to find help; an activist's appeal quoted
    assert voiced(BODY + "\n\nResidents who need help can call 555-0100 and ask for the "
                  "budget office.") is None
    assert voiced(BODY + '\n\nProtesters gathered. "We are angry. Call the governor and '
                  'demand a vote," one of them said.') is None


def test_an_essayists_prescribing_we():
    essay = ["we must stop pretending the budget is fine.", "how did we get here?",
             "we ought to read the ledgers ourselves.", "what would a fair budget look like?"]
    assert prescribing_we(essay)
    # news: one 'we must' of the narrator's is no pattern, nor questions alone
    assert not prescribing_we(essay[:2] + ["the vote is on friday."])
    assert not prescribing_we(["what happens next?", "who pays?", "the vote is friday."])


def test_an_editorial_boards_signed_piece_is_labelled(ruleset):
    text = ("EDITORIAL OBSERVER: A SLOW RECKONING\n\nBy JANE ROE\n\nc.2001 N.Y. Times News "
            "Service\n\n" + BODY)
    assert reason(text) == "labelled as opinion at the top"
    assert lowered(ruleset, text, "QC330", "notorious")
    news = "Editorial observers in the capital expect a vote.\n\n" + BODY
    assert reason(news) is None


def test_a_compound_analysis_opinion_label_marks_opinion(ruleset):
    # a label line of two parts, the last naming opinion, was missed (a false QC331 on a
    # page labelled "ANALYSIS/OPINION:" above its headline)
    text = "A LONG SHUTDOWN\n\nANALYSIS/OPINION:\n\n" + BODY
    assert reason(text) == "labelled as opinion at the top"
    assert reason("A LONG SHUTDOWN\n\nANALYSIS:\n\n" + BODY) != "labelled as opinion at the top"


def test_an_authors_note_above_a_trailing_video_card(ruleset):
    """(opin26, judge25a) a contributor's closing note still closes the piece when the
    scraper kept a video card or a link line under it; a news page with the same card and
    no note stays news."""
    note = ("Tilda Marchbank is a fiscal and housing analyst at Marchbank Research. You can "
            "follow her online at marchbank.example.")
    card = "WATCH: Why the ferry levy failed in the spring vote"
    text = BODY + "\n\n" + note + "\n\n" + card
    assert reason(text) == "an author's note closing the piece"
    assert lowered(ruleset, text, "QC330", "notorious")
    assert reason(BODY + "\n\nThe vote is on Friday.\n\n" + card) is None
    # a correction is the outlet's own note, not furniture: the note above it is not read
    assert reason(BODY + "\n\n" + note + "\n\nCORRECTION: An earlier version misspelt a name.") \
        is None


def test_an_editors_note_naming_the_author_of_a_book_closes_the_piece(ruleset):
    """A column's closing note naming the author's post and book ("... is the editor
    of a foundation's newsroom and author of the book ...") is an op-ed's note; the same post
    without the book stays a staff line, news."""
    note = ("Tom B. Lark Jr. is the editor of the Hillside Policy Foundation and author of the "
            "book Paper Bridges: Can a Town Fix Itself? Follow him online.")
    assert reason(BODY + "\n\n" + note) == "an author's note closing the piece"
    assert reason(BODY + "\n\nTom B. Lark Jr. is the editor of the Hillside Policy "
                  "Foundation.") is None


def test_an_opinion_genre_line_below_the_key_points_and_bios(ruleset):
    """(disc30, judge27b) a page's own genre line (an opinion column's disclaimer naming the
    author's thoughts) stands below the summary bullets and the authors' bios, not at
    the top: it names the genre wherever it stands; a news page that quotes the words, or
    reports the thoughts someone expressed, stays news."""
    points = ("The ferry levy failed because the council ignored the islands.\n\n"
              "To win the next vote, the council must bring the islanders in.")
    bios = ("Tilda Marchbank runs a housing charity on Orla Island and has written for the "
            "Coast Review.")
    line = "This is an opinion essay. The thoughts expressed in it are those of the writer."
    text = "The Levy Lost the Islands\n\n" + points + "\n\n" + bios + "\n\n" + line + \
        "\n\n" + BODY
    assert reason(text) == "a columnist's tagline"
    assert lowered(ruleset, text, "QC330", "notorious")
    # the disclaimer's second sentence alone, and a variant naming the article, mark it too
    assert reason(BODY + "\n\nAll the thoughts expressed are solely those of the author.") == \
        "a columnist's tagline"
    assert reason(BODY + "\n\nThe views expressed in this post are only those of the "
                  "writer.") == "a columnist's tagline"
    news = BODY + ('\n\nThe mayor wrote that "this is an opinion piece, not a ruling." We '
                   "hoped the thoughts expressed by the two leaders would be acted on.")
    assert reason(news) is None
