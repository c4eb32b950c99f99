"""An agency's versions of one running story keep the lines they carry over (issue 11).

A sentence an outlet prints on three or more of its pages that are not copies of one story
is the outlet's chrome (a sign-up box, a standard explainer paragraph) and never derivation
evidence. An agency's write-throughs of one story rewrite most sentences, so their sentence
sets overlap little; they were taken for unrelated pages and the story lines each version
carries over (the evidence that links them) were dropped as chrome. Versions of one story
share its vocabulary; pages of different stories printing one box do not. Texts invented."""
from __future__ import annotations

from quotecheck.load.loader import load_text
from quotecheck.provenance.derivation import prepare
from quotecheck.provenance.sitechrome import drop_outlet_chrome

CARRIED = ("The Marisol ferry capsized in heavy swell off the Vettel headland late on Saturday "
           "with about two hundred passengers aboard.",
           "Rescuers pulled forty survivors from the water near the Vettel lighthouse, the "
           "harbour master said.")

VERSIONS = (
    ("Divers searched the sunken Marisol ferry on Sunday for passengers still missing after "
     "the vessel capsized off the Vettel headland.",
     "Relatives waited at the Vettel harbour office for lists of the survivors.",
     "The harbour master said the Marisol ferry had left port despite a storm warning."),
    ("The death toll from the capsizing of the Marisol ferry off the Vettel headland rose to "
     "thirty on Monday as divers recovered more bodies.",
     "Relatives of missing passengers protested outside the Vettel harbour office.",
     "Investigators questioned the Marisol ferry captain about the storm warning."),
    ("A survivor of the Marisol ferry capsizing said passengers had no life jackets as the "
     "vessel rolled over off the Vettel headland.",
     "The harbour master defended the decision to let the ferry sail despite the warning.",
     "Divers said the Marisol ferry lay on its side in shallow water off Vettel."),
)

BOX = "Sign up for our morning briefing to get the day's top stories in your inbox."

OTHER_STORIES = (
    ("The city council approved a new budget for road repairs after a long debate.",
     "Opposition members said the plan ignored the northern districts."),
    ("The national orchestra announced a winter season of twelve concerts.",
     "Tickets for the opening night sold out within an hour."),
    ("A heatwave pushed temperatures past forty degrees across the southern plains.",
     "Farmers warned that the maize harvest could fall by a third."),
)


def _texts(bodies: list) -> list:
    docs = [load_text("\n\n".join(body) + "\n", f"page{n}.txt",
                      meta={"outlet": "Coastline News Agency",
                            "published": f"2021-05-0{n + 1}"})
            for n, body in enumerate(bodies)]
    return [prepare(d) for d in docs]


def _narration(t) -> list:
    return [t.text[s.start:s.end].strip() for s in t.narration]


def test_versions_of_one_running_story_keep_the_lines_they_carry_over():
    texts = _texts([version + CARRIED for version in VERSIONS])
    outlet = {t.doc.id: "Coastline News Agency" for t in texts}
    drop_outlet_chrome(texts, outlet)
    for t in texts:
        assert all(line in _narration(t) for line in CARRIED)


def test_a_box_on_pages_of_different_stories_is_still_chrome():
    texts = _texts([story + (BOX,) for story in OTHER_STORIES])
    outlet = {t.doc.id: "Coastline News Agency" for t in texts}
    drop_outlet_chrome(texts, outlet)
    for t in texts:
        assert BOX not in _narration(t)
        assert len(_narration(t)) == 2


def test_without_the_story_test_the_carried_lines_go_as_before():
    texts = _texts([version + CARRIED for version in VERSIONS])
    outlet = {t.doc.id: "Coastline News Agency" for t in texts}
    drop_outlet_chrome(texts, outlet, story_overlap=float("inf"))   # pages never one story
    for t in texts:
        assert not any(line in _narration(t) for line in CARRIED)
