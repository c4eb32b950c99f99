"""Three versions of one outlet's running story (a newspaper service's story rewritten
through the day, tac2011: first version, write-through, abridged cut) are one text: the
latest keeps both earlier versions as parents. Before, two linked candidate parents of one
copy were rivals unless they were an agency's own texts, so one of the pair was lost
although each version prints what the latest took."""
from provenance_synth import make_doc

from quotecheck.provenance.infer import infer_provenance

BASE = [
    "City engineers closed the Harlow Street bridge to all traffic on Tuesday after divers "
    "found cracks in two of its river piers during a routine inspection.",
    "The bridge carries about eighteen thousand vehicles a day between the harbour district "
    "and the northern suburbs, according to the transport department.",
    "Buses on four routes were diverted over the Quarry Lane crossing, adding up to twenty "
    "minutes to journeys at the morning peak.",
    "The chief engineer said the cracks were probably caused by ice damage over the winter "
    "and that repairs could take until the end of the summer.",
    "The council had set aside money for resurfacing the bridge next year but not for work "
    "on the piers, a spokeswoman said.",
]
NOON = BASE + [
    "Shop owners on the harbour side said trade had fallen by half within hours of the closure.",
    "A temporary footbridge will be built beside the closed span within three weeks, the "
    "council said at a briefing at midday.",
]
EVENING = NOON + [
    "Late on Tuesday the mayor asked the regional government for emergency funds to pay for "
    "the repairs, which she put at close to nine million.",
    "Ferry operators offered extra crossings from Wednesday morning for commuters on foot.",
]


def test_the_latest_version_keeps_both_earlier_versions_as_parents():
    docs = [make_doc("base.txt", "\n\n".join(BASE), "Harbour Times Service"),
            make_doc("noon.txt", "\n\n".join(NOON), "Harbour Times Service"),
            make_doc("evening.txt", "\n\n".join(EVENING), "Harbour Times Service")]
    res = infer_provenance(docs, [])
    linked = {frozenset((e.source, e.derived)) for e in res.edges}
    assert linked == {frozenset(p) for p in (("base.txt", "noon.txt"), ("base.txt", "evening.txt"),
                                             ("noon.txt", "evening.txt"))}
