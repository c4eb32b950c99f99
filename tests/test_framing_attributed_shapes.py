"""Issue 15, framing precision (attr29): words inside attributed content the narration read
as the narrator's, each beside the narrator's own use, which keeps its warning:

- a reported question with a wh-word ('asked why the agency was boasting about ...');
- a relative clause without 'that' whose subject is the gap ('opposed measures they said
  steer money away from ...'); not a clause with a subject of its own;
- a list entry 'N. Name: ...' over that person's quotation;
- a paragraph without quotation marks holding an editor's bracketed insertion;
- word sense: a thing begged for ('the gear nurses were begging for:', 'begging for
  tickets'); a sender claimed ('the texts claimed to be from a neighbour').

Snippets of our own."""
import pytest

from framing_helpers import flagged


@pytest.mark.parametrize("text, code, word", [
    ("At the briefing, Rowe asked why the agency was boasting about its inspection figures "
     "and comparing them with other states.", "QC302", "boasting"),
    ("Lawmakers voted down clauses they said steer money toward parks and away from housing "
     "illegal immigrants in hotels.", "QC330", "illegal immigrants"),
    ("Lawmakers voted down rules they said would let illegal immigrants in the valley draw "
     "the grants.", "QC330", "illegal immigrants"),
    ("Top ten remarks of the week\n\n4. Jo Vance: \u201cI Detest\u201d Idiotic Farm Voters\n\n"
     "\u201cI detest you all for voting the way you did.\u201d\n\n\u2014 Host Jo Vance on her "
     "radio hour, June 3.", "QC331", "Idiotic"),
    ("The paper's board put it bluntly.\n\nWithout a change of course, the [transit] "
     "agency's plan may look like the old fare raids. [Governor Ann] Lutz has scoffed at "
     "the comparison, though it is not clear why.", "QC302", "scoffed"),
    ("On a day when the wards ran short, a plane landed carrying the gear nurses were "
     "begging for: the first gowns to arrive in a month.", "QC302", "begging"),
    ("Dozens of fans were begging for tickets outside the arena before the final.", "QC302",
     "begging"),
    ("The texts that spread through the county warned of a curfew. They claimed to be from "
     "a neighbour of a deputy, and said the order would come within days.", "QC301",
     "claimed"),
])
def test_attributed_content_is_not_the_narrators(ruleset, text, code, word):
    assert (code, word) not in flagged(ruleset, text, code)


@pytest.mark.parametrize("text, code, word", [
    ("The agency was boasting about its inspection figures and comparing them with other "
     "states.", "QC302", "boasting"),
    ("Lawmakers voted down clauses that steer money toward parks and away from housing "
     "illegal immigrants in hotels.", "QC330", "illegal immigrants"),
    ("He framed the vote around the danger he says illegal immigrants pose to the valley.",
     "QC330", "illegal immigrants"),
    ("Top ten remarks of the week\n\n4. Idiotic Farm Rules Return\n\nThe rules came back "
     "this week after a long fight.", "QC331", "Idiotic"),
    ("Lessons in reading figures\n\n6. The Tired Analyst: Trusting Figures from Idiotic "
     "Sources\n\nTrusting figures across agencies is hard.", "QC331", "Idiotic"),
    ("The transit agency's plan may look like the old fare raids. Governor Ann Lutz has "
     "scoffed at the comparison, though it is not clear why.", "QC302", "scoffed"),
    ("The mayor was begging for patience as the council hall emptied.", "QC302", "begging"),
    ("The mayor, who claims to be a friend of every business owner in the county, spoke.",
     "QC301", "claims"),
])
def test_the_narrators_own_use_keeps_the_warning(ruleset, text, code, word):
    assert (code, word) in flagged(ruleset, text, code)
