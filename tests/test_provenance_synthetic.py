"""Unseen-style story sets: a spun copy and a credited syndicated copy among independent reports."""
import random

import pytest
from provenance_synth import independent_report, make_doc, spin, story_facts, story_set, wire_report

from quotecheck.provenance.infer import infer_provenance


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("metadata", [True, False])
def test_spun_and_syndicated_edges_with_direction(seed, metadata):
    s = story_set(seed, metadata=metadata)
    docs = list(s.values())
    random.Random(seed).shuffle(docs)  # input order must not decide direction
    res = infer_provenance(docs, [])
    got = {(e.source, e.derived): e for e in res.edges}
    assert set(got) == {("indep.txt", "spun.txt"), ("wire.txt", "synd.txt")}
    assert got[("indep.txt", "spun.txt")].relation == "rewrite"
    assert got[("wire.txt", "synd.txt")].relation == "syndication"
    assert all(e.confidence >= 0.7 for e in got.values())
    assert res.independent_roots([d.id for d in docs]) == 2
    undisclosed = [d.document for d in res.detections if d.rule_type == "provenance"]
    assert undisclosed == ["spun.txt"]
    detail = dict((r[0], r[1]) for r in res.roots_detail([d.id for d in docs]))
    assert detail["wire.txt"] == "Reuters"


def test_several_stories_do_not_cross_link():
    docs = []
    for seed in range(1, 5):
        docs += list(story_set(seed, prefix=f"s{seed}-").values())
    res = infer_provenance(docs, [])
    assert len(res.edges) == 8
    assert all(e.source.split("-")[0] == e.derived.split("-")[0] for e in res.edges)


def test_publication_time_decides_direction():
    rng = random.Random(3)
    f = story_facts(rng)
    text = independent_report(f)
    copy = spin(text, rng)
    # the spun copy claims to be earlier: time wins over chrome
    a = make_doc("a.txt", text, "Daily Courier", "2022-01-11")
    b = make_doc("b.txt", copy, None, "2022-01-10")
    res = infer_provenance([a, b], [])
    assert [(e.source, e.derived) for e in res.edges] == [("b.txt", "a.txt")]


def test_copy_of_copy_chains_rather_than_fans_out():
    rng = random.Random(5)
    f = story_facts(rng)
    text = independent_report(f)
    first = spin(text, rng)
    second = first.replace("Source link", "").replace("stated", "remarked")
    docs = [make_doc("orig.txt", text, "Daily Courier", "2022-01-10"),
            make_doc("copy1.txt", first, None, "2022-01-11"),
            make_doc("copy2.txt", second, None, "2022-01-12")]
    res = infer_provenance(docs, [])
    assert res.parent_of("copy2.txt") == "copy1.txt"
    assert res.root_of("copy2.txt") == "orig.txt"
    assert res.derives("copy2.txt", "orig.txt")
    assert res.independent_roots(["orig.txt", "copy1.txt", "copy2.txt"]) == 1


def test_shared_translation_needs_a_credit_or_citation():
    quote = ("“We will not allow the situation to be rocked at home and will not allow "
             "so-called revolutions to take place,” the president said.")
    agency = make_doc("agency.txt", "The Zorvan summit opened in Ostravia on Monday. " + quote +
                      " Delegates from six states attended the closed session.", "RIA Novosti")
    citing = make_doc("citing.txt", "Leaders met by video link as unrest spread. " + quote[:-23] +
                      "” the president said, according to the state-run RIA Novosti news agency. "
                      "Markets in the region fell sharply.", "Daily Courier")
    silent = make_doc("silent.txt", citing.text.replace(
        ", according to the state-run RIA Novosti news agency", ""), "Other Paper")
    res = infer_provenance([agency, citing], [])
    assert [(e.source, e.derived, e.relation) for e in res.edges] == [
        ("agency.txt", "citing.txt", "shared-translation")]
    assert res.independent_roots(["agency.txt", "citing.txt"]) == 1
    res = infer_provenance([agency, silent], [])
    assert res.edges == []


def test_spun_copy_without_chrome_points_away_from_the_named_outlet():
    rng = random.Random(11)
    text = independent_report(story_facts(rng))
    docs = [make_doc("z-copy.txt", spin(text, rng)), make_doc("a-orig.txt", text, "Daily Courier")]
    res = infer_provenance(docs, [])
    assert [(e.source, e.derived, e.relation) for e in res.edges] == [
        ("a-orig.txt", "z-copy.txt", "rewrite")]


def test_uncredited_lifted_passages_are_partial_reuse():
    rng = random.Random(12)
    f = story_facts(rng)
    wire = wire_report(f)
    paras = wire.split("\n\n")
    own = ("Our correspondent in the region described empty streets and long queues at petrol "
           "stations.\n\nLocal traders said prices had tripled within a week.\n\nA teacher said "
           "schools had been closed until further notice.\n\nResidents stocked up on flour, "
           "candles and batteries.\n\nTaxi drivers staged a protest of their own at the airport.")
    lifted = "\n\n".join([own, paras[2], paras[3], paras[5], "Hospitals asked for blood donors."])
    res = infer_provenance([make_doc("wire.txt", wire, "Reuters"),
                            make_doc("blog.txt", lifted, "Some Blog")], [])
    assert [(e.source, e.derived, e.relation) for e in res.edges] == [
        ("wire.txt", "blog.txt", "partial")]
    assert [d.document for d in res.detections if d.rule_type == "provenance"] == ["blog.txt"]


def test_stock_phrases_shared_by_independent_reports_make_no_edge():
    a = make_doc("a.txt", "Russian President Vladimir Putin said on Monday that the alliance would "
                 "protect its members. Troops arrived in Almaty on Thursday, officials said. "
                 "Markets in Moscow fell as investors worried about sanctions. A curfew was "
                 "imposed in the largest city.", "Paper A")
    b = make_doc("b.txt", "The alliance will defend its members, Vladimir Putin, the Russian "
                 "president, told leaders on Monday. The opposition called for talks with the "
                 "government. Soldiers reached Almaty on Thursday, according to the defence "
                 "ministry. Diplomats urged restraint.", "Paper B")
    assert infer_provenance([a, b], []).edges == []


def test_credited_copy_of_an_unnamed_wire_text():
    rng = random.Random(21)
    wire = wire_report(story_facts(rng)).replace(" (Reuters)", "")
    copy = "\n\n".join(wire.split("\n\n")[:-2] + ["Material from Reuters used under licence."])
    docs = [make_doc("b.txt", copy, "Portal"), make_doc("a.txt", wire)]
    res = infer_provenance(docs, [])
    assert [(e.source, e.derived, e.relation) for e in res.edges] == [
        ("a.txt", "b.txt", "syndication")]
    assert not [d for d in res.detections if d.rule_type == "provenance"]


@pytest.mark.parametrize("seed", range(4))
def test_many_copies_of_one_original_collapse_to_it(seed):
    from provenance_synth import SCRAPER_CHROME

    rng = random.Random(seed)
    text = independent_report(story_facts(rng))
    docs = [make_doc("orig.txt", text, "Daily Courier"),
            make_doc("c1.txt", spin(text, rng) + SCRAPER_CHROME),
            make_doc("c2.txt", spin(text, rng) + SCRAPER_CHROME),
            make_doc("synd.txt", text.replace("Your donation keeps our journalism free.",
                                              "Material from Daily Courier used under licence."),
                     "Portal")]
    res = infer_provenance(docs, [])
    assert all(res.root_of(d.id) == "orig.txt" for d in docs)
    assert res.independent_roots([d.id for d in docs]) == 1
    assert res.parent_of("synd.txt") == "orig.txt"
    assert {e.derived for e in res.edges} == {"c1.txt", "c2.txt", "synd.txt"}


@pytest.mark.parametrize("pa, pb, expected", [
    ("2022-01-10", "2022-01-11", 1), ("2022-01-11T09:00:00Z", "2022-01-10", -1),
    ("2022-01-10", "2022-01-10T08:00:00Z", 0), ("2022-01-10T10:00:00+00:00", "2022-01-10T08:00:00Z", -1),
    # a time without offset is taken as UTC (docs/provenance.md): 10:00 is after 08:00Z
    (None, "2022-01-10", 0), ("2022-01-10T10:00:00", "2022-01-10T08:00:00Z", -1)])
def test_publication_order(pa, pb, expected):
    from quotecheck.provenance.direction import earlier

    assert earlier(pa, pb) == expected


def _briefing_report(f: dict) -> str:
    """Another outlet's own report that prints the leader's English sentence word for word
    (both reporters heard it at one briefing) and tells a few of the same facts its own way."""
    return "\n\n".join([
        f"{f['leader']} promises order as {f['country']} protest toll climbs",
        f"{f['capital'].upper()} - Security forces patrolled {f['capital']} on {f['day']} after "
        f"protests over {f['fuel']} prices turned deadly in the capital and in provincial towns, "
        f"officials said.",
        f"“We will not allow a handful of provocateurs to destroy what our nation has built,” "
        f"{f['leader']} told a news conference at the presidential palace.",
        f"Hospital staff in the capital said at least {f['killed']} people had been killed "
        f"since the clashes began.",
        "Long queues formed outside bakeries and petrol stations as shopkeepers raised prices.",
        f"Teachers in {f['capital']} said schools would stay closed until the curfew was lifted.",
        "A regional bloc offered to mediate, but neither side has answered.",
    ])


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("metadata", [True, False])
def test_shared_briefing_quote_is_no_derivation(seed, metadata):
    """Two independent reports sharing one English statement verbatim and a few similar
    facts get no edge, so neither gets an undisclosed-reuse finding."""
    f = story_facts(random.Random(100 + seed))
    docs = [make_doc("wire.txt", wire_report(f), "Reuters" if metadata else None),
            make_doc("other.txt", _briefing_report(f), "Evening Post" if metadata else None)]
    res = infer_provenance(docs, [])
    assert res.edges == []
    assert not [d for d in res.detections if d.rule_type in ("provenance", "number")]


def test_credited_lightly_edited_copy_is_syndication_not_undisclosed():
    """A copy that rewords a headline and a word or two and credits the wire in a closing
    'Material from ... was used' line is the wire's syndicated copy, disclosed."""
    f = story_facts(random.Random(41))
    wire = wire_report(f)
    paras = wire.split("\n\n")
    paras[0] = f"{f['country']}: {f['leader']} pledges to end the unrest"
    paras[1] = paras[1].split(" - ", 1)[1].replace("promised", "pledged")
    paras[2] = paras[2].replace("clashes", "fighting")
    copy = "\n\n".join(paras[:-3] + ["Material from Reuters was used in this report."])
    docs = [make_doc("wire.txt", wire), make_doc("copy.txt", copy, "Island Times")]
    res = infer_provenance(docs, [])
    assert [(e.source, e.derived, e.relation) for e in res.edges] == [
        ("wire.txt", "copy.txt", "syndication")]
    assert not [d for d in res.detections if d.rule_type == "provenance"]


def test_two_short_briefs_of_one_event_stay_unlinked_but_a_short_copy_is_found():
    a = ("Quake jolts Verrin coast\n\n"
         "A magnitude 6.1 earthquake struck off the Verrin coast early on Friday, the national "
         "seismology office said. No damage was reported in the port city of Saldo.")
    b = ("Strong tremor felt in Saldo\n\n"
         "Residents of Saldo ran into the streets when a strong earthquake shook the Verrin "
         "coast before dawn on Friday. Officials said there were no reports of damage.")
    res = infer_provenance([make_doc("a.txt", a, "Coast Radio"), make_doc("b.txt", b, "Daily")], [])
    assert res.edges == []
    c = a.replace("struck off", "hit off").replace("was reported", "has been reported")
    res = infer_provenance([make_doc("a.txt", a, "Coast Radio", "2024-05-03T06:00:00Z"),
                            make_doc("c.txt", c, "Portal", "2024-05-03T09:00:00Z")], [])
    assert [(e.source, e.derived) for e in res.edges] == [("a.txt", "c.txt")]


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("chrome", [True, False])
@pytest.mark.parametrize("timestamps", [False, True])
def test_copy_explains_away_resemblance_to_an_independent_translation(seed, chrome, timestamps):
    """Two agency translations of one interview share facts in order (no edge); a spun copy of
    one must not also be linked to the other, whose resemblance its parent already explains,
    and chrome on the copy must not change how sure the true edge is."""
    from provenance_synth import interview_set

    docs = list(interview_set(seed, chrome=chrome, timestamps=timestamps).values())
    random.Random(seed).shuffle(docs)
    res = infer_provenance(docs, [])
    got = {(e.source, e.derived): e for e in res.edges}
    assert set(got) == {("c1.txt", "c4.txt"), ("c2.txt", "c3.txt")}
    assert got[("c1.txt", "c4.txt")].relation == "rewrite"
    assert got[("c1.txt", "c4.txt")].confidence >= 0.75
    assert res.independent_roots([d.id for d in docs]) == 2
    if not timestamps:
        plain = infer_provenance(list(interview_set(seed, chrome=not chrome).values()), [])
        other = {(e.source, e.derived): e.confidence for e in plain.edges}
        assert other.get(("c1.txt", "c4.txt")) == got[("c1.txt", "c4.txt")].confidence


@pytest.mark.parametrize("seed", range(3))
def test_second_source_lifted_into_a_copy_is_not_explained_away(seed):
    """A spun copy of the wire that also lifts paragraphs from an independent report keeps both
    parents: the lifted sentences are not ones the wire explains."""
    from provenance_synth import SCRAPER_CHROME

    rng = random.Random(seed)
    f = story_facts(rng)
    wire, indep = wire_report(f), independent_report(f)
    lifted = "\n\n".join(indep.split("\n\n")[4:7])
    copy = spin(wire, rng).replace(" (Reuters)", "") + "\n\n" + lifted + SCRAPER_CHROME
    docs = [make_doc("wire.txt", wire, "Reuters"), make_doc("ind.txt", indep, "Courier"),
            make_doc("c.txt", copy)]
    res = infer_provenance(docs, [])
    assert {(e.source, e.derived, e.relation) for e in res.edges} == {
        ("wire.txt", "c.txt", "rewrite"), ("ind.txt", "c.txt", "partial")}
