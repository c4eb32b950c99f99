"""Issue 12, speakers: failure classes seen on PolNeAR train and on the open real-news
sets, as classes. Snippets are written for the test (never corpus text)."""
import pytest

from speaker_helpers import quote_with, quotes_of


@pytest.mark.parametrize("relative, pronoun", [
    ("wife, Odalys,", "she"),
    ("husband, Teodor,", "he"),
    ("father, Brad, 41,", "he"),
])
def test_a_lone_name_after_a_relative_noun_is_the_later_pronoun(relative, pronoun):
    text = ("Inspectors read the files on candidate Marisol Quell's private server.\n\n"
            "\u201cThis is worse than anything,\u201d Tarrow charged.\n\n"
            f"Meanwhile, Tarrow's {relative} is speaking out about the tape from the campaign "
            "bus. The interview ran on Monday.\n\n"
            f"\u201cIt was loose talk on a long night and nothing more,\u201d {pronoun} said.\n")
    assert quote_with(text, "loose talk").speaker == relative.split(",")[1].strip()


def test_a_lone_name_after_a_noun_that_is_no_relative_stays_no_one():
    text = ("Inspectors read the files on candidate Marisol Quell's private server.\n\n"
            "The ferry, Halcyon, left the port on Monday.\n\n"
            "\u201cIt was loose talk on a long night,\u201d she said.\n")
    assert quote_with(text, "loose talk").speaker != "Halcyon"


def test_a_description_is_not_the_woman_named_before_when_he_is_spoken_of_since():
    text = ("Tarrow spoke in Dayton on Monday. Hillary Quell\u2019s aides were there. The crowd "
            "booed every mention of Quell.\n\n"
            "His openly hostile stance towards Quell, in which he threatened her with jail, had "
            "put the scandal behind him.\n\n"
            "So pleased did he seem that he took a toddler from the front row and carried him "
            "on stage. The crowd roared when the billionaire asked the boy: \u201cDo you want to "
            "go home or stay with me?\u201d\n")
    assert "Quell" not in (quote_with(text, "Do you want").speaker or "")


def test_a_description_still_takes_the_one_person_named_before():
    text = ("Ben Tarrow spoke in Dayton on Monday. The crowd cheered when he took the stage.\n\n"
            "The tycoon asked the crowd: \u201cDo you want to go home or stay with me?\u201d\n")
    assert quote_with(text, "Do you want").speaker == "Ben Tarrow"


def test_a_list_item_takes_no_speaker_a_convention_carried_from_paragraphs_before():
    text = ("The congressman said he would keep serving. He added that he felt strong.\n\n"
            "\u2018A giant of the movement\u2019 and \u2018the moral voice of a generation\u2019\n\n"
            "Lawmakers and friends paid tribute after the news broke on Friday.\n")
    assert quote_with(text, "moral voice").speaker is None


def test_a_list_item_still_takes_the_speaker_of_its_own_sentence():
    text = ("Some members of the choir hold up signs in the clip, including: \u201cMiss Ada is "
            "really ill\u201d and \u201cWe need to find a donor for Miss Ada.\u201d\n")
    assert quote_with(text, "find a donor").speaker == "Some members"


@pytest.mark.parametrize("sentence, speaker", [
    ("The candidate sent out an email to backers Tuesday inviting them to enter the raffle, to "
     "\u201cwin my old tractor!\u201d", "candidate"),
    ("Mayor Tim Lowe wrote a letter to Attorney General Ana Rocha asking the department to look "
     "into the \u201cunfair\u201d stops.", "Tim Lowe"),
    ("\u201cIt is a hard year,\u201d Ana Rocha said in a note to Vogue explaining why she is "
     "running, \u201cbut I want to fix it.\u201d", "Ana Rocha"),
    ("Even before Vole took the stage, his campaign sent a text to backers saying: \u201cWe won "
     "the state tonight, thanks to you!\u201d", "campaign"),
])
def test_a_participle_after_the_one_written_to_is_the_clause_subjects(sentence, speaker):
    assert all(speaker in (q.speaker or "") for q in quotes_of(sentence + "\n"))


def test_a_participle_after_a_name_spoken_about_is_still_that_names():
    text = ("There is a lot of talk about Perrin, who is the liveliest on stage this morning, "
            "saying \u201cZip codes should not decide a life\u201d and more.\n")
    assert quote_with(text, "Zip codes").speaker == "Perrin"



def test_a_fragment_of_a_persons_reported_words_stays_theirs_before_according_to():
    text = ("Ana Rocha, the head of the port board, said the new fees could \u201cchoke an "
            "otherwise busy harbour,\u201d according to Reuters.\n")
    q = quote_with(text, "choke")
    assert q.speaker == "Ana Rocha" and q.reported_by == "Reuters"


def test_a_quote_opening_its_sentence_keeps_the_according_to_credit():
    text = ("The board met on Monday.\n\n\u201cThe fees could choke the harbour,\u201d "
            "according to a memo seen by the Ledger.\n")
    assert quote_with(text, "choke").speaker != "Ana Rocha"


def test_an_according_to_person_keeps_the_words_an_outlet_relays():
    text = ("Pravia, a state news site, added the detail that the port will \u201cclose to all "
            "foreign ships by June,\u201d according to Minister Ana Rocha.\n")
    assert quote_with(text, "close to all").speaker == "Ana Rocha"
