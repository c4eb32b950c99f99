"""Issue 15: an opinion piece recognised without a ``section`` in its metadata, by the page's
address or, in a text too short for the voice tests, by a narrator who addresses 'you' and
speaks of 'our' world (quotecheck.framing.pagemarks). Snippets are the tests' own."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from quotecheck.framing.narration import Narration
from quotecheck.framing.pagemarks import link_reason
from quotecheck.load.loader import load_text
from quotecheck.load.sections import opinion_segment, opinion_segments
from quotecheck.resources.ruledata import load_data
from quotecheck.plugins.run import run_checks
from quotecheck.story import Story


@pytest.mark.parametrize("url", [
    "https://www.example.com/opinion/2021/10/01/the-budget-is-a-mess/",
    "https://www.example.com/opinions/2021/09/12/a-senators-selfishness/",
    "https://example.org/2021/09/21/opinions/border-treatment-roe/index.html",
    "https://www.example.com/story/opinion/2021/09/09/anniversary/5672957001/",
    "https://example.com/opinion/op-eds/workers-deserve-better",
    "https://example.com/2021/tv/columns/a-streaming-chief-and-a-comic-1235089585/",
    "https://www.example.com/after-the-attacks-we-found-unity-opinion-1625990",
    "https://www.example.com/articles/the-debt-limit-games-11633463734?mod=hp_opin_pos_1",
    "https://www.example.com/articles/the-booster-debate-11630702772?mod=opinion_lead_pos1",
    "https://www.example.com/COMMENTARY/why-the-levy-fails.html",
    # sect20: the shared list (load.sections) brings provenance's "/columnist/"
    "https://example.org/columnist/ann-lee/the-levy-fails",
])
def test_an_opinion_address_is_recognised(url):
    assert link_reason(url)


@pytest.mark.parametrize("url", [
    None, "", "not a url at all",
    "https://www.example.com/2021/10/18/politics/court-rules-on-immunity/index.html",
    # a mixed category is not the opinion desk; news analysis is a news genre
    "http://www.example.com/index.php/news-by-category/politics-analyses-and-opinions/11765-vote",
    "https://www.example.com/news/analysis/why-the-vote-matters",
    # 'opinion' as a word of a news slug ('public opinion'), not the label before the id
    "https://www.example.com/2021/10/01/public-opinion-shifts-on-the-levy-poll-shows",
    "https://www.example.com/politics/opinion-poll-puts-mayor-ahead-1625990x",
    "https://www.example.com/news/story?id=79745171&mod=politics_lead_pos1",
])
def test_a_news_address_is_not_taken_for_opinion(url):
    assert link_reason(url) is None


@given(st.text(max_size=200))
def test_link_reason_never_raises(text):
    assert link_reason(text) is None or isinstance(link_reason(text), str)


_SEGMENT = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=12)


@given(st.lists(_SEGMENT, min_size=1, max_size=5), st.sampled_from(sorted(opinion_segments())),
       st.integers(min_value=0, max_value=5))
def test_an_opinion_segment_anywhere_in_the_path_is_recognised(segments, label, at):
    path = segments[:at] + [label] + segments[at:]
    assert link_reason("https://news.example.com/" + "/".join(path) + "/")


@given(st.lists(_SEGMENT.filter(lambda s: "opin" not in s and s not in opinion_segments()
                                and "editorial" not in s and "commentary" not in s
                                and "op-ed" not in s and "oped" not in s),
                min_size=1, max_size=5))
def test_a_path_without_an_opinion_label_is_news(segments):
    assert link_reason("https://news.example.com/" + "/".join(segments)) is None


def _opinion(text, url=None):
    doc = load_text(text, id="example", meta={"url": url} if url else None)
    return Narration(doc).opinion


SHORT_OPINION = (
    "Why the Levy Deserves a Second Look\n\n"
    "If you skipped the council's three-hour meeting on Tuesday, you might think the library "
    "levy was a settled matter and that our branches will simply carry on as before.\n\n"
    "They will not. The plan before the council trims opening hours at six branches and "
    "closes the mobile service outright, and the members who back it have offered no figures "
    "for the savings they promise...\n")


def test_a_short_opinion_excerpt_is_recognised_by_its_voice():
    assert "our" in (_opinion(SHORT_OPINION) or "")


def test_a_short_news_report_quoting_an_opinion_is_news():
    text = ("Council Delays Library Levy Vote\n\n"
            "The city council on Tuesday delayed a vote on the library levy after two hours of "
            "public comment.\n\n"
            "\u201cIf you close our branches, you close the only warm room some of our "
            "neighbours have,\u201d said Jane Roe, a retired teacher.\n\n"
            "The council will take up the measure again on Oct. 12, a spokesman said.\n")
    assert _opinion(text) is None


def test_a_short_news_story_with_a_first_person_quote_is_news():
    text = ("Firefighters Rescue Two From Flooded Cellar\n\n"
            "Two people were rescued from a flooded cellar on Main Street on Monday night, the "
            "fire department said.\n\n"
            "\u201cI heard you shouting and we went straight down,\u201d said John Doe, a "
            "neighbour. \u201cOur street floods every spring.\u201d\n\n"
            "Both were treated at the scene.\n")
    assert _opinion(text) is None


def test_the_outlets_own_we_and_a_service_offer_are_not_a_columnists_voice():
    text = ("New Laptops Unveiled at Developer Conference\n\n"
            "The company unveiled a refresh of its laptops on the conference's opening day.\n\n"
            "If you're happy with the older design, it will still be sold at a lower price. "
            "We're hearing nothing yet about the larger model, so it may have been shelved.\n\n"
            "Our weekly show covers the launch, and you can hear it live on Friday.\n")
    assert _opinion(text) is None


def test_a_news_address_keeps_a_news_text_news():
    text = ("Council Delays Library Levy Vote\n\n"
            "The city council on Tuesday delayed a vote on the library levy.\n")
    assert _opinion(text, "https://www.example.com/2021/10/05/news/levy-vote-delayed") is None


def _warned(rs, text, url=None):
    doc = load_text(text, id="example", meta={"url": url} if url else None)
    found = run_checks(Story([doc]), rs.with_selection(select="QC3"), documents=[doc])
    return [(f.code, doc.text[f.start:f.end]) for f in found if f.severity == "warning"]


EXCERPT = ("The Levy Vote\n\n"
           "The council's outrageous decision to close six library branches drew a crowd to "
           "City Hall on Tuesday, where members voted 5-2 to approve the cuts.\n")


def test_a_framing_word_warns_in_news_and_not_under_an_opinion_address(ruleset):
    assert ("QC331", "outrageous") in _warned(ruleset, EXCERPT)
    assert _warned(ruleset, EXCERPT, "https://www.example.com/opinions/2021/10/06/levy") == []


@pytest.mark.parametrize("example", load_data("opinion-voice")["address_segments"]["examples"])
def test_address_segment_examples(example):
    """opin28: the examples of ``[address_segments]`` (an /ideas/ essay is filed as opinion; a
    news desk's /blog/ or /blogs/ post, a live blog and a word inside a segment are not)."""
    assert opinion_segment(example["url"]) is example["opinion"]


def test_an_ideas_section_files_the_page_as_opinion():
    """opin28: '/ideas/' names an essay and opinion section; before, only the desk words did."""
    assert link_reason("https://magazine.example.com/ideas/archive/2020/01/the-case-against/1/")
