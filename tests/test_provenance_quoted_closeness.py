"""Issue 11: closeness that comes from a quotation both texts print is the speaker's wording,
not one text's narration carried into the other. Two reports of one crash that each introduce
a survivor in their own words and quote him alike, and share one background line, are no
edge; three sentences of narration kept close still are. Pages and figures invented for the tests."""
from functools import partial

from provenance_synth import make_doc, pair_features

from quotecheck.provenance.infer import infer_provenance
from quotecheck.provenance.relation import relation_of

_features = partial(pair_features, aligned=3, close=3, verbatim=1, cover=0.3, mean_sim=0.8,
                    anchored=3, n_a=30, n_b=10)


def test_three_close_lines_two_of_them_close_by_their_quotation_are_no_reuse():
    assert relation_of(_features(close_quoted=2)) is None


def test_three_close_lines_of_narration_are_still_partial_reuse():
    assert relation_of(_features(close_quoted=0)) == "partial"


CRASH_A = [
    "Eleven people were hurt when a goods train left the rails outside Varnholm station on "
    "Thursday evening.",
    "Scenes on the platform have been described as \"complete chaos\" and \"like something "
    "from a disaster film\" as the wagons tipped over beside the old grain silo in driving "
    "sleet.",
    "Tomas Heller, 41, a signalman from Varnholm who was among the first at the scene, said "
    "he had heard the train \"going far too fast\", adding: \"The wagons just folded into "
    "each other and nobody could stand.\"",
    "The regional rail safety office said its first findings show the train left the track "
    "while taking a \"tight, right-hand bend\" with a limit of fifteen kilometres an hour.",
    "The line to the coast will stay closed until at least Monday.",
    "Freight operators have been asked to send their loads by road in the meantime.",
    "Local councillors called for a review of night freight through the town centre.",
    "The station's cafe opened its doors to shaken residents until late at night.",
]
CRASH_B = [
    "Emergency crews worked through the night at the edge of town after Thursday's accident.",
    "Scenes after the crash were described as \"complete chaos\" after the wagons tipped over "
    "beside the old grain silo.",
    "Tomas Heller, 41, a signalman, said he recalled the train \"going far too fast\", "
    "adding: \"The wagons just folded into each other and nobody could stand.\"",
    "The regional rail safety office said its first findings show the train left the track "
    "while taking a \"tight, right-hand bend\" with a limit of fifteen kilometres an hour.",
    "Engineers were still lifting the last wagon on Friday afternoon.",
    "The operator said it was cooperating fully with the investigation.",
    "Drivers' unions have long warned about the condition of the rails on the coastal branch.",
    "A memorial service for the injured has not been planned.",
    "The mayor thanked the emergency crews who worked through the night.",
    "Repairs to the damaged signal box are expected to take several weeks.",
    "Commuters were told to check the operator's website before travelling.",
    "A helpline has been set up for relatives of those hurt.",
]


def test_two_crash_reports_sharing_quotations_and_one_finding_are_no_edge():
    a = make_doc("a.txt", "\n\n".join(CRASH_A), "varnholmpost.com", "2023-01-12T20:00:00Z")
    b = make_doc("b.txt", "\n\n".join(CRASH_B), "coastnews.com", "2023-01-13T09:00:00Z")
    assert infer_provenance([a, b], []).edges == []
