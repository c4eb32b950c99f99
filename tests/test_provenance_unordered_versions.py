"""Two undated, uncredited versions of one story, each with narration the other lacks, are not
reported as one reusing the other (QC501): nothing orders them and a third text neither
credits (an agency story rewritten through the day) looks just the same. A copy wholly inside
the other page is still reported, and a draft is always told what it lifts. A page that is
one sentence (a headline and lede capture) shares it with any carrier of the story's lede."""
from dataclasses import replace

from provenance_synth import make_doc

from quotecheck.lint.copies import reuse_detections
from quotecheck.provenance.infer import infer_provenance

STORY = [
    "A freight train carrying grain derailed near the river town of Olsby on Thursday, blocking "
    "the main line north for most of the day, railway officials said.",
    "Nine of the train's forty wagons left the track on a curve about two kilometres south of "
    "the station, spilling wheat across an embankment.",
    "No one was injured, the regional rail operator said in a statement, and the driver was able "
    "to stop the locomotive within a few hundred metres.",
    "Engineers from the national track authority were inspecting the rails and a damaged signal "
    "cable on Thursday afternoon.",
    "Passenger services between Olsby and the port of Carrow were replaced by buses, and delays "
    "of up to three hours were expected.",
    "The operator said it was too early to say what caused the derailment but that the line had "
    "been checked last month.",
]
EARLY = STORY + ["Local farmers said the spilled grain would attract birds and deer to the line "
                 "unless it was cleared quickly."]
LATE = STORY + ["A crane arrived from Carrow late in the evening to lift the wagons, and the "
                "line was expected to reopen by Saturday morning."]


def _told(docs):
    res = infer_provenance(docs, [])
    return res, {d.document: d for d in res.detections
                 if d.rule_type == "provenance" and d.category == "provenance"}


def _pages(a_lines, b_lines):
    return [make_doc("a.txt", "\n\n".join(a_lines), "Valley Courier"),
            make_doc("b.txt", "\n\n".join(b_lines), "Northern Ledger")]


def test_undated_versions_each_with_own_lines_are_not_told_reuse():
    res, told = _told(_pages(EARLY, LATE))
    assert res.edges            # the pair is still linked as one text
    assert not told


def test_an_undated_copy_wholly_inside_the_other_page_is_still_told():
    _, told = _told(_pages(STORY[:4], STORY))
    assert set(told) == {"a.txt"} and told["a.txt"].args["parent"] == "b.txt"


def test_a_draft_with_its_own_lines_is_still_told_what_it_lifts():
    docs = _pages(EARLY, LATE)
    docs[0] = replace(docs[0], role="checked")
    told = reuse_detections(infer_provenance(docs, []), {"a.txt"})
    assert [d.document for d in told] == ["a.txt"]


def test_a_one_sentence_capture_of_a_lede_is_not_told_reuse():
    res, told = _told([make_doc("a.txt", STORY[0], "Valley Courier"),
                       make_doc("b.txt", "\n\n".join(STORY), "Northern Ledger")])
    assert res.edges and not told
