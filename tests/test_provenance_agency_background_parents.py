"""An agency writes a running story over weeks and reuses its own earlier texts: a later
text carries background lines of a text from days before and is itself the update of a
version sent the same day. Both are its parents: the earlier story is where the background
comes from, the same-day version is what the update rewrote. The earlier story also
resembles the same-day version (which carries the same background), but that does not make
them rival parents of one copy: they are texts of one agency, each printing what the later
text took (tac2011, tac2011b: AFP and AP stories days apart)."""
from provenance_synth import make_doc

from quotecheck.provenance.infer import infer_provenance

BACKGROUND = [
    "The flooding began when a dam on the upper Marrow river burst after nine days of rain, "
    "sending a wall of water through four farming villages in the valley.",
    "Relief agencies have said more than thirty thousand people were forced from their homes "
    "and that most of them are still living in school buildings and tents.",
]
FIRST = [
    "Rescue teams reached the last cut-off village in the Marrow valley on Wednesday, nine "
    "days after the floods, and found its people short of food and clean water.",
    # the same background as first written, before the agency trimmed it
    "The flooding began when a dam on the upper Marrow river burst after nine days of heavy "
    "rain, sending a wall of water through four farming villages in the valley last week.",
    "Helicopters dropped rice and bottled water to families sheltering on rooftops.",
    "Relief agencies have said more than thirty thousand people were forced from their homes "
    "and that most of them are now living in school buildings and army tents.",
    "The regional governor promised to rebuild the dam within a year, at a cost he put at "
    "more than two hundred million.",
]
MORNING = [
    "Engineers began draining the reservoir above the broken Marrow dam on Monday, warning "
    "that heavy rain forecast for the weekend could cause new floods downstream.",
    "Pumps flown in from the capital were set up on the eastern bank overnight.",
    BACKGROUND[0],
    "Villagers downstream were told to move their livestock to higher ground.",
    BACKGROUND[1],
]
EVENING = MORNING + [
    "By nightfall the water level had fallen by more than a metre, the engineers said.",
    # two more lines of the first story, which the morning version left out
    "Helicopters dropped rice and bottled water last week to families sheltering on "
    "rooftops.",
    "The regional governor has promised to rebuild the dam within a year.",
]


def test_an_agency_text_keeps_its_earlier_story_and_its_same_day_version_as_parents():
    docs = [make_doc("first.txt", "\n\n".join(FIRST), "Agence France-Presse", "2007-01-17"),
            make_doc("morning.txt", "\n\n".join(MORNING), "Agence France-Presse",
                     "2007-01-22T06:10:00Z"),
            make_doc("evening.txt", "\n\n".join(EVENING), "Agence France-Presse",
                     "2007-01-22T18:40:00Z")]
    parents = {e.source for e in infer_provenance(docs, []).edges if e.derived == "evening.txt"}
    assert parents == {"first.txt", "morning.txt"}


LATER = [
    "The rebuilt Marrow dam will be twice as high as the old one, the regional governor "
    "said on Friday as work on its foundations began.",
    MORNING[0],
    "Contractors from three provinces have been hired for the work.",
    MORNING[1],
    FIRST[2],
    FIRST[4],
    "Farmers in the valley say their fields will not be ready to plant until next spring.",
]


def test_two_earlier_stories_partly_reused_stay_rival_parents():
    # no same-day version among them: the later story's closest source stays its parent
    docs = [make_doc("first.txt", "\n\n".join(FIRST), "Agence France-Presse", "2007-01-17"),
            make_doc("morning.txt", "\n\n".join(MORNING), "Agence France-Presse",
                     "2007-01-22T06:10:00Z"),
            make_doc("later.txt", "\n\n".join(LATER), "Agence France-Presse", "2007-02-02")]
    parents = {e.source for e in infer_provenance(docs, []).edges if e.derived == "later.txt"}
    assert len(parents) == 1
