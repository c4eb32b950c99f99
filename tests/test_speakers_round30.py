"""Issue 12, round 30: list items of quoted words and photo credits with a cue (snippets
written for the test, in the shape of what was seen; never corpus text)."""
from quotecheck.quotes.datelines import blank_photo_credits
from speaker_helpers import first_quote, quotes_of


def test_the_last_sign_of_a_list_is_no_speech():
    text = ("Downtown\n\nPolice kept the opposing sides apart.\n\n"
            "With signs reading \u201cFix the roads,\u201d \u201cLower taxes\u201d and "
            "\u201cThe council is a joke,\u201d about 60 people gathered outside city hall on "
            "Sunday.\n")
    last = first_quote(quotes_of(text), "The council is a joke")
    assert last.kind not in ("direct", "partial") and last.speaker is None


def test_a_long_item_of_a_banned_word_list_is_a_term():
    text = ("Words to retire\n\nThe college also banned \u201cmoving forward\u201d in 2012 "
            "and \u201ccircle "
            "back\u201d or \u201cgoing forward into the next fiscal year\u201d in 2014.\n\n"
            "Two other entries made it: \u201cBiggest vote of our whole lives\u201d and "
            "\u201cSCOTUS\u201d acronyms.\n")
    quotes = quotes_of(text)
    for words in ("going forward into", "Biggest vote"):
        q = first_quote(quotes, words)
        assert q.kind == "scare" and q.speaker is None


def test_a_quote_after_a_list_stays_speech():
    text = ("Critics used words like \u201cfraud\u201d and \u201csham.\u201d "
            "\u201cWe will fight this all the way to the top court,\u201d Ana Ruiz said.\n")
    q = first_quote(quotes_of(text), "We will fight")
    assert q.kind == "direct" and q.speaker == "Ana Ruiz"


def test_photo_credits_without_a_slash_are_blanked():
    for credit in ("(photo: Jo Lee)", "(Photo by Jo Lee, Daily Wire)", "(Jo Lee via Getty Images)",
                   "(photo courtesy of the Ruiz Family)"):
        text = f"The tunnel opened on Monday. {credit}\n\nIn what it called a plan"
        blanked = blank_photo_credits(text)
        assert len(blanked) == len(text) and "Jo Lee" not in blanked and "Ruiz" not in blanked
    line = "Jo Lee via Getty Images.\nIt said the plan was sound."
    assert blank_photo_credits(line).startswith(" " * 10)
    kept = ("The bank (Credit Suisse) said so.", "(photo of the mayor at the rally)",
            "Photos show the mayor at the rally.")
    for text in kept:
        assert blank_photo_credits(text) == text


def test_carried_crowd_and_semicolon_lists_keep_their_kind():
    text = ("Mayor Ana Ruiz said on TV: \u201cThe driver fired on the crowd.\u201d The van had been "
            "driven by a man who showed \u201ccold, planned behaviour\u201d and \u201cwas loaded "
            "with knives, loaded with gas cans\u201d.\n")
    carried = first_quote(quotes_of(text), "was loaded with")
    assert carried.kind == "partial" and carried.speaker == "Ana Ruiz"
    chant = ("In small towns, hundreds gathered to chant \u201cWe want change now\u201d and "
             "\u201cno peace\u201d on Friday.\n")
    assert first_quote(quotes_of(chant), "We want change").kind != "scare"
    calls = chant.replace("gathered to chant", "made calls of")
    assert first_quote(quotes_of(calls), "We want change").kind != "scare"
    kids = ("\u201cI love it, it is so big\u201d; \u201cit's fun\u201d; \u201cit has pictures "
            "all around,\u201d were some reactions of the children.\n")
    assert first_quote(quotes_of(kids), "it has pictures").kind != "scare"


def test_it_of_a_fronted_clause_is_the_main_clauses_subject():
    text = ("Carmakers\n\nThe tunnel is a first step toward a network, said Bo Vane, who runs "
            "Loopco.\n\nUntil maybe now. In conducting what it called a \u201cthorough, careful "
            "process in searching for its new directors,\u201d Voltra has named Ana Ruiz, an "
            "executive at Acme, to its board.\n")
    assert first_quote(quotes_of(text), "thorough, careful").speaker == "Voltra"
    named = text.replace("Voltra has named", "the board named Voltra's")   # no subject named
    assert first_quote(quotes_of(named), "thorough, careful").speaker != "Voltra"
    before = text.replace("In conducting what", "After Loopco said what")   # a name before
    assert first_quote(quotes_of(before), "thorough, careful").speaker != "Voltra"


def test_the_words_of_a_law_are_the_laws():
    text = ("Critics say\n\nThe federal government\u2019s law allows assisted dying only for "
            "adults \u201cin an advanced stage of irreversible decline\u201d from an illness.\n\n"
            "The Land Act of 1890, for example, barred sales to \u201canyone born outside the "
            "colony or its lands.\u201d Ana Ruiz points out that this was wrong.\n")
    quotes = quotes_of(text)
    law = first_quote(quotes, "in an advanced stage")
    assert law.speaker == "federal government\u2019s law" and law.speaker_kind == "description"
    assert first_quote(quotes, "anyone born outside").speaker == "Land Act"
    other = ("Taxes\n\nThe group wants to end inconsistent guidelines that allow firms to tell "
             "\u201cone country that a unit is a company while telling another it is not.\u201d\n")
    assert first_quote(quotes_of(other), "one country").speaker != "guidelines"
