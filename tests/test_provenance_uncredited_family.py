"""Copies of one text that credit no wire (an agency story with its credit stripped, a press
release): three or more form a family under a latent root, siblings linked through it, as
wire copies do; a copy of a spun copy still chains (it shares the spun copy's changes)."""
from provenance_synth import make_doc

from quotecheck.provenance.infer import infer_provenance

FERRY = [
    "A passenger ferry with 212 people on board ran aground on a sandbank off Port Vellan early "
    "on Tuesday, the regional coast guard said.",
    "All passengers were taken off the vessel by lifeboats and two fishing trawlers within four "
    "hours, and nobody was seriously hurt, a coast guard officer told reporters at the harbour.",
    "The ferry, the Marisol Dawn, was sailing from the island of Tervo to the mainland when it "
    "struck the bank in thick fog shortly after 5 a.m.",
    "Seven passengers were treated for cold and minor cuts at the Port Vellan clinic and later "
    "released, the clinic's director said.",
    "The operator, Tervo Line, said the captain had reduced speed because of the fog and that "
    "the hull showed no sign of a leak.",
    "Divers inspected the hull in the afternoon while the tide rose, and salvage crews hoped to "
    "refloat the ship by Wednesday evening.",
    "The maritime safety board opened an inquiry into why the ferry left the marked channel "
    "about 300 metres north of the buoy line.",
    "Tervo Line cancelled its remaining crossings for the day and offered refunds to travellers "
    "booked through Thursday.",
    "Islanders have long complained that the route is served by ageing ships that were built "
    "for calmer waters in the south.",
    "It was the second grounding on the route in three years; in 2021 a cargo ship struck rocks "
    "near the Tervo harbour entrance.",
]


def test_three_uncredited_copies_of_one_text_are_siblings_under_a_latent_root():
    text = "\n\n".join(FERRY)
    # the first carrier edits three sentences; the two others print the text as it came
    edited = text.replace("early on Tuesday", "on Tuesday morning").replace(
        "the ferry left", "the vessel left").replace("offered refunds", "offered full refunds")
    docs = [make_doc("first.txt", edited, "Capital Post", "2022-03-01T08:00:00+00:00"),
            make_doc("second.txt", text, "Coast Gazette", "2022-03-01T09:00:00+00:00"),
            make_doc("third.txt", text, "Harbour Daily", "2022-03-01T10:00:00+00:00")]
    res = infer_provenance(docs, [])
    assert len(res.families) == 1
    fam = res.families[0]
    assert fam.id.startswith("text:") and fam.agency == ""
    assert fam.members == ["first.txt", "second.txt", "third.txt"]
    # every sibling hangs from the representative: no chain "third copied second"
    assert {e.source for e in res.edges} == {fam.representative}
    assert {e.derived for e in res.edges} == set(fam.members) - {fam.representative}
    assert res.independent_roots(fam.members) == 1
    # the uncredited copies are still told they reuse without credit, naming the text
    told = [d for d in res.detections if d.rule_type == "provenance"]
    assert told and all(d.args["related_outlet"].startswith("the text (text:") for d in told)


def test_two_uncredited_copies_keep_their_one_edge_and_no_family():
    text = "\n\n".join(FERRY)
    docs = [make_doc("a.txt", text, "Coast Gazette", "2022-03-01"),
            make_doc("b.txt", text, "Harbour Daily", "2022-03-02")]
    res = infer_provenance(docs, [])
    assert res.families == []
    assert [(e.source, e.derived) for e in res.edges] == [("a.txt", "b.txt")]


# -- a wire story's first version (a brief) on one site and its write-through --------------
AP_LINE = "Copyright 2029 The Associated Press. All rights reserved."
FULL = [
    "PORTMOOR, Ore. \u2014 Harbor officials said Wednesday that a broken rudder most likely sent "
    "a container ship onto a sandbar at the mouth of the Tillan River, stranding its crew of 19 "
    "for a second night.",
    "The Nordvik Star was carrying about 2,400 containers from Busan when it lost steering in "
    "heavy swell late on Monday, the Coast Guard said.",
    "Tugboats tried twice to pull the vessel free at high tide but had to give up after a "
    "towline snapped, a harbor spokeswoman said.",
    "Salvage engineers plan to pump ballast water out of the hull before the next attempt, "
    "which could come as early as Friday.",
    "No fuel has leaked, according to an overflight by state environmental inspectors.",
    "The river mouth is closed to shipping, and eleven vessels are waiting offshore to enter "
    "the port.",
    "Local fishermen said the sandbar has grown since the dredging budget was cut in 2016.",
    "The ship's owner, a Norwegian company, said it would pay for the salvage.",
    "State lawmakers called for a hearing on the harbor's dredging plans next month.",
]
BRIEF = ("PORTMOOR, Ore. \u2014 A container ship with a crew of 19 ran aground on a sandbar at "
         "the mouth of the Tillan River, harbor officials said.")


def test_a_wire_brief_and_its_write_through_on_one_site_are_an_update_outside_the_family():
    full = "\n\n".join(FULL + [AP_LINE])
    docs = [make_doc("brief.txt", BRIEF + "\n\n" + AP_LINE, "Capital Post"),
            make_doc("full.txt", full, "Capital Post"),
            make_doc("carrier.txt", full.replace("PORTMOOR, Ore. \u2014", "PORTMOOR, Ore. (AP) \u2014"),
                     "Harbour Daily")]
    res = infer_provenance(docs, [])
    brief_edges = [(e.source, e.derived, e.relation) for e in res.edges if "brief.txt" in
                   (e.source, e.derived)]
    assert brief_edges == [("brief.txt", "full.txt", "update")]   # the brief is shorter: earlier
    assert [f.members for f in res.families] == [["carrier.txt", "full.txt"]]
    assert all("brief.txt" not in f.partial for f in res.families)


def test_a_brief_and_a_story_months_apart_are_no_versions_of_one_story():
    """A write-through follows its brief within hours: a short story and a long one of one
    site whose ledes read alike, published months apart, are two stories (no update edge)."""
    full = "\n\n".join(FULL + [AP_LINE])
    brief = BRIEF + "\n\n" + AP_LINE
    near = [make_doc("brief.txt", brief, "Capital Post", "2019-03-04T09:00"),
            make_doc("full.txt", full, "Capital Post", "2019-03-04T18:00")]
    assert [(e.source, e.derived, e.relation) for e in infer_provenance(near, []).edges] == [
        ("brief.txt", "full.txt", "update")]
    apart = [make_doc("brief.txt", brief, "Capital Post", "2019-03-04T09:00"),
             make_doc("full.txt", full, "Capital Post", "2019-06-20T18:00")]
    assert infer_provenance(apart, []).edges == []


def test_two_wire_stories_of_one_site_of_like_length_are_no_update():
    full = "\n\n".join(FULL + [AP_LINE])
    other = "\n\n".join([BRIEF.replace("harbor officials said", "and a second ship was "
                                        "turned back, harbor officials said Thursday"),
                         "The second vessel, a grain carrier, waited offshore for the tide.",
                         "Dredging of the channel is to resume next week, the port said.",
                         "Pilots said the sandbar had shifted north since the winter storms.",
                         AP_LINE])
    docs = [make_doc("a.txt", full, "Capital Post"), make_doc("b.txt", other, "Capital Post")]
    assert infer_provenance(docs, []).edges == []


# -- a report of its own that carries one narration line the family's copies all print -------
OWN_REPORT = [
    "Passengers stranded off Port Vellan described a cold and anxious wait on deck as the fog "
    "lifted on Tuesday.",
    "A retired teacher from Tervo said the crew handed out blankets and kept people calm.",
    # one line of the text, carried word for word
    FERRY[6],
    "Harbour pilots said the channel markers had been moved last winter after a storm.",
    "A local councillor asked the island's transport board for a public meeting on the route.",
    "Shops at the quay stayed open late to serve hot drinks to the passengers.",
]


def test_a_report_carrying_a_line_the_familys_copies_print_partly_reuses_the_text():
    # one carried line against one copy is what independent reports share; shared with
    # several copies of one text it is that text's line: the report partly reuses the text
    text = "\n\n".join(FERRY)
    docs = [make_doc("first.txt", text, "Capital Post", "2022-03-01T08:00:00+00:00"),
            make_doc("second.txt", text, "Coast Gazette", "2022-03-01T09:00:00+00:00"),
            make_doc("third.txt", text, "Harbour Daily", "2022-03-01T10:00:00+00:00"),
            make_doc("own.txt", " ".join(OWN_REPORT), "Island Voice", "2022-03-01T12:00:00+00:00")]
    res = infer_provenance(docs, [])
    assert len(res.families) == 1
    fam = res.families[0]
    assert fam.partial == ["own.txt"]
    assert [(e.source, e.relation) for e in res.edges if e.derived == "own.txt"] == [
        (fam.representative, "partial")]


def test_a_line_shared_with_one_copy_of_two_makes_no_family_partial():
    # two copies make no family: the one carried line stays what independent reports share
    text = "\n\n".join(FERRY)
    docs = [make_doc("a.txt", text, "Coast Gazette", "2022-03-01"),
            make_doc("b.txt", text, "Harbour Daily", "2022-03-02"),
            make_doc("own.txt", " ".join(OWN_REPORT), "Island Voice", "2022-03-02")]
    res = infer_provenance(docs, [])
    assert all("own.txt" not in (e.source, e.derived) for e in res.edges)


def test_a_line_the_familys_copies_printed_a_year_before_is_background_not_reuse():
    # a carrier prints a text within days: the same line in a report a year later is the
    # line's author reusing background (or both quoting a record), not the text's copy
    text = "\n\n".join(FERRY)
    docs = [make_doc("first.txt", text, "Capital Post", "2022-03-01T08:00:00+00:00"),
            make_doc("second.txt", text, "Coast Gazette", "2022-03-01T09:00:00+00:00"),
            make_doc("third.txt", text, "Harbour Daily", "2022-03-01T10:00:00+00:00"),
            make_doc("own.txt", " ".join(OWN_REPORT), "Island Voice", "2023-02-20T12:00:00+00:00")]
    res = infer_provenance(docs, [])
    assert len(res.families) == 1 and res.families[0].partial == []
    assert all("own.txt" not in (e.source, e.derived) for e in res.edges)


# -- close copies of one text beside a carrier's loose rewrite of it --------------------------
LOOSE_REWRITE = [
    "A ferry with 212 people aboard grounded on a sandbank near Port Vellan on Tuesday "
    "morning, the coast guard said.",
    "Lifeboats and two trawlers took every passenger off the ship within four hours and no "
    "one was badly hurt, an officer said at the harbour.",
    "The Marisol Dawn, bound for the mainland from Tervo, hit the bank in dense fog soon "
    "after 5 a.m.",
    "The Port Vellan clinic treated seven people for cold and small cuts before letting them "
    "go, its director said.",
    "Tervo Line said its captain had slowed because of the fog and the hull was not leaking.",
    "Divers looked at the hull in the afternoon as the tide came in, and crews hoped to "
    "float the ship off by Wednesday evening.",
    "The maritime safety board is looking into why the ferry left the channel some 300 metres "
    "north of the buoys.",
    "Tervo Line called off its other crossings that day and offered refunds to anyone booked "
    "through Thursday.",
]


def test_a_loose_rewrite_leaves_the_family_of_close_copies_and_partly_reuses_its_text():
    """Three undated, uncredited copies of one text and a fourth site's loose rewrite of it:
    the copies resemble each other far more than the rewrite, which once read as an order
    of copies and left the copies chained ("second copied first"). The rewrite leaves; the
    copies are siblings under the text, and the rewrite partly reuses that text."""
    text = "\n\n".join(FERRY)
    docs = [make_doc("first.txt", text, "Capital Post"),
            make_doc("second.txt", text, "Coast Gazette"),
            make_doc("third.txt", text, "Harbour Daily"),
            make_doc("loose.txt", "\n\n".join(LOOSE_REWRITE), "Island Voice")]
    res = infer_provenance(docs, [])
    assert [(f.members, f.partial) for f in res.families] == [
        (["first.txt", "second.txt", "third.txt"], ["loose.txt"])]
    told = [d for d in res.detections if d.rule_type == "provenance"]
    # no sibling is named as another's source: each copy reuses the text (shared text, info)
    assert told and all(d.args.get("kind") == "shared-text" for d in told)


def test_two_twins_beside_a_loose_rewrite_stay_an_order_of_copies():
    """One close pair far from a third is a copy of a (spun) copy, not siblings beside a
    loose rewrite: no member leaves, and no family forms."""
    text = "\n\n".join(FERRY)
    docs = [make_doc("loose.txt", "\n\n".join(LOOSE_REWRITE), "Island Voice"),
            make_doc("second.txt", text, "Coast Gazette"),
            make_doc("third.txt", text, "Harbour Daily")]
    res = infer_provenance(docs, [])
    assert res.families == []


def test_a_copy_of_the_text_is_not_told_it_reuses_a_longer_rewrite_of_it():
    """A loose rewrite that retells all of the text and adds its own lines holds every
    sentence of each copy, so the copy reads as its subset; but the rewrite partly reuses the
    family's text, and a full copy of that text did not take it from a rewrite of it (issue
    11: ecbplus4, a later rewrite named as the wire copy's source). No uncredited reuse is
    reported on that edge; the siblings still share the text."""
    rewrite = LOOSE_REWRITE + [
        "Islanders say the route has long been served by old ships built for the calmer south.",
        "It was the route's second grounding in three years, after a cargo ship hit rocks near "
        "Tervo harbour in 2021.",
        "Passengers on the quay described a loud scraping noise and a sudden lurch before the "
        "engines stopped.",
        "Several said crew members handed out blankets and hot drinks while they waited for "
        "the lifeboats in the cold.",
        "A councillor for Port Vellan said the town would ask the government for a new pilot "
        "station at the channel entrance."]
    text = "\n\n".join(FERRY)
    docs = [make_doc("first.txt", text, "Capital Post"),
            make_doc("second.txt", text, "Coast Gazette"),
            make_doc("third.txt", text, "Harbour Daily"),
            make_doc("loose.txt", "\n\n".join(rewrite), "Island Voice")]
    res = infer_provenance(docs, [])
    (fam,) = res.families
    assert fam.partial == ["loose.txt"]
    told = [d for d in res.detections if d.rule_type == "provenance"]
    assert told and all(d.args["parent"] != "loose.txt" for d in told)
    assert all(d.args.get("kind") == "shared-text" for d in told)
