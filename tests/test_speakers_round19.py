"""Issue 12, round 19: a public body as a speaker and the state of a party-state tag, each
with a snippet written for the test in the shape of what was seen (never corpus text)."""
from speaker_helpers import quote_with as _quote


def test_a_town_that_released_a_statement_speaks_through_it():
    # "The town released a statement saying …": the town is an organisation, not a thing
    # standing before a participle
    text = ("Title line\n\n"
            "Flood waters closed the main road on Tuesday.\n"
            "The town released a statement Wednesday saying the bridge was \u201cunsafe for all "
            "traffic until further notice.\u201d\n")
    assert _quote(text, "unsafe for all").speaker == "town"
    text = ("Title line\n\n"
            "The county issued a statement saying the storm was \u201cthe worst in decades.\u201d\n")
    assert _quote(text, "worst in decades").speaker == "county"


def test_a_thing_before_a_participle_still_speaks_not():
    text = ("Title line\n\n"
            "A new video circulated online Tuesday calling the plan \u201ca total disgrace.\u201d\n")
    assert _quote(text, "total disgrace").speaker is None


def test_an_office_description_with_a_state_skips_a_person_tagged_with_another_state():
    # "Sen. Ana Ruiz, R-Iowa" is from Iowa: "the Florida senator" is someone else
    text = ("Title line\n\n"
            "Bo Sands stressed defense during an appearance with Sen. Ana Ruiz, R-Iowa.\n\n"
            "The Florida senator told reporters \"we will see what it means next week.\"\n")
    assert _quote(text, "we will see").speaker != "Ana Ruiz"
    text = ("Title line\n\n"
            "Sen. Ana Ruiz (R-Iowa) voted against the bill on Tuesday.\n\n"
            "\"It will help every family in my state,\" the Florida senator said.\n")
    assert _quote(text, "every family").speaker != "Ana Ruiz"


def test_an_office_description_with_a_state_finds_the_person_tagged_with_it():
    text = ("Title line\n\n"
            "Sen. Ana Ruiz, R-Iowa, voted against the bill. Sen. Bo Sands, D-Fla., voted for it.\n\n"
            "\"This bill is a disaster for farmers,\" the Iowa senator said.\n\n"
            "\"It will help every family in my state,\" the Florida senator said.\n")
    assert _quote(text, "disaster for").speaker == "Ana Ruiz"
    assert _quote(text, "every family").speaker == "Bo Sands"
    text = ("Title line\n\n"
            "Rep. Ana Ruiz (D-N.Y.) and Rep. Bo Sands (R-N.J.) met on Monday.\n\n"
            "\"We found common ground,\" the New York congresswoman said.\n")
    assert _quote(text, "common ground").speaker == "Ana Ruiz"
