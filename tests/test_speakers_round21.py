"""Issue 12, round 21: classes from PolNeAR train and the Gender Gap Tracker table (the
development data of this round), each with a snippet written for the test in the shape of
what was seen (never corpus text)."""
from speaker_helpers import quote_with as _quote


def test_saying_a_name_should_gives_the_words_to_the_one_saying():
    # "…, saying Ruiz should “…”": the participle was joined to the name ("saying Ruiz") and
    # taken as the subject of the fragment's clause; Ruiz is what the spokeswoman spoke of
    text = ("Ruiz said she was worried.\n\n"
            "Norlandic foreign ministry spokeswoman Hua Chunying hit back on Tuesday, saying Ruiz "
            "should \u201cstop making careless remarks and respect the courts.\u201d\n")
    assert _quote(text, "careless remarks").speaker == "Hua Chunying"


def test_a_name_before_a_comma_set_reporting_aside_is_not_he():
    # "Ruiz, he said, “…”": "he" is the one quoted in the sentence before, not Ruiz
    text = ("Senate leader Paul Ruiz spoke first.\n\n"
            "\u201cIt is about trust,\u201d said Sen. Tom Baker, D-Ohio. Ruiz, he said, "
            "\u201cunderstands the members better than anyone.\u201d\n")
    assert _quote(text, "understands the members").speaker == "Tom Baker"


def test_a_participle_after_an_interrupted_quote_is_no_action_beat():
    # "“… Westerns …” Stacked with zines, the shop is …": the capitalised participle opening
    # the next sentence was taken as a name acting between the quotes
    text = ("Visitors keep coming back.\n\n"
            "\u201cYou are looking at one shelf only,\u201d says the owner, Tom Reyes. \u201cMost "
            "artists do not draw heroes. There is horror, romance, Westerns \u2026\u201d Stacked "
            "with zines of every kind, the shop is a small museum.\n")
    assert _quote(text, "do not draw heroes").speaker == "Tom Reyes"


def test_the_company_is_the_organisation_that_reported_not_the_one_reported_on():
    # "Zentra said Thursday that Morvik has …": "the company said" went to Morvik, the
    # latest organisation, instead of Zentra, the subject of the reporting clause
    text = ("Zentra said Thursday that Morvik has also revoked its certificate, blocking Zentra "
            "staff from testing.\n\n"
            "But the company seemed calm. \u201cWe are working with Morvik to restore access,\u201d "
            "the company said in a statement.\n")
    assert _quote(text, "restore access").speaker == "Zentra"


def test_an_inverted_verb_with_a_particle_takes_the_description_after_it():
    # "“…,” points out the laid-back … resident": the particle hid the inverted subject, and
    # the quote went to the paragraph's earlier "they" (resolved to junk)
    text = ("The shop opened in May. Forget heroes. They are the tip of it.\n\n"
            "\u201cYou are looking at one shelf only,\u201d points out the laid-back Dayton "
            "resident, who moved here in 2004.\n")
    q = _quote(text, "one shelf only")
    assert q.verb == "points" and q.speaker == "laid-back Dayton resident"


def test_they_after_two_named_people_is_both_of_them():
    # "owners Ana Ruiz and Bo Vane said they …": the later "“…,” they said" went to an
    # organisation named earlier in the story (or to no one)
    text = ("Staff at the Harbor Grill voted to join the union, the labour board said.\n\n"
            "In a statement, the owners Tom Reyes and Mia Cole said they accepted the result.\n\n"
            "\u201cOur priority is a fair and healthy workplace for the staff,\u201d they said.\n")
    assert _quote(text, "healthy workplace").speaker == "Tom Reyes and Mia Cole"


def test_shot_back_and_fired_back_report_the_words_of_their_subject():
    # "Ruiz shot back, “…”": "shot" is no reporting verb alone, so the sentence's earlier
    # verb ("criticised", "said") gave its subject instead
    text = ("After Gov. Tom Baker criticised Bo Vane in a debate, Ana Ruiz shot back, "
            "\u201cI could have stayed quiet, and I chose not to.\u201d\n")
    assert _quote(text, "stayed quiet").speaker == "Ana Ruiz"
    text = ("When Vane said Norland would sue over the deal, Ruiz fired back forcefully: "
            "\u201cLet them try it in Dover; they will lose.\u201d\n")
    assert _quote(text, "they will lose").speaker == "Ruiz"


def test_fired_alone_is_still_no_reporting_verb():
    text = ("The board fired the coach on Monday. \u201cIt was time,\u201d said Ana Ruiz, "
            "the chair.\n")
    assert _quote(text, "It was time").speaker == "Ana Ruiz"


def test_one_of_a_group_keeps_its_one():
    # "says one of the players": the determiner rule cut "one" and left 'of the players'
    text = ("The team made a video for the coach.\n\n"
            "\u201cHe gave us everything,\u201d says one of the players on the tape.\n")
    assert _quote(text, "gave us everything").speaker == "one of the players"
