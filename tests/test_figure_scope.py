"""Figures are compared only where two sentences can state one thing: a partial copy's own
sentences and the part of a stated day are no such evidence (issue 11)."""
from quotecheck.model import Document, Metadata
from quotecheck.provenance.figure_referents import lexicon, place_names
from quotecheck.provenance.infer import infer_provenance
from quotecheck.text.textview import TextView


def _doc(doc_id, text, outlet=None, published=None):
    return Document(doc_id, doc_id, text, TextView.identity(text),
                    Metadata(outlet=outlet, published=published))


def _numbers(docs):
    res = infer_provenance(docs, [])
    return res, [d.args["value"] for d in res.detections if d.rule_type == "number"]


# the parent's story; the follow-up takes its first three sentences word for word
_TAKEN = ("Gunmen killed at least 90 people in a string of attacks across Velmora on Friday "
          "night, city officials said. The interior minister Oskar Penn declared a state of "
          "emergency and closed the borders of the Dravic republic. Soldiers were posted at "
          "stations, bridges and the main squares of the capital.")
_PARENT = _TAKEN + (" The prime minister Lena Sorvik called the attacks an act of war and "
                    "cancelled her visit to the Kessel summit. Hospitals in the capital called "
                    "in staff from their holidays to treat the wounded. Football matches and "
                    "concerts were cancelled for the weekend across the republic. Neighbouring "
                    "states offered help with the investigation and sent police experts.")


def test_a_partial_copy_is_compared_only_in_the_sentences_it_takes():
    """A follow-up that reuses three lines of an earlier story and then gives one venue's dead
    ("at least 14 were killed at the Orlan cafe") has not changed the parent's total: only a
    taken sentence can change the parent's figure."""
    own = (" At the Orlan cafe on Kestrel Street, gunmen killed at least 14 people in the "
           "attacks, witnesses told reporters. Candles and flowers lay outside the cafe on "
           "Saturday morning as neighbours gathered in silence. A waiter, Piet Hollin, said "
           "he hid in the kitchen for an hour before police arrived. The owner said the cafe "
           "would stay closed for a month and that staff would be paid.")
    parent = _doc("p", _PARENT, "Wire A", "2015-11-14")
    res, found = _numbers([parent, _doc("c", _TAKEN + own, "Paper B", "2015-11-15")])
    assert [(e.source, e.derived, e.relation) for e in res.edges] == [("p", "c", "partial")]
    assert found == []
    # a figure changed inside a taken sentence is still reported
    changed = _TAKEN.replace("at least 90", "at least 190") + own
    res, found = _numbers([parent, _doc("c", changed, "Paper B", "2015-11-15")])
    assert res.edges and res.edges[0].relation == "partial"
    assert found == ["190"]


def test_the_part_of_a_stated_day_is_no_shared_subject():
    """"killed at least 129 ... on Friday night" and "killing 15 ... their Friday night meal"
    share the event's word and the time, "Friday night": one night, not one count. Sharing
    the subject as well, they still disagree."""
    total = "Attackers killed at least 129 people across Velmora on Friday night, officials said."
    part = ("Gunmen opened fire on two cafes on Orlan Street, killing 15 as diners ate their "
            "Friday night meal.")
    assert _numbers([_doc("a", total, "A"), _doc("b", part, "B")])[1] == []
    same = "Attackers killed 15 people across Velmora on Friday night, a police union said."
    assert _numbers([_doc("a", total, "A"), _doc("b", same, "B")])[1] == ["15"]


def test_a_city_toll_and_one_hall_toll_are_two_counts():
    """"killed 129 ... across Velmora" and "89 died at the Orlan hall" count in two places:
    "across" names a place as "in" does, and "in Friday's attacks" names none."""
    total = ("A finger found at the site of the Orlan hall led police to the first of the "
             "gunmen who killed 129 people on Friday in attacks across Velmora.")
    hall = ("A telephone found near the Orlan hall, where 89 people died on Friday, led police "
            "to a flat at Kessel.")
    assert _numbers([_doc("a", total, "A"), _doc("b", hall, "B")])[1] == []
    assert place_names("took part in Friday's attacks in Velmora", lexicon()) == {"velmora"}


def test_distances_from_two_points_are_two_referents():
    """A distance is measured from a point: "1,450 miles southwest of Perth" and "125 miles
    away from the spot where the first objects were seen" are two distances; two distances
    from one border still disagree."""
    far = ("The floating objects were sighted on Monday about 1,450 miles southwest of Perth "
           "by the crew of a patrol plane.")
    near = ("The floating objects seen on Monday were about 125 miles away from the spot where "
            "a satellite had found debris.")
    assert _numbers([_doc("a", far, "A"), _doc("b", near, "B")])[1] == []
    camp = "Jets bombed a refugee camp on Thursday, about 30 miles from the border with Sudan."
    other = "Jets bombed the refugee camp on Thursday, about 15 miles from the Sudan border."
    assert _numbers([_doc("a", camp, "A"), _doc("b", other, "B")])[1] == ["15"]
