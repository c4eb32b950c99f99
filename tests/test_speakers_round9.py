"""Issue 12, ninth round: transcript turns and speakers seen on real news (PolNeAR dev), each
with a snippet written for the test in the shape of what was seen (never corpus text)."""
from speaker_helpers import quotes_of


def test_a_quoted_transcript_turn_starts_after_its_speaker_label():
    text = ("Ferry interview\n\nThe mayor spoke to the radio on Sunday.\n\n"
            "\"HOST: Is the new ferry late again this winter?\n\n"
            "\"RUIZ: It is late, and we have told the builder so.\n")
    turns = {q.speaker: q for q in quotes_of(text)}
    assert set(turns) == {"Host", "Ruiz"}
    for who, words in (("Host", "Is the new ferry"), ("Ruiz", "It is late")):
        q = turns[who]
        assert q.text.startswith(words) and text[q.start:q.end] == q.text
        assert text[q.speaker_start:q.speaker_end].title() == who


def test_a_transcript_turn_holds_a_title_quoted_inside_it():
    text = ("Ferry interview\n\nThe mayor spoke to the radio on Sunday.\n\n"
            "\"HOST: Is the new ferry late again this winter?\n\n"
            "\"RUIZ: It is late, as “The Harbour Post” said, and we told the builder so.\n\n"
            "\"HOST: Thank you.\n\nThe mayor left.\n\n"
            "\"RUIZ: As “The Post” said, we will see.\n\nThe end.\n")
    turns = [(q.speaker, q.text) for q in quotes_of(text) if q.kind == "direct"]
    assert turns == [("Host", "Is the new ferry late again this winter?"),
                     ("Ruiz", "It is late, as “The Harbour Post” said, and we told the builder so."),
                     ("Host", "Thank you."), ("Ruiz", "As “The Post” said, we will see.")]


def test_an_unclosed_quote_before_a_new_one_still_costs_one_quotation():
    text = ("Ferry plan\n\n“We will rebuild it. “It will take two years,” Ruiz said.\n\n"
            "The council agreed.\n")
    assert [q.text for q in quotes_of(text)][-1] == "It will take two years,"


def test_quotes_nested_in_a_carried_excerpt_stay_quotations_of_their_own():
    text = ("Ferry report\n\nThe paper wrote:\n\n"
            "\"Ana Ruiz called the delay a “scandal,” and the builder said it was “weather.”\n\n"
            "\"The ferry is now due in May.\"\n\nThe council met.\n")
    texts = [q.text for q in quotes_of(text)]
    assert "scandal," in texts and "weather." in texts


def test_a_transcripts_stage_direction_is_no_quotation():
    text = ("Ferry interview\n\nThe mayor spoke to the radio on Sunday.\n\n"
            "\"HOST: Is the new ferry late again?\n\n\"(CROSSTALK.)\n\n"
            "\"RUIZ: It is late.\n\n\"[APPLAUSE]\n\n\"HOST: Thank you.\n")
    assert [q.speaker for q in quotes_of(text)] == ["Host", "Ruiz", "Host"]


def test_as_someone_put_it_names_the_speaker_of_the_quote_after_it():
    text = ("Tax plan\n\nThe returns would shed light on his accounting. As Ann Marlow, a tax "
            "lawyer at the Harbour Policy Center, recently put it, ''Did he lower his taxes "
            "legally or not?''\n\nAs the mayor put it, “We will see.”\n\nThe council met.\n")
    assert [q.speaker for q in quotes_of(text)] == ["Ann Marlow", "mayor"]
