"""frame24 (issue 15, framing precision): an evaluative word or a loaded label inside content
the narrator attributes without quotation marks is the source's, not the narrator's:

- the topic of testimony or of a speech, the verb perhaps followed by an adverbial before
  'about' or 'of' ('testified about racist treatment', 'spoke at length in the hall about
  the terrible mess');
- the clause of a reporting verb whose subject opens with 'any' ('said any plan granting
  status to illegal aliens is amnesty');
- the clause of 'feel' with a finite verb after a bare plural subject ('the latest mayor to
  feel nefarious forces are working against him');
- the theme of someone's rhetoric ('returned to her old theme of a venomous machine', 'his
  familiar refrain of a corrupt press'): rhetoric nouns are data ([reported] rhetoric_nouns).

The target of a verbal attack ('railed against the so-called experts') stays the narrator's:
tests/test_framing_reading_third.py pins it.

Each with the narrator's own use beside it, which keeps its warning. Snippets of our own."""
import pytest

from framing_helpers import by_severity, flagged


@pytest.mark.parametrize("text, code, word", [
    # the topic of testimony or of a speech
    ("Roe testifies before the council about racist treatment of tenants", "QC331", "racist"),
    ("The senator testified on Tuesday about the disgraceful conditions in the camps.",
     "QC331", "disgraceful"),
    ("The judge, who spoke at length in the hearing room about the terrible mess the "
     "ruling left, read her dissent aloud.", "QC331", "terrible"),
    ("She wrote in her dissent about the shameful history of the policy.", "QC331",
     "shameful"),
    # a reporting verb's clause with a subject opening with 'any'
    ("In an interview, Roe said any plan giving legal status to illegal aliens is amnesty.",
     "QC330", "illegal aliens"),
    ("The governor argued any deal with the sinister regime would fail.", "QC331", "sinister"),
    # the clause of 'feel' after a bare plural subject
    ("Roe may be the latest mayor to feel nefarious forces are working against his "
     "campaign.", "QC331", "nefarious"),
    ("Many voters feel sinister officials have captured the city council.", "QC331",
     "sinister"),
    # the theme of someone's rhetoric
    ("She has returned to her old theme of a venomous party machine fixing the count.",
     "QC331", "venomous"),
    ("The mayor repeated his familiar refrain of a venomous press hounding him.", "QC331",
     "venomous"),
    ("The candidate's narrative of a sinister elite plotting against voters drew crowds.",
     "QC331", "sinister"),
])
def test_attributed_content_without_quotation_marks_is_the_sources(ruleset, text, code, word):
    assert (code, word) not in flagged(ruleset, text, code)


@pytest.mark.parametrize("text, code, word", [
    # the narrator's own words about the speech, not its topic
    ("The senator testified for hours after a disgraceful delay.", "QC331", "disgraceful"),
    ("The senator spoke after the terrible floods about the budget.", "QC331", "terrible"),
    # 'any' not opening a reporting verb's clause
    ("Any plan for the sinister regime was dropped by the council.", "QC331", "sinister"),
    # 'feel' with an object, no clause
    ("Residents feel the brutal heat of the ruling party's crackdown.", "QC331", "brutal"),
    # a theme named by the narrator, no one's rhetoric
    ("The film returns to the old theme of a venomous police force.", "QC331", "venomous"),
    ("The theme of the sinister regime ran through the trial.", "QC331", "sinister"),
    # the narrator's label on someone's rhetoric stays the narrator's
    ("He has a long history of rhetoric about illegal immigrants.", "QC330",
     "illegal immigrants"),
])
def test_narrators_own_words_around_speech_keep_their_warning(ruleset, text, code, word):
    assert (code, word) in flagged(ruleset, text, code)


@pytest.mark.parametrize("text, code, word", [
    # 'of' after a gap is a noun's, no topic: "spoke to critics of", "spoke on condition of"
    ("Roe spoke plainly to critics of his decree closing the port to sinister smugglers.",
     "QC331", "sinister"),
    ("Two officers spoke on condition of anonymity after the disgraceful raid.", "QC331",
     "disgraceful"),
])
def test_no_topic_beyond_the_speech_act(ruleset, text, code, word):
    assert (code, word) in flagged(ruleset, text, code)


def test_the_authors_own_writing_is_no_one_elses_words(ruleset):
    # "I've written about": the author is the narrator (an opinion piece's voice: info)
    found = by_severity(ruleset, "I've already written extensively about the senator's "
                                 "egregious misconduct.", "QC331")
    assert ("QC331", "egregious") in found["warning"] + found["info"]


@pytest.mark.parametrize("text, code, word, kept", [
    # 'any' opening an object, no clause: the narrator's words
    ("The firms never reported any threats to the sinister militia's commanders.", "QC331",
     "sinister", True),
    # 'feel' with an -ed adjective, no clause
    ("Nurses may be feeling a bit frustrated with the venomous coverage.", "QC331",
     "venomous", True),
    # 'feel' with a pronoun and a finite verb: their feeling
    ("Workers feel they are abandoned by a sinister officialdom.", "QC331", "sinister", False),
])
def test_any_and_feel_open_a_clause_only_with_its_verb(ruleset, text, code, word, kept):
    assert ((code, word) in flagged(ruleset, text, code)) is kept
