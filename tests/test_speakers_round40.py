"""Issue 12, speakers (spk40): a first-person possessive description after an inverted speech
verb ("“…,” says my four-year-old") names a speaker, as "says her four-year-old" and "says the
four-year-old" do; it was dropped as a determiner-less thing. Snippets are written for the
test (never corpus text)."""
import pytest

from speaker_helpers import quote_with


@pytest.mark.parametrize("owner", ["my", "our", "her"])
@pytest.mark.parametrize("noun", ["four-year-old", "neighbour", "grandson"])
def test_a_possessive_description_after_says_speaks(owner, noun):
    text = ("Kitchen notes\n\nWe spent the morning sorting old toys in the shed.\n\n"
            f"\u201cThat one squeaks too loudly,\u201d says {owner} {noun}.\n\n"
            "Nobody argued with that.\n")
    assert quote_with(text, "squeaks too").speaker == noun


@pytest.mark.parametrize("noun", ["reply", "verdict", "reaction"])
def test_a_quotation_named_as_someones_reply_is_theirs(noun):
    text = ("Bakery notes\n\nThe Corner Loaf posted a short clip on Friday in which a loaf "
            "rises in real time.\n\n"
            f"\u201cBest bread this winter!\u201d was the {noun} of one happy customer. The "
            "nine-second clip says a lot about the mood of the town as the season turns.\n")
    assert quote_with(text, "Best bread").speaker == "happy customer"


@pytest.mark.parametrize("idiom", ["says a lot about", "says volumes about", "says much about"])
def test_says_a_lot_about_is_no_speech(idiom):
    text = ("Bakery notes\n\nThe shop reopened after the storm.\n\n"
            "\u201cBest bread this winter!\u201d The nine-second clip "
            f"{idiom} the mood of the town as the season turns.\n")
    assert quote_with(text, "Best bread").speaker != "nine-second clip"


@pytest.mark.parametrize("tail", ["came the reply from the back of the hall",
                                  "was the comment of the day on the radio"])
def test_a_reply_from_a_place_or_time_names_no_one(tail):
    text = ("Bakery notes\n\nThe shop reopened after the storm.\n\n"
            f"\u201cBest bread this winter!\u201d {tail}.\n")
    assert quote_with(text, "Best bread").speaker not in ("back", "day")
