"""Declared credits: datelines, contributed reporting, material-from lines, attributions."""
import pytest
from credit_helpers import credits_of as _credits
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.model import Document, Metadata
from quotecheck.provenance.credits import parse_credits, reuse_credits
from quotecheck.text.textview import TextView


@pytest.mark.parametrize("text, name, kind", [
    ("NUR-SULTAN, Jan. 10 (Reuters) – Russian President Vladimir Putin said", "Reuters", "dateline"),
    ("MOSCOW (AP) — The Kremlin said", "Associated Press", "dateline"),
    ("(AFP) - Troops arrived", "Agence France-Presse", "dateline"),
    ("Dozens were killed.\n\nAFP contributed reporting.", "Agence France-Presse", "contributed"),
    ("Some material in this report came from The Associated Press and Reuters.", "Reuters", "material"),
    ("Some material in this report came from The Associated Press and Reuters.", "Associated Press", "material"),
    ("Material from Reuters used under licence.", "Reuters", "licence"),
    ("Putin said, according to the state-run RIA Novosti news agency.", "RIA Novosti", "according-to"),
    ("This article originally appeared on The Moscow Times.", "The Moscow Times", "originally"),
    ("Markets fell.\n\nSource: Reuters", "Reuters", "source-line"),
    ("A camp was bombed on Thursday, a Reuters witness said.", "Reuters", "according-to"),
    ("The AFP correspondent at the scene counted nine bodies.", "Agence France-Presse", "according-to"),
    ("Markets fell.\n\n— AFP", "Agence France-Presse", "source-line"),
    ("By Reuters\n\nMarkets fell.", "Reuters", "byline"),
    ("Markets fell.\n\n© Reuters 2022", "Reuters", "copyright"),
    ("Republished with permission from The Moscow Times.", "The Moscow Times", "originally"),
    # dateline punctuation other than a dash, agency long forms and other wires
    ("Lima, 3 March (EFE).- Congress voted", "EFE", "dateline"),
    ("ROME, March 3 (ANSA) : The senate voted", "ANSA", "dateline"),
    ("BERLIN (dpa) \u2013 Ministers met", "dpa", "dateline"),
    ("MOSCOW, March 3. /TASS/. The Kremlin said", "TASS", "dateline"),
    ("SEOUL, March 3 (Yonhap) -- Officials said", "Yonhap", "dateline"),
    ("Ministers met.\n\nThis story was supplied by Kyodo News.", "Kyodo News", "material"),
    ("Ministers met.\n\nThe content was distributed by Agencia EFE.", "EFE", "material"),
    ("Ministers met.\n\nProvided by Deutsche Presse-Agentur", "dpa", "material"),
    ("Ministers met.\n\nReporting from Agence France-Presse was used in this article.",
     "Agence France-Presse", "material"),
    ("Ministers met.\n\nMaterial from the Press Trust of India was included in this report.",
     "Press Trust of India", "material"),
    ("Ministers met (via Xinhua).", "Xinhua", "source-line"),
    ("Ministers met, with additional reporting from the Press Association.", "PA Media",
     "contributed"),
    # ASCII wire copy writes the dateline dash as a spaced underscore
    ("YANGON, Myanmar (AP) _ The embassy denied the report.", "Associated Press", "dateline"),
    ("(AP) _ The embassy denied the report.", "Associated Press", "dateline"),
    ("He spoke, according to Russian news agency TASS.", "TASS", "according-to"),
    # a sentence that opens with the attribution (ecbplus3: "According to the BBC, ...")
    ("According to the Associated Press, the patch covers every version.", "Associated Press",
     "according-to"),
])
def test_credit_forms(text, name, kind):
    assert (name, kind) in [(n, k) for n, k, _, _ in _credits(text)]


def test_attribution_is_not_reuse_and_people_are_not_outlets():
    got = _credits("He spoke, according to the state-run RIA Novosti.\n"
                   "Reporting by Tamara Vaal; editing by Mark Trevelyan")
    assert ("RIA Novosti", "according-to", False) in [g[:3] for g in got]
    assert ("Tamara Vaal", "reporting-by", False) in [g[:3] for g in got]


def test_a_longer_name_is_not_read_as_the_outlet_it_contains():
    """"Australian Associated Press" is one agency: no credit to the Associated Press."""
    got = _credits("The minister said the mine would reopen in spring, according to Australian "
                   "Associated Press.")
    assert "Associated Press" not in [g[0] for g in got]


def test_an_underscore_inside_a_word_is_no_dateline_dash():
    assert _credits("SYDNEY (AP)_x marks the spot.") == []


def test_no_credit_from_a_person_or_a_mention():
    assert _credits("Kortunov told the English language newspaper The Moscow Times.") == []
    assert _credits("The ministry said so, according to Tokayev.") == []
    assert _credits("By Tamara Vaal\n\nPhoto © Alexei Nikolsky/Sputnik/AP") == []


def test_reuse_credits_set():
    doc_text = "Some material in this report came from The Associated Press and Reuters."
    doc = Document("d", "d", doc_text, TextView.identity(doc_text), Metadata())
    assert reuse_credits(parse_credits(doc)) == {"Associated Press", "Reuters"}


def test_spans_are_original_offsets():
    text = "Intro.\n\nLONDON (Reuters) - Markets fell."
    (name, kind, _, span), = _credits(text)
    assert span.startswith("LONDON") and span.rstrip().endswith("-")


@given(st.text(max_size=200))
def test_never_crashes_and_spans_in_bounds(text):
    doc = Document("d", "d", text, TextView.identity(text), Metadata())
    for c in parse_credits(doc):
        assert 0 <= c.start <= c.end <= len(text)


def test_via_and_provided_need_an_outlet_or_a_credit_line():
    assert _credits("He flew to Ankara via Istanbul and posted via Telegram.") == []
    assert _credits("Water was provided by the Red Cross at the shelter.") == []


@pytest.mark.parametrize("text, names", [
    ("Floods spread.\n\n(With inputs from PTI)", {"Press Trust of India"}),
    ("Floods spread.\n\n\u2014 AFP/Reuters", {"Agence France-Presse", "Reuters"}),
    ("Floods spread.\n\nSource: RFE/RL", {"Radio Free Europe/Radio Liberty"}),
    ("Floods spread.\n\nSources: AFP, Reuters and dpa.", {"Agence France-Presse", "Reuters", "dpa"}),
])
def test_closing_credit_lines_name_every_agency(text, names):
    assert {n for n, _, reuse, _ in _credits(text) if reuse} == names


def test_with_in_a_sentence_is_no_credit():
    assert _credits("With friends like these, who needs enemies.\n\nWith Reuters gone, AFP led.") == []


def test_agency_abbreviation_read_as_agency_only_in_a_dateline():
    assert [(n, k) for n, k, _, _ in _credits("LONDON (PA) - Rail workers walked out.")] == [
        ("PA Media", "dateline")]
    assert _credits("Figures from the PA reported a rise in arrests.") == []


def _set_credits(text, outlets=()):
    from quotecheck.provenance.credits import set_outlet_keys
    doc = Document("d", "d", text, TextView.identity(text), Metadata())
    return [(c.name, c.kind) for c in parse_credits(doc, set_outlet_keys(outlets))]


def test_credit_line_naming_a_set_outlet_by_its_title():
    """A sister edition credited by its title ("From Solar Weekly Asia.", "first published by
    ...") is a credit to the set's outlet of that name or domain, whatever its spelling."""
    outs = ["solar-weekly-asia.net", "solar-weekly.net"]
    text = "Grid storage grows. From solar weekly Asia. The plant opens in May."
    assert _set_credits(text, outs) == [("solar-weekly-asia.net", "originally")]
    text = "The plant opens.\n\nThis article was first published by Solar Weekly Asia."
    assert _set_credits(text, ["www.solar-weekly-asia.net"]) == [
        ("www.solar-weekly-asia.net", "originally")]
    # no outlet of that name in the set or the table: no credit
    assert _set_credits("Grid storage grows. From Monday. The plant opens.", outs) == []
    assert _set_credits("Grid storage grows. From solar weekly Asia. It opens.") == []


def test_sister_edition_credit_is_not_undisclosed_reuse():
    from quotecheck.provenance.infer import infer_provenance
    body = ("Harbour Solar has started building a 40 MW solar farm near Kelso, the company "
            "said on Tuesday. The plant will cost 61 million dollars and feed 12,000 homes. "
            "Construction is expected to finish in March 2026, and a battery of 20 MWh will "
            "follow in a second phase. Harbour Solar chief Ada Brennan said the site was "
            "chosen for its grid connection and its flat land.\n\nThe council approved the "
            "project in January after a public consultation that drew 340 responses.")
    head = "Harbour Solar starts work on a 40 MW plant near Kelso."
    docs = [Document("a.txt", "a.txt", f"{head}\n\n{body}", TextView.identity(f"{head}\n\n{body}"),
                     Metadata(outlet="solar-weekly-asia.net")),
            Document("b.txt", "b.txt", f"{head} From Solar Weekly Asia.\n\n{body}",
                     TextView.identity(f"{head} From Solar Weekly Asia.\n\n{body}"),
                     Metadata(outlet="solar-weekly.net"))]
    res = infer_provenance(docs, [])
    assert res.edges
    assert not [d for d in res.detections if d.rule_type == "provenance"]
    # the same copy without the credit line is still reported
    plain = f"{head}\n\n{body}"
    docs[1] = Document("b.txt", "b.txt", plain, TextView.identity(plain),
                       Metadata(outlet="solar-weekly.net"))
    res = infer_provenance(docs, [])
    assert [d.document for d in res.detections if d.rule_type == "provenance"]


def test_a_known_agency_keeps_the_table_name_and_names_its_domain():
    from quotecheck.provenance.wire import names_parent, wire_of
    text = "LONDON (Reuters) - Markets fell on Monday."
    doc = Document("d", "d", text, TextView.identity(text), Metadata())
    from quotecheck.provenance.credits import set_outlet_keys
    found = parse_credits(doc, set_outlet_keys(["www.reuters.com", "www.example-times.com"]))
    assert [c.name for c in found] == ["Reuters"] and wire_of(found) == "Reuters"
    assert names_parent(found, "www.reuters.com")
    assert not names_parent(found, "www.example-times.com")


def test_a_statement_given_to_a_named_outlet_credits_that_outlet():
    """A rewrite that says whom a statement was given to ("Harbour Solar told Solar Weekly
    Asia") names the outlet whose reporting it carries: no reuse without credit; a mention
    with a descriptor between ("told the trade magazine ...") is no credit."""
    assert ("Associated Press", "told") in [
        (n, k) for n, k, _, _ in _credits("The minister told The Associated Press late on Monday "
                                          "that the talks had stalled.")]
    assert ("Associated Press", "told") in [
        (n, k) for n, k, _, _ in _credits("In a statement sent to the Associated Press, the "
                                          "ministry said the talks had stalled.")]
    assert _set_credits("Harbour Solar told the trade magazine Solar Weekly Asia it would "
                        "build.", ["solar-weekly-asia.net"]) == []
    from quotecheck.provenance.infer import infer_provenance
    body = ("Harbour Solar has started building a 40 MW solar farm near Kelso, the company "
            "said on Tuesday. The plant will cost 61 million dollars and feed 12,000 homes. "
            "Construction is expected to finish in March 2026, and a battery of 20 MWh will "
            "follow in a second phase. Harbour Solar chief Ada Brennan said the site was "
            "chosen for its grid connection and its flat land.\n\nThe council approved the "
            "project in January after a public consultation that drew 340 responses.")
    told = body.replace("chief Ada Brennan said", "chief Ada Brennan told Solar Weekly Asia")
    docs = [Document("a.txt", "a.txt", body, TextView.identity(body),
                     Metadata(outlet="solar-weekly-asia.net", published="2025-05-01")),
            Document("b.txt", "b.txt", told, TextView.identity(told),
                     Metadata(outlet="grid-daily.net", published="2025-05-02"))]
    res = infer_provenance(docs, [])
    assert res.edges
    assert not [d for d in res.detections if d.rule_type == "provenance"]


def test_a_statement_given_to_an_agency_in_both_texts_is_no_wire_credit():
    """A paper's story that says "X told AFP" and its uncredited copy both name AFP: the copy
    still reuses the paper without credit (the statement's mention is no wire's story)."""
    from quotecheck.provenance.infer import infer_provenance
    body = ("Harbour Solar has started building a 40 MW solar farm near Kelso, the company "
            "said on Tuesday. The plant will cost 61 million dollars and feed 12,000 homes. "
            "Construction is expected to finish in March 2026, and a battery of 20 MWh will "
            "follow in a second phase. Harbour Solar chief Ada Brennan told AFP the site was "
            "chosen for its grid connection and its flat land.\n\nThe council approved the "
            "project in January after a public consultation that drew 340 responses.")
    docs = [Document("a.txt", "a.txt", body, TextView.identity(body),
                     Metadata(outlet="kelso-courier.net", published="2025-05-01")),
            Document("b.txt", "b.txt", body, TextView.identity(body),
                     Metadata(outlet="grid-daily.net", published="2025-05-02"))]
    res = infer_provenance(docs, [])
    assert [d.document for d in res.detections if d.rule_type == "provenance"] == ["b.txt"]


def test_a_copy_naming_the_agency_as_its_witness_credits_it():
    """'..., a Reuters witness said': the text says the agency's own staff reported it, so a
    copy of the agency's page that says so credits the agency (issue 11: ecbplus4); the same
    copy without that clause still reuses without credit. A capitalised place before
    'witness' is no outlet."""
    from quotecheck.provenance.infer import infer_provenance
    assert _credits("The Kelso witness said the roof fell in.") == []
    body = ("A refugee camp near Kelso was bombed on Thursday, officials said, raising fears "
            "of a wider war along the border. The governor of the region accused the army of "
            "carrying out the attack on the camp, which holds 20,000 people. There were no "
            "reports of casualties, and aid workers said the bomb landed near a school. The "
            "army denied it had carried out any strike in the region on Thursday.")
    credited = body.replace("officials said", "a Reuters witness said")
    def found(copy):
        docs = [Document("a.txt", "a.txt", body, TextView.identity(body),
                         Metadata(outlet="reuters.com", published="2025-05-01")),
                Document("b.txt", "b.txt", copy, TextView.identity(copy),
                         Metadata(outlet="grid-daily.net", published="2025-05-02"))]
        res = infer_provenance(docs, [])
        assert res.edges
        return [d.document for d in res.detections if d.rule_type == "provenance"]
    assert found(body) == ["b.txt"]
    assert found(credited) == []
