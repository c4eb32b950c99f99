"""A page never measured against a family's copies is measured against its representative
once the families are known (quotecheck.provenance.familyreach.unmeasured_near_representatives,
used by infer_provenance). Each document keeps only its strongest candidates, and the copies of
one story share nearly every rare key: a page that copies one story and carries a few lines of
another had its list filled with the copies of the first, while the copies of the second filled
theirs with each other, so the page and the second story were never compared."""
from types import SimpleNamespace

from quotecheck.load.loader import load_text
from quotecheck.provenance.derivation import settings
from quotecheck.provenance.families import Family
from quotecheck.provenance.familyreach import unmeasured_near_representatives
from quotecheck.provenance.infer import infer_provenance

_BRIDGE = ("Engineers closed the Varnholt bridge over the Quellin river on Monday after "
           "inspectors found cracks in two pylons. The Varnholt crossing carries forty thousand "
           "vehicles a day between Ostrelund and Pammerby. Inspector Edda Morvaine said the "
           "cracks had widened since the spring survey of the pylons. Freight lorries will be "
           "diverted through Kessling and the Tormel ring road for at least six weeks. The "
           "regional transport office promised a full structural report by the end of the "
           "month. Commuters queued for the Quellin ferries before dawn on Monday morning.")
_COACH = ("Brannick United dismissed coach Halvard Trossen on Thursday after the club's "
          "elimination from the Zellmar cup by Osterfeld Rovers. The board praised Trossen's "
          "years at the club but wanted a younger staff on the bench. Brannick beat Corvath "
          "five goals to one in the first round and then lost twice to lowly Pellworth "
          "sides. Assistant coach Leontyne Abelard will lead the squad until a "
          "successor is named. Trossen had joined Brannick from Vellacourt four seasons ago "
          "and reached the Zellmar semifinal in his first year. Supporters gathered outside "
          "the Brannick stadium on Thursday evening to thank the departing coach.")
_FILLER = ["The {0} garden club held its annual show of roses and dahlias in the {0} hall. "
           "Judges praised the {0} entries for colour and scent. The {0} mayor gave prizes "
           "to twelve growers from the {0} valley.".format(w) for w in (
               "Abbotsmere", "Brightwold", "Cindervale", "Dunharrow", "Elmscote", "Fallowmere",
               "Glenrook", "Hartsfield", "Ivybridge", "Juniper", "Kestrelmoor", "Larkspur",
               "Marrowdale", "Nettlecombe", "Oakhampton", "Pendlebury")]


def _docs():
    docs = [load_text(f"{_BRIDGE}", f"bridge-{k}.txt") for k in range(3)]
    docs += [load_text(f"BRANNICK (AP) - {_COACH}", f"coach-{k}.txt") for k in range(3)]
    # a page carrying the bridge story whole and three lines of the coach story
    coach = _COACH.split(". ")
    docs.append(load_text(_BRIDGE + " In other news, " + ". ".join(coach[:3]) + ".",
                          "roundup.txt"))
    docs += [load_text(t, f"filler-{k}.txt") for k, t in enumerate(_FILLER)]
    return docs


def _linked(result, a: str, b: str) -> bool:
    edges = {frozenset((e.source, e.derived)) for e in result.edges}
    fam = [f for f in result.families if b in f.members]
    return frozenset((a, b)) in edges or any(a in f.partial for f in fam)


def test_a_page_whose_candidates_are_another_storys_copies_reaches_the_family(monkeypatch):
    monkeypatch.setitem(settings()["align"], "max_candidates", 2)
    result = infer_provenance(_docs())
    coach = {m for f in result.families for m in f.members if m.startswith("coach-")}
    assert len(coach) == 3   # the copies of the coach story are one family
    assert any("roundup.txt" in f.partial for f in result.families
               if "coach-0.txt" in f.members) or any(
        _linked(result, "roundup.txt", c) for c in coach)


def test_without_the_family_reach_the_page_stays_apart(monkeypatch):
    monkeypatch.setitem(settings()["align"], "max_candidates", 2)
    monkeypatch.setitem(settings()["align"], "family_reach_candidates", 0)
    result = infer_provenance(_docs())
    coach = {m for f in result.families for m in f.members if m.startswith("coach-")}
    assert not any(_linked(result, "roundup.txt", c) for c in coach)


def _text(doc_id: str, keys: str):
    return SimpleNamespace(doc=SimpleNamespace(id=doc_id), rare=frozenset(keys.split()))


def test_reach_pairs_skip_members_measured_pages_and_keep_the_budget(monkeypatch):
    monkeypatch.setitem(settings()["align"], "family_reach_candidates", 2)
    texts = [_text("rep", "k1 k2 k3 k4 k5 k6"), _text("m2", "k1 k2 k3 k4 k5 k6"),
             _text("short", "k1 k2 k3 z1"),                 # 3 of its 4 keys: first
             _text("long", "k1 k2 k3 k4 y1 y2 y3 y4 y5 y6 y7 y8"),
             _text("thin", "k1 k2 x1 x2"),                  # 2 keys: below min_shared_rare
             _text("seen", "k1 k2 k3 k4 k5 w1"),            # measured against m2 already
             _text("agg", "k1 k2 k3 k4 k5 k6"),             # an aggregator page
             _text("late", "k1 k2 k3 v1 v2 v3 v4 v5 v6 v7 v8 v9 v10 v11 v12")]
    fam = Family("text:x", "", ["m2", "rep"], "rep")
    features = {("m2", "seen"): (None, None), ("rep", "m2"): (None, "verbatim")}
    got = unmeasured_near_representatives([fam], texts, features, frozenset({"agg"}))
    assert [d for _, d in got] == ["short", "long"]   # "late" is past the budget
    monkeypatch.setitem(settings()["align"], "family_reach_candidates", 0)
    assert unmeasured_near_representatives([fam], texts, features) == []
