"""Lines whose first person is another's (embedded posts, video titles, speakers' cues) are
not the narrator's voice (issue 15): a report that carries them stays news, a column's own
'I' still counts. Snippets of our own (never corpus text)."""
import pytest

from framing_helpers import narration_opinion as voiced
from quotecheck.resources.ruledata import load_data

_REPORT = ("The council voted 7-2 on Tuesday to approve the budget, officials said. The plan "
           "adds money for road repairs, according to a statement. Two members opposed it. "
           "The vote followed three hours of debate in a packed chamber. The budget takes "
           "effect in July. ") * 3


def _report_with(lines):
    return "Budget Passes\n\n" + _REPORT + "\n\n" + "\n\n".join(lines) + "\n\n" + _REPORT


def test_an_embedded_post_is_the_posters_voice():
    post = ("I am proud of my team. Did you see the crowd? I will keep fighting for my city! "
            "- Ann Roe (@annroe) December 31, 2016")
    assert voiced(_report_with([post, "Roe later said she was pleased."])) is None


def test_video_titles_are_the_players_list():
    lines = ["Just watched Roe: I will veto my own budget Replay More Videos ...",
             "Must watch Roe: I will veto my own budget 01:41",
             "Just watched Doe: my plan is ready Replay More Videos ...",
             "Just watched Poe: will you vote for me? Replay More Videos ...",
             "Must watch Doe: my plan is ready 02:10"]
    assert voiced(_report_with(lines)) is None


def test_a_speakers_cue_opens_a_line_of_his_words():
    lines = ["Roe: I think my plan is the right one and I will not back down.",
             "Doe: I disagree with my colleague. Do you really think so?"]
    assert voiced(_report_with(lines)) is None


def test_the_authors_own_note_and_voice_still_count():
    lines = ["Disclosure: I own a house on one of the roads in question.",
             "I think the plan is wrong. Why would we pay twice for one road? You know "
             "the answer. I have seen this before, and my neighbours have too."]
    assert voiced(_report_with(lines)) == "the author writes as 'I'"


def test_a_mine_is_not_the_author():
    lines = ["The quarry sits next to the old coal mine. Will the mine reopen in the spring? "
             "Officials at the mine said it might. Who runs the mine now? The owner declined "
             "to comment."]
    assert voiced(_report_with(lines)) is None


def test_the_countrys_us_is_not_the_readers():
    lines = ["Will the US economy hold? Can US firms adapt? What will the US border look like? "
             "You might ask how US farms cope. Exports to the US fell, and US officials "
             "asked Congress for more time. The US Senate votes on Friday."]
    assert voiced(_report_with(lines)) is None


def test_the_readers_us_still_counts():
    lines = ["Will the economy hold for us? Can we adapt? What will our border look like? "
             "You might ask how we cope. It fell on us, and we asked for more time. Do you "
             "believe us? We vote on Friday."]
    assert voiced(_report_with(lines)) is not None


@pytest.mark.parametrize("example", load_data("opinion-voice")["others_lines"]["examples"])
def test_rule_examples(example):
    reason = voiced(example["text"])
    assert (reason is not None) == example["opinion"]


def test_line_patterns_tried_apart_find_what_their_alternation_finds():
    """The ``[others_lines]`` patterns are tried one by one, each only when the narration
    holds one of its literals (speed31): the same lines as one alternation of them all."""
    import random
    import re
    from types import SimpleNamespace

    from quotecheck.framing.voicelines import others_lines

    data = load_data("opinion-voice")["others_lines"]
    whole = re.compile("|".join(f"(?:{p})" for p in data["patterns"]))
    pieces = ["(@kim_lee) ", "(@x)\n", "Jan 3, 2019", "may 12, 2020", "pic.twitter.com/ab",
              "a post shared by", "A post shared by", "just watched", "  must watch ",
              "must watched", "replay more videos", "replay more videosx", "the ", "vote",
              "\n", " ", ".", "Roe ", "(@", "jun", "2016", "watch", "shared by"]
    rng = random.Random(31)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        narration = SimpleNamespace(text=text, doc=SimpleNamespace(text=text),
                                    original=lambda a, b: (a, b))
        expected = [m.span() for m in re.finditer(r"[^\n]+", text) if whole.search(m.group())]
        assert others_lines(narration) == expected, text     # (no colon: no speaker's cue)
