"""An argument that attributes almost nothing reads as opinion (issue 11/15, opin24): the
examples of ``[essay.unattributed]`` in ``rules/data/opinion-voice.toml`` run; an unsigned
editorial with no 'I', 'we', 'you' or question is taken, the same page telling its points on
someone's word, or anchored on days and officials, stays news, and a page under the rule's
length is left alone; a weaker argument of a longer page is taken when few of its sentences
hold a figure (opin25), the same page full of dates and counts is not. Snippets of our own
(never corpus text)."""
import pytest

from framing_helpers import narration_opinion as read
from quotecheck.resources.ruledata import load_data

UNATTRIBUTED = "the narrator argues in general terms and attributes almost nothing"


@pytest.mark.parametrize("example",
                         load_data("opinion-voice")["essay"]["unattributed"]["examples"])
def test_unattributed_rule_examples(example):
    reason = read(example["text"])
    if example["opinion"]:
        assert reason is not None and reason.startswith(UNATTRIBUTED)
    else:
        assert reason is None


_LINES = ["The harbour wall is the only thing between the old town and the winter sea.",
          "Patching it every spring costs more than rebuilding it once{said}.",
          "Any delay simply moves the bill to the next council.",
          "The stones are loose because the mortar was never meant to last a century.",
          "Such repairs are not maintenance but a slow way of losing the wall{said}.",
          "Nothing in the budget prevents a proper rebuild.",
          "The port should borrow for it while the rates are low{said}.",
          "Every storm that breaks over the wall makes the work dearer.",
          "The fishing boats cannot shelter anywhere else on this coast.",
          "Only the wall keeps the quay usable in a north wind{said}.",
          "These are not luxuries for a harbour town.",
          "The old town grew up behind that wall, street by street, for three hundred years.",
          "Its cellars, its market and its chapel all sit below the level of a high spring tide.",
          "A breach in a single winter would flood every one of them in a night.",
          "The cost of that night would dwarf the cost of the work many times over.",
          "A rebuilt wall would be a very good bargain."]


def _harbour(said: str = "", paired: bool = False) -> str:
    """An argued page on a harbour wall; ``said`` hangs four sentences on a speaker,
    ``paired`` joins the sentences two by two with a semicolon (8 own sentences, not 16)."""
    lines = [s.format(said=said) for s in _LINES]
    if paired:
        lines = [a[:-1] + "; " + b[0].lower() + b[1:] for a, b in zip(lines[::2], lines[1::2])]
    return "Rebuild the Harbour Wall\n\n" + " ".join(lines) + "\n"


def test_an_unsigned_editorial_reads_as_opinion():
    assert (read(_harbour()) or "").startswith(UNATTRIBUTED)


def test_the_same_points_on_someones_word_stay_news():
    assert read(_harbour(", the harbour master said")) is None


def test_a_page_under_ten_own_sentences_is_left_alone():
    assert read(_harbour(paired=True)) is None


def test_rule_data_says_what_and_why():
    data = load_data("opinion-voice")["essay"]["unattributed"]
    assert {"min_voice", "max_attributions", "max_quoted", "min_score"} <= set(data)
    assert any(e["opinion"] for e in data["examples"])
    assert not all(e["opinion"] for e in data["examples"])


_FERRY = ["The island ferry is the lifeline of four villages across the bay.",
          "It carries the doctor, the post and the children who go to school on the mainland.",
          "The operator wants to cut the winter crossings to two a day.",
          "That plan should be dropped{f1}.",
          "The savings are small because the boat and the crew are paid for all year.",
          "Two crossings a day would strand a worker who finishes after dark.",
          "The school run would leave before the first bell and return after the last bus.",
          "The clinic on the mainland keeps its own hours.",
          "The crossing takes forty minutes in calm weather.",
          "Most of the passengers are regulars who know the crew by name.",
          "The shop in the harbour village depends on the morning delivery{f2}.",
          "Such a timetable is not a service.",
          "The villages were promised a daily link when the bridge plan was abandoned{f3}.",
          "That promise was made in writing.",
          "The boat itself is sound and the pier was rebuilt{f4}.",
          "The operator has a contract that runs for another decade{f5}.",
          "Its accounts are public and the margin on the route is healthy{f6}.",
          "The regional council can insist on the full timetable.",
          "Our villages ask for the crossings they have now.",
          "A ferry that runs only twice a day is a ferry in name alone.",
          "The council should keep the winter timetable as it is."]
_FIGURES = dict(f1=" before the 2025 season", f2=" of 300 loaves", f3=" in 1998",
                f4=" in 2016", f5=", to 2034", f6=" at 14 per cent")


def _ferry(figures: bool = False) -> str:
    """An argued page on a ferry timetable that scores between ``low_score`` and
    ``min_score`` (6 of its 21 own sentences argue, none anchored, one says 'our');
    ``figures`` puts a date or a count in six of them."""
    fill = _FIGURES if figures else {key: "" for key in _FIGURES}
    return "Keep the Island Ferry\n\n" + " ".join(s.format(**fill) for s in _FERRY) + "\n"


def test_a_weaker_argument_without_figures_reads_as_opinion():
    assert (read(_ferry()) or "").startswith(UNATTRIBUTED)


def test_the_same_weaker_argument_full_of_figures_stays_news():
    assert read(_ferry(figures=True)) is None


def test_the_weaker_band_needs_the_longer_page():
    data = load_data("opinion-voice")["essay"]["unattributed"]
    assert data["low_score"] < data["min_score"] and data["low_min_voice"] > data["min_voice"]
    assert data["low_min_marks"] > 0
    assert 0 < data["low_max_figures"] < 1
