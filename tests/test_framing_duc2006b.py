"""Framing false-alarm classes of an untuned real set (DUC 2006 topics 17-32 newswire, issue 11,
branch newset6): an epithet for people before a noun naming an act, an offence, material or a
genre classifies the thing ('racist crime', 'racist material', 'gangster movies') and calls no one
anything. Snippets of our own, shaped like the real text (never corpus text), with the uses
beside them that stay warnings."""
from framing_helpers import flagged


def test_an_epithet_naming_a_kind_of_crime_or_material_is_no_label(ruleset):
    text = ("Officers arrested 40 people in dawn raids on Thursday as part of a campaign against "
            "racist crime in the city. They are suspected of offences from the publication of "
            "racist material to assault, and of sending racist threats to two councillors.")
    assert flagged(ruleset, text, "QC331") == []


def test_a_headline_epithet_for_the_subject_of_a_reform_is_no_label(ruleset):
    text = ("Government Pledges Racist Reform After Inquiry\n\nLONDON, May 4 -- The interior "
            "minister unveiled fresh steps to tackle racism within the fire brigades on Tuesday.")
    assert flagged(ruleset, text, "QC331") == []


def test_an_epithet_naming_a_film_genre_in_the_plural_is_no_label(ruleset):
    text = "Raised in Macau, he has made his name in the crowded field of Cantonese gangster movies."
    assert flagged(ruleset, text, "QC331") == []


def test_an_epithet_for_people_or_an_institution_stays_a_warning(ruleset):
    text = ("The family waited for weeks. The racist police ignored them. Racists still "
            "gather outside the court. He was fined for making a racist remark to a steward.")
    found = flagged(ruleset, text, "QC331")
    assert [w for _, w in found] == ["racist", "Racists", "racist"]


def test_an_official_finding_is_the_finders_word(ruleset):
    """'An inquiry found the force institutionally racist', 'was found to be racist': the
    verdict after 'found' is the inquiry's; a word after it stays the narrator's."""
    text = ("Relations have been strained since a public inquiry into the killing found the "
            "city's police institutionally racist, prompting new laws. The service was found to "
            "be racist after its inept handling of the case.")
    assert flagged(ruleset, text, "QC331") == [("QC331", "inept")]


def test_two_joined_charges_of_an_accusation_are_the_accusers(ruleset):
    text = ("The officers stood accused of botching and bungling the investigation. "
            "Their inept investigation cost the family years.")
    assert flagged(ruleset, text, "QC331") == [("QC331", "inept")]


def test_so_called_before_a_statute_named_by_a_joined_phrase_introduces_a_term(ruleset):
    """'the so-called protection of families act': the cue word (act, law) comes fourth, just
    past the three words read after the marker; a phrase with no cue after it stays a
    warning."""
    text = ("While she served in the House, she backed the so-called protection of families act, "
            "which let states refuse to recognise such unions. He also backed the so-called "
            "right to work law. The so-called friends of the president gathered outside.")
    assert flagged(ruleset, text, "QC321") == [("QC321", "so-called")]


def test_virulent_of_a_virus_is_its_medical_or_technical_sense(ruleset):
    """'Far more virulent than experts had thought, the computer virus ...': how fast a virus
    spreads, no judgement on anyone; 'virulent' of a campaign of hatred stays a warning."""
    text = ("Far more virulent than experts had thought, the computer virus returned "
            "after a calm weekend. Doctors said the new flu strain was less virulent.")
    assert flagged(ruleset, text, "QC331") == []
    text = "The paper ran a virulent campaign of hatred against the minority."
    assert flagged(ruleset, text, "QC331") == [("QC331", "virulent")]
