"""Two narration sentences carried over between two outlets' texts, one of them kept nearly
word for word, are partial reuse: a background line two reporters share is paraphrased a
little by each, a lifted passage shows through whole. Two lifted lines both reworded, or
one line alone, stay what independent reports share."""
from provenance_synth import two_reports

from quotecheck.provenance.infer import infer_provenance

OWN_FIRST = [
    "Rescue crews pulled two climbers off the north face of Ben Carrach on Saturday after "
    "they were trapped overnight by a sudden blizzard.",
    "Both men were flown to hospital in Fort Lachan suffering from mild hypothermia.",
    "Their families had raised the alarm when they failed to return to their hotel.",
    "Mountain guides said the weather had turned far faster than the forecast suggested.",
    "The hotel has since put up a notice asking guests to leave their routes at reception.",
    "Ben Carrach is popular with ice climbers because its gullies freeze early each year.",
]
OWN_SECOND = [
    "Two climbers spent a freezing night on Ben Carrach before a helicopter crew reached "
    "them at first light on Saturday.",
    "The pair, both in their thirties, were said to be cold but cheerful in hospital.",
    "A hotel manager said she called the police when their table stayed empty at dinner.",
    "Forecasters had predicted only light snow for the weekend.",
    "Police renewed their advice that walkers carry a torch and a spare layer in winter.",
    "The men are expected to be discharged on Monday morning.",
]
CARRIED = [   # (lifted sentence as printed by the first text, as printed by the second)
    ("The mountain rescue team said it was the fourth call-out to the same gully since the "
     "start of December, when the winter climbing season opened.",
     "The mountain rescue team said it was the fourth call-out to the same gully since the "
     "start of December, when the winter season opened."),
    ("Volunteers from three villages had carried stretchers up the lower slopes in "
     "darkness before the cloud lifted enough for the aircraft to fly.",
     "Volunteers from three villages had carried stretchers up the lower slopes in "
     "darkness before the cloud lifted enough for the helicopter to fly."),
]


def _docs(carried):
    return two_reports(OWN_FIRST, OWN_SECOND, carried)


def _edges(docs):
    return [(e.source, e.derived, e.relation) for e in infer_provenance(docs, []).edges]


def test_two_lifted_lines_one_kept_whole_are_partial_reuse():
    assert [r for _, _, r in _edges(_docs(CARRIED))] == ["partial"]


def test_one_lifted_line_alone_is_what_independent_reports_share():
    assert _edges(_docs(CARRIED[:1])) == []
