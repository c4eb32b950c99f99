"""A copy that names a wire as its text's source, of a parent page whose text names that wire
too (issue 11, ecbplus2 reading): both carry the wire's story, so the copy's reuse is credited;
without the wire in the parent's text the copy is still told it reuses the parent."""
from provenance_synth import make_doc

from quotecheck.provenance.infer import infer_provenance

STORY = [
    "A fired warehouse clerk bought a rifle the day after he lost his job and returned to the "
    "depot in Millbrook a week later, wounding two managers, police said.",
    "Police said the clerk, Dale Ostrander, 41, was arrested on Route 9 after a chase of about "
    "twenty minutes that ended near the county line.",
    "A judge ordered him held without bail until a hearing on May 3 in Millbrook District "
    "Court, where he faces two counts of attempted murder.",
    "Both managers were taken to Saint Anne's Hospital, where a spokeswoman said one was in "
    "serious condition and the other had been released.",
    "The depot, which employs about 140 people, was closed on Tuesday and counsellors were "
    "offered to the staff, the company said.",
    "Ostrander had worked at the depot for six years and had been dismissed after a dispute "
    "over overtime, two colleagues said.",
]
RECORDS = ("County court records obtained by The Associated Press show Ostrander had been "
           "ordered to stay away from a former neighbour in 2019.")


def _docs(parent_extra: str):
    child = list(STORY)
    child[0] = child[0].replace(", police said.", ", the Associated Press reported.")
    return [make_doc("paper.txt", "\n\n".join(STORY + [parent_extra]), "Daily Courier"),
            make_doc("site.txt", "\n\n".join(child), "Trade Weekly")]


def _told(res):
    return [d.document for d in res.detections if d.rule_type == "provenance"]


def test_a_copy_naming_the_wire_its_parent_names_is_not_uncredited():
    res = infer_provenance(_docs(RECORDS), [])
    assert [(e.source, e.derived) for e in res.edges] == [("paper.txt", "site.txt")]
    assert _told(res) == []


def test_a_copy_naming_a_wire_its_parent_never_names_still_reuses_the_parent():
    res = infer_provenance(_docs(RECORDS.replace("obtained by The Associated Press",
                                                 "seen by this newspaper")), [])
    assert [(e.source, e.derived) for e in res.edges] == [("paper.txt", "site.txt")]
    assert _told(res) == ["site.txt"]
