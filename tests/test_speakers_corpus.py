"""Issue 12, speakers on a second annotated corpus (the Gender Gap Tracker's quotations, Canadian
news; bench/eval_ggt.py): each class with a snippet written for the test in the shape of what
was seen (never corpus text)."""
from speaker_helpers import quotes_of, speaker_of

from quotecheck.load.loader import load_text
from quotecheck.quotes.extract import extract_quotes


def test_a_quote_after_the_paragraphs_attributed_quote_continues_it():
    # the next sentence's clause ("While parents say ...") is about something else
    text = ("Skiers return\n\nThe club opened on Monday.\n\n"
            "\"The snow is good,\" says coach Tom Berg. \"We train daily.\" While some parents "
            "say the fees are high, Berg disagrees.\n\n"
            "\"It is a long season,\" said Ana Ruiz. \"We are ready.\" Festooned with flags, "
            "the lodge opens at noon.\n")
    assert speaker_of(text, "We train daily") == "Tom Berg"
    assert speaker_of(text, "We are ready") == "Ana Ruiz"


def test_a_quote_followed_by_its_speaker_in_the_next_sentence_still_takes_it():
    text = ("Talks stall\n\nThe talks ended on Friday.\n\n"
            "\"We will not sign.\" Ana Ruiz said the offer came too late.\n")
    assert speaker_of(text, "We will not sign") == "Ana Ruiz"
    assert [q.speaker for q in quotes_of(text)] == ["Ana Ruiz"]


def test_in_text_advert_markers_are_nobodys_antecedent():
    text = ("Pool owners brace for winter\n\nAna Ruiz has run the pool for ten years.\n\n"
            "\"It was hard work,\" she said.\n\nStory continues below advertisement.\n\n"
            "\"But we kept it open,\" she said.\n\nArticle Continued Below\n\n"
            "\"Nobody else would,\" she said.\n")
    doc = load_text(text, "t.txt")
    assert [q.speaker for q in extract_quotes(doc)] == ["Ana Ruiz"] * 3


def test_a_sentence_adverb_opening_a_clause_is_no_name():
    text = ("Skiers return\n\nAlison Levine teaches skiing in the valley.\n\n"
            "Currently ranked third in the country, Levine has won four medals.\n\n"
            "\"We are full every weekend,\" she said.\n")
    assert speaker_of(text, "full every weekend") == "Alison Levine"


def test_a_name_modifying_a_noun_after_a_determiner_is_no_he_or_she():
    text = ("Youth council\n\nDarian Ruiz joined the youth council in March.\n\n"
            "The council stated in July it opposed the Kinder Morgan pipeline.\n\n"
            "\"We understand this land,\" she said.\n\n"
            "Mayor Rod Peters spent the night at the town hall.\n\n"
            "While many Lake Avon residents have generators, Peters said others have none.\n\n"
            "\"It is very bad,\" he said.\n")
    assert speaker_of(text, "understand this land") == "Darian Ruiz"
    assert speaker_of(text, "very bad") == "Rod Peters"


def test_the_beat_between_a_paragraphs_quotes_speaks_both():
    # "blurt" reports speech; the beat also gives the quote after it its speaker
    text = ("Coffee date\n\nAna Ruiz met Tom Berg at a cafe in March.\n\n"
            "\"You're late,\" Berg blurted out. \"But so am I.\"\n")
    assert [q.speaker for q in quotes_of(text)] == ["Tom Berg", "Tom Berg"]


def test_a_name_after_the_conjunction_that_can_still_be_he():
    text = ("Porters\n\nCecil Ruiz grew up near the railway.\n\n"
            "His neighbours were Black Canadians who worked as porters.\n\n"
            "Yet it was only recently that Ruiz pieced these fragments together. "
            "\"I never put these elements together,\" he remarks.\n")
    assert speaker_of(text, "never put these") == "Cecil Ruiz"
