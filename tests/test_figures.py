"""Figures: value, approximator, referent, source and time; compared only for one referent."""
from quotecheck.derivation import prepare
from quotecheck.figures import extract_figures
from quotecheck.model import Document, Metadata
from quotecheck.provenance import infer_provenance
from quotecheck.textview import TextView


def _doc(doc_id, text, outlet=None, published=None):
    return Document(doc_id, doc_id, text, TextView.identity(text),
                    Metadata(outlet=outlet, published=published))


def _figs(text):
    return [(f.text, f.approximator, f.referent, f.source, f.time)
            for f in extract_figures(prepare(_doc("d", text)))]


def test_value_approximator_referent_source():
    got = _figs("At least 164 people were killed and almost 8,000 people have been arrested, "
                "according to the country's authorities.")
    assert got[0][3] == "country's authorities" and got[0][4] is None
    assert [g[:3] for g in got] == [("164", "at least", "people killed"),
                                    ("8,000", "almost", "people detained")]


def test_referent_before_the_figure_and_time():
    got = _figs("Authorities blamed “terrorists” who number as many as 20,000. "
                "The interior ministry said earlier Monday that nearly 8,000 people had been detained.")
    assert got[0][:3] == ("20,000", "as many as", "militants")
    assert got[1][2:] == ("people detained", "The interior ministry", "monday")


def test_years_ages_and_quoted_numbers_are_not_counts():
    assert _figs("In 2014, the 81-year-old leader said “3,000 troops came”.") == []


def test_troop_synonyms_share_a_referent():
    assert _figs("The bloc included 2,030 troops.")[0][2] == _figs("It had 2,030 soldiers.")[0][2]


def _story(parent_fig, child_fig):
    base = ("The alliance sent {n} troops to Almaty after Zorvan Pellic asked for help. "
            "Protesters stormed the Kirrin Square offices and set fire to the mayor's building. "
            "The Vostrel Front accused Pellic of provoking the violence in Almaty. "
            "Internet access was cut across Ostravia and the main airport was closed. "
            "The Vostrel Front said its offices in Almaty had been raided by the police.")
    return base.format(n=parent_fig), base.format(n=child_fig).replace("sent", "dispatched")


def test_number_detection_when_a_copy_changes_a_figure():
    p, c = _story("2,030", "3,500")
    res = infer_provenance([_doc("p", p, "Wire", "2022-01-10"), _doc("c", c, None, "2022-01-11")], [])
    assert [(e.source, e.derived) for e in res.edges] == [("p", "c")]
    (num,) = [d for d in res.detections if d.rule_type == "number"]
    assert (num.document, c[num.start:num.end], num.args["parent_value"]) == ("c", "3,500", "2,030")


def test_spread_between_independent_outlets_is_recorded_not_flagged():
    a = _doc("a", "Authorities say 5,800 people have been detained in Ostravia.", "A")
    b = _doc("b", "The ministry said on Monday that nearly 8,000 people had been detained in Ostravia.", "B")
    res = infer_provenance([a, b], [])
    assert not [d for d in res.detections if d.rule_type == "number"]
    (rec,) = [r for r in res.figures if r["referent"] == "people detained"]
    assert {v["text"] for v in rec["values"]} == {"5,800", "8,000"}
    assert rec["independent_roots"] == 2


def test_same_referent_same_time_disagreement_is_flagged():
    a = _doc("a", "The ministry said on Monday that 5,800 people had been detained in Ostravia.", "A")
    b = _doc("b", "Police said on Monday that 9,100 people were detained across Ostravia.", "B")
    res = infer_provenance([a, b], [])
    (num,) = [d for d in res.detections if d.rule_type == "number"]
    assert num.args["time"] == "on monday" or num.args["time"] == "monday"
