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


def test_signature_forms_a_capture_prints():
    glued = "Doors open at noon. pic.twitter.com/Ab12Cd34\u2014 Lee Park (@leepark) June 4, 2021"
    named = ("Proud of every reader in this town. \u2014 Rosa Vint (she/her) (@rosavint) "
             "June 4, 2021")
    brackets = "Keep the branches open. \u2014 (((Ida))) (@idamoss) June 4, 2021"
    k = kinds(page("Libraries Close", BODY, glued, named, brackets, BODY + " Again."))
    assert k[glued] == k[named] == k[brackets] == "embedded-post"
    assert k[BODY] == k[BODY + " Again."] == "body"


def test_narration_flattened_before_a_post_stays_the_narrators():
    from quotecheck.load.furniture import view_regions

    narration = ("On its blog, the group has backed the closures for months and has called the "
                 "readers' campaign a stunt. The campaign has long been criticized for its "
                 "tactics by the board. Even the notorious board chair has called its members "
                 "a gift to the other side, citing the cost of the branches and the shrinking "
                 "number of loans at each of them. ")
    post = "If they want to call me the library mayor, I will take it \U0001f937"
    line = narration + post + " \u2014 Rosa Vint (she/her) (@rosavint) June 4, 2021"
    text = page("Libraries Close", BODY, line, BODY + " Again.")
    regions = [(k, text[s:e]) for k, s, e in view_regions(text)]
    posts = [t for k, t in regions if k == "embedded-post"]
    assert posts and posts[0].startswith(post)


def test_a_shared_post_signed_at_the_end_of_its_line():
    insta = "Opening day at the new branch A post shared by Lee Park (@leepark) on Jun 4, 2021 at 9:12am PDT"
    fb = "Thank you all for coming out tonight... Posted by Friends of Elm Street on Friday, 4 June 2021"
    prose = "The video was posted by the group on Friday, and the board answered it at once."
    k = kinds(page("Libraries Close", BODY, insta, fb, prose, BODY + " Again."))
    assert k[insta] == k[fb] == "embedded-post" and k[prose] == "body"
