"""A digest's subhead over a signed quotation (rn24, from the baly06 reading): an opinion
roundup sets a one-line subhead over each columnist's quotation, the paragraph below it wholly
a quotation signed with a dash. The subhead sums up that columnist's view, so a framing word in
it is the columnist's, not the narrator's. The same subhead over narration, or over a
quotation the narrator introduces in prose, stays a warning. Snippets are our own, in the
shape of the digests read."""
import pytest

from framing_helpers import flagged

LEAD = ("Senate passes the bill\n\nThe Senate passed the measure on Tuesday by a vote of 52 "
        "to 48 after a long debate over its cost.\n\n")
SUBHEAD = "The accusations matter, despite the senator\u2019s self-serving motives\n\n"


@pytest.mark.parametrize("signed", [
    "\u201cThe bottom line is that the account is partial, but it is also indispensable.\u201d "
    "\u2014 Jane Doe, Example Times\n",
    "\"The bottom line is that the account is partial, but it is also indispensable.\" "
    "-- Jane Doe, Example Times\n",
    "\u201cThe bottom line is that the account is partial. \u2026 It is also "
    "indispensable.\u201d \u2013 Jane Doe, Example Journal\n\nThe bill will help small firms\n\n"
    "\u201cFor the corner shop, the new deduction is real money.\u201d \u2014 John Roe, Example "
    "Review\n",
])
def test_a_subhead_over_a_signed_quotation_labels_the_quoted_view(ruleset, signed):
    assert flagged(ruleset, LEAD + SUBHEAD + signed, "QC331") == []


@pytest.mark.parametrize("below", [
    "The House will vote on the bill next month, its leaders said.\n",
    "\u201cThe account is partial, but it is also indispensable,\u201d Jane Doe said on "
    "Tuesday.\n",
])
def test_a_subhead_over_narration_or_a_quotation_in_prose_stays(ruleset, below):
    assert ("QC331", "self-serving") in flagged(ruleset, LEAD + SUBHEAD + below, "QC331")
