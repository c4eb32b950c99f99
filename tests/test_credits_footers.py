"""Wire credits in the footers client pages print (issue #11, QC501 on credited wire copy).

A client page closes an agency's story with the agency's own copyright footer, its mark often
printed twice ("(c) Copyright 2021 The Associated Press. All rights reserved."), or with the
year after the name ("Copyright Agence France-Presse, 2021"); a contributor note names the
agency in the possessive of a name ending in s ("Reuters' Ann Lee contributed"); a closing
note says the text draws on agency copy without naming one ("(With inputs from agencies)");
an old wire sign-off writes its dash as two hyphens ("--Reuters"). Each says whose copy the
page carries. None reads a person, a plain word or a sentence about agencies as a credit.
"""
import pytest

from credit_helpers import credits_of

BODY = ("The harbour board voted on Tuesday to close the old ferry pier for a year.\n\n"
        "Repairs to the pier's timber piles will start in the spring, the board said.\n\n")


def _credits(text):
    return {c[:3] for c in credits_of(text)}


@pytest.mark.parametrize("tail, name, kind, reuse", [
    ("\u00a9 Copyright 2021 The Associated Press. All rights reserved.", "Associated Press",
     "copyright", True),
    ("Copyright \u00a9 2021 Reuters. All Rights Reserved.", "Reuters", "copyright", True),
    ("(c) Copyright 2021 Reuters", "Reuters", "copyright", True),
    ("Copyright Agence France-Presse, 2021", "Agence France-Presse", "copyright", True),
    ("Reuters' Ann Lee in Lagos contributed to this report.", "Reuters", "contributed", True),
    ("The Associated Press' Ann Lee and Bo Wu contributed to this report.",
     "Associated Press", "contributed", True),
    ("(With inputs from agencies)", "wire services", "wire-note", False),
    ("With agency inputs", "wire services", "wire-note", False),
    ("--Reuters", "Reuters", "source-line", True),
])
def test_footer_credits_the_agency(tail, name, kind, reuse):
    assert (name, kind, reuse) in _credits(BODY + tail)


@pytest.mark.parametrize("tail", [
    "Copyright 2021 Ann Lee",                                  # a person's copyright
    "The Jones' Ann Lee contributed to this report.",          # a family, not an outlet
    "With inputs from the ministry, the agencies said.",       # a sentence about agencies
    "--Ferry users will need the bridge road until then.",    # a dash-led line of text
])
def test_lookalikes_are_no_credit(tail):
    assert not _credits(BODY + tail)
