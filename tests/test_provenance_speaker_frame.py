"""A source introduced with a name and an official title ("Dr. Ann Lee, director of the state
laboratory, said ...") is written alike by every reporter quoting her, and by one reporter in
two stories months apart: the words shared before the reporting verb are no narration carried
over when what each sentence says after the verb differs. Narration carried past the verb, or
content before a trailing attribution ("..., police said."), still counts."""
from provenance_synth import make_doc

from quotecheck.provenance.infer import infer_provenance

LEE = ("Dr. Ann Lee, director of the division of infectious diseases at the Harwell state "
       "laboratory, said {}")
MORRIS = ("Professor Tom Morris, head of the tropical medicine unit at the Kingsbridge "
          "university hospital, said {}")
SPRING = [
    "Health officials in Harwell county reported a second cluster of river fever cases on "
    "Tuesday, bringing the number of patients treated this month to fourteen.",
    "The cases were traced to a reservoir that supplies three villages east of the town.",
    LEE.format("the new cases were milder than the first ones and no patient needed "
               "intensive care."),
    "Water from the reservoir will be boiled before it is piped to homes until tests are "
    "complete.",
    MORRIS.format("the strain looked like one seen in the delta region a decade ago."),
    "The county will open a helpline for worried residents on Monday morning.",
]
AUTUMN = [
    "A vaccine against river fever will be offered to farm workers in Harwell county from "
    "next week, the regional health board announced.",
    "The board bought twelve thousand doses after a trial on volunteers ended in August.",
    LEE.format("\u201cMost workers will take up the offer before the harvest ends.\u201d"),
    "Pharmacies in four towns will keep the doses in refrigerated cabinets.",
    MORRIS.format("\u201cTwo injections a month apart gave the best protection.\u201d"),
    "Workers will be asked to bring proof of employment to the clinics.",
]


def _edges(docs):
    return {frozenset((e.source, e.derived)) for e in infer_provenance(docs, []).edges}


def _pair(autumn):
    return [make_doc("spring.txt", "\n\n".join(SPRING), "The Harwell Courier", "2005-04-05"),
            make_doc("autumn.txt", "\n\n".join(autumn), "The Harwell Courier", "2005-10-11")]


def test_one_outlets_two_stories_introducing_the_same_sources_are_not_copies():
    assert _edges(_pair(AUTUMN)) == set()


def test_words_carried_past_the_reporting_verb_are_still_lifted():
    carried = list(AUTUMN)
    carried[2] = LEE.format("the new cases were milder than the first ones and no patient "
                            "needed intensive care.")
    carried[4] = MORRIS.format("the strain looked like one seen in the delta region a decade "
                               "ago.")
    assert _edges(_pair(carried)) == {frozenset(("spring.txt", "autumn.txt"))}


def test_an_agency_introduction_printed_by_a_paper_still_counts():
    # agency copy, its introductions included, is written for subscribers to print
    agency = make_doc("agency.txt", "\n\n".join(SPRING), "Press Association", "2005-04-05")
    paper = make_doc("paper.txt", "\n\n".join(
        [AUTUMN[0], AUTUMN[1], LEE.format("\u201cNobody in the villages needs to panic "
                                          "about this outbreak.\u201d"), AUTUMN[3]]),
        "The Harwell Courier", "2005-04-05")
    assert _edges([agency, paper]) == {frozenset(("agency.txt", "paper.txt"))}
