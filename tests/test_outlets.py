"""The outlets table: generated from the State Media Matrix plus curated wires."""
import subprocess
import sys
from pathlib import Path

from quotecheck.load import outlets
from quotecheck.model import Document, Metadata
from quotecheck.resources.ruledata import load_data
from quotecheck.text.textview import TextView

ROOT = Path(__file__).resolve().parent.parent
# a copy of the shared State Media Matrix (MIT, ASD-at-GMF; LICENSE beside it)
MATRIX = ROOT / "tests" / "data" / "shared" / "state-media" / "State_Media_Matrix.csv"


def test_matrix_outlets_with_typology():
    ria = outlets.lookup("RIA Novosti")
    assert (ria.typology, ria.country) == ("SC", "Russia")
    assert "state-controlled" in ria.affiliation
    assert outlets.lookup("VOA").name == "Voice of America"
    assert outlets.lookup("Voice of America").typology == "ISFM"


def test_curated_wires_marked_as_such():
    reuters = outlets.lookup("Thomson Reuters")
    assert reuters.name == "Reuters" and reuters.curated
    assert outlets.lookup("the associated press").name == "Associated Press"
    assert outlets.lookup("AFP").name == "Agence France-Presse"


def test_domains_and_unknowns():
    assert outlets.lookup_domain("https://www.voanews.com/a/story").name == "Voice of America"
    assert outlets.lookup_domain("https://news.tass.ru/x").name == "TASS"
    assert outlets.lookup("Daily Nowhere Gazette") is None
    assert outlets.canonical("  Daily   Nowhere ") == "Daily Nowhere"


def test_affiliation_of_document_prefers_metadata():
    doc = Document("d", "d", "", TextView.identity(""), Metadata(outlet="RIA Novosti"))
    assert outlets.affiliation_of(doc).startswith("SC")
    doc = Document("d", "d", "", TextView.identity(""),
                   Metadata(outlet="RIA Novosti", affiliation="given by the user"))
    assert outlets.affiliation_of(doc) == "given by the user"


def test_table_keeps_source_and_licence():
    data = load_data("outlets")
    assert "State Media Matrix" in data["source"] and "MIT" in data["licence"]
    assert set(data["typology"]) >= {"SC", "ISFM", "ISF", "ISM", "IP", "CaPu", "CaPr"}


def test_generator_reproduces_the_shipped_table(tmp_path):
    out = tmp_path / "outlets.toml"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_outlets.py"), "--matrix",
                    str(MATRIX), "--out", str(out)], check=True, capture_output=True)
    assert out.read_text(encoding="utf-8") == (ROOT / "rules" / "data" / "outlets.toml").read_text(encoding="utf-8")


def test_host_and_parents_strips_www_and_walks_up_to_two_labels():
    from quotecheck.load.outlets import host_and_parents

    assert host_and_parents("https://www.news.example.co.uk/a/b") == [
        "news.example.co.uk", "example.co.uk", "co.uk"]
    assert host_and_parents("example.com") == ["example.com"]
    assert host_and_parents(None) == [] and host_and_parents("") == []


def test_an_agency_service_name_is_the_agency():
    """AP's international wire (AP Worldstream, as news archives name it) is the Associated
    Press: its copy is the agency's own text."""
    assert outlets.lookup("Associated Press Worldstream").name == "Associated Press"
