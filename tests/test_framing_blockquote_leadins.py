"""Block quotations whose lead-in places the words in a spoken text ('in an address to the
nation:') or ends on a speech cue ('the mayor elaborated:'), an article that is one
writer's excerpt from its opening lead-in to its end, and the 'as' phrase of a verb of
regarding read across a quotation inside it ('portrayed the council as a gang who "sold the
city," evil to the last'): others' words, not the narrator's (issue 15).
Snippets of our own (never corpus text)."""
import pytest

from framing_helpers import warnings
from quotecheck.framing.blockquotes import block_quotations, is_lead_in

_NEWS = ("The city council voted 7-2 on Tuesday to approve the new budget, officials said. "
         "The plan adds $4 million for road repairs, according to a city statement.")
_SPEECH = ("We will not bow to a vicious council that \u201cstarves our roads \u2026 and our "
           "people will remember it. \u2026 They are brutal men, and their time is over.")
_AFTER = "The mayor also thanked the road crews and the city's police officers."


@pytest.mark.parametrize("lead_in, expected", [
    ("The mayor answered the council in an address to the city:", True),
    ("She answered the council in a 2013 speech to the chamber:", True),
    ("He went further in his remarks on Friday night:", True),
    ("Here are the key moments from the mayor's speech:", False),
    ("The bill would address three problems:", False),
    ("Six years later, there was the mayor on the radio saying:", True),
    ("At a rally in the spring, the mayor elaborated:", True),
    ("Here is the rest of the quote:", True),
])
def test_a_spoken_text_after_in_is_a_lead_in(lead_in, expected):
    assert is_lead_in(lead_in) is expected


def test_a_speech_set_as_a_block_after_its_lead_in_is_the_speakers(ruleset):
    text = "\n\n".join(["Budget Passes", _NEWS, "The mayor answered in an address to the city:",
                        _SPEECH, _AFTER, "The vicious fight over the budget is not over."])
    assert [text[s:e] for s, e in block_quotations(text)] == [_SPEECH]
    # the narration after the block stays checked
    assert warnings(ruleset, text, "QC331") == [("QC331", "vicious")]
    assert text.rfind("vicious") > text.find(_AFTER)


_EXCERPT = [
    "The council began small, granting one contract to a friend of the mayor in 2003.",
    "It grew from there, and by the end of the decade the council had passed a savage "
    "budget that cut every road crew in the city.",
    "Officials said at the time that the cuts were needed to balance the books.",
]


def _excerpt_article(lead_in: str, credit: str = "") -> str:
    return "\n\n".join(["How the Council Got Rich", lead_in, *_EXCERPT,
                        *([credit] if credit else [])])


def test_an_article_opened_by_an_excerpts_lead_in_is_the_excerpt(ruleset):
    lead = ("The council's record is an issue, argues Ann Roe at the City Review, and she "
            "writes in this excerpt:")
    text = _excerpt_article(lead)
    assert [text[s:e] for s, e in block_quotations(text)] == _EXCERPT
    assert warnings(ruleset, text, "QC331") == []


def test_an_excerpt_ends_where_the_source_is_credited_again():
    credit = "Reprinted with permission from the City Review, a fearless outlet."
    text = _excerpt_article("Ann Roe writes in this excerpt from her new book:", credit)
    assert [text[s:e] for s, e in block_quotations(text)] == _EXCERPT


def test_an_excerpt_quoted_deep_in_a_story_is_one_paragraph():
    body = [_NEWS, "The vote followed a long fight.", "The mayor's memo, in an excerpt:"]
    text = "\n\n".join(["Budget Passes", *body, *_EXCERPT])
    assert [text[s:e] for s, e in block_quotations(text)] == _EXCERPT[:1]


@pytest.mark.parametrize("verb", ["portrayed", "cast", "painted", "depicted", "described"])
def test_the_as_phrase_reads_across_a_quotation_inside_it(ruleset, verb):
    text = "\n\n".join(["Budget Passes", _NEWS,
                        "The mayor %s the council as a gang who \u201csold the city,\u201d "
                        "evil to the very last." % verb])
    assert warnings(ruleset, text, "QC331") == []


def test_the_narrator_after_the_as_phrase_is_still_read(ruleset):
    text = "\n\n".join(["Budget Passes", _NEWS,
                        "The mayor portrayed the council as \u201cweak,\u201d but the evil "
                        "plan passed anyway."])
    assert warnings(ruleset, text, "QC331") == [("QC331", "evil")]
