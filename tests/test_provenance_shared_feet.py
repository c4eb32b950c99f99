"""Two pages of one outlet that end alike and tell different stories (issue 11).

An outlet with only two pages in a run cannot show its chrome by recurrence: a columnist's
bio under two columns, a podcast promotion under two wire stories, a survey report's method
note and acknowledgments under two reports closed both pages word for word, and the pages
came out derived from each other on those lines alone. The run both pages end with, each
sentence as far from the end on both, goes when the pages share little of their other
vocabulary; an outlet's update of its own story, which carries its closing background over,
keeps it. Texts invented."""
from __future__ import annotations

from quotecheck.load.loader import load_text
from quotecheck.provenance.derivation import prepare
from quotecheck.provenance.sitechrome import drop_outlet_chrome

BIO = ("Tomas Verhoek covered the provincial legislature for two decades before turning to "
       "opinion writing.",
       "His latest volume recounts the collapse of the Ostrava shipyards in the winter of "
       "the great strike.",
       "Verhoek lives near the Dunmore marshes with three horses.")

COLUMNS = (
    ("The provincial budget spends too much on motorways and too little on rural buses.",
     "Villages north of the lake have lost half their bus routes in ten years.",
     "A modest fare subsidy would cost less than a single motorway interchange.",
     "Ministers should listen to mayors before the spring session opens.",
     "Nobody voted for empty bus shelters."),
    ("The harbour festival has become a showcase for sponsors rather than fishermen.",
     "Stalls that once sold smoked eel now sell telephone contracts.",
     "Organisers say the sponsors pay for fireworks and security.",
     "The old guild could run a smaller, cheaper festival on the quay.",
     "Tradition deserves better than a marketing week."),
)

UPDATE = (
    ("Flood water closed the Dunmore bridge on Tuesday as the river rose above its banks.",
     "Engineers inspected the bridge piers for damage after the water peaked overnight.",
     "Residents of the lower Dunmore streets moved cars to higher ground.",
     "The river last flooded the Dunmore bridge in the spring of the great storm.",
     "The bridge carries most traffic between the two halves of the town."),
    ("The Dunmore bridge reopened on Wednesday after engineers found no damage to its piers.",
     "Flood water receded from the lower Dunmore streets overnight, residents said.",
     "Traffic between the two halves of the town was slow as the bridge reopened.",
     "The river last flooded the Dunmore bridge in the spring of the great storm.",
     "The bridge carries most traffic between the two halves of the town."),
)


def _texts(bodies) -> list:
    docs = [load_text("\n\n".join(body) + "\n", f"page{n}.txt",
                      meta={"outlet": "Lakeside Courier", "published": f"2021-05-0{n + 1}"})
            for n, body in enumerate(bodies)]
    return [prepare(d) for d in docs]


def _narration(t) -> list:
    return [t.text[s.start:s.end].strip() for s in t.narration]


def _run(bodies, **kw) -> list:
    texts = _texts(bodies)
    drop_outlet_chrome(texts, {t.doc.id: "Lakeside Courier" for t in texts}, **kw)
    return texts


def test_two_columns_ending_with_one_bio_lose_the_bio():
    for t in _run([column + BIO for column in COLUMNS]):
        assert not any(line in _narration(t) for line in BIO)
        assert len(_narration(t)) == 5   # the columns themselves stay


def test_an_update_keeps_the_background_it_carries_over():
    texts = _run(UPDATE)
    for t in texts:
        assert all(line in _narration(t) for line in UPDATE[0][-2:])


def test_a_shared_foot_is_kept_when_it_is_most_of_the_page():
    short = [column[:2] + BIO for column in COLUMNS]   # 3 of 5 sentences: not a foot
    for t in _run(short):
        assert all(line in _narration(t) for line in BIO)


def test_a_line_shared_above_the_foot_is_not_dropped():
    moved = [COLUMNS[0] + BIO, COLUMNS[1][:2] + BIO[:1] + COLUMNS[1][2:] + BIO[1:]]
    for t in _run(moved):
        assert BIO[0] in _narration(t)


def test_a_lone_closing_line_stays():
    one = [column + BIO[:1] for column in COLUMNS]   # a carried-over background line, maybe
    for t in _run(one):
        assert BIO[0] in _narration(t)
