"""A column that lost its section label keeps its sign-offs and its narrator's 'I' (issue 15):

* the narrator's first person beside its quotations ('As I noted in my last piece, the mayor
  called it "..."', '"...?" I asked.') counts for the personal voice, as its own sentences
  do; an 'I' inside a quotation, masked or left unmasked in paired marks, never does, and a
  sentence with an unpaired mark is not read;
* a sign-off naming the piece a column printed before ("This column originally appeared in
  ...", ``[column_signoff]``); a reprinted news story's credit is not one;
* a columns-only syndicate's distribution credit closing the page ("DISTRIBUTED BY ...",
  ``[syndicates]``); a syndicate that carries news copy too is not read;
* a media-watch post's appeal naming the coverage's sponsors and their contact details
  (``[sponsor_appeal]``).

Snippets of our own (never corpus text)."""
import re

import pytest

from framing_helpers import assert_opinion_example, narration_opinion as read, with_foot
from quotecheck.framing.opinionmarks import column_signoff, furniture_mark
from quotecheck.framing.voicescore import own_words
from quotecheck.resources.ruledata import load_data
from quotecheck.resources.syndicates import columns_credit

I_REASON = "the author writes as 'I'"

# a column whose narrator says 'I' only in sentences that also quote someone; its questions
# stand there too, and one 'we' in a sentence of its own
COLUMN = (
    "The Library Vote Was a Mistake\n\n"
    "The council voted on Tuesday to close the branch library on Elm Street. As I noted in "
    "my last piece, the mayor once called the branch \"the heart of the east side\" and "
    "promised to keep it open. The vote was six to three. The branch has served the east side "
    "since 1962, and its reading room is full every afternoon. The building needs a new roof "
    "and new wiring, and the repairs were costed at two million dollars last spring. The "
    "council found the money for a new car park in the same budget. The car park will open "
    "next year on the site of the old market. Families on the east side will now travel to "
    "the central library, which is two bus rides away for most of them. The branch's "
    "after-school club will move to a church hall for the summer. Its staff will be moved "
    "to the central library. The books will be sorted and some of them sold. We have lost "
    "branches this way before, one budget at a time. \"Where will the children go?\" I asked "
    "a librarian. The members who voted for the closure spoke of \"hard choices\" and of "
    "\"the numbers.\" Why is a roof a hard choice and a car park an easy one? The question "
    "was not put to the council on Tuesday. The next budget is due in March, and the branch "
    "will be empty by then. The east side will remember the vote in the autumn."
)


def test_the_narrators_i_beside_its_quotations_marks_a_column():
    assert read(COLUMN) == I_REASON


def test_without_its_first_person_the_same_text_is_not_read_for_i():
    news = COLUMN.replace("As I noted in my last piece, the mayor", "The mayor") \
        .replace(" I asked a librarian.", " a librarian asked.")
    assert read(news) != I_REASON


def test_an_i_inside_a_quotation_is_the_speakers():
    news = COLUMN.replace("As I noted in my last piece, the mayor", "The mayor") \
        .replace("\"Where will the children go?\" I asked a librarian.",
                 "\"Where will the children go? I asked my manager,\" a librarian said.")
    assert read(news) != I_REASON


def own(sentence, after=""):
    """:func:`own_words` of ``sentence`` read as one quoting sentence, ``after`` following it."""
    return own_words([re.match(r".*", sentence)], sentence + after)


def test_a_sentence_a_closing_mark_follows_is_the_speakers():
    # the extractor paired the wrong marks: the sentence's tail is the speaker's words
    sentence = 'her boss explained: "\x00\x00\x00" and it would, in my view, ruin it.'
    assert own(sentence, '" the president said.') == []
    assert own(sentence, ' the president said.') != []


@pytest.mark.parametrize("sentence, words", [
    # masked quotation, the narrator's words around it
    ('as i noted in my last piece, the mayor called it "\x00\x00\x00" and left.',
     'as i noted in my last piece, the mayor called it and left.'),
    # an unmasked quotation in paired marks is taken out; an apostrophe inside a word is no mark
    ("the card quoted her 'i wouldn't trust my child to it' more on that.",
     "the card quoted her more on that."),
    # a headline's quoted words after a speaker's label, an interviewer's 'me'
    ('senator roe: i will run "\x00\x00" as i said, a lobbyist told me.',
     "senator roe: as i said, a lobbyist told ."),
    ('as my colleague jane roe wrote, "\x00\x00\x00" here.', "as jane roe wrote, here."),
    ('she said "\x00\x00\x00," and i think "the old guard" won.', 'she said and i think won.'),
])
def test_own_words_keep_the_narrators_words_only(sentence, words):
    assert [" ".join(w.split()) for w in own(sentence)] == [words]


@pytest.mark.parametrize("sentence", [
    'i said "the end of it all',                 # a quotation running on: not read
    "the members' votes, i think, were \"\x00\x00\"",   # an apostrophe closing a word
])
def test_a_sentence_with_an_unpaired_mark_is_not_read(sentence):
    assert own(sentence) == []


SIGNOFF_EXAMPLES = load_data("opinion-voice")["column_signoff"]["examples"]
SPONSOR_EXAMPLES = load_data("opinion-voice")["sponsor_appeal"]["examples"]


@pytest.mark.parametrize("example", SIGNOFF_EXAMPLES)
def test_column_signoff_rule_examples(example):
    assert_opinion_example(example, "a sign-off naming the piece a column")


BODY = next(e["text"] for e in SIGNOFF_EXAMPLES if e["opinion"]).rpartition("\n\nA version")[0]


@pytest.mark.parametrize("foot", [
    "This column originally appeared in the Lakeside Ledger.",
    "This column was first published in the Lakeside Ledger.",
    "This column first ran in the (Alder, Ore.) Ledger.",
    "An edited version of this essay originally appeared in Harbour Monthly.",
    "Jane Roe writes on cities. This op-ed was originally published by the Ledger.",
    "This commentary was originally published in August, 2013.",
])
def test_column_signoffs(foot):
    assert column_signoff(with_foot(BODY, foot))


@pytest.mark.parametrize("foot", [
    "This article originally appeared in the Lakeside Ledger.",
    "This story first appeared on the Ledger's site.",
    "The column originally appeared in the Ledger, the mayor said.",
])
def test_news_credits_are_no_column_signoff(foot):
    assert not column_signoff(with_foot(BODY, foot))


def test_a_signoff_far_from_the_foot_is_not_read():
    # a report that speaks of a column near its top, with a long report after it
    text = ("Editor Resigns\n\nThe editor resigned on Monday over a column on the budget. This "
            "column appeared in Sunday's paper.\n\n" + "The board met on Tuesday. " * 80)
    assert not column_signoff(text)


@pytest.mark.parametrize("foot", [
    "COPYRIGHT 2029 BY JANE ROE INC.\n\nDISTRIBUTED BY CREATORS.COM",
    "Copyright 2029 Jane Roe\nDistributed by King Features Syndicate",
])
def test_a_columns_only_syndicates_credit_marks_a_column(foot):
    text = with_foot(BODY, foot)
    assert columns_credit(text)
    assert furniture_mark(text, None) == \
        "a column syndicate's distribution credit closes the page"


@pytest.mark.parametrize("foot", [
    # a syndicate that carries news copy too: the paper's news under its credit
    "\u00a9 2029 Lakeside Herald\nDistributed by Tribune Content Agency, LLC.",
    # the credit is not the page's last line
    "DISTRIBUTED BY CREATORS.COM\n\nThe council meets again next week to vote on the plan.",
    # named inside a sentence
    "Her weekly column, distributed by Creators Syndicate, runs in forty papers.",
])
def test_other_distribution_credits_are_no_columns_mark(foot):
    assert not columns_credit(with_foot(BODY, foot))


@pytest.mark.parametrize("example", SPONSOR_EXAMPLES)
def test_sponsor_appeal_rule_examples(example):
    assert_opinion_example(example, "a closing appeal naming the coverage's sponsors")


@pytest.mark.parametrize("foot, opinion", [
    ("This segment was brought to you by Acme Motors. Click here to fight back.", True),
    ("The broadcast was sponsored by Acme Motors and Lakeside Insurance, and you will find "
     "their contact information below.", True),
    ("The debate was sponsored by the Ledger and the county bar.", False),
    ("The fair is sponsored by Acme Motors. Contact information is on the county's site.", False),
])
def test_sponsor_appeals(foot, opinion):
    text = with_foot(BODY, foot)
    assert (furniture_mark(text, None) is not None) is opinion
