"""Block quotations a lead-in announces without a colon ('Read the full statement below.'),
a statement's later paragraphs that go on in its first person, and a run of posts flattened
into one paragraph are others' words, not the narrator's (issue 15, blockq25). Snippets of
our own (never corpus text)."""
import pytest

from framing_helpers import warnings
from quotecheck.framing import blockquotes
from quotecheck.framing.blockquotes import block_quotations, is_lead_in

_NEWS = ("The city council voted 7-2 on Tuesday to approve the new budget, officials said. "
         "The plan adds $4 million for road repairs, according to a city statement. ")
_AFTER = "Council members did not respond on Wednesday to requests for comment on the letter."
_RETURN = ("The gutless council members then left the chamber through a side door before "
           "the crowd could reach them.")
_PROUD = ("We are proud of this city and of the people who keep its roads open through every "
          "winter storm.")


def _story(*paragraphs: str) -> str:
    return "\n\n".join(["Budget Passes After Long Debate", _NEWS, *paragraphs, _AFTER])


@pytest.mark.parametrize("lead_in, expected", [
    ("Read the full statement below.", True),
    ("You can read the mayor's letter in full below.", True),
    ("The text of her letter is below.", True),
    ("Read more below.", False),
    ("Watch the video of the vote below.", False),
    ("The city returned the grant in full.", False),
    ("Read more:", False),
])
def test_a_lead_in_may_announce_the_text_below(lead_in, expected):
    assert is_lead_in(lead_in) is expected


def test_the_statement_announced_below_is_the_authors(ruleset):
    text = _story("The mayor's office answered on Friday. Read the full statement below.",
                  "The council members who voted for this are gutless, and the whole city "
                  "will pay for their cowardice for years to come.")
    assert warnings(ruleset, text, "QC331") == []


def test_a_statement_goes_on_while_its_first_person_does(ruleset):
    first = _PROUD
    second = ("We will not stand by while a gutless council cuts the crews that our "
              "neighbours depend on.")
    text = _story("The union said in a statement on Friday:", first, second, _RETURN)
    spans = [text[s:e] for s, e in block_quotations(text)]
    assert spans == [first, second]
    assert warnings(ruleset, text, "QC331") == [("QC331", "gutless")]   # the narrator's return


def test_no_continuation_when_the_narrator_speaks_in_the_first_person():
    first = _PROUD
    mine = ("We think the gutless council should listen to them, and so should every reader "
            "of this column.")
    text = _story("I asked the union what it thought. Its statement said:", first, mine)
    assert [text[s:e] for s, e in block_quotations(text)] == [first]


def test_a_paragraph_that_talks_about_the_text_is_the_narrators_return():
    first = "We regret the confusion our new rules caused and we will listen more closely."
    back = ("This statement leaves out that we reported the complaints weeks ago, when the "
            "company still denied them.")
    text = _story("The company said in a post on its blog:", first, back)
    assert [text[s:e] for s, e in block_quotations(text)] == [first]


@pytest.mark.parametrize("text, expected", [
    ("a collection of World War I posters from the archive", False),
    ("Then I went home to think about it.", True),
    ('He said "we are done" and left.', False),
    ("The US said it would act.", False),
])
def test_first_person_outside_quotation_marks(text, expected):
    assert blockquotes._first_person(text) is expected


def test_each_post_of_a_flattened_run_is_its_posters(ruleset):
    run = ("Videos of the flooding spread quickly online. This council is gutless and the "
           "river is in my kitchen. pic.twitter.com/abc123 \u2014 Ann Roe (@annroe) March 3, "
           "2024 Our street is gone and nobody came. pic.twitter.com/def456 \u2014 Bo Lee "
           "(@bolee) March 4, 2024 Crews reached the street on Thursday, the gutless "
           "council's critics noted.")
    assert warnings(ruleset, _story(run), "QC331") == [("QC331", "gutless")]
    spans = [_story(run)[s:e] for s, e in block_quotations(_story(run))]
    assert spans[0].startswith("Videos of the flooding") and spans[1].startswith("Our street")
    assert spans[1].endswith("March 4, 2024")


def test_a_post_paragraph_closed_by_its_only_signature_is_left_to_the_load_stage():
    post = ("This council is gutless. \u2014 Ann Roe (@annroe) March 3, 2024")
    assert block_quotations(_story(post)) == []
