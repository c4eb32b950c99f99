"""Speaker identity: title stripping, name comparison, canonical names, resolution."""
import pytest

from quotecheck.speakers import parse_name, same_speaker, speaker_key, unify_speakers


@pytest.mark.parametrize("a,b", [
    ("Putin", "Vladimir Putin"),
    ("Russian President Vladimir Putin", "Vladimir Putin"),
    ("Kassym-Jomart Tokayev", "Kassym Jomart-Tokayev"),
    ("Ibáñez", "Ibanez"),
    ("José Luis Rodríguez Zapatero", "Jose Luis Rodriguez Zapatero"),
    ("V. Putin", "Vladimir Putin"),
    ("Tokaev", "Tokayev"),
])
def test_same_person(a, b):
    assert same_speaker(a, b)
    assert same_speaker(b, a)


@pytest.mark.parametrize("a,b", [
    ("Vladimir Putin", "Kassym-Jomart Tokayev"),
    ("Joe Biden", "Hunter Biden"),
    ("Antony Blinken", "Andrei Kortunov"),
    ("", "Putin"),
])
def test_different_people(a, b):
    assert not same_speaker(a, b)


def test_speaker_key_folds_titles_diacritics_hyphens():
    assert speaker_key("Russian President Vladimir Putin") == speaker_key("Vladimir Putin")
    assert speaker_key("Kassym-Jomart Tokayev") == speaker_key("Kassym Jomart-Tokayev")
    assert speaker_key("Ibáñez") == "ibanez"


@pytest.mark.parametrize("chain,name,descriptor", [
    ("Russian President Vladimir Putin", "Vladimir Putin", "president"),
    ("Kazakhstan’s President Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev", "kazakhstan"),
    ("U.S. Secretary of State Antony Blinken", "Antony Blinken", "secretary"),
    ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "spokesman"),
])
def test_parse_name(chain, name, descriptor):
    parsed = parse_name(chain)
    assert parsed.name == name
    assert descriptor in parsed.descriptors
    assert parsed.kind == "person"


def test_parse_organisation():
    assert parse_name("The Russian Defense Ministry").kind == "org"
    assert parse_name("The Russian Defense Ministry").name == "Russian Defense Ministry"


def test_unify_takes_fullest_form():
    canon = unify_speakers(["Putin", "Vladimir Putin", "Putin", "Tokayev", "Kassym-Jomart Tokayev",
                            "Kassym Jomart-Tokayev"])
    assert canon["Putin"] == "Vladimir Putin"
    assert canon["Tokayev"] == canon["Kassym Jomart-Tokayev"] == canon["Kassym-Jomart Tokayev"]
    assert canon["Tokayev"] in ("Kassym-Jomart Tokayev", "Kassym Jomart-Tokayev")
