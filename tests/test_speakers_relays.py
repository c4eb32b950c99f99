"""Issue 12, PolNeAR train partial quotations whose relaying source was missed (spk32): each
snippet is written for the test in the shape of what was seen (never corpus text)."""
from speaker_helpers import quote_with


def test_a_question_then_according_to_keeps_the_relaying_source():
    # "“…?” Vane said at …, according to the Ledger.": the question mark ended the quote's
    # sentence, so the relaying clause of the next one was never looked at
    text = ("Forum\n\nAna Ruiz spoke at the housing forum on Sunday.\n\n"
            "\u201cIs this a priority for them only in an election year?\u201d Ruiz said at a "
            "campaign stop, according to the Harbor Ledger.\n")
    q = quote_with(text, "priority for them")
    assert q.speaker == "Ana Ruiz" and q.reported_by == "Harbor Ledger"


def test_the_ledger_reported_after_a_comma_inside_the_marks_is_a_relay():
    # '… that he was “…,” the Ledger reported.': the comma inside the marks is masked with the
    # quoted words, so ", the Ledger reported" was not seen
    text = ("Deal\n\nTom Lee spoke on Monday.\n\n"
            "He said at a conference that he was \u201cvery comfortable with all of the "
            "approaches,\u201d the Ledger reported.\n")
    q = quote_with(text, "very comfortable")
    assert q.speaker == "Tom Lee" and q.reported_by == "Ledger"


def test_a_quote_ending_a_sentence_of_its_own_keeps_no_relay():
    # guard: the next sentence's relaying clause belongs to its own quote
    text = ("Vote\n\nAna Ruiz spoke on Sunday.\n\n\u201cIs it over?\u201d she asked.\n\n"
            "\u201cWe lost,\u201d Tom Lee said, according to the Harbor Ledger.\n")
    assert quote_with(text, "over?").reported_by is None
    assert quote_with(text, "We lost").reported_by == "Harbor Ledger"
