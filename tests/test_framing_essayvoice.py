"""A long essay's argument without 'I', a label or a stock comment reads as opinion (issue 15,
genre29, genre30): the examples of ``[essay]`` in ``rules/data/opinion-voice.toml`` run; a
report that anchors its sentences on days, dates and officials stays news, and a shorter page
argued the same way is not taken for an essay (the shorter variant took news features on the
open sets; opin24's unattributed argument reads it when it attributes nothing).
Snippets of our own (never corpus text)."""
import pytest

from framing_helpers import narration_opinion as read
from quotecheck.framing.essayvoice import essay_rates
from quotecheck.resources.ruledata import load_data

ESSAY = "the narrator reasons in general terms"
UNATTRIBUTED = "the narrator argues in general terms and attributes almost nothing"


@pytest.mark.parametrize("example", load_data("opinion-voice")["essay"]["examples"])
def test_essay_rule_examples(example):
    reason = read(example["text"])
    if example["opinion"]:
        assert reason is not None and reason.startswith(ESSAY)
    else:       # not an essay: a shorter argued page may be read by [essay.unattributed]
        assert not (reason or "").startswith(ESSAY)


def _schools(argued: bool) -> str:
    """A piece on school meals with no 'I', 'you' or question; ``argued``: its sentences
    weigh and generalise, else they tell the week's events with their dates and officials."""
    if argued:
        lines = ["A school that feeds its pupils teaches them better, and every budget "
                 "should start there.", "The lunch program is not charity.",
                 "It is simply the cheapest way to raise test scores.",
                 "Any district that cuts it will pay twice, because hungry children "
                 "cannot learn.", "These are not new findings.",
                 "The research is decades old and it only grows stronger.",
                 "Yet the program is cut whenever money is tight.",
                 "That is a choice, not a necessity.", "A state can find the money.",
                 "It finds it for stadiums and for roads.",
                 "Children need it more than either.",
                 "The fact is that a meal costs less than a remedial class.",
                 "Teachers see the difference in the first hour of the morning.",
                 "A child who has eaten sits still, listens and remembers the lesson.",
                 "A child who has not eaten waits for the bell and learns nothing.",
                 "No spreadsheet in the capital shows that cost, but the classroom does.",
                 "The program deserves a budget line of its own, safe from the yearly fight."]
    else:
        lines = ["The school board voted on Monday to cut the lunch program by a third.",
                 "The cut takes effect in September.",
                 "Gov. Ann Roe signed the budget last week.",
                 "The program served 12,000 pupils in April.",
                 "Costs rose 8 percent last year.",
                 "A spokesman for the district confirmed the figures on Tuesday.",
                 "The board will meet again next month.",
                 "Parents plan to attend the hearing in October.",
                 "The district's budget office released the numbers earlier.",
                 "Mr. Doe, the board's chairman, has asked for a review.",
                 "The state expects a surplus in January.",
                 "Two districts nearby kept their programs this year.",
                 "The union filed a grievance on Wednesday over the kitchen staff's hours.",
                 "Sen. Tom Poe introduced a bill in March to restore state funding.",
                 "The bill was sent to the education committee on Thursday.",
                 "Officials from the state agency will testify at the hearing in June.",
                 "The district had 31 schools and 14,500 pupils as of last month."]
    return "School Lunches\n\n" + " ".join(lines) + "\n"


@pytest.mark.parametrize("copies", [1, 2])
def test_a_shorter_argued_page_is_not_taken_for_an_essay(copies):
    # 17 or 34 own sentences, no attribution, cues in most of them: the dropped shorter
    # variant's profile (15 own sentences and a score of 0.40 were enough); under the long
    # test's length it is left to the other tests: with no attribution at all it is the
    # unattributed argument of [essay.unattributed] (opin24), never the long essay
    text = _schools(True)
    head, body = text.split("\n\n", 1)
    reason = read(head + "\n\n" + "\n\n".join([body.strip()] * copies) + "\n")
    assert (reason or "").startswith(UNATTRIBUTED)


def test_a_report_anchored_on_days_and_officials_stays_news():
    assert read(_schools(False)) is None


def test_rates_count_sentences_with_a_cue_and_with_an_anchor():
    essay, anchored = essay_rates(["every town should act.", "the board met on monday.",
                                   "the river is wide."])
    assert (round(essay, 3), round(anchored, 3)) == (0.333, 0.333)


def test_rule_data_says_what_and_why():
    data = load_data("opinion-voice")["essay"]
    assert {"min_voice", "max_attributions", "max_quoted", "min_score", "cues",
            "anchors"} <= set(data)
    assert not [key for key in data if key.startswith("long_")]    # one test, one set of bars


def _long_telling(copies: int) -> str:
    """A third-person essay told at length: a cue in one sentence of five, no day, date or
    official, no attribution; ``copies`` of its ten sentences."""
    lines = ["The old canal was dug by hand across forty miles of marsh.",
             "Its locks still stand at every bend of the towpath.",
             "Barges carried grain east and coal west for a century.",
             "A town grew at each lock, with a chapel and a tavern.",
             "The railway should have ended the canal within a decade.",
             "Instead the barges kept moving, slower and cheaper than the trains.",
             "The towns kept their taverns and lost their chapels.",
             "Nothing about the canal was efficient, and that was its strength.",
             "The water rose in spring and fell in autumn.",
             "The lock keepers' houses are holiday cottages now."]
    return "The Canal\n\n" + "\n\n".join(" ".join(lines) for _ in range(copies)) + "\n"


def test_a_long_telling_that_never_attributes_reads_as_an_essay():
    assert (read(_long_telling(6)) or "").startswith(ESSAY)


def test_a_shorter_telling_with_as_few_cues_stays_news():
    assert read(_long_telling(2)) is None
