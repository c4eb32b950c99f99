"""Two pages of one outlet that share only the page's own notes are not derived (issue 11,
prov23): a columnist's bio at the foot, a membership appeal, a letters invitation, a column's
tagline. With two pages of the outlet in a run, recurrence cannot tell such a block from a
copied paragraph; the block's shape does, and its plain sentences go with it. A story paragraph
the later page reuses still makes an edge. Snippets are invented, shaped like scraped pages."""
from __future__ import annotations

from quotecheck.load.loader import load_text
from quotecheck.provenance.infer import infer_provenance
from quotecheck.provenance.sitechrome import _page_note

BIO = ("Marta Quill is a nationally syndicated radio host and columnist. Her newest book, "
       "printed by Lantern House last spring, is \"The Patient Garden,\" a reading of old "
       "almanacs. She runs the Quill Reading Circle and can be reached at quillcircle.example.")
APPEAL = ("A Note to Readers If you liked this column, and it made you think, we would like to "
          "ask one thing of you: become a Lantern member. Members read every page we print "
          "without limits, get the quarterly magazine and meet our writers twice a year. And "
          "above all, Lantern members keep the Gazette on its feet.")
LETTERS = ("The Gazette is glad to print a wide range of letters to the editor. We\u2019d love "
           "to hear from you about this story or any other one we run.")
TAGLINE = "Harbour Notes is a weekly column by Ivo Brandt, mostly about the port and its ships."

TOPICS = (
    ("The river flooded three villages overnight and the army sent boats to carry families to "
     "higher ground, officials said on Sunday.",
     "Farmers said the water destroyed most of the wheat harvest in the valley.",
     "Engineers will inspect the old levee before the next storm arrives on Friday."),
    ("A court in the capital sentenced a former minister to six years in prison for taking "
     "bribes from a construction firm, the judge ruled.",
     "The minister's lawyers said they would appeal the verdict within a month.",
     "Prosecutors had asked for nine years and the return of two seized apartments."),
)


def _docs(tails: tuple, bodies: tuple = TOPICS) -> list:
    return [load_text("\n\n".join((f"Gazette story {n}",) + bodies[n] + (tails[n],)) + "\n",
                      f"gazette{n}.txt",
                      meta={"outlet": "Evening Gazette", "published": f"2021-03-1{n + 2}"})
            for n in (0, 1)]


def _edges_when_reused(reused: tuple, tails: tuple = ("", "")) -> list:
    """The edges when the later page prints ``reused`` (the first page's body) after its own
    first two sentences."""
    later = (TOPICS[1][0], TOPICS[1][1]) + reused
    return [(e.source, e.derived)
            for e in infer_provenance(_docs(tails, (reused, later)), []).edges]


def test_two_columns_sharing_only_the_columnists_bio_are_not_derived():
    assert infer_provenance(_docs((BIO, BIO)), []).edges == []


def test_two_pages_sharing_only_a_membership_appeal_are_not_derived():
    assert infer_provenance(_docs((APPEAL, APPEAL)), []).edges == []


def test_two_pages_sharing_a_letters_note_and_a_column_tagline_are_not_derived():
    tail = TAGLINE + "\n\n" + LETTERS
    assert infer_provenance(_docs((tail, tail)), []).edges == []


def test_a_reused_story_paragraph_still_links_two_pages_that_share_a_bio():
    assert _edges_when_reused(TOPICS[0], (BIO, BIO)) == [("gazette0.txt", "gazette1.txt")]


def test_news_sentences_about_writers_and_books_are_no_page_notes():
    for sentence in ("The senator is a former reporter who covered the statehouse.",
                     "He said the mayor had been the worst editor the paper ever had.",
                     "Police said the suspect could not be reached for comment.",
                     "Her lawyer said the book was pulped after the ruling."):
        assert not _page_note(sentence), sentence
    for sentence in ("Marta Quill is a nationally syndicated radio host and columnist.",
                     "(Ivo Brandt, Harbour Wire Service).",
                     "Follow our flood coverage."):
        assert _page_note(sentence), sentence


def test_a_story_paragraph_reused_at_the_foot_that_mentions_letters_or_a_book_still_links():
    """Page-note wording a story sentence can hold ("letters to the editor", "her new book")
    drops that sentence only: it opens no foot block taking the reused story with it."""
    for first in ("Her new book, a memoir of the dock strike, sold out in two days, the "
                  "publisher said on Monday.",
                  "The paper printed dozens of letters to the editor about the closure of the "
                  "old harbour school."):
        assert _edges_when_reused((first,) + TOPICS[0][1:]) \
            == [("gazette0.txt", "gazette1.txt")], first


def test_a_reused_background_paragraph_about_a_late_columnist_still_links():
    """A bio is in the present tense; "<Name> was a columnist ..." is the story's background,
    which a later page of the outlet reuses at its foot: evidence, not the page's note."""
    first = ("Omar Haddad was a columnist for the Harbour Gazette until his arrest by the port "
             "police last year.")
    assert not _page_note(first)
    assert _edges_when_reused((first,) + TOPICS[0][1:]) == [("gazette0.txt", "gazette1.txt")]


def test_a_reused_paragraph_with_a_present_tense_bio_sentence_still_links():
    """(bugs24) "<Name> is a columnist for ... who ..." reads as a bio's opening, but the
    first page prints its paragraph above more story: a page note stands at the foot of every
    page that prints it, so only that sentence goes and the reused story stays evidence."""
    first = ("Omar Haddad is a columnist for the Harbour Gazette who was arrested by the port "
             "police last year.")
    more = ("The port reopened to ferries on Monday after a week of repairs to the outer pier.",
            "Shipping firms said the delays had cost them several contracts with inland buyers.",
            "The harbour master said a new dredging plan would be ready by the autumn.",
            "Fishermen complained that the repairs had blocked their moorings for days.")
    reused = (first,) + TOPICS[0][1:]
    docs = [load_text("\n\n".join((f"Gazette story {n}",) + body) + "\n", f"gazette{n}.txt",
                      meta={"outlet": "Evening Gazette", "published": f"2021-03-1{n + 2}"})
            for n, body in ((0, reused + more), (1, TOPICS[1][:2] + reused))]
    assert [(e.source, e.derived) for e in infer_provenance(docs, []).edges] \
        == [("gazette0.txt", "gazette1.txt")]
