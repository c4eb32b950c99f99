"""A commentary page's furniture read as opinion (issue 11/15): summary bullets
giving one named author's argument ("Jane Roe: ...", "She says ...", "Roe: ...") and an
editor's note on its own line naming the piece a commentary. The examples of
``[author_summary]`` and ``[editors_note]`` in ``rules/data/opinion-voice.toml`` run; a news
summary that names a speaker once or twice, or several speakers, an interview's turns and a
news page's editor's notes stay news. Snippets of our own (never corpus text)."""
import pytest

from framing_helpers import assert_opinion_example
from quotecheck.framing.opinionmarks import author_summary
from quotecheck.resources.ruledata import load_data

MARKED = "a summary's bullets giving one named author's argument"
EXAMPLES = load_data("opinion-voice")["author_summary"]["examples"]
BODY = "The budget fight in Washington has a familiar plot, and the deadline is three weeks away."


@pytest.mark.parametrize("example", EXAMPLES)
def test_author_summary_rule_examples(example):
    assert_opinion_example(example, MARKED)


@pytest.mark.parametrize("bullets", [
    ["Tom Hale: The stopgap settles nothing", "He says both parties prefer the fight",
     "Hale: Congress should fund the agencies for a full year"],
    ["Voters are tired of deadlines, writes Ana Souza", "Lawmakers keep moving them, she says",
     "Souza: A full-year bill is overdue"],
    ["Story highlights Tom Hale says the stopgap settles nothing",
     "Hale: Both parties prefer the fight", "The agencies pay for it, he says"],
    # a hyphenated surname: its label is the same author (the name compared as written)
    ["Ann Roe-Lee: The stopgap settles nothing", "She says both parties prefer the fight",
     "Roe-Lee: Congress should fund the agencies for a full year"],
    # no surname label, three bullets going on with 'he says'
    ["Tom Hale: The stopgap settles nothing", "He says both parties prefer the fight",
     "Agencies pay for it, he says", "Voters will remember, he says"],
])
def test_author_bullets_mark_a_commentary(bullets):
    assert author_summary("Headline\n\n" + "\n\n".join(bullets) + "\n\n" + BODY)


@pytest.mark.parametrize("bullets", [
    # a speaker named with a title, a surname label once: news
    ["President Hale: The agencies were told to prepare", "Hale says the deal is close",
     "House leaders have not said whether they will vote"],
    # one named speaker and one following bullet, no surname label
    ["Tom Hale says the Senate will vote Friday", "He says the bill funds agencies to March",
     "Agencies are drawing up lists of workers"],
    # two speakers share the summary
    ["Tom Hale: The deal is close", "Ann Roe: Nothing is agreed", "Roe says talks go on"],
    # the bullets' labels name someone else than the first full name
    ["Tom Hale says the vote is Friday", "Roe: The House will wait", "She says the bill is short"],
    # an interview's turns: the host's label and the guest's alternate
    ["Ann Roe: What are your plans for the agency?", "Hale: We start with the backlog.",
     "Roe: And the budget?", "Hale: It is enough for this year.", "Roe: Thank you."],
])
def test_news_summaries_stay_news(bullets):
    assert not author_summary("Headline\n\n" + "\n\n".join(bullets) + "\n\n" + BODY)


NOTE_EXAMPLES = load_data("opinion-voice")["editors_note"]["examples"]


@pytest.mark.parametrize("example", NOTE_EXAMPLES)
def test_editors_note_rule_examples(example):
    assert_opinion_example(example, "an editor's note naming the piece a commentary")


@pytest.mark.parametrize("note, opinion", [
    ("Editor's note: The following commentary first ran in the author's newsletter.", True),
    ("Editor\u2019s Note: The author's commentary below draws on a longer report.", True),
    ("Editor's note: This column originally appeared in the Sunday paper.", True),
    # a feature series' column that need not argue, a correction, a paywall note: news
    ("Editor's note: This column profiles the farmers who grow the county's fruit.", False),
    ("Editor's note: This article was updated with the council's vote.", False),
    ("Editor's note: As a public service, this coverage is free to read.", False),
])
def test_editors_note_names_a_commentary(note, opinion):
    from quotecheck.framing.opinionmarks import furniture_mark
    reason = furniture_mark("Headline\n\n" + note + "\n\n" + BODY, None)
    assert bool(reason and reason.startswith("an editor's note")) == opinion


@pytest.mark.parametrize("line, opinion", [
    ("To get all of her columns for free by email, sign up at her site.", True),
    ("Receive the paper's weekend columns by e-mail every Saturday.", True),
    ("To get breaking news alerts by email, sign up here.", False),
])
def test_columnist_sign_up_line_is_a_promotion(line, opinion):
    from quotecheck.framing.voicescore import _promo
    assert bool(_promo().search(line.lower())) == opinion
