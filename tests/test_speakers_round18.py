"""Issue 12, round 18: speaker failure classes seen on PolNeAR train, each with a snippet
written for the test in the shape of what was seen (never corpus text)."""
from speaker_helpers import quote_with as _quote


def test_an_office_description_skips_a_person_titled_with_another_office():
    # "the Florida senator" is not "Florida Gov. X": an abbreviated title (Gov., Sen., Rep.)
    # names an office as the spelled-out role word does
    text = ("Title line\n\n"
            "Former Ohio Gov. Bo Sands criticized Sen. Ana Ruiz on taxes. \"I am for cuts,\" "
            "Sands said.\n"
            "Ruiz said she does support some cuts.\n"
            "\"It is a hard issue,\" said the Ohio senator.\n")
    assert _quote(text, "hard issue").speaker == "Ana Ruiz"
    text = ("Title line\n\n"
            "Sen. Ana Ruiz of Ohio met Gov. Bo Sands on Monday. \"We agree,\" Ruiz said.\n"
            "\"It was a good day,\" the Ohio governor said.\n")
    assert _quote(text, "good day").speaker == "Bo Sands"


def test_an_office_description_still_finds_the_person_with_that_title():
    text = ("Title line\n\n"
            "Sen. Ana Ruiz of Ohio spoke on Monday. \"We agree,\" said Bo Sands, a farmer.\n"
            "\"It was a good day,\" the Ohio senator said.\n")
    assert _quote(text, "good day").speaker == "Ana Ruiz"


def test_a_two_word_name_in_possessive_heads_a_description_subject():
    # "Ana Ruiz’s top aide rallied supporters, saying: “…”": the participle's subject is the
    # aide, a description owned by a name of two words (one word already worked: "Ruiz’s aide")
    text = ("Title line\n\n"
            "In response, Ana Ruiz’s right-hand woman rallied supporters, saying: \u201cWe have "
            "to be ready to stop him.\u201d\n")
    assert _quote(text, "ready to stop").speaker == "Ana Ruiz’s right-hand woman"


def test_an_opening_conjunction_is_no_part_of_a_possessive_name():
    text = "Title line\n\nBut Ana Ruiz’s team said \u201cwe are done with the talks.\u201d\n"
    assert _quote(text, "done with").speaker == "Ana Ruiz’s team"
    text = "Title line\n\nBut Clinton’s team said \u201cwe are done with the talks.\u201d\n"
    assert _quote(text, "done with").speaker == "Clinton’s team"


def test_an_aside_between_dashes_stands_between_subject_and_reporting_verb():
    # "X, the chief of Y -- the firm that owns the show, which ... -- told me, “…”": the
    # subject is read before the aside as before an apposition's comma (-- or — alike)
    text = ("Title line\n\n"
            "Bo Sands, the chief executive of Norland Media -- the production company that owns "
            "the morning show, which is also streamed on two sites and on its own app -- told "
            "me, ''We are a content provider and nothing else.''\n")
    assert _quote(text, "content provider").speaker == "Bo Sands"
    text = ("Title line\n\n"
            "Ana Ruiz \u2014 named by the Courier as the leading choice for the job \u2014 told "
            "a radio host, \u201cYou have to weigh it very seriously, of course.\u201d\n")
    assert _quote(text, "very seriously").speaker == "Ana Ruiz"


def test_a_name_in_the_dash_aside_names_the_description_before_it():
    text = ("Title line\n\n"
            "A former Republican candidate -- Bo Sands, who lost the 2008 race -- said the plan "
            "\"offered no changes to a failed strategy.\"\n")
    assert _quote(text, "no changes").speaker == "Bo Sands"


def test_a_preposition_after_a_role_starts_no_name_after_the_role():
    # "One operative inside Norland Tower tried to ..., saying": the tower is where the
    # operative works, not the operative's name ("campaign manager Jo Vane")
    text = ("Title line\n\n"
            "One operative inside Norland Tower tried to play down the remarks, saying they "
            "were \u201cnot a big deal around here.\u201d\n")
    assert _quote(text, "big deal").speaker == "operative"


def test_a_continuing_quote_keeps_the_relaying_source_of_the_quote_before():
    # "“A,” Ruiz said, according to the Ledger. “B.”": B reaches the narrator through the
    # Ledger as A does; the speaker stays Ruiz, the relaying source sits beside her
    text = ("Title line\n\n"
            "\u201cI ask you not to protest on the floor,\u201d Ana Ruiz said, according to the "
            "Ledger. \u201cIt is important you explain this to your delegations.\u201d\n")
    q = _quote(text, "explain this")
    assert (q.speaker, q.reported_by) == ("Ana Ruiz", "Ledger")


def test_no_relaying_source_for_a_quote_of_another_speaker():
    text = ("Title line\n\n"
            "\u201cI ask you not to protest on the floor,\u201d Ana Ruiz said, according to the "
            "Ledger.\n\n\u201cWe will protest anyway,\u201d said Bo Sands, a delegate.\n")
    q = _quote(text, "protest anyway")
    assert (q.speaker, q.reported_by) == ("Bo Sands", None)


def test_a_fragment_in_a_that_clause_after_an_adjunct_is_relayed_by_the_outer_speaker():
    # "Sands said during a rally in Ohio that Ruiz once described the pact as “…”": Ruiz's
    # words as Sands reports them, as without the adjunct ("Sands said that Ruiz called …")
    text = ("Title line\n\n"
            "Bo Sands said during a Friday evening rally in Ohio that Ana Ruiz once described "
            "the trade pact as \u201cthe gold standard\u201d of trade deals.\n")
    q = _quote(text, "gold standard")
    assert (q.speaker, q.reported_by) == ("Ana Ruiz", "Bo Sands")


def test_surmise_demur_and_concur_are_reporting_verbs():
    # a pronoun speaker needs the verb ("“…,” she surmised."): a name after the quote or a
    # colon after the subject already found the speaker without it
    text = ("Title line\n\nAna Ruiz, 39, worried that voters read little.\n\n\u201cPeople are "
            "afraid of wasting their votes,\u201d she surmised.\n")
    assert _quote(text, "wasting").speaker == "Ana Ruiz"
    text = ("Title line\n\nBo Sands spoke after the vote.\n\n\u201cThe count was fair,\u201d he "
            "concurred.\n")
    assert _quote(text, "count was fair").speaker == "Bo Sands"
    text = ("Title line\n\nAsked which county was her favorite, Ana Ruiz demurred, \u201cWhichever "
            "one I am in at the moment.\u201d\n")
    assert _quote(text, "Whichever").speaker == "Ana Ruiz"


def test_a_participle_after_after_or_before_is_the_main_subjects():
    # "Ruiz was booed ... after telling holdouts that they were “…”": a passive main clause
    # leaves no earlier reporting verb; the sentence's opening name speaks
    text = ("Title line\n\n"
            "Comedian Ana Ruiz was booed and shouted down by supporters after telling holdouts "
            "for the senator that they were \u201cbeing ridiculous.\u201d\n")
    assert _quote(text, "ridiculous").speaker == "Ana Ruiz"


def test_an_irregular_past_verb_after_a_name_is_no_role_before_a_name():
    # "Bo Sands met Ana Ruiz": "met" is a verb, not a role as in "campaign manager Jo Vane"
    text = ("Title line\n\n"
            "Bo Sands met Ana Ruiz on Monday before saying \u201cthe deal is done.\u201d\n")
    assert _quote(text, "deal is done").speaker == "Bo Sands"


def test_goes_without_saying_gives_a_title_no_speaker():
    text = ("Title line\n\nThe Tax Policy Center said the plan was costly.\n\nIt goes without saying "
            "that voters have long nursed dreams of a bipartisan ''Grand Bargain'' on taxes.\n")
    q = [q for q in __import__("speaker_helpers").quotes_of(text) if "Grand" in q.text]
    assert all(x.speaker is None for x in q)
