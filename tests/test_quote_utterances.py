"""One utterance per comparison (issue 11, real multi-outlet news): two posts printed one
after another are two quotations, and an updated story that adds a new statement beside the
one it kept does not have the new statement compared with the old one. Snippets are our own,
shaped like scraped news pages."""
from __future__ import annotations

import io
import json
from contextlib import redirect_stdout

from quotecheck.cli import main
from quotecheck.load.embedposts import embedded_posts
from quotecheck.load.loader import load_text

FIRST = ("Rocket to fly next month from the old lunar pad. Will have twice the thrust of any "
         "other rocket. Sure to be exciting, one way or another.")
SECOND = ("Cargo will be my old red pickup truck playing loud rock songs. Destination is lunar "
          "orbit.")
SIG = " \u2014 Jane Founder (@janefounder) March 2, 2024"


def _json(*args) -> dict:
    buf = io.StringIO()
    with redirect_stdout(buf):
        main(list(args))
    return json.loads(buf.getvalue())


def test_posts_printed_one_after_another_are_one_quotation_each():
    text = ("Founder sets launch date\n\nThe founder announced the date on Friday.\n\n"
            + FIRST + SIG + "\n\n" + SECOND + SIG + "\n\nThe company declined to comment.\n")
    doc = load_text(text, "a.txt")
    posts = [(doc.view.text[s:e], author) for s, e, author in embedded_posts(doc)]
    assert posts == [(FIRST, "Jane Founder"), (SECOND, "Jane Founder")]


HEAD = "---\noutlet: daily.example\npublished: 2024-03-01T{}:00:00\n---\n"
STORY = [
    "Rocket maker sets date for first heavy launch",
    "The company will launch its new heavy rocket from the old lunar pad next month, its "
    "founder said on Friday, after years of delays and two failed engine tests.",
    "The founder wrote on social media: \u201cCargo will be my old red pickup truck playing "
    "loud rock songs. Destination is lunar orbit. Will stay in space for a million years or "
    "so if it doesn't explode on launch.\u201d",
    "Engineers at the coastal site have spent the past month stacking the three boosters and "
    "checking the fuel lines, according to two people who work there.",
    "The rocket is meant to carry heavy satellites for the air force and for private "
    "customers, and the company has signed six contracts so far, its sales chief said.",
    "Critics have questioned whether the launch pad can cope with the noise and heat of "
    "twenty-seven engines firing at once.",
]
LATER = ("\u201cThe cargo will be a vintage red pickup truck, playing loud rock songs, on a "
         "million year elliptic lunar orbit,\u201d the founder said in a later post on Saturday.")


def test_an_update_adding_a_new_statement_is_not_told_it_changed_the_old_one(tmp_path):
    (tmp_path / "a.txt").write_text(HEAD.format(10) + "\n\n".join(STORY) + "\n",
                                    encoding="utf-8")
    updated = STORY[:3] + [LATER] + STORY[3:]
    (tmp_path / "b.txt").write_text(HEAD.format(15) + "\n\n".join(updated) + "\n",
                                    encoding="utf-8")
    report = _json("compare", str(tmp_path), "--format", "json", "--fail-on", "never")
    assert [(e["source"], e["derived"]) for e in report["provenance"]] == [("a.txt", "b.txt")]
    changes = [f for f in report["findings"] if f["code"] in ("QC103", "QC104", "QC105")]
    assert changes == []


def test_an_update_that_changes_the_kept_statement_is_still_told(tmp_path):
    (tmp_path / "a.txt").write_text(HEAD.format(10) + "\n\n".join(STORY) + "\n",
                                    encoding="utf-8")
    changed = STORY[2].replace("Destination is lunar orbit", "Destination is Mars orbit")
    updated = STORY[:2] + [changed, LATER] + STORY[3:]
    (tmp_path / "b.txt").write_text(HEAD.format(15) + "\n\n".join(updated) + "\n",
                                    encoding="utf-8")
    report = _json("compare", str(tmp_path), "--format", "json", "--fail-on", "never")
    text = (tmp_path / "b.txt").read_text(encoding="utf-8")
    flagged = [text[f["start"]:f["end"]] for f in report["findings"]
               if f["code"] in ("QC103", "QC104") and f["document"] == "b.txt"]
    assert flagged == ["Mars"]


# The copy prints the two words the parent quotes as they stand and, beside them, the post
# they come from quoted whole: the post is another quotation, no boundary moved.
MARCH = [
    "Marchers fill the avenue for the river festival",
    "Thousands of people walked along the avenue on Saturday for the river festival, which "
    "the city revived this year after a pause of a decade.",
    "The mayor said the event had cost the city far less than its critics had claimed, and "
    "that local shops had stayed open late to serve the visitors.",
    "Traffic was closed on four bridges for most of the afternoon, and buses ran on a "
    "holiday timetable, the transport office said.",
    "Later the mayor called it a \u201cwonderful turnout.\u201d",
    "Organisers said they hoped to hold the festival again next summer if the weather and "
    "the budget allowed.",
]


def test_a_post_quoted_whole_beside_the_parents_two_words_is_no_moved_boundary(tmp_path):
    (tmp_path / "a.txt").write_text(HEAD.format(10) + "\n\n".join(MARCH) + "\n",
                                    encoding="utf-8")
    fuller = MARCH[:4] + [
        "Later the mayor called it a \u201cwonderful turnout,\u201d posting: \u201cA wonderful "
        "turnout of happy families along the whole river tonight!\u201d"] + MARCH[5:]
    (tmp_path / "b.txt").write_text(HEAD.format(15) + "\n\n".join(fuller) + "\n",
                                    encoding="utf-8")
    report = _json("compare", str(tmp_path), "--format", "json", "--fail-on", "never")
    assert [(e["source"], e["derived"]) for e in report["provenance"]] == [("a.txt", "b.txt")]
    changes = [f for f in report["findings"] if f["code"] in ("QC103", "QC104", "QC105")]
    assert changes == []
