"""Issue 12, round 28: family members sharing a surname keep their own speaker names, in one
document and across the documents of a story (snippets written for the test, in the shape of
what was seen; never corpus text)."""
from quotecheck.model import Document
from quotecheck.quotes.extract import extract_quotes, extract_story_quotes
from quotecheck.quotes.unify import gendered_speaker, unify_speakers
from quotecheck.text.textview import TextView


def _doc(text, i=0):
    return Document(f"d{i}", f"d{i}.txt", text, TextView.identity(text))


def _speaker(quotes, words):
    return next(q.speaker for q in quotes if q.text.startswith(words))


def test_a_couple_named_together_speaks_as_the_couple():
    text = ("Dennis Keller told the court about his son on Tuesday.\n\n"
            "\u201cWe will appeal,\u201d said Mr. and Mrs. Keller, who sat in the front row.\n\n"
            "Mr. and Mrs. Keller said: \u201cWe thank the jury.\u201d\n")
    quotes = extract_quotes(_doc(text))
    assert _speaker(quotes, "We will appeal") == "Mr. and Mrs. Keller"
    assert _speaker(quotes, "We thank") == "Mr. and Mrs. Keller"
    canon = unify_speakers(["Dennis Keller", "Mr. and Mrs. Keller", "Mrs. Keller"])
    assert canon["Mr. and Mrs. Keller"] == "Mr. and Mrs. Keller"


def test_a_parents_given_name_takes_the_family_surname():
    # "Mr Varga" is the father named with his wife, not the son named before them
    text = ("The court heard that Thomas Varga, 12, was last seen on his bicycle.\n\n"
            "The boy's parents, John and Carol Varga, spoke after the verdict. Mr Varga said: "
            "\u201cHe had a loving family.\u201d\n")
    assert _speaker(extract_quotes(_doc(text)), "He had") == "John Varga"


def test_a_relative_named_by_given_name_after_a_surnames_kin_word():
    text = ("Matthew Ostler died in October after the attack.\n\n"
            "\u201cWe call upon Congress to act,\u201d said Ostler's father Dennis at a news "
            "conference.\n")
    assert _speaker(extract_quotes(_doc(text)), "We call upon") == "Dennis Ostler"
    mother = text.replace("father Dennis", "mother Judy")     # she may bear another surname
    assert _speaker(extract_quotes(_doc(mother)), "We call upon") != "Judy Ostler"


def test_a_bare_surname_that_fits_a_man_and_a_woman_stays_alone():
    canon = unify_speakers(["Barack Ruiz", "Ruiz", "Michelle Ruiz"])
    assert canon["Ruiz"] == "Ruiz"
    assert canon["Barack Ruiz"] == "Barack Ruiz" and canon["Michelle Ruiz"] == "Michelle Ruiz"
    assert unify_speakers(["Barack Ruiz", "Ruiz"])["Ruiz"] == "Barack Ruiz"


def test_the_mention_gives_a_bare_surname_its_gender_across_the_story():
    assert gendered_speaker("Ruiz", "Mrs. Ruiz") == "Mrs. Ruiz"
    assert gendered_speaker("Ruiz", "she") == "Ms. Ruiz"
    assert gendered_speaker("Ruiz", "the mayor") == "Ruiz"
    assert gendered_speaker("Ana Ruiz", "she") == "Ana Ruiz"
    one = ("Barack Ruiz spoke first.\n\n\u201cWe are ready,\u201d Barack Ruiz said.\n\n"
           "Michelle Ruiz spoke later.\n\n\u201cThe garden is open,\u201d Michelle Ruiz said.\n")
    two = "\u201cThe garden is for every child,\u201d Mrs. Ruiz said on Monday.\n"
    quotes = extract_story_quotes([_doc(one, 0), _doc(two, 1)])
    assert _speaker(quotes, "The garden is for") == "Michelle Ruiz"


def test_a_name_of_the_other_gender_joins_no_entity_named_by_a_title():
    text = ("Mrs. Ruiz spoke to voters in Ohio on Monday.\n\n"
            "Barack Ruiz campaigned in Iowa the same day.\n\n"
            "\u201cI love this country,\u201d Mrs. Ruiz said.\n")
    assert _speaker(extract_quotes(_doc(text)), "I love") != "Barack Ruiz"


def test_a_title_after_classic_is_a_work_no_one_speaks_as():
    # "the holiday classic Lonely Manor": the film's title is not the "he" who speaks
    text = ("Last week we watched the holiday classic Lonely Manor, where Peter Voss learns his "
            "tricks from the characters he sees on TV. \u201cIt\u2019s my castle and I will guard "
            "it,\u201d he says, and the chaos begins.\n")
    assert _speaker(extract_quotes(_doc(text)), "It\u2019s my castle") == "Peter Voss"
