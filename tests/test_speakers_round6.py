"""Issue 12, sixth round: speakers of partial quotations seen on real news (PolNeAR dev), each
with a snippet written for the test in the shape of what was seen (never corpus text)."""
from speaker_helpers import speaker_of


def test_a_name_before_two_descriptions_in_apposition_speaks():
    text = ("Ministers meet\n\nOfficials met on Monday.\n\n"
            "Pierre Dumont, the trade minister of Belgium, a founding member of the European "
            "Union, said Poland's latest \"move cannot go unanswered, least of all at the "
            "European Council.\"\n")
    assert speaker_of(text, "cannot go unanswered") == "Pierre Dumont"


def test_a_fragment_in_an_opening_participle_clause_is_the_main_subjects():
    text = ("Title\n\nIn her 2001 memoir, Tall Tales, Smith described the injury.\n\n"
            "After saying her left ankle was \"so sore I could barely walk,\" she was taken "
            "to hospital for scans.\n\n"
            "Before calling the plan \"a costly joke\" on Monday, Vane left the hall.\n")
    assert speaker_of(text, "so sore") == "Smith"
    assert speaker_of(text, "costly joke") == "Vane"
