"""Page furniture apart from article text: one test per kind (snippets shaped like scraped news
pages), the recurring-line-per-outlet rule, the JSON field, the HTML report's greyed class,
and that later stages read body text only (through the CLI and the library)."""
from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.cli import main
from furniture_helpers import block_kinds
from quotecheck.load.furniture import furniture_regions, view_regions
from quotecheck.load.loader import load_paths, load_text
from quotecheck.load.recurring import with_outlet_chrome
from quotecheck.provenance.derivation import prepare
from quotecheck.provenance.integrity import text_debris
from quotecheck.quotes.extract import extract_quotes
from quotecheck.text.textview import TextView

BODY = ("The streaming company reversed its policy on Friday, three weeks after it removed "
        "the singer from its playlists and recommendations.")


kinds = block_kinds


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


# -- one test per kind -----------------------------------------------------------------
def test_headline_is_the_short_unpunctuated_first_line():
    text = page("Spotify on R. Kelly ban: \u2018We rolled this out wrong\u2019", BODY)
    assert kinds(text) == {text.split("\n")[0]: "headline", BODY: "body"}


def test_first_line_that_is_a_sentence_is_no_headline():
    text = page(BODY, "Shares of Acme fell $2.14 on Monday, to $88.40.")
    assert set(kinds(text).values()) == {"body"}


def test_bylines():
    for line in ("By Dana Holt , CNN", "By Martin K. Osei",
                 "Ruth L. Baker and Omar Sidi, Associated Press", "By The Associated Press",
                 "ruth.baker@wsj.com", "CNET's Ida M. Kern contributed to this report."):
        assert kinds(page("Headline Here", line, BODY))[line] == "byline", line


def test_datelines_alone_and_as_a_paragraph_prefix():
    for line in ("Updated 4:12 PM ET, Tue March 6, 2018", "May 31, 2019 / 10:50 AM", "40m ago",
                 "(CNN)", "NEW YORK", "Published 9:05 am, Monday, March 5, 2018"):
        assert kinds(page("Headline Here", line, BODY))[line] == "dateline", line
    text = page("Headline Here", "WASHINGTON (Reuters) - " + BODY)
    regions = view_regions(text)
    assert ("dateline", text.index("WASHINGTON"), text.index(" - ") + 2) in regions
    assert not any(k == "dateline" and e > text.index("The streaming") for k, s, e in regions)



def test_wire_notes_to_editors_are_chrome():
    """A wire story's notes to editors are no text of the story: no quotation from them."""
    for line in ("(EDS: MOVING TO General news and National political categories.)",
                 "(For use by Lakeside Herald News Service clients)", "(ATTN: Ore., Wash.)",
                 "(ART ADV: Map is being sent to photo clients.)",
                 "(To publish this ``separate buy'' story, it must first be bought",
                 "(--Europe and Asia: a sales desk in Paris"):
        assert kinds(page("Headline Here", line, BODY))[line] == "chrome", line
    assert kinds(page("Headline Here", BODY))[BODY] == "body"


def test_ascii_wire_dateline_prefix_with_an_underscore_dash():
    """ASCII wire copy writes the dateline dash as a spaced underscore ("(AP) _")."""
    text = page("Headline Here", "SYDNEY, Australia (AP) _ " + BODY)
    assert ("dateline", text.index("SYDNEY"), text.index(" _ ") + 2) in view_regions(text)


def test_captions_and_photo_credits():
    for line in ("Photo: Frank Micelotta, Frank Micelotta/Invision/AP",
                 "Charley Gallay/Getty Images for Spotify", "(Philip Bump/The Washington Post)",
                 "Image: Getty", "Screenshot: YouTube",
                 "The singer performs in Los Angeles in 2013. Jane Doe/Getty Images hide caption",
                 "Photos: The halftime show The singer performed three of his older hits and "
                 "two new songs, with a marching band, a choir and some two hundred dancers "
                 "on the field, before the fireworks over the stadium roof. Hide Caption 2 "
                 "of 12"):
        assert kinds(page("Headline Here", BODY, line, BODY + " More."))[line] == "caption", line


def test_a_wire_photo_caption_paragraph_ending_in_its_credit_is_a_caption():
    # caption paragraphs of wire photos (handouts, file photos) end with the photo credit,
    # sometimes followed by the agency again; a body paragraph with a parenthesis stays body
    leads = ("This Jan. 4, 2019 photo made available by the Harbor Authority shows a container "
             "ship at the quay in Portmoor. With room for 20,000 containers the ship will be the "
             "largest ever to call at the port. ",
             "Harbor workers in Portmoor, Ore., clear snow from the quay on Tuesday, Jan. 8, "
             "2019, after a record storm. The weather service says the storm brought 30 inches "
             "in two days, a new record for the town, and more is expected. ")
    for lead in leads:
        for credit in ("(AP Photo/Ola Berg, File)", "(Harbor Authority via AP) (Associated Press)",
                       "(Photo by Jane Roe/Invision/AP,File) (Associated Press)",
                       "(Carl Ruiz/Pool via AP) (Photo: The Associated Press)",
                       "(Ana Lind/dpa via AP, file) ( /Associated Press)"):
            line = lead + credit
            text = page("Headline Here", BODY, line, BODY + " More.")
            assert kinds(text)[line] == "caption", line
    for line in ("The port authority said the photographs (released via AP on Tuesday) show "
                 "the ship at the quay.", BODY + " (Reporting by Jane Roe; editing by Ann Lee)"):
        assert kinds(page("Headline Here", line, BODY + " More."))[line] != "caption", line


def test_caption_text_printed_twice_beside_its_credit():
    cap = "Daniel Ek, chief executive officer of Spotify, speaks in New York on May 20, 2015."
    text = page("Headline Here", cap, cap, "Photo: Bloomberg Photo By Akio Kon", BODY)
    k = kinds(text)
    assert k[cap] == "caption" and k[BODY] == "body"


def test_embedded_tweet_is_one_region_with_its_signature():
    tweet = "Put plainly, any tax plan that raises the price of salsa is a bad idea."
    sig = "\u2014 Dana Holt (@DanaHoltSen) March 3, 2017"
    text = page("Headline Here", "The senator wrote:", tweet, "pic.twitter.com/abc123", sig, BODY)
    k = kinds(text)
    assert k["The senator wrote:"] == "body"
    assert k[tweet] == k["pic.twitter.com/abc123"] == k[sig] == "embedded-post"
    assert k[BODY] == "body"


def test_a_tweet_printed_on_one_line_with_its_signature_is_an_embed_quoted_as_its_author():
    post = ("The great @costar & I called it a day over the holidays. No fight - we just live "
            "on different coasts & it got hard.")
    line = post + " \u2014 Jane Roe (@JaneRoeComic) February 5, 2018"
    text = page("Comic and actor split", "The comedian announced the news on Monday.", line,
                BODY)
    k = kinds(text)
    assert k[line] == "embedded-post" and k[BODY] == "body"
    assert k["The comedian announced the news on Monday."] == "body"
    doc = load_text(text, "one-line-embed.txt")
    posts = [q for q in extract_quotes(doc) if q.speaker == "Jane Roe"]
    assert [q.text for q in posts] == [post]
    # a sentence that merely mentions a handle and a date is no embed
    prose = "She posted it \u2014 as Jane Roe (@JaneRoeComic) February 5, 2018 \u2014 to fans."
    assert kinds(page("Headline Here", prose))[prose] == "body"


def test_instagram_signature():
    post = "Thank you all for the love on tour"
    sig = "A post shared by Jane Doe (@janedoe) on Mar 3, 2024 at 10:01am PST"
    assert kinds(page("Headline Here", BODY, post, sig))[post] == "embedded-post"


def test_related_links_after_a_heading_and_in_runs():
    text = page("Headline Here", BODY, "Read More", "Tiffany's Turnaround Plan Is Turning Out Well",
                "Sears Will Close 72 More Stores", BODY + " Again.")
    k = kinds(text)
    assert k["Read More"] == k["Sears Will Close 72 More Stores"] == "related"
    assert k[BODY + " Again."] == "body"    # the block ends at article text


def test_a_heading_printed_with_its_links_on_one_line_is_related_links():
    line = ("MOST READ IN NEWS BIG FREEZE Snow to hit the north as Arctic blast sweeps in "
            "'TOTAL CHAOS' Thugs storm seaside arcade and smash machines on Friday night "
            "PAY UP Council fines drivers for blocking yellow box junctions")
    related = ("Related Stories 'WORST YET' Rebel chief mocks reports he was hurt CROOKS' "
               "PARADISE How a resort town became a haven for Brit gangsters")
    sentence = ("Most read in news this year was the flood coverage, the editor said, "
                "and the paper plans more of it.")
    k = kinds(page("Headline Here", BODY, line, BODY + " More.", related, sentence))
    assert k[line] == k[related] == "related"
    assert k[sentence] == "body" and k[BODY] == "body"


def test_a_video_playlist_flattened_into_one_line_is_related_links():
    topics = ["rocket engine", "currency paper", "car orders", "tunnel plan", "solar roof",
              "truck design", "battery plant", "satellite fleet", "space suit", "chip supply",
              "factory strike", "launch delay"]
    items = [f"{t.title()} news | 0:{n + 30} What the {t} story means for buyers, workers and "
             f"the {n}th quarter, in {n + 40} seconds." for n, t in enumerate(topics)]
    line = " ".join(f"Next in Next x Embed x Share CLOSE THE DAY IN BRIEF {it} Daily "
                    f"Video {n} of 41" for n, it in enumerate(items, 1))
    assert len(line) > 800
    prose = " ".join([BODY, "The board met again on Monday to review the decision and said "
                      "it would publish its minutes within a week.", "Critics called for an "
                      "independent inquiry, while two former members defended the process.",
                      "A spokesman for the regulator declined to comment on the timing.",
                      "Shares in the company rose three percent in early trading after the "
                      "announcement, recovering most of the losses of the previous session.",
                      "Analysts at two banks raised their forecasts for the year, citing "
                      "stronger subscriptions in Europe and a weaker dollar.", "The company "
                      "is due to report its quarterly results at the end of the month, when "
                      "it is expected to say more about the policy and its costs, and about "
                      "the new markets it plans to open next year."])
    assert len(prose) > 800
    repeated = "1,000 troops " * 200        # a text that only repeats itself is no list
    k = kinds(page("Headline Here", BODY, line, prose, repeated.strip()))
    assert k[line] == "related" and k[prose] == k[repeated.strip()] == "body"


def test_a_whole_article_on_one_line_naming_one_agency_often_is_body_not_a_carousel():
    """A scrape that keeps no paragraph breaks: the whole article is one line of thousands of
    characters, and a name of five words ("the regional clean energy agency") comes back three
    or four times. A carousel's controls come back between every item; a name in prose does
    not, so the article stays body."""
    name = "the regional clean energy agency"
    sentences = [f"Funding from {name} will cover half of the cost of the new battery plant.",
                 "The developer said construction would start in the autumn and take two years.",
                 "Around 120 people are expected to work on the site at the peak of building.",
                 f"A spokeswoman for {name} said the grant was the largest it had made so far.",
                 "The plant will store power from three solar farms in the surrounding district.",
                 "Local councillors welcomed the project but asked for more detail on traffic.",
                 "The operator plans to connect the plant to the grid by the end of next year.",
                 f"Last year {name} backed two smaller projects in the north of the state.",
                 "Both are now running, and one has doubled its output since it opened.",
                 f"The head of {name} is due to visit the site when work begins."]
    line = " ".join(sentences)
    assert len(line) > 800 and line.count(name) == 4
    k = kinds(page(line))
    assert k[line] == "body"


def test_a_link_headline_ending_in_a_quoted_phrase_stays_in_its_list():
    first = "The rumours of this bear's escape were greatly exaggerated"
    quoted = "One of the rarest tigers has died in a city's infamous \u2018zoo of sorrows\u2019"
    last = "A keeper was feeding the lions at night, then the gate gave way"
    k = kinds(page("Headline Here", BODY, "Read More:", first, quoted, last))
    assert k[first] == k[quoted] == k[last] == "related"


def test_a_gallery_slide_with_its_counter_and_date_is_a_caption():
    slide = ("4/34 27 November 2017 Two visitors wait outside the palace after hearing the "
             "news of the engagement, holding flags and flowers. Rex Features")
    year = ("8/16 2009 A woman carries her nephew past a shelter at a camp after they "
            "left their town. (Kandor, March 9, 2009) Jane Roe")
    k = kinds(page("Headline Here", BODY, slide, BODY + " More.", year))
    assert k[slide] == k[year] == "caption" and k[BODY] == "body"


def test_chrome_lines():
    for line in ("Share this article", "Advertisement", "SUBSCRIBE", "Join the Conversation",
                 "Story continues below advertisement", "Continue Reading Below", "Email",
                 "Story continues below advertisement.", "Article Continued Below"):
        assert kinds(page("Headline Here", BODY, line, BODY + " More."))[line] == "chrome", line


def test_leaked_script_and_json():
    js = ("window._widgets = window._widgets || []; _widgets.push({ mode: 'tiles-b', "
          "container: 'widget-gallery', placement: 'Gallery Tiles' });")
    blob = '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Spotify"}'
    k = kinds(page("Headline Here", BODY, js, blob))
    assert k[js] == k[blob] == "code"


def test_a_sentence_broken_by_the_scrape_is_body_not_a_subhead():
    text = page("Headline Here", BODY, "a statement Tuesday. Acme",
                "adopted the rules in May, a step that included dropping the band.")
    assert set(kinds(text).values()) == {"headline", "body"}
    assert kinds(text)["a statement Tuesday. Acme"] == "body"


def test_prose_with_a_semicolon_and_quotes_is_body():
    line = ('"We mean to host many kinds of views," Lund said; the firm would not '
            'say which acts were dropped.')
    assert kinds(page("Headline Here", line))[line] == "body"


# -- HTML -------------------------------------------------------------------------------
HTML = """<html><head><title>t</title></head><body>
<article><h1>Spotify reverses its policy</h1>
<div class="article-byline">By Jane Roe</div>
<p>The company reversed its policy on Friday, three weeks after it removed the singer.</p>
<figure><img src="x.jpg"><figcaption>The singer on stage in 2013.</figcaption></figure>
<p>&ldquo;We rolled this out wrong,&rdquo; Ek said on Thursday at the conference.</p>
<blockquote class="twitter-tweet"><p>We will keep listening to artists.</p>
&mdash; Jane Doe (@jdoe) <a href="https://twitter.com/jdoe/status/1">March 3, 2024</a></blockquote>
<nav><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul></nav>
<p>Read the latest: <a href="/c">More on streaming services and their policies</a></p>
</article></body></html>"""


def test_html_blocks_take_their_kind_from_markup():
    doc = load_text(HTML, "p.html", fmt="html")
    by_text = {doc.text[s:e].strip(): k for k, s, e in doc.regions}
    assert by_text["Spotify reverses its policy"] == "headline"
    assert by_text["By Jane Roe"] == "byline"
    assert by_text["The singer on stage in 2013."] == "caption"
    assert any(k == "related" and "Other story one" in t for t, k in by_text.items())
    assert any(k == "embedded-post" and "keep listening" in t for t, k in by_text.items())
    assert any(k == "related" and "Read the latest" in t for t, k in by_text.items())
    quotes = extract_quotes(doc)
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We rolled this out wrong,", "Ek"), ("We will keep listening to artists.", "Jane Doe")]


# -- the run: recurring lines per outlet ---------------------------------------------------
def _story(n: int, tail: str, outlet: str) -> str:
    return page(f"Story number {n} about the census", f"Paragraph {n} says one thing. " + BODY,
                tail, f"Another paragraph {n} ends the story with a number {n * 7}.")


def _docs(texts_outlets):
    return [load_text(t, f"d{i}.txt", meta={"outlet": o})
            for i, (t, o) in enumerate(texts_outlets)]


def test_a_line_recurring_in_one_outlets_documents_is_its_chrome():
    promo = "The Courier Morning Briefing with Jane Roe"   # not chrome by its words alone
    docs = with_outlet_chrome(_docs([(_story(1, promo, "A"), "A"), (_story(2, promo, "A"), "A"),
                                     (_story(3, promo, "B"), "B")]))
    marked = [[d.text[s:e] for k, s, e in d.regions if k == "chrome"] for d in docs]
    assert marked[0] == [promo] and marked[1] == [promo]
    assert marked[2] == []      # once at outlet B: nothing learnt there


def test_a_sentence_needs_three_documents_and_copies_of_one_story_do_not_count():
    line = "The appeals panel should decide the matter before the autumn recess."
    two = with_outlet_chrome(_docs([(_story(1, line, "A"), "A"), (_story(2, line, "A"), "A")]))
    assert not any(k == "chrome" for d in two for k, *_ in d.regions)
    three = with_outlet_chrome(_docs([(_story(n, line, "A"), "A") for n in (1, 2, 3)]))
    assert all(any(k == "chrome" for k, *_ in d.regions) for d in three)
    copies = with_outlet_chrome(_docs([(_story(1, line, "A"), "A")] * 3))
    assert not any(k == "chrome" for d in copies for k, *_ in d.regions)




def _other_story(n: int, tail: str) -> str:
    return page(f"Story number {n}", f"Paragraph {n} of this story says thing {n}.", tail,
                f"Another paragraph {n} ends the story with a number {n * 7}.")


def test_a_long_standing_paragraph_needs_four_documents_of_one_outlet():
    # a tips box or transcript footer printed as one paragraph under unrelated stories
    tips = ("Got a tip? Our Daily Planet reporters want to hear from you, and we reward good leads. "
            "Write to tips@planet.example or ring 0207 555 0100 . Footage is welcome as well. "
            "Use the upload button and say where and when you shot it, thank you.")
    assert len(tips.split()) > 30
    three = with_outlet_chrome(_docs([(_other_story(n, tips), "A") for n in (1, 2, 3)]))
    assert not any(k == "chrome" for d in three for k, *_ in d.regions)
    four = with_outlet_chrome(_docs([(_other_story(n, tips), "A") for n in (1, 2, 3, 4)]))
    assert all([d.text[s:e] for k, s, e in d.regions if k == "chrome"] == [tips] for d in four)
    copies = with_outlet_chrome(_docs([(_other_story(1, tips), "A")] * 4))
    assert not any(k == "chrome" for d in copies for k, *_ in d.regions)


def test_a_sign_up_box_naming_another_newsletter_on_each_page_is_chrome():
    box = ("Sign Up Continue reading below. Interested in {}? The {} newsletter keeps you "
           "up to date. Please show you're not a bot by ticking the box. Invalid email "
           "address. Please type it again. You must pick a newsletter to sign up for.")
    names = ("Science", "Weather", "Football", "Cooking")
    docs = with_outlet_chrome(_docs([(_other_story(n, box.format(x, x)), "A")
                                     for n, x in enumerate(names, 1)]))
    for d in docs:
        chrome = [d.text[s:e] for k, s, e in d.regions if k == "chrome"]
        assert chrome == ["Please show you're not a bot by ticking the box. Invalid email "
                          "address. Please type it again. You must pick a newsletter to "
                          "sign up for."]
    # three stories only: nothing learnt
    three = with_outlet_chrome(_docs([(_other_story(n, box.format(x, x)), "A")
                                      for n, x in enumerate(names[:3], 1)]))
    assert not any(k == "chrome" for d in three for k, *_ in d.regions)
# -- later stages read body text only ---------------------------------------------------------
ARTICLE = page(
    "Senator mocks tariff plan",
    "By Jane Roe, Associated Press",
    "WASHINGTON (AP) \u2014 The senator mocked the plan on Thursday as a tax on tacos, "
    "aides said.",
    "He wrote on Twitter:",
    "Put plainly, any tax plan that raises the price of salsa is a really bad idea.",
    "\u2014 Dana Holt (@DanaHoltSen) March 3, 2017",
    'Photo: "Smiles" by John Doe/Getty Images',
    "Read more",
    'Trump says "no deal" on tariffs',
    '"We will keep going," the senator said later, adding that talks would go on.',
    "___",
)


def _cli_json(*args) -> dict:
    buf = io.StringIO()
    with redirect_stdout(buf):
        code = main(list(args))
    assert code in (0, 1)
    return json.loads(buf.getvalue())


def test_cli_takes_no_quotation_from_furniture_and_quotes_the_post_as_its_author(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    report = _cli_json("quotes", "--format", "json", str(path))
    got = [(q["text"], q["speaker"]) for q in report["quotes"]]
    assert got == [
        ("Put plainly, any tax plan that raises the price of salsa is a really bad "
         "idea.", "Dana Holt"),
        ("We will keep going,", "senator"),
    ]   # not "Smiles" (a caption) nor "no deal" (a related link); not Jane Roe (a byline)
    regions = report["documents"][0]["regions"]
    assert {r["kind"] for r in regions} >= {"headline", "byline", "dateline", "embedded-post",
                                            "caption", "related", "chrome"}
    for r in regions:
        assert 0 <= r["start"] < r["end"] <= len(ARTICLE)


def test_no_framing_warning_in_other_pages_headlines(tmp_path):
    links = ("MOST READ IN NEWS HARBOUR RAID Thugs storm seaside arcade and smash machines "
             "'TOTAL CHAOS' Crooks flee with cash as police hunt two men")
    text = page("Council approves harbour plan",
                "The council approved the harbour plan on Tuesday after a long debate.",
                links, "Thugs smashed the windows of the council offices overnight.")
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    report = _cli_json("compare", "--format", "json", "--fail-on", "never", str(tmp_path))
    flagged = [(f["start"], text[f["start"]:f["end"]]) for f in report["findings"]
               if f["code"] in ("QC330", "QC331")]
    # the narration's own word, not the list of other stories' headlines
    assert flagged == [(text.rindex("Thugs"), "Thugs")]


def test_json_regions_follow_the_contract(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    report = _cli_json("quotes", "--format", "json", str(path))
    schema = Path(__file__).parent / "data" / "report.schema.json"
    jsonschema.validate(report, json.loads(schema.read_text(encoding="utf-8")))
    bad = json.loads(json.dumps(report))
    bad["documents"][0]["regions"][0]["kind"] = "sidebar"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, json.loads(schema.read_text(encoding="utf-8")))


def test_no_debris_or_derivation_evidence_from_furniture():
    text = page("Headline Here", "Photo: Jane (Doe/Getty Images", BODY,
                "Related: Spotify Is Back (( On Top", BODY + " And more.")
    doc = load_text(text, "d.txt")
    dt = prepare(doc)
    debris = [text[d.start:d.end] for d in text_debris(dt)]
    assert debris == []
    for sent in dt.sentences:
        assert "Getty" not in text[sent.start:sent.end]
        assert "Spotify Is Back" not in text[sent.start:sent.end]
    plain = prepare(load_text(text, "d.txt").__class__(
        "e.txt", "e.txt", text, TextView.identity(text)))   # same text, no regions
    assert len(plain.sentences) > len(dt.sentences)


def test_html_report_greys_furniture(tmp_path):
    from quotecheck_plugins import report_html

    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    docs = load_paths([str(path)]).documents
    from quotecheck.model import Report

    payload, _ = report_html.build_payload(Report("quotes", documents=docs), "t")
    fur = payload["docs"][0]["fur"]
    assert ["byline", ARTICLE.index("By Jane"), ARTICLE.index("By Jane") + 29] in fur
    html = report_html.render_html(Report("quotes", documents=docs))
    assert "qc-furniture" in html and ".qc-text .qc-furniture" in html


# -- properties -------------------------------------------------------------------------
_LINES = st.sampled_from([
    "", "By Jane Doe", "Photo: X/Getty Images", "NEW YORK", "Share", "Read more", BODY,
    "\u2014 Jane Doe (@jdoe) March 3, 2024", "window.x = 1; var y = {a: 'b'};", "(AP) \u2014 Hi.",
    "Short Title Line", '"Quote," she said.', "WASHINGTON (Reuters) - Words here.",
])


@given(st.lists(st.one_of(_LINES, st.text(max_size=40)), max_size=12),
       st.sampled_from(["\n", "\n\n", " \n\r\n"]))
def test_regions_within_bounds_sorted_and_disjoint(lines, sep):
    text = sep.join(lines)
    for fmt in ("text", "markdown", "html"):
        doc = load_text(text, "d", fmt=fmt)
        regions = furniture_regions(doc.view, text, fmt)
        assert regions == doc.regions
        last = 0
        for kind, s, e in regions:
            assert kind in ("headline", "byline", "dateline", "caption", "embedded-post",
                            "related", "chrome", "code")
            assert last <= s < e <= len(text)
            last = e

