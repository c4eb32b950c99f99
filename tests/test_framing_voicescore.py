"""The argued narrator's voice as opinion (issue 15, full scraped pages without a label):
the examples of ``rules/data/opinion-voice.toml`` run, and news that looks alike stays news.
Snippets of our own (never corpus text)."""
import pytest

from framing_helpers import narration_opinion as voiced
from quotecheck.framing.narration import narration_for
from quotecheck.framing.voicescore import voice_features
from quotecheck.load.loader import load_text
from quotecheck.resources.ruledata import load_data
from quotecheck.story import Story

ARGUED = "the narrator argues in its own voice"


@pytest.mark.parametrize("example", load_data("opinion-voice")["argued"]["examples"])
def test_rule_examples(example):
    reason = voiced(example["text"])
    if example["opinion"]:
        assert reason is not None
    else:
        assert reason is None


def test_rule_data_says_what_and_why():
    data = load_data("opinion-voice")
    assert data["what"] and data["why"]
    assert {"min_voice", "max_attributions", "max_quoted", "min_marks"} <= set(data["argued"])


def _argued_text(quoted: bool) -> str:
    """An essay of 'we' and questions; with ``quoted`` the same words are an activist's,
    inside quotation marks, in a report that attributes them."""
    lines = ["Why do we wait? We have waited for years.", "The roads are worse than the schools.",
             "Is that too much to ask of us?", "We can fix the roads if we choose to."] * 6
    if quoted:
        lines = [f"\u201c{x}\u201d the organiser said at the rally on Monday." for x in lines]
    return "Roads Plan\n\n" + " ".join(lines) + " The vote is set for May."


def test_an_essay_of_we_and_questions_reads_as_argued():
    assert voiced(_argued_text(False)).startswith(ARGUED)


def test_the_same_words_quoted_in_a_report_stay_news():
    assert voiced(_argued_text(True)) is None


def test_a_commentary_promotion_at_the_foot():
    text = ("Roads Plan\n\nThe council met on Monday and the plan was set out in full. " * 3
            + "\n\nGet columns like this in your inbox every week.")
    assert voiced(text) == "a commentary page's promotion at the foot"


def test_features_count_quoted_share_and_attributions():
    f = voice_features("the mayor said \x00\x00\x00\x00. we wait?", ["we wait?"])
    assert f["we"] == 1.0 and f["question"] == 1.0
    assert 0 < f["quoted"] < 1 and f["attributions"] == 0.5


def _report_with_a_speakers_i() -> str:
    """A report that attributes and quotes densely, with a letter it quotes as a block
    without quotation marks (its 'I' is the letter writer's)."""
    parts = ["Mill Closes\n\nThe mill closed on Friday, the company said."]
    for n in range(6):
        parts.append(f"\u201cWe lost {n + 2} orders this year and the bank would not wait,\u201d the manager said. "
                     f"Workers said they were told on Thursday, according to the union.")
    parts.append("The manager's letter to the staff, read out at the gate, said in part:")
    parts.append("I worked here for thirty years. I have my pension. I do not know what my "
                 "son will do. I think the town will empty. Can we stop it? I doubt it.")
    parts.append("The company said the site would be sold, a spokesman told reporters. "
                 "The union said it would meet the owners on Monday, officials said.")
    return "\n\n".join(parts)


def test_a_report_dense_with_attributions_stays_news_despite_a_speakers_i():
    assert voiced(_report_with_a_speakers_i()) is None


STANCE = "the narrator comments on what it tells"


@pytest.mark.parametrize("example", load_data("opinion-voice")["stance"]["examples"])
def test_stance_rule_examples(example):
    reason = voiced(example["text"])
    if example["opinion"]:
        assert reason is not None and reason.startswith(STANCE)
    else:
        assert reason is None


def _commentary(comment: bool) -> str:
    """A piece without 'I' or 'you' that tells a dispute in its own sentences; with
    ``comment`` the narrator comments on every few ('Of course, ...', 'no surprise')."""
    plain = ["The board met on Monday and the plan stayed in a drawer.",
             "The members have met four times since spring.",
             "The tax rate has not moved in a decade.",
             "The lenders have a month of patience at most."]
    said = "The chair said a vote would come in May."
    noted = ["Of course, the plan was never going to pass.",
             "It should come as no surprise that the chair blames the members."]
    body = []
    for n in range(6):
        body += plain + ([noted[n % 2]] if comment else [plain[n % 4]])
        if n % 2:
            body.append(said)
    return "Board Delays Plan\n\n" + " ".join(body)


def test_a_commentary_that_comments_on_what_it_tells_reads_as_opinion():
    assert voiced(_commentary(True)).startswith(STANCE)


def test_the_same_narration_without_comment_stays_news():
    assert voiced(_commentary(False)) is None


def test_the_comment_inside_a_sources_quotation_stays_news():
    text = _commentary(False) + (" \u201cOf course, the plan was never going to pass,\u201d one "
                                 "member said. \u201cIt should come as no surprise,\u201d "
                                 "another said.")
    assert voiced(text) is None


def test_stance_feature_counts_own_sentences_only():
    f = voice_features("of course we wait. the board met.",
                       ["of course we wait.", "the board met."])
    assert f["stance"] == 0.5


def test_own_fragments_leave_the_quotation_out():
    from quotecheck.framing.voicescore import own_fragments
    sentence = "the chair called it \u201c\x00\x00\x00\x00\u201d in other words, nothing moved."
    assert own_fragments(sentence) == ["the chair called it ", "in other words, nothing moved."]
    assert own_fragments("\"\x00\x00\x00,\" she said.") == ["", "she said."]


def test_stance_reads_the_narrators_words_around_a_quotation():
    quoting = ["the chair called it \u201c\x00\x00\x00\x00.\u201d in other words, nothing moved."]
    f = voice_features("x", ["the board met."], quoting)
    assert f["stance"] == 0.5
    # the comment inside the quotation is masked: not the narrator's
    f = voice_features("x", ["the board met."], ["\u201c\x00\x00\x00\x00\x00\u201d she said."])
    assert f["stance"] == 0.0


def _blog_post(comment_after_quotes: bool) -> str:
    """A post without 'I' whose comments follow the quotations it answers ('"...," he said.
    Oh yeah, ...') and open a few of its own sentences ('Well, ...', "Let's not forget")."""
    plain = ["The council met on Monday and the plan stayed in a drawer.",
             "The members have met four times since spring.",
             "The tax rate has not moved in a decade.",
             "The lenders have a month of patience at most.",
             "The roads are worse than they were last year."]
    quoted = ["The chair called the delay \u201ca pause for thought.\u201d",
              "A member said the plan was \u201cnearly ready.\u201d"]
    comment = ["The chair called the delay \u201ca pause for thought.\u201d Oh yeah, a long one.",
               "A member said the plan was \u201cnearly ready.\u201d Who knows what that means."]
    body = []
    for n in range(5):
        body += plain + [(comment if comment_after_quotes else quoted)[n % 2]]
    body.append("Well, the voters will notice soon enough.")
    return "Council Delays Plan\n\n" + " ".join(body)


def test_a_post_that_comments_after_the_quotations_it_answers_reads_as_opinion():
    assert voiced(_blog_post(True)).startswith(STANCE)


def test_the_same_post_quoting_without_comment_stays_news():
    assert voiced(_blog_post(False)) is None


def test_the_stance_rate_is_asked_only_where_the_other_stance_tests_pass():
    from quotecheck.framing.voicescore import argued_reason, stance_rate
    voice = [f"of course the board met on day {k}." for k in range(20)]
    eager = voice_features(" ".join(voice), voice)
    lazy = voice_features(" ".join(voice), voice, stance=False)
    assert lazy["stance"] is None and eager["stance"] == stance_rate(voice) == 1.0
    asked = []
    assert argued_reason(lazy, lambda: asked.append(1) or stance_rate(voice)) \
        == argued_reason(eager) is not None
    assert asked == [1]
    few = voice[:3]                     # too few sentences of its own: never asked
    assert argued_reason(voice_features(" ".join(few), few, stance=False),
                         lambda: asked.append(2) or 1.0) is None
    assert asked == [1]


GROUP = "the narrator speaks for a 'we'"
MARKED = "the narrator's own voice is marked throughout"


def _tribute(quoted: bool = False) -> str:
    """A tribute in a movement's voice: 'we'/'our' in 3 of 20 own sentences (0.15, under the
    argued bar of 0.2), no 'I', 'you', question or attribution; with ``quoted`` its 'we'
    sentences are a speaker's words inside quotation marks."""
    we = ["We owe him more than we can repay.", "Our cause was smaller before he joined it.",
          "He taught us to count the votes before the speeches."]
    if quoted:
        we = [f"\u201c{x}\u201d an aide said." for x in we]
    plain = ["He came to the capital in 1979 with one suitcase.",
             "The first bill he wrote failed by nine votes.",
             "The second passed by two, after a winter of calls.",
             "He kept a ledger of every member and every promise.",
             "The ledger is in a museum now.", "He never married.",
             "He drove the same car for twenty years.",
             "He read every amendment twice, once for the words and once for the traps.",
             "The party did not always thank him.", "The voters did, six times.",
             "He died on Sunday at the age of 84.",
             "The funeral will be held in his home town.",
             "His widow's family has asked for donations to the county library in place of flowers.",
             "The library holds his papers, his letters to constituents and the old ledger's copies.",
             "The governor ordered the flags on the state buildings lowered until the end of the week.",
             "A memorial service in the capitol rotunda is planned for the first week of the session."]
    return "A Quiet Giant\n\n" + " ".join(we[:1] + plain[:4] + we[1:2] + plain[4:8] + we[2:]
                                          + plain[8:]) + "\n"


def test_a_movements_we_argues_below_the_marks_bar():
    assert voiced(_tribute()).startswith(GROUP)


def test_the_same_we_quoted_from_a_speaker_stays_news():
    assert voiced(_tribute(quoted=True)) is None


def _satire() -> str:
    """A first-person-plural-free satire: 'you', exclamations and a question in 6 of 16 own
    sentences, and a quotation of its target that holds 5-15% of the characters (over the
    argued test's 5%)."""
    own = ["You could not make this up!", "The committee has found a new way to spend nothing.",
           "It met for nine hours in a room the taxpayers rent for it at twice the going rate.",
           "It produced a report of two hundred pages on the length of its own meetings.",
           "You will want to read the appendix.", "The appendix lists the sandwiches.",
           "All of them!", "The chairman has promised a second report on the first.",
           "Who asked for it?", "Nobody on the committee can say.",
           "The budget for the second report is larger than the first, and the first was not cheap.",
           "You paid for both.", "The members have already booked the same rented room for three days in March.",
           "The sandwiches are on order.", "Reform in this building is, apparently, a catering problem with a printing budget.",
           "The next meeting is on a Tuesday."]
    quote = " \u201cWe are doing the people's work, and the people will see the results in the fullness of time,\u201d the chairman said."
    return "The Committee Reports on Itself\n\n" + " ".join(own[:8]) + quote + " " + \
        " ".join(own[8:]) + "\n"


def test_marks_half_again_the_bar_argue_with_more_quoted():
    assert voiced(_satire()).startswith(MARKED)


def test_the_marks_bar_is_read_on_longer_narrations_only():
    short = "The Committee\n\n" + "You could not make this up! The committee met. " * 4
    reason = voiced(short)
    assert reason is None or not reason.startswith((GROUP, MARKED))


LONG = "a long narration comments on what it tells and hardly attributes"


def _long_column(sentences: int = 100, said_every: int = 0) -> str:
    """A column telling at length in its own voice: no 'I', 'you', 'we' or question, one
    stance cue in fifty sentences (under the stance bar of 0.03), and, with
    ``said_every``, an attribution every that many sentences (a report's rhythm)."""
    body = []
    for n in range(sentences):
        if n in (30, 70):
            body.append("Of course, the board had no plan to begin with.")
        elif said_every and n % said_every == 0:
            body.append(f"The chair said the board would meet again in week {n + 2}.")
        else:
            body.append(f"In week {n + 1} the board met again, and the plan stayed in its drawer.")
    return "The Board That Never Decides\n\n" + " ".join(body) + "\n"


def test_a_long_column_that_hardly_attributes_reads_as_argued_on_a_lower_stance_rate():
    assert voiced(_long_column()).startswith(LONG)


def test_the_same_column_attributing_every_tenth_sentence_stays_news():
    assert voiced(_long_column(said_every=10)) is None


def test_the_lower_stance_rate_is_read_on_long_narrations_only():
    assert voiced(_long_column(sentences=50)) is None


# the plain sentences of a report on one plan (genre26's columns are built of them)
_PLAIN = ["The plan went to the committee in March.", "The committee sent it back in May.",
          "The budget office priced it twice.", "The second price was higher than the first.",
          "The members have met four times since spring.", "The lenders have waited a year."]


def _self_citing_column(cite: bool, quoted: bool = False) -> str:
    """A column (genre26): 28 sentences of its own, one attribution, no 'you', 'we' or
    question; with ``cite`` the author refers to their own writing twice ('As I wrote last week',
    'I'll leave you with'), with ``quoted`` those words are a senator's, quoted and attributed."""
    body = [_PLAIN[n % 6] for n in range(26)]
    body[5] = "The chair said a vote would come in May."
    cites = ["As I wrote last week, the plan was never funded.",
             "I'll leave you with the only number that matters: zero."]
    if quoted:
        cites = [f"\u201c{c}\u201d the senator said." for c in cites]
    body[8:8] = [cites[0]] if cite else [_PLAIN[2]]
    body += [cites[1]] if cite else [_PLAIN[3]]
    return "The Plan Nobody Funds\n\n" + " ".join(body) + "\n"


def test_an_authors_reference_to_their_own_writing_comments_as_a_columnist():
    assert voiced(_self_citing_column(True)).startswith(STANCE)


def test_the_same_column_without_the_self_reference_stays_news():
    assert voiced(_self_citing_column(False)) is None


def test_a_senators_reference_to_their_own_writing_quoted_stays_news():
    assert voiced(_self_citing_column(True, quoted=True)) is None


def _regretting_commentary(comment: bool) -> str:
    """A commentary of twenty own sentences, one attribution, two questions (genre26): with
    ``comment`` two of them open on the narrator's comment ('Unfortunately, ...', 'Not
    surprisingly, ...') and one more says 'it's foolish to'."""
    body = [_PLAIN[n % 6] for n in range(17)]
    body[5] = "The chair said a vote would come in May."
    body[8] = "Who will pay for the delay?"
    body[13] = "Will the third deadline hold?"
    extra = ["Unfortunately, the committee has no plan for the winter.",
             "Not surprisingly, the lenders want more interest.",
             "It's foolish to expect a vote before next year."]
    body += extra if comment else _PLAIN[:3]
    paragraphs = [" ".join(body[n:n + 5]) for n in range(0, len(body), 5)]
    return "The Plan Nobody Funds\n\n" + "\n\n".join(paragraphs) + "\n"


def test_a_commentary_opening_on_its_regret_reads_as_opinion():
    assert voiced(_regretting_commentary(True)).startswith(STANCE)


def test_the_same_commentary_without_the_regret_stays_news():
    assert voiced(_regretting_commentary(False)) is None


def _quoting_report(column: str) -> str:
    """A news page (genre27) that quotes three sentences of ``column`` word for word, with
    marks, and attributes them: in one run with the column, its quotation matches the
    column's own text."""
    quoted = ". ".join(column.split("\n\n", 1)[1].split(". ")[8:11])
    return ("Columnist Doubts the Plan\n\nThe plan's critics grew louder on Monday, officials "
            f"said. \u201c{quoted}.\u201d the columnist Ann Poe wrote. The committee meets "
            "again on Friday, a spokesman said. The lenders declined to comment, aides said.\n")


@pytest.mark.parametrize("cite", [True, False])
def test_a_pages_genre_does_not_depend_on_the_other_pages_of_the_run(cite):
    """(genre27) The same page, alone or in a story with a page that quotes it, gets the same
    genre verdict and the same quoted share: a page's quotations are its own (its marks, its
    block quotations and embedded posts), never text another page of the run quotes."""
    column = load_text(_self_citing_column(cite), id="col")
    report = load_text(_quoting_report(_self_citing_column(cite)), id="rep")
    alone = narration_for(Story([column]), column)
    together = Story([column, report])
    in_run = narration_for(together, column)
    assert in_run.opinion == alone.opinion
    assert in_run.text == alone.text      # the same characters masked as quoted
    assert narration_for(together, report).opinion == \
        narration_for(Story([report]), report).opinion
    assert (alone.opinion is not None) == cite
