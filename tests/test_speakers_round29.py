"""Issue 12, round 29: names of projects, headline terms and photo credits are no one's speech
or speaker (snippets written for the test, in the shape of what was seen; never corpus text)."""
from quotecheck.quotes.datelines import blank_photo_credits
from speaker_helpers import first_quote, quotes_of


def test_a_capitalised_name_before_a_project_noun_is_a_title():
    text = ("Early results are \u201cvery promising,\u201d says program manager Ana Ruiz, who "
            "runs the \u201cMove Ahead\u201d project with two partners.\n")
    quotes = quotes_of(text)
    name = first_quote(quotes, "Move Ahead")
    assert name.kind == "title" and name.speaker is None
    assert first_quote(quotes, "very promising").speaker == "Ana Ruiz"
    one = text.replace("Move Ahead", "Thrive")          # one word, the same name
    assert first_quote(quotes_of(one), "Thrive").speaker is None


def test_a_single_quoted_head_with_a_short_tail_is_no_speech():
    text = ("According to the city's Shelter Census, published in May, 900 people slept "
            "outside.\n\n\u2018Circle of friends\u2019 grows in shelters.\n\n"
            "Ana Ruiz, a researcher, said the picture is complex.\n")
    head = first_quote(quotes_of(text), "Circle of friends")
    assert head.kind not in ("direct", "partial") and head.speaker is None
    said = text.replace("grows in shelters", "said the mayor")   # a reporting verb: speech
    assert first_quote(quotes_of(said), "Circle of friends").kind in ("direct", "partial")


def test_a_photo_credit_is_nobodys_antecedent():
    text = ("The tunnel is a first step toward a network underground. ( Jo Lee/Daily Wire "
            "News / Jo Lee/Daily Wire News )\n\nIn what it called a \u201cthorough and careful "
            "search for directors,\u201d the carmaker named two new members to its board.\n")
    q = first_quote(quotes_of(text), "thorough and careful")
    assert q.speaker != "Daily Wire News"
    line = "Photo: Jo Lee/Reuters\nThe mayor spoke."
    assert blank_photo_credits(line).startswith("Photo:" + " " * len(" Jo Lee/Reuters"))
    prose = "(The plan, he said, is a 50/50 split.)"
    assert blank_photo_credits(prose) == prose


def test_a_quoted_word_as_the_subject_of_a_be_form_is_a_term():
    text = ("Although the senator has often said there was \u201cno deal\u201d and "
            "\u201cdeal\u201d was among the most nominated words, the list-makers meant no "
            "politics by it, Ana Ruiz said.\n")
    word = first_quote(quotes_of(text), "deal")
    assert word.kind == "scare" and word.speaker is None


def test_a_bare_surname_after_a_namesakes_quote_is_that_namesake():
    text = ("Flanked by lawmakers, the father of Matthew Ostler, a student who died in an "
            "attack, urged Congress to act.\n\n"
            "\u201cWe call upon Congress to pass the bill,\u201d said Ostler's father Dennis at a "
            "news conference.\n\n"
            "The bill \u201cwill not end hatred,\u201d Ostler added. \u201cBut it can help.\u201d\n")
    quotes = quotes_of(text)
    assert first_quote(quotes, "We call upon").speaker == "Dennis Ostler"
    assert first_quote(quotes, "will not end").speaker == "Dennis Ostler"
    between = text.replace("The bill", "Matthew Ostler was 21. The bill")   # named between
    assert first_quote(quotes_of(between), "will not end").speaker == "Matthew Ostler"


def test_two_quoted_words_joined_as_a_plural_subject_stay_the_speakers():
    text = ("On Sunday, Rep. Ana Ruiz said the governor\u2019s \u201cjudgment\u201d and "
            "\u201ccandour\u201d are in question because of the deal.\n")
    word = first_quote(quotes_of(text), "candour")
    assert word.kind == "partial" and word.speaker == "Ana Ruiz"


def test_a_namesake_named_by_given_name_leaves_the_bare_surname_alone():
    # a guard (main passes it too): the bare surname stays with the person it names
    text = ("Betsy Varga, a friend of the candidate since school, knocked on doors.\n\n"
            "\u201cShe is my oldest friend,\u201d Tom told a neighbour, Ana Ruiz.\n\n"
            "\u201cWe came to help,\u201d Varga said.\n")
    quotes = quotes_of(text)
    assert first_quote(quotes, "We came").speaker == "Betsy Varga"
