"""Wire families, aggregator pages and same-outlet updates (issue 11, real-news provenance).

Shaped like what scraped news shows: one AP story carried by several sites, each with its
own credit convention (byline line, dateline, copyright line) or none; a headline page
listing snippets from many outlets; one outlet's page scraped twice or updated.
"""
from __future__ import annotations

import random

import pytest
from provenance_synth import make_doc, story_facts, wire_report

from quotecheck.provenance.credits import parse_credits
from quotecheck.provenance.infer import infer_provenance
from quotecheck.provenance.wire import wire_of


@pytest.mark.parametrize("line, agency", [
    ("WASHINGTON (AP) — The Senate passed the bill on Tuesday.", "AP"),
    ("NEW YORK (AP) - The company said on Friday it would change course.", "AP"),
    ("By The Associated Press", "AP"),
    ("Associated Press", "AP"),
    ("Copyright 2029 The Associated Press. All rights reserved. This text may not be "
     "published.", "AP"),
    ("\u00a9 2018 The Associated Press. All Rights Reserved.", "AP"),
    ("AP June 1, 2018, 10:35 PM", "AP"),
    ("WASHINGTON (Reuters) - The Senate passed the bill on Tuesday.", "Reuters"),
    ("By Reuters", "Reuters"),
    ("PARIS (AFP) - The minister resigned on Monday.", "AFP"),
    ("LONDON (PA) - The minister resigned on Monday.", "PA"),
    ("BERLIN (dpa) - The minister resigned on Monday.", "DPA"),
    ("MADRID, June 1 (EFE).- The minister resigned on Monday.", "EFE"),
    ("ROME (ANSA) - The minister resigned on Monday.", "ANSA"),
    ("WASHINGTON, June 1 (UPI) -- The Senate passed the bill.", "UPI"),
    ("BEIJING, June 1 (Xinhua) -- The minister met his counterpart.", "Xinhua"),
    ("(Bloomberg) -- The company cut its forecast.", "Bloomberg"),
    ("Lucas Shaw, Bloomberg", "Bloomberg"),
    ("NEW YORK, June 1, 2018 /PRNewswire/ -- Acme Corp. today announced results.",
     "PRNewswire"),
    ("SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp. today announced results.", "BusinessWire"),
    ("TORONTO, June 01, 2018 (GLOBE NEWSWIRE) -- Acme Corp. today announced results.",
     "GlobeNewswire"),
])
def test_each_wire_convention_names_its_agency(line, agency):
    doc = make_doc("a.txt", f"Headline of the story\n\n{line}\n\nThe rest of the story follows.")
    assert wire_of(parse_credits(doc)) == agency


def test_photo_credit_is_not_a_wire_credit():
    doc = make_doc("a.txt", "Headline\n\nR. Kelly performs in 2013. (Frank Micelotta/Invision/AP)"
                            "\n\nThe rest of the story follows.")
    assert wire_of(parse_credits(doc)) is None


def _ap_story(seed: int = 3) -> str:
    body = wire_report(story_facts(random.Random(seed)))
    return body.replace(" (Reuters) -", " -")   # the agency's credit is each carrier's own


def _family_set():
    body = _ap_story()
    head, rest = body.split("\n\n", 1)
    dated = rest.replace(" - ", " (AP) \u2014 ", 1)
    return [
        make_doc("byline.txt", f"{head}\n\nBy The Associated Press\n\n{rest}", "Daily Courier"),
        make_doc("dateline.txt", f"{head}\n\n{dated}", "Portal Times"),
        make_doc("copyright.txt", f"{head}\n\n{rest}\n\nCopyright 2024 The Associated Press. "
                                  "All rights reserved.", "Metro Herald"),
        make_doc("bare.txt", f"{head}\n\n{rest}\n\nShare this story", "Valley Post"),
    ]


def test_wire_family_of_four_copies():
    docs = _family_set()
    random.Random(1).shuffle(docs)
    res = infer_provenance(docs, [])
    ids = {d.id for d in docs}
    assert len(res.families) == 1
    fam = res.families[0]
    assert set(fam.members) == ids
    assert fam.id.startswith("wire:AP:") and fam.agency_name == "Associated Press"
    # siblings are linked through the family: every copy hangs from the representative
    assert {(e.source, e.derived) for e in res.edges} == {
        (fam.representative, m) for m in ids - {fam.representative}}
    assert fam.representative != "bare.txt"   # a credited copy stands in for the wire text
    # corroboration counts the wire once
    assert res.independent_roots(ids) == 1
    # credited copies are never undisclosed reuse; the uncredited one still is, naming the wire
    flagged = [d for d in res.detections if d.rule_type == "provenance"]
    assert [d.document for d in flagged] == ["bare.txt"]
    assert "Associated Press" in flagged[0].args["related_outlet"]


def test_family_in_the_json_contract():
    from quotecheck.model import Report
    from quotecheck.report.contract import report_to_dict

    res = infer_provenance(_family_set(), [])
    out = report_to_dict(Report(command="compare", provenance=res.edges,
                                extras={"families": [f.as_dict() for f in res.families]}))
    assert out["families"][0]["agency"] == "Associated Press"
    assert len(out["families"][0]["members"]) == 4
    assert report_to_dict(Report(command="compare"))["families"] == []


def _aggregator_page(snippet: str) -> str:
    outlets = ["Reuters", "CNN", "BBC", "Bloomberg", "The Guardian", "Al Jazeera", "NPR",
               "Politico"]
    blocks = ["Top stories this morning"]
    for k, name in enumerate(outlets):
        text = snippet if k == 2 else f"Markets steady as traders await data number {k}."
        blocks.append(f"Headline number {k} of the day\n{text} \u2014 {name}")
    return "\n\n".join(blocks)


def test_aggregator_page_is_never_a_source_or_root():
    body = _ap_story(5)
    paras = body.split("\n\n")
    snippet = " ".join(paras[1:4])
    article = make_doc("article.txt", body, "Daily Courier", "2024-01-05T10:00:00Z")
    page = make_doc("digest.txt", _aggregator_page(snippet), "News Digest",
                    "2024-01-05T08:00:00Z")   # even when the page is dated earlier
    res = infer_provenance([page, article], [])
    assert res.aggregators == {"digest.txt"}
    assert all(e.source != "digest.txt" for e in res.edges)
    assert res.independent_roots(["digest.txt", "article.txt"]) == 1
    assert not [d for d in res.detections if d.rule_type == "provenance"]


def _versions():
    paras = _ap_story(7).split("\n\n")
    return "\n\n".join(paras[:7]), "\n\n".join(paras)


def test_update_ordered_by_what_was_added_without_time():
    short, full = _versions()
    res = infer_provenance([make_doc("v2.txt", full, "Daily Courier"),
                            make_doc("v1.txt", short, "Daily Courier")], [])
    assert [(e.source, e.derived, e.relation) for e in res.edges] == [
        ("v1.txt", "v2.txt", "update")]
    assert not [d for d in res.detections if d.rule_type == "provenance"]


def test_update_ordered_by_time_when_given():
    short, full = _versions()   # the later version was trimmed
    res = infer_provenance([make_doc("trim.txt", short, "Daily Courier", "2024-01-05T12:00:00Z"),
                            make_doc("first.txt", full, "Daily Courier",
                                     "2024-01-05T09:00:00Z")], [])
    assert [(e.source, e.derived, e.relation) for e in res.edges] == [
        ("first.txt", "trim.txt", "update")]


def test_same_outlet_duplicate_is_not_undisclosed_reuse():
    _, full = _versions()
    res = infer_provenance([make_doc("a.txt", full, "Daily Courier"),
                            make_doc("b.txt", full + "\n\nShare this story", "Daily Courier")],
                           [])
    assert [e.relation for e in res.edges] == ["update"]
    assert not [d for d in res.detections if d.rule_type == "provenance"]
    # another outlet's identical copy still is
    res = infer_provenance([make_doc("a.txt", full, "Daily Courier"),
                            make_doc("b.txt", full + "\n\nShare this story", "Valley Post")], [])
    assert [d.rule_type for d in res.detections if d.rule_type == "provenance"] == ["provenance"]


def test_a_copy_that_names_the_agency_as_its_source_is_not_uncredited():
    body = _ap_story()
    head, rest = body.split("\n\n", 1)
    docs = _family_set() + [make_doc(
        "named.txt", f"{head}\n\n{rest}\n\nThe figures were given by officials on Monday, "
                     "according to The Associated Press.", "Coast Gazette")]
    res = infer_provenance(docs, [])
    assert "named.txt" in res.families[0].members
    flagged = [d.document for d in res.detections if d.rule_type == "provenance"]
    assert flagged == ["bare.txt"]      # the copy naming no one is still reported


def test_reuse_of_a_carriers_own_addition_is_not_reuse_of_the_wire_story():
    # a carrier adds two local paragraphs to the AP story; another site lifts only those:
    # it reuses the carrier, not the wire text (the family's representative shares none of
    # it), so it is no partial member of the family, and its edge to the carrier stays
    body = _ap_story()
    head, rest = body.split("\n\n", 1)
    local = ["The county council said on Monday it would open two extra shelters on Bridge "
             "Street and in the old library building for families who cannot return home.",
             "Volunteers from the Riverside Rowing Club have been ferrying supplies to farms "
             "cut off by the water since Saturday morning, the club's secretary said."]
    other = ["Flood relief drive brings town together",
             "Residents of Ashford packed the community hall on Sunday to sort donated "
             "blankets, tinned food and bottled water.",
             "Organisers said more than 400 parcels were ready by the evening and another "
             "lorry was due from Leeds.", *local,
             "The hall will stay open until Friday for anyone who wants to help."]
    docs = [make_doc("agency.txt", f"{head}\n\n{rest}", "apnews.com"),
            make_doc("byline.txt", f"{head}\n\nBy The Associated Press\n\n{rest}",
                     "Daily Courier"),
            make_doc("local.txt", f"{head}\n\nBy The Associated Press\n\n{rest}\n\n"
                     + "\n\n".join(local), "Valley Post"),
            make_doc("other.txt", "\n\n".join(other), "Hill Gazette")]
    res = infer_provenance(docs, [])
    [fam] = res.families
    assert fam.representative == "agency.txt" and "other.txt" not in fam.partial
    assert ("local.txt", "other.txt") in {(e.source, e.derived) for e in res.edges}
