"""Issue 12, third round: speaker failure classes seen on real news (PolNeAR train), each with
a snippet written for the test in the shape of what was seen (never corpus text)."""
from speaker_helpers import speaker_of


def test_surname_that_is_a_role_word_is_the_person_named_with_it():
    text = ("Dana Baker, a lecturer at Harwood College, said the caucus was split.\n\n"
            "“It is a sad day,” Ortiz told reporters outside a diner in Fairview.\n\n"
            "“But it is a fair question,” said Baker. “Who wants to share a stage with him?”\n")
    assert speaker_of(text, "fair question") == "Dana Baker"
    assert speaker_of(text, "share a stage") == "Dana Baker"


def test_fragment_inside_an_opening_subordinate_clause_is_its_subjects():
    text = ("Title line\n\n"
            "While Dr. Ines Varga proclaims the plan a “bold and long overdue step forward,” Tom Reyes "
            "fixates on its cost.\n")
    assert speaker_of(text, "long overdue step") == "Ines Varga"


def test_state_and_order_used_as_nouns_are_no_reporting_verbs():
    text = ("Title line\n\n"
            "“He has that appeal,” said Reyes, whose home state of Ohio is a target.\n\n"
            "But Vane would not comment on a new executive order signed by the governor "
            "“to protect privacy.”\n\n"
            "“We will hold on every front,” the ministers state in the white paper.\n")
    assert speaker_of(text, "has that appeal") == "Reyes"
    assert speaker_of(text, "protect privacy") == "Vane"
    assert speaker_of(text, "every front") == "ministers"


def test_words_that_never_start_a_name_are_no_part_of_one():
    text = ("Title line\n\n"
            "“I did not care who they backed,” said one district GOP leader. “They had to win.”\n\n"
            "Neither Ada Grayson nor her aides would comment.\n\n"
            "“We are done,” Grayson said later.\n")
    assert speaker_of(text, "They had to win") == "district GOP leader"
    assert speaker_of(text, "We are done") == "Ada Grayson"
