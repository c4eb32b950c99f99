"""Issue 12, PolNeAR train quotations left without any speaker (spk33): each snippet is
written for the test in the shape of what was seen (never corpus text)."""
from speaker_helpers import quote_with


def test_according_to_a_possessive_physician_names_the_source():
    # "According to his longtime physician, the businessman … “will be …”": physician (and
    # surgeon) headed no person description, so the phrase had no mention after it
    text = ("Checkup\n\nThe results came out on Monday.\n\n"
            "According to his longtime physician, the developer had good results and "
            "\u201cwill be the fittest man ever to hold the office.\u201d\n")
    assert quote_with(text, "fittest man").speaker == "longtime physician"


def test_the_retired_surgeon_saying_is_the_speaker():
    # "The retired surgeon addressed … in an interview, saying … he did not feel “…”": surgeon
    # headed no person description
    text = ("Inquiry\n\nThe hearing was on Friday.\n\n"
            "The retired surgeon addressed his concerns in another interview, saying from "
            "Salem he did not feel \u201cthis is a very hard inquiry.\u201d\n")
    assert quote_with(text, "very hard inquiry").speaker == "retired surgeon"


def test_a_quote_paragraph_after_a_fragment_takes_the_fragment_speaker():
    # "X used to back Y, but now said Z had “…”" (the fragment's speaker found only by the
    # fragment step, after the conventions) then a quote paragraph: the same speaker's
    text = ("Council\n\nThe council met on Monday.\n\n"
            "Councillor Tom Hale used to back the mayor, but now said the city had \u201cthe "
            "chance and the duty to bring us together.\u201d\n\n"
            "\u201cI think she can do that, but the biggest help we have is the budget.\u201d\n\n"
            "Other members were less sure.\n")
    assert quote_with(text, "the chance and").speaker == "Tom Hale"
    assert quote_with(text, "I think she").speaker == "Tom Hale"


def test_a_quote_paragraph_after_a_fragment_with_more_words_stays_open():
    # guard: the fragment's sentence goes on after its quote, so the next paragraph's quote
    # does not follow on from it
    text = ("Council\n\nThe council met on Monday.\n\n"
            "Councillor Tom Hale used to back the mayor, but now said the city had \u201cthe "
            "chance and the duty to bring us together.\u201d Others disagreed with the plan "
            "and left.\n\n"
            "\u201cI think she can do that, but the biggest help we have is the budget.\u201d\n")
    assert quote_with(text, "I think she").speaker != "Tom Hale"


def test_a_weekday_between_the_subject_and_a_past_tense_verb():
    # "Ruiz during a Sunday thanked its members “…” and called the union “…”": "a Sunday
    # thanked" read as a noun phrase ("a Twitter comment"), and "during a Sunday" was no
    # time phrase to skip before the subject
    text = ("Union\n\nThe union held a rally on Sunday.\n\n"
            "It has grown so big that Ann Ruiz during a Sunday thanked its members \u201cfor "
            "their help in my campaign\u201d and called the union \u201cone of the backers of "
            "my campaign.\u201d\n")
    assert quote_with(text, "their help").speaker == "Ann Ruiz"
    assert quote_with(text, "one of the backers").speaker == "Ann Ruiz"


def test_a_weekday_before_a_noun_stays_a_noun():
    # guard: "in a Monday statement" / "a Friday call" are nouns, not verbs
    text = ("Budget\n\nThe council met on Friday.\n\n"
            "In a Monday call with reporters, Tom Lee said the budget was \u201cfinished.\u201d\n")
    assert quote_with(text, "finished").speaker == "Tom Lee"
