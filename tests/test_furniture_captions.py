"""Captions and links scraped inline with article text (issue 11, real multi-outlet news): a
photo credit glued to its caption ("Reuters Police stand guard ..."), a bracketed link to
another story, "More:" and "Related" before one linked headline. Snippets are our own,
shaped like scraped tabloid and newspaper pages; framing rules do not read captions."""
from __future__ import annotations

import io
import json
from contextlib import redirect_stdout

from quotecheck.cli import main
from furniture_helpers import block_kinds
from quotecheck.load.furniture import shape_kind

BODY = ("The council approved the harbour plan on Tuesday after a long debate, and work "
        "is due to start in the spring.")


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


kinds = block_kinds


CREDITED = [
    "Reuters Police stand guard outside the embassy after the protest on Sunday",
    "AP:Associated Press Security forces claimed to have captured the rebel commander",
    "Getty - Contributor Fans queue outside the stadium hours before the final",
    "Getty Images - Getty Soldiers take part in a live fire exercise near the border",
    "AFP or licensors The rocket was fired from a site near the capital before dawn",
    "Twitter / @harbourwatch Staff insisted the fence was safe and said \"anyone could climb it\"",
    "SWNS \u2022 PA A survivor described the crash which left seven people dead",
    "Usa Today Sports The catcher is carried off the field after the final out",
]


def test_a_credit_glued_to_its_caption_is_a_caption():
    for line in CREDITED:
        assert shape_kind(line) == "caption", line
        k = kinds(page("Harbour plan approved", BODY, line, BODY + " More."))
        assert k[line] == "caption" and k[BODY] == "body", line


def test_a_pictures_label_printed_before_its_caption_is_a_caption():
    for line in ("Image copyright Getty Images Image caption The two rivals met at the summit in May",
                 "Image caption Rescue teams searched the site through the night",
                 "Enlarge this image toggle caption Jane Doe/Harbour Agency Jane Doe/Harbour Agency"):
        k = kinds(page("Harbour plan approved", BODY, line, BODY + " More."))
        assert k[line] == "caption", line
    assert shape_kind("The image caption was wrong, the editor said later.") == "body"


def test_sentences_that_name_an_agency_or_a_platform_first_stay_what_they_are():
    for line in ("Reuters could not independently verify the figures.",
                 "Reuters Breakingviews columnists said the bid was too low.",
                 "Facebook said the app is \"a trusted place for millions of families\".",
                 "Twitter users around the world shared pictures of the moon."):
        assert shape_kind(line) == "body", line
    # a title-case headline that starts with a platform's name, a credit with a date
    assert shape_kind("YouTube Music Is Nowhere Near Becoming a Netflix Rival") == "body"
    assert shape_kind("BBC Radio 6 Music") == "body"
    assert shape_kind("AP June 1, 2018, 10:35 PM") == "dateline"


def test_links_among_credited_captions_are_related_links():
    caption = "EPA Troops fired a missile towards the sea following the launch"
    link = "The North has issued a furious response after the new sanctions on exports"
    k = kinds(page("Missile launch condemned", BODY, caption, link, BODY + " Again."))
    assert k[caption] == "caption" and k[link] == "related"
    # an uncredited caption (a gallery's, a figure's) does not make the headline after it a link
    photo = ("In this June 30, 2013 file photo, the singer performs at an awards show in "
             "Los Angeles. The company said on Thursday it had changed its policy.")
    title = "Streaming company says new policy was rolled out incorrectly"
    k = kinds(page("Streaming company reverses policy", "Photo: Jane Doe/AP", photo, title,
                   BODY))
    assert k[title] != "related"


def test_links_printed_inline_with_the_text():
    for line in ("[Graphic: The toll of the attacks on civilians]",
                 "[What are the leaked papers?]",
                 "[ The rover's five-year journey \u2014 in one photo ]",
                 "More: Regulators fine chipmaker for paying a phone maker",
                 "ALSO READ: Dog found frozen on its porch amid cold snap",
                 "Related What Do the Awards Have Against Women? Why the so-called "
                 "\"welcome mat\" to artists isn't enough"):
        k = kinds(page("Harbour plan approved", BODY, line, BODY + " More."))
        assert k[line] == "related", line
    for line in ("[Editor\u2019s note: This story has been updated with the council's vote.]",
                 "[The account below is based on recordings of police radio.]",
                 "More about the planned launch:",
                 "Related Companies said on Monday that it would build the tower."):
        k = kinds(page("Harbour plan approved", BODY, line, BODY + " More."))
        assert k[line] not in ("related", "caption"), line


def _framing_warnings(tmp_path, text: str) -> list:
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    buf = io.StringIO()
    with redirect_stdout(buf):
        main(["compare", "--format", "json", "--fail-on", "never", str(tmp_path)])
    report = json.loads(buf.getvalue())
    return [text[f["start"]:f["end"]] for f in report["findings"]
            if f["code"].startswith("QC3") and f["severity"] in ("warning", "error")]


def test_no_framing_warning_in_a_caption_or_an_inline_link(tmp_path):
    caption = ("Reuters The company baselessly claimed it had no knowledge of the breach when three "
               "of its executives sold their shares")
    link = "[Graphic: The brutal toll of the attacks on civilians]"
    text = page("Breach hits millions of customers",
                "The breach exposed the records of millions of customers, the company said.",
                caption,
                "Investigators said the records were taken over several months last year.",
                link,
                "The company claimed, without evidence, that the breach was contained.")
    flagged = _framing_warnings(tmp_path, text)
    assert flagged.count("claimed") == 1       # the body sentence's, not the caption's
    assert "brutal" not in flagged
