"""Issue 12, tenth round: speaker classes seen on real news (PolNeAR train, GGT), each with a
snippet written for the test in the shape of what was seen (never corpus text)."""
from speaker_helpers import quotes_of, speaker_of


def test_as_she_put_it_names_the_speaker_of_a_quote_later_in_the_sentence():
    text = ("Harbour plan\n\nAna Ruiz spoke for an hour on Monday. As she put it, the plan is "
            "“a mess from top to bottom.”\n\nThe council met.\n")
    assert speaker_of(text, "a mess") == "Ana Ruiz"


def test_an_as_clause_that_is_no_put_it_names_no_speaker():
    text = ("Harbour plan\n\nAna Ruiz spoke for an hour on Monday. As the plan grew, the town "
            "called it “a mess from top to bottom.”\n\nThe council met.\n")
    assert speaker_of(text, "a mess") != "plan"


def test_an_ap_party_tag_between_commas_is_no_speaker():
    text = ("Senate vote\n\nSen. Dana Holt, D-Mich., a member of the leadership team, said the "
            "leader has “an uncanny way to listen.”\n\nThe vote is on Friday.\n")
    assert speaker_of(text, "uncanny") == "Dana Holt"


def test_her_statement_speaks_for_her():
    text = ("Minister resigns\n\nJustice Minister Jody Rae resigned on Monday. “We must be "
            "independent of the cabinet,” her statement said.\n\nThe premier said nothing.\n")
    assert speaker_of(text, "independent") == "Jody Rae"


def test_a_statement_whose_owner_is_unknown_stays_the_statement():
    text = ("Club sued\n\nThe lawsuit was filed in Kelowna. “Fighting was condoned,” its "
            "statement said.\n\nThe club did not comment.\n")
    assert speaker_of(text, "condoned") == "statement"


def test_a_role_held_as_mayor_lets_the_mayor_resolve_to_that_person():
    text = ("Transit plan\n\n“I was clear,” then-Surrey mayoral candidate Doug Hale said at one "
            "debate. Hale’s last term as Surrey mayor ended in 2005.\n\nOn Dec. 13, the mayor "
            "brought up the plan again. “We can reduce costs,” he said.\n")
    assert speaker_of(text, "reduce costs") == "Doug Hale"


def test_as_well_as_gives_no_role():
    from quotecheck.quotes.coreference import SpeakerResolver
    text = ("Transit plan\n\nDoug Hale spoke at one debate. Hale as well as the mayor left. "
            "Hale’s term as governor ended.\n")
    resolver = SpeakerResolver(text, [(0, len(text))])
    (hale,) = [e for e in resolver.entities if e.display == "Doug Hale"]
    resolver._describe(hale)
    assert "governor" in hale.descriptors and "mayor" not in hale.descriptors


def test_a_state_after_a_city_in_an_apposition_is_no_speaker():
    text = ("Cold trains\n\nWill Yale, a mechanic based in Kansas City, Mo., said cold weather "
            "takes a toll on the brakes.\n\n“Things break that normally don't.”\n\nThe line "
            "was closed.\n")
    assert speaker_of(text, "Things break") == "Will Yale"


def test_the_and_an_organisations_name_after_the_cue_is_the_speaker():
    text = ("School rally\n\nHundreds marched downtown. “This is only the beginning,” said the "
            "Teachers Alliance of Eastport.\n\n“We are here to stay,” according to the Parents "
            "Association.\n")
    assert [q.speaker for q in quotes_of(text)] == ["Teachers Alliance of Eastport",
                                                     "Parents Association"]


def test_an_organisation_named_after_a_role_is_the_speaker_even_with_to_inside():
    text = ("School rally\n\nHundreds marched downtown. “This is only the beginning,” according "
            "to the event organizer Alliance to Rebuild Our Schools.\n")
    assert speaker_of(text, "beginning").startswith("Alliance")


def test_the_and_a_family_name_is_no_organisation():
    text = ("School rally\n\nHundreds marched downtown. “We are sorry,” said the Smiths.\n")
    assert speaker_of(text, "sorry") is None


def test_a_role_after_an_organisation_joined_by_and_names_the_person_after_it():
    text = ("Heart study\n\nResults for the first 500 are “very exciting,” says Heart and Lung "
            "senior manager Erin Kim, who leads the project.\n")
    assert speaker_of(text, "exciting") == "Erin Kim"


def test_an_organisations_role_before_a_persons_name_is_no_organisation():
    text = ("Stimulus\n\nThe flaw was the marketing, according to former Bank of Eastland "
            "governor David Dodd.\n\n“My criticism is that they sell it as stimulus,” he said.\n")
    assert speaker_of(text, "criticism") == "David Dodd"


def test_the_organisations_person_after_the_cue_is_the_speaker():
    text = ("Infrastructure\n\n“Infrastructure just sounds like a good thing,” said the IFSD’s "
            "Azfar Ali Kazmi.\n")
    assert speaker_of(text, "Infrastructure just") == "Azfar Ali Kazmi"

