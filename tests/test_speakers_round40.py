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
