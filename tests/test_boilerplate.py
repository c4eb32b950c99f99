"""Page chrome: found, stripped before comparison, reported at info, kept as site type."""
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.load.boilerplate import boilerplate_detections, chrome_mask, find_chrome, site_types
from quotecheck.model import Document, Metadata
from quotecheck.text.textview import TextView
from rule_levels import level


def _kinds(text):
    return [(c.kind, text[c.start:c.end]) for c in find_chrome(text)]


def test_scraper_and_comment_form():
    text = "Story text here.\n\nSource link\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *"
    got = _kinds(text)
    assert ("scraper", "Source link") in got
    assert ("comment-form", "Leave a Reply") in got
    assert site_types(find_chrome(text)) == {"scraper", "comment-form"}


def test_paywall_and_donation_prompts():
    assert _kinds("Subscribe or upgrade your account to read:\n\nTitle")[0][0] == "paywall"
    assert _kinds("Register now for FREE and unlimited access to Reuters.com")[0][0] == "paywall"
    assert ("donation", "Support The Moscow Times!") in _kinds(" date 2022 Support The Moscow Times!\nContribute today")
    assert _kinds("Your donation to The Moscow Times directly supports us.")[0][0] == "donation"


def test_read_more_block_runs_to_the_end():
    text = "Last paragraph of the story.\n\nRead more\n\nAnother headline\n\nTeaser text."
    (kind, span), = _kinds(text)
    assert kind == "read-more" and span.startswith("Read more") and span.endswith("Teaser text.")


def test_inline_read_more_only_takes_the_words():
    text = "The hunt for “terrorists” continued. Read more\n\nNext paragraph."
    assert _kinds(text) == [("read-more", "Read more")]


def test_article_sentences_are_not_chrome():
    text = ("Officials said they would subscribe to the plan to read the riot act to protesters "
            "if the unrest continued, and several comments by ministers pointed the same way.")
    assert _kinds(text) == []


def test_captions_are_stripped_but_not_reported():
    text = "Putin at the meeting © Alexei Nikolsky/Sputnik/AP\n\nStory."
    chrome = find_chrome(text)
    assert chrome and chrome[0].kind == "caption" and not chrome[0].report
    doc = Document("d", "d", text, TextView.identity(text), Metadata())
    assert boilerplate_detections(doc, chrome) == []


def test_detections_are_info_with_spans():
    text = "Body.\n\nSource link"
    doc = Document("d", "d", text, TextView.identity(text), Metadata())
    (det,) = boilerplate_detections(doc, find_chrome(text))
    assert (det.rule_type, det.category, level(det)) == ("boilerplate", "boilerplate", "info")
    assert text[det.start:det.end] == "Source link"


@given(st.text(alphabet=st.sampled_from("ab Source link\nRead more©"), max_size=120))
def test_chrome_spans_sorted_disjoint_in_bounds(text):
    chrome = find_chrome(text)
    prev = 0
    for c in chrome:
        assert prev <= c.start < c.end <= len(text)
        prev = c.end
    assert len(chrome_mask(text, chrome)) == len(text)


def test_chrome_regions_are_original_spans_and_out_of_framing_scope():
    """Other articles' headlines under a "Read more" line are site chrome: framing rules
    (which ask ``Narration.in_scope``) must not judge them as the article's own words."""
    from quotecheck.framing.narration import Narration
    from quotecheck.load.boilerplate import chrome_regions
    from quotecheck.load.loader import load_text

    text = ("Floods hit the delta\n\nThe river rose overnight, officials said.\n\n"
            "Read more\n\nRegime Thugs Crush Dissent in Valley Town\n\nDonate today.\n")
    doc = load_text(text, "d")
    (s, e), = chrome_regions(doc)
    assert text[s:e].startswith("Read more") and text[s:e].rstrip().endswith("Donate today.")
    nar = Narration(doc)
    thugs = nar.view.text.index("thugs")
    assert not nar.in_scope("narration", thugs) and not nar.in_scope("headline", thugs)
    assert nar.in_scope("narration", nar.view.text.index("river"))
