"""Issue 15, framing precision: a verdict word inside the content of a worry, a story, a
denial or an agreement is the holder's or the accuser's, not the narrator's; each beside
the narrator's own use of the word, which keeps its warning:

- 'concerns about X being smeared', 'a story about how he parroted ...' (from the clause's
  verb: a label in its subject stays the narrator's);
- the gerund a denial denies ('denied bragging about ...');
- what parties agreed on, after a colon;
- the verb right after a named subject in a that-less clause ('who said Mercer boasted').

Snippets of our own."""
import pytest

from framing_helpers import flagged


@pytest.mark.parametrize("text, code, word", [
    ("Several council members also voiced concerns about tenants being smeared by anonymous "
     "complaints before any hearing.", "QC331", "smeared"),
    ("After the vote the deputy launched into a story about how he once parroted the "
     "governor on local radio.", "QC331", "parroted"),
    ("Testifying before the panel, the coach denied bragging about the signing bonuses in a "
     "team newsletter.", "QC302", "bragging"),
    ("The one point both camps agreed on: it had been an ugly process that nobody wanted "
     "again.", "QC331", "ugly"),
    ("The jury heard from the fund's former chief, Ray Vance, who said Mercer boasted about "
     "his ties to the lenders and alerted donors.", "QC302", "boasted"),
])
def test_content_of_a_view_is_not_the_narrators(ruleset, text, code, word):
    assert (code, word) not in flagged(ruleset, text, code)


@pytest.mark.parametrize("text, code, word", [
    ("Tenants were smeared by anonymous complaints before any hearing.", "QC331", "smeared"),
    ("After the vote the deputy parroted the governor on local radio.", "QC331", "parroted"),
    ("The coach was bragging about the signing bonuses in a team newsletter.", "QC302",
     "bragging"),
    ("Several residents voiced concerns about illegal immigrants moving into the valley.",
     "QC330", "illegal immigrants"),
    ("Mercer boasted about his ties to the lenders and alerted donors.", "QC302", "boasted"),
    ("Both camps met again. It had been an ugly process that nobody wanted again.", "QC331",
     "ugly"),
])
def test_the_narrators_own_words_keep_their_warning(ruleset, text, code, word):
    assert (code, word) in flagged(ruleset, text, code)
