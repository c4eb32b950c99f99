"""Embedded posts read by the furniture classifier (tweet27, issue 15): a post split over
several paragraphs in a gallery of posts, and signature forms a capture prints. Snippets are
invented, shaped like scraped pages."""
from __future__ import annotations

from furniture_helpers import block_kinds as kinds

BODY = ("The county board met on Tuesday night and voted to close two of the three branch "
        "libraries by the end of the year.")


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _gallery(*middle: str) -> str:
    first = "Three branches gone in one vote. Shameful night for readers. \u2014 Lee Park (@leepark) June 4, 2021"
    second = "I grew up in the Elm Street branch and I am heartbroken. \u2014 Rosa Vint (@rosavint) June 4, 2021"
    last = "Show up at the next meeting. \u2014 Omar Feld (@omarfeld) June 4, 2021"
    after = "Proud of every reader who spoke tonight. \u2014 Ida Moss (@idamoss) June 4, 2021"
    return page("Libraries Close", BODY, first, second, *middle, last, after, BODY + " Again.")


def test_a_post_split_over_paragraphs_in_a_gallery_of_posts_is_the_posts():
    lines = ("Two libraries will close this year.", "Get ready to hear the board brag about savings.",
             "Get ready for longer bus rides to the last branch.")
    k = kinds(_gallery(*lines))
    assert all(k[line] == "embedded-post" for line in lines)
    assert k[BODY] == "body"


def test_narration_naming_the_poster_stays_the_narrators_in_a_gallery():
    intro = "Council member Omar Feld was blunter."
    post = "Get ready for longer bus rides."
    k = kinds(_gallery(intro, post))
    assert k[intro] == "body" and k[post] == "embedded-post"


def test_narration_between_single_posts_is_no_post():
    one = "Three branches gone in one vote. \u2014 Lee Park (@leepark) June 4, 2021"
    two = "Show up at the next meeting. \u2014 Omar Feld (@omarfeld) June 4, 2021"
    middle = "Others were less forgiving of the board."
    k = kinds(page("Libraries Close", BODY, one, middle, two, BODY + " Again."))
    assert k[middle] == "body"
