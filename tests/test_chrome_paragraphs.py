"""Page chrome written as sentences (issue 11): a sign-up box, a donation appeal or a funding
disclaimer kept as an ordinary paragraph of a plain-text capture is chrome by what its
sentences say, however few of the outlet's documents print it; two unrelated stories of one
outlet that share only such a paragraph are not derived; a person's link card glued into a
sentence is no text of the narrator's. Snippets are invented, shaped like scraped pages."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quotecheck.load.boilerplate import chrome_regions
from quotecheck.load.chromesentences import is_chrome_paragraph, is_chrome_sentence
from furniture_helpers import block_kinds
from quotecheck.load.loader import load_text
from quotecheck.provenance.infer import infer_provenance

SIGN_UP = ("DAILY PLANET NEWSLETTERS Morning Memo Sign up now for the city hall briefing our "
           "readers open first. Sign Up Loading By signing up you consent to get newsletters and "
           "alerts from the Daily Planet. You may unsubscribe whenever you like. This form is "
           "protected by reCAPTCHA; Google's privacy terms apply.")
APPEAL = ("Support Independent Journalism The Planet is reader supported: if you can, chip in $5 "
          "to keep our flood reporting free.")
GRANT = ("The Planet's science desk is made possible by funding from the Example Trust. The "
         "Example Trust does not provide editorial input.")
NOTICE = ("Copyright 2019 Planet Media Co. All rights reserved. The content of this site may "
          "not be reproduced in any form without written consent.")
JOIN = "Join the conversation Share your comments with Planet Health on our social pages."
PAYWALL = ("Editor\u2019s note: As a public service, every flood story on the Planet is free "
           "to read.")
BOX = ("Ready to act? Sign up for Weekly Action and get three steps in your inbox every week. "
       "You will also receive occasional marketing emails from our partners. Read our privacy "
       "notice for details.")


def _kinds(*lines: str) -> dict:
    text = "\n\n".join(lines) + "\n"
    return block_kinds(text)


def test_a_sign_up_box_printed_as_a_paragraph_is_chrome():
    body = ("The council voted on Tuesday to close two libraries, a decision the mayor said "
            "would save money.")
    kinds = _kinds("Council closes libraries", body, SIGN_UP, BOX, APPEAL, GRANT, NOTICE, JOIN,
                   PAYWALL)
    assert kinds[body] == "body"
    assert [kinds[x] for x in (SIGN_UP, BOX, APPEAL, GRANT, NOTICE, JOIN, PAYWALL)] == (
        ["chrome"] * 7)


def test_news_sentences_about_signing_up_stay_text():
    for line in ("Hundreds of parents joined the study last year, the lead researcher said, "
                 "and she expects more families to sign up for it this spring.",
                 "Residents can sign up for the vaccine at any pharmacy, the health "
                 "department said on Monday.",
                 "The foundation said its grant would pay for two reporters. It does not "
                 "provide editorial input, the newspaper's editor said in a statement to "
                 "staff on Friday.",
                 "Copyright law protects the song, the judge said, and the band must pay."):
        assert not is_chrome_paragraph(line), line
    # a chrome sentence inside a paragraph of story text leaves the paragraph text
    assert not is_chrome_paragraph("Sign up for the lottery closed on Friday. The city "
                                   "received more than twelve thousand applications for the "
                                   "two hundred flats, officials said.")


def test_a_title_case_label_may_precede_the_chrome_words_but_no_sentence_may():
    assert is_chrome_sentence("Travel With The Planet Be the first to hear about our trips.")
    assert not is_chrome_sentence("The mayor said residents should be the first to hear "
                                  "about it.")


def _story(n: int, tail: str) -> str:
    topics = ("The river flooded three villages overnight and the army sent boats to carry "
              "families to higher ground, officials said on Sunday.",
              "A court in the capital sentenced a former minister to six years in prison for "
              "taking bribes from a construction firm, the judge ruled.")
    other = ("Farmers said the water destroyed most of the wheat harvest in the valley.",
             "The minister's lawyers said they would appeal the verdict within a month.")
    return "\n\n".join([f"Story {n} headline", topics[n], other[n], tail]) + "\n"


def test_two_stories_of_one_outlet_sharing_only_a_sign_up_box_are_not_derived():
    docs = [load_text(_story(n, SIGN_UP + "\n\n" + GRANT), f"planet{n}.txt",
                      meta={"outlet": "Daily Planet", "published": f"2020-07-1{n + 3}"})
            for n in (0, 1)]
    assert infer_provenance(docs, []).edges == []


def test_a_glued_link_card_is_not_the_article():
    text = ("Democrats vow to act if nominee Jane Roe Jane Q. RoeCity council passes budget "
            "Roe slams rival's 'awful' plan Roe visits the coast MORE is elected in November.\n")
    doc = load_text(text, "card.txt")
    spans = chrome_regions(doc)
    assert any(text[s:e].startswith("Jane Q. RoeCity council") and text[s:e].endswith("MORE")
               for s, e in spans)
    assert any(s <= text.index("slams") < e for s, e in spans)
    assert not any(s <= text.index("Democrats") < e or s <= text.index("Jane Roe") < e
                   for s, e in spans)


_WORDS = st.text(alphabet=st.sampled_from("abcdefgh ,."), min_size=0, max_size=200)


@given(_WORDS)
def test_text_without_chrome_words_is_never_a_chrome_paragraph(line):
    assert not is_chrome_paragraph(line)


@given(_WORDS)
def test_a_long_sentence_of_story_text_keeps_any_paragraph_text(line):
    story = ("The minister said the budget would pass before the summer recess, according "
             "to two officials. ")
    assert not is_chrome_paragraph(story + line + " " + SIGN_UP)


def test_a_bracketed_related_headline_inside_a_paragraph_is_a_related_region():
    from quotecheck.quotes.extract import extract_quotes

    text = ("Council passes budget\n\nThe council passed the budget on Monday after a long "
            "debate. (RELATED: Senator Fires Back At Critics Calling Him A \u2018Token\u2019 "
            "Hire) The mayor said the vote was \u201ca good day for the city.\u201d\n")
    doc = load_text(text, "link.txt")
    related = [text[s:e] for k, s, e in doc.regions if k == "related"]
    assert related == ["(RELATED: Senator Fires Back At Critics Calling Him A \u2018Token\u2019 "
                       "Hire)"]
    quoted = [q.text for q in extract_quotes(doc)]
    assert not any("Token" in q for q in quoted)
    assert any("good day" in q for q in quoted)


def test_a_sign_up_box_glued_to_a_story_paragraph_is_no_evidence_between_two_pages():
    # the capture glued the box to the story's last paragraph, so the line stays text; the
    # outlet has two documents only, too few to learn the box by recurrence
    glued = ("The agency said more rain was expected on Thursday. " + SIGN_UP + " " + GRANT)
    docs = [load_text(_story(n, glued), f"planet{n}.txt",
                      meta={"outlet": "Daily Planet", "published": f"2020-07-1{n + 3}"})
            for n in (0, 1)]
    assert infer_provenance(docs, []).edges == []
