"""Issue 12, seventh round: speaker failure classes seen on real news (PolNeAR train), each with
a snippet written for the test in the shape of what was seen (never corpus text)."""
from speaker_helpers import quotes_of, speaker_of


def test_a_speech_verb_after_a_comma_with_a_name_ending_the_clause_is_inverted():
    text = ("Housing ruling\n\n"
            "The court struck down the rent rule on Monday.\n\n"
            "\"We are thrilled\" about the ruling, said Maria Okafor, director of the Housing "
            "Alliance.\n\n"
            "The vote marks \"the start of a new era\" for the union, said Tomas Breen, a "
            "historian at Leeds University.\n\n"
            "Landlords have \"every right to appeal\" the decision, says Peter Lamb.\n\n"
            "\"It is over,\" Ann Ruiz, the council leader, told Radio Leeds.\n")
    assert speaker_of(text, "thrilled") == "Maria Okafor"
    assert speaker_of(text, "new era") == "Tomas Breen"
    assert speaker_of(text, "right to appeal") == "Peter Lamb"
    # who is told after a comma is the hearer, not an inverted speaker
    assert speaker_of(text, "It is over") == "Ann Ruiz"
    # a quote after the inverted cue: "…, explained Ruiz, “…”"
    text = ("Title\n\nBecause of how the council drew the map, explained Ruiz, \"the vote was "
            "over by March.\"\n")
    assert speaker_of(text, "over by March") == "Ruiz"


def test_an_inverted_cue_names_the_person_after_a_leading_description():
    text = ("Title\n\nThe agency found no \"ties of any consequence,\" aside from a shared gym, "
            "said the agency's director, Lara Moss, on Monday.\n\n"
            "Dan Krebs, the council's director, said he expects Merkel, Rutte, and Costa to "
            "\"show a common front\" at the meeting.\n")
    assert speaker_of(text, "ties of any") == "Lara Moss"
    assert speaker_of(text, "common front") == "Dan Krebs"


def test_a_noun_before_a_second_predicate_is_the_first_verbs_object_not_a_speaker():
    text = ("Feud\n\nTara Vance took offense when the host questioned her. She later suggested "
            "his questions were behind her low ratings, called him \"second-rate\" and skipped "
            "the next show.\n\n"
            "The candidate has mocked a local newspaper editor, referred to rivals as \"crooks\" "
            "and pointed at a man in the crowd.\n\n"
            "Minnesota delegate Mary Sun, clad in a cape that formed the name Vance, said the "
            "event could be a \"failure\" this year.\n")
    assert speaker_of(text, "second-rate") == "Tara Vance"
    assert speaker_of(text, "crooks") != "local newspaper editor"
    assert speaker_of(text, "failure") == "Mary Sun"


def _kind_and_speaker(text, piece):
    """(kind, speaker) of the last quotation of ``text`` that holds ``piece``."""
    q = [q for q in quotes_of(text) if piece in q.text][-1]
    return q.kind, q.speaker


def test_titles_given_a_speaker_before_are_titles():
    text = ("Stage and screen\n\n"
            "A troupe is performing a play called \"Los Hijos de Ruiz,\" or \"Sons of Ruiz,\" in "
            "Leon.\n\n"
            "\"Sons of Ruiz\" happily roots around in those entrails, the director Ana Bell said.\n\n"
            "In recent years, Vane opened a firm and acted in the cable movie \"Shark Storm 3: Oh "
            "No!\" This spring he moved.\n\n"
            "\"Millions,\" on Showtime, is a slick modern finance thriller, said critic Dan Ode.\n\n"
            "The crowd chanted \"Ruiz! Ruiz!\" as Ann Vale spoke.\n")
    # a title named again later in the article is still the title
    assert _kind_and_speaker(text, "Sons of Ruiz") == ("title", None)
    # a work noun right before: a title even when it ends with "!"
    assert _kind_and_speaker(text, "Shark Storm") == ("title", None)
    # "“X,” on Showtime, is a … drama"
    assert _kind_and_speaker(text, "Millions") == ("title", None)
    assert quotes_of(text)[-1].kind != "title"      # a cry stays a cry


def test_a_sentence_initial_common_word_is_no_name():
    text = ("Title\n\nAnn Vale met the donors on Monday.\n\n"
            "Hours later, Vale returned the favour, telling the Ledger, \"He is a fine man.\"\n\n"
            "Facing mounting criticism, Vale released a statement insisting he had \"no right\" "
            "to speak.\n\n"
            "Vale gestured to the crowd, then leaned in and boomed: \"We will win.\"\n")
    assert speaker_of(text, "fine man") == "Ann Vale"
    assert speaker_of(text, "no right") == "Ann Vale"
    assert speaker_of(text, "We will win") == "Ann Vale"


def test_a_quote_paragraph_after_an_attributed_partial_quote_takes_its_speaker():
    text = ("Title\n\nDelegates gathered in the hall on Friday.\n\n"
            "Her friends have mocked the plan, calling it \"a circus,\" Sue Marr said as she "
            "turned around.\n\n"
            "\"But it is our circus, and we love it!\"\n")
    assert speaker_of(text, "our circus") == "Sue Marr"


def test_a_participle_takes_the_description_opening_its_sentence():
    text = ("Title\n\nDan Rook ended his bid on Tuesday. The Ohio senator tried to settle his "
            "backers, and shrugged off a heckler, saying the man would \"come to no harm\" at "
            "his rally.\n")
    assert speaker_of(text, "no harm") == "Dan Rook"
    # "… by tweeting that “…”": the clause's subject tweets
    text = ("Title\n\nAnn Vale has joined a cable channel. Vale earlier quashed rumors of a book "
            "by tweeting that \"I am bound by an agreement with the firm.\"\n")
    assert speaker_of(text, "bound by an agreement") == "Ann Vale"


def test_the_clause_subject_of_a_participle_after_a_role_a_lead_word_or_an_apposition():
    text = ("Title\n\nBefore the convention, Lakeside Police Chief Carl Weems lobbied to suspend "
            "open-carry rights, saying, \"The fewer guns, the better.\"\n\n"
            "Sara Silver, herself a Rook supporter during the primary, drew boos upon saying, "
            "\"Vale heard the passion of the people.\"\n\n"
            "And then Vane went fully on the attack, saying, \"Is the mayor going to resign?\"\n\n"
            "\"It's unusual,\u201c said Larry Noble, an attorney.\n")
    assert speaker_of(text, "fewer guns") == "Carl Weems"
    assert speaker_of(text, "passion of the people") == "Sara Silver"
    assert speaker_of(text, "going to resign") == "Vane"
    # a misprinted opening mark closing the quote before "said"
    assert speaker_of(text, "unusual") == "Larry Noble"
