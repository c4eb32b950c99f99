"""Issue 12, round 15: speaker failure classes seen on real news (PolNeAR train and dev), each
with a snippet written for the test in the shape of what was seen (never corpus text)."""
from speaker_helpers import quote_with as _quote


def test_an_age_description_after_the_verb_is_the_person_named_before():
    # "said the 41-year-old": the age describes a person introduced a few sentences (and a
    # subhead) back, whom two descriptions have stood for since
    text = ("Title line\n\n"
            "The singer Dana Whitlock, wife of the mayor, opened the gala on Friday night.\n\n"
            "But a row over the guest list overshadowed her evening and drew attention to the "
            "mayor's office.\n\n"
            "- Who pays? -.\n\n"
            "Under the lights, the Ohio-born former nurse gave a warm tribute to her husband.\n\n"
            "“He has always been a fighter,” said the 41-year-old. “He will win.”\n")
    for piece in ("always been a fighter", "He will win"):
        assert _quote(text, piece).speaker == "Dana Whitlock", piece


def test_two_adjectives_with_a_comma_stay_one_description():
    # "the soft-spoken, 64-year-old engineer said": not a noun of an earlier sentence
    text = ("Title line\n\n"
            "Lena Okafor, the veteran head of the regional water board, sat in a hotel lobby "
            "this week.\n\n"
            "The new treaty calls on all members to limit their water use. The treaty might not "
            "have happened without Okafor's persistence.\n\n"
            "When she took office in 2009, she made water a priority.\n\n"
            "“From the first day, water was my priority,” the soft-spoken, 64-year-old engineer "
            "said in an interview.\n")
    assert _quote(text, "my priority").speaker == "Lena Okafor"


def test_an_age_names_no_organisation_and_no_person_far_back():
    text = ("Title line\n\n"
            "The Harbour Trust opened a new pier on Friday.\n\n"
            "“It was a long wait,” said the 70-year-old.\n")
    assert _quote(text, "long wait").speaker in (None, "70-year-old")


def test_a_description_never_runs_across_a_verb():
    # "The senator emailed supporters saying", "Vane said executives were calling",
    # "as the meeting began vowing to", "I am glad reporters": the verb ends the subject
    text = ("Title line\n\n"
            "Yet it was unclear whether Tom Vane was ready to quit. The Ohio senator emailed "
            "supporters saying: “The fight goes on” and vowing to compete in the last primary.\n\n"
            "At one point, Vane said bank executives were calling “every ten minutes.”\n\n"
            "Tom Vane vowed last month to stay in the race. He sent out an email as the party "
            "meeting began vowing to “fight for every seat” in the last primary.\n\n"
            "When Vane calls critics “cranks” again, I am glad reporters are watching.\n")
    for piece in ("The fight goes on", "every ten minutes", "fight for every seat", "cranks"):
        assert _quote(text, piece).speaker == "Tom Vane", piece


def test_participles_before_a_role_stay_in_the_description():
    text = ("Title line\n\n"
            "“We will win,” the retired welder said.\n\n"
            "“It was never about money,” said the noted author.\n")
    assert _quote(text, "We will win").speaker == "retired welder"
    assert _quote(text, "never about money").speaker == "noted author"


def test_a_text_right_after_the_quote_reads_it_out():
    text = ("Title line\n\n"
            "A radio host in Dover has set up a website that pitches the town as a new home.\n\n"
            "“Hello neighbours! You may need a new home soon!” a welcome message on the site "
            "reads. “If so, come to Dover!”\n\n"
            "The Dover Herald ran an editorial on Friday. “If he wants the job, the mayor should "
            "act like it,” the editorial read.\n")
    for piece in ("Hello neighbours", "come to Dover"):
        assert _quote(text, piece).speaker == "welcome message", piece
    assert _quote(text, "act like it").speaker == "editorial"


def test_a_statement_read_by_someone_is_no_reader():
    text = ("Title line\n\n"
            "A statement read in court by the clerk said the mill would close. “We regret it,” "
            "the clerk said.\n")
    assert _quote(text, "We regret it").speaker == "clerk"


def test_an_indefinite_plural_source_stays_unnamed():
    # "Some chanted", "“…,” some shouted", "others yelled": no named person nearby speaks
    text = ("Title line\n\n"
            "Supporters of Tom Vane cheered as they learned he had won the county. Some chanted "
            "“Vane! Vane!” and waved flags.\n\n"
            "“We want a vote,” some shouted.\n\n"
            "Many in the hall booed. “Shame!” others yelled.\n\n"
            "When the boat passed the pier, his friends jeered, “Go home!” as the crowd laughed.\n")
    for piece, who in (("Vane! Vane!", "some"), ("want a vote", "some"), ("Shame!", "others"),
                       ("Go home!", "friends")):
        assert (_quote(text, piece).speaker or "").lower() == who, piece


def test_a_participle_after_a_comma_takes_its_own_clause_subject():
    # "One aide inside the office tried …, saying", "…, as Ann Ruiz echoed it, saying": not
    # the expletive "It" that opens the sentence, and a place after the subject is no verb
    text = ("Title line\n\n"
            "One aide inside the campaign office tried to play down the remarks, saying they "
            "were “no big deal here.”\n\n"
            "It was a strong double act, as Ann Ruiz echoed the criticism, saying Tom Vane "
            "“cares only about himself.”\n")
    q = _quote(text, "no big deal")
    assert (q.speaker, q.kind) == ("aide", "partial")
    assert _quote(text, "cares only").speaker == "Ann Ruiz"
