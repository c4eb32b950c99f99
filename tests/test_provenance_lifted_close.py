"""Two narration sentences carried over between two outlets' texts, lightly edited (neither
kept nearly word for word), with a third sentence kept close beside them, are partial reuse:
two reporters sharing background each paraphrase it, a passage taken over keeps its
wording around the edits. Two lifted lines with nothing else close stay independent; so
does one lifted line with close sentences around it."""
from provenance_synth import two_reports

from quotecheck.provenance.infer import infer_provenance

FIRST = [
    "Rescue crews pulled two climbers off the north face of Ben Carrach on Saturday after "
    "they were trapped overnight by a sudden blizzard.",
    "Both men were flown to hospital in Fort Lachan suffering from mild hypothermia.",
    "Their families had raised the alarm when they failed to return to their hotel.",
    "Mountain guides said the weather had turned far faster than the forecast suggested.",
    "The hotel has since put up a notice asking guests to leave their routes at reception.",
    "A councillor for the glen asked the ministry to pay for a second helicopter crew.",
    "Sales of crampons in Fort Lachan have doubled since the first snow in November.",
    "The older of the two men had climbed in the Alps and the Andes, friends said.",
    "Road crews spread grit on the pass road twice overnight as temperatures fell.",
    "A weather station on the summit recorded gusts of ninety miles an hour.",
]
SECOND = [
    "Two climbers spent a freezing night on Ben Carrach before a helicopter crew reached "
    "them at first light on Saturday.",
    "The pair, both in their thirties, were said to be cold but cheerful in hospital.",
    "A hotel manager said she called the police when their table stayed empty at dinner.",
    "Forecasters had predicted only light snow for the weekend.",
    "The men are expected to be discharged on Monday morning.",
    "Tourism officials fear the rescue will deter families from booking winter breaks.",
    "The radio station's reporter spoke to a ranger at the visitor centre car park.",
    "Ferry services to the islands were suspended for a second day by the storm.",
    "Schools in the upper glen will open two hours late on Monday.",
    "Listeners phoned in with memories of the great freeze of 1987.",
]
# each line as printed by the first text, then by the second: a run carried over, the rest
# of the sentence rewritten (so neither keeps nearly all its words)
LIFTED = [
    ("The mountain rescue team said it was the fourth call-out to the same gully since the "
     "start of December, when the winter climbing season opened.",
     "The mountain rescue team said it was the fourth call-out to the same gully since the "
     "start of December, a record for the range."),
    ("Volunteers from three villages had carried stretchers up the lower slopes in "
     "darkness before the cloud lifted enough for the aircraft to fly.",
     "Volunteers from three villages had carried stretchers up the lower slopes in "
     "darkness, guided only by head torches."),
]
# the same facts reworded: close, but no run of the other's words
CLOSE = ("Ben Carrach is popular with ice climbers because its gullies freeze early each "
         "winter and stay frozen until March.",
         "Frozen early each winter until March, the gullies of Ben Carrach stay popular "
         "with climbers on ice.")


def _docs(pairs):
    return two_reports(FIRST, SECOND, pairs)


def _relations(docs):
    return [e.relation for e in infer_provenance(docs, []).edges]


def test_two_lifted_lines_and_a_third_close_are_partial_reuse():
    assert _relations(_docs(LIFTED + [CLOSE])) == ["partial"]


def test_two_lifted_lines_alone_stay_independent():
    assert _relations(_docs(LIFTED)) == []


def test_one_lifted_line_with_a_close_one_stays_independent():
    assert _relations(_docs(LIFTED[:1] + [CLOSE])) == []
