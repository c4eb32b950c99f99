"""A page filed under a blog reads as an argued post on a weaker bar (issue 11/15, opin29): the
examples of ``[essay.blog]`` in ``rules/data/opinion-voice.toml`` run (the same argued text
under /news/ stays news, a blog's anchored brief stays news), and only a whole path segment
counts. Snippets of our own (never corpus text)."""
import pytest

from framing_helpers import assert_opinion_example
from quotecheck.framing.essayvoice import blog_segment, verdict_sentence
from quotecheck.resources.ruledata import load_data

ARGUED_POST = "a blog post that "


@pytest.mark.parametrize("example", load_data("opinion-voice")["essay"]["blog"]["examples"])
def test_blog_rule_examples(example):
    assert_opinion_example(example, ARGUED_POST)


@pytest.mark.parametrize("url, filed", [
    ("https://www.example.com/blog/2029/03/11/toll-road-lease", True),
    ("https://example.org/Blog/toll-road-lease", True),
    ("https://www.example.com/blogs/statehouse/toll-road-lease", False),
    ("https://blog.example.com/2029/03/11/toll-road-lease", False),
    ("https://www.example.com/news/blog-post-about-tolls", False),
    ("https://www.example.com/news/toll-road?from=/blog/", False),
    (None, False),
    ("http://[bad", False),
])
def test_only_a_whole_blog_segment_files_the_page(url, filed):
    assert blog_segment(url) is filed


@pytest.mark.parametrize("sentence, verdict", [
    ("this argument is deeply flawed.", True),
    ("the mayor is right.", True),
    ("but he's only half right.", True),
    ("the council's logic is simply absurd.", True),
    # someone else's verdict, a history, a fact-check's finding, a longer sentence
    ("she said the mayor is wrong.", False),
    ("the mayor was right.", False),
    ("that claim is false.", False),
    ("the council is right to review the plan before the vote.", False),
    ("the council members who voted for the fee last spring are wrong.", False),
])
def test_a_short_verdict_on_an_argument(sentence, verdict):
    assert verdict_sentence([sentence], 8) is verdict
