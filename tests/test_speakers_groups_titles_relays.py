"""Issue 12, speakers: classes seen in PolNeAR dev and GGT failures. Snippets are
written for the test in the shape of what was seen (never corpus text)."""
from speaker_helpers import quote_with

LEAD = "Harbour report\n\n"


def test_a_quantified_group_after_an_opening_phrase_speaks_through_saying():
    # "In May, several farm groups granted X a delay, saying his “…”": the group acts; the
    # participle's words were dropped (no "the" subject) before
    text = LEAD + ("In May, several farm groups granted Mr. Dole a delay to drain the lake, "
                   "saying his \u201cpump budget fell short of the plan.\u201d\n")
    assert quote_with(text, "pump budget").speaker == "several farm groups"


def test_a_court_order_is_a_noun_not_the_courts_speech():
    # "a delay on a court order to drain …, saying": "order" after "a court" is a noun, so
    # "a court" is no subject whose "saying" goes on
    text = LEAD + ("Several farm groups granted Mr. Dole a delay on a court order to drain the "
                   "lake, saying his \u201cpump budget fell short of the plan.\u201d\n")
    assert quote_with(text, "pump budget").speaker == "Several farm groups"


def test_the_courts_order_stays_a_verb():
    # guard: a plural subject before "order" is the verb's subject
    text = LEAD + ("The county courts order that \u201cevery pump must be checked each month,\u201d "
                   "the notice said.\n")
    assert quote_with(text, "every pump").speaker is not None


def test_a_subject_after_a_title_opener_and_party_tag_speaks_the_next_quote():
    # 'On “Morning Desk,” Sen. Ruth Gale (Ore.), who lost to Hart, named …. “…”': the person
    # introduced right before the quote paragraph, not the earlier quote's speaker
    text = LEAD + ("Mayor Ann Weller said the plan was \u201ca fantasy.\u201d\n\n"
                   "On \u201cMorning Desk,\u201d Sen. Ruth Gale (Ore.), who lost the race to Hart, "
                   "named fatigue as one reason for the result. \u201cPeople are tired of the "
                   "fighting, and they want the roads fixed.\u201d\n")
    assert quote_with(text, "roads fixed").speaker == "Ruth Gale"


def test_told_reporters_somewhere_that_keeps_the_teller():
    # "Lin Wei told reporters at a briefing in Beijing that China expresses “…”": the words
    # are the teller's, not the reported clause's subject's
    text = LEAD + ("Ministry spokeswoman Lin Wei told reporters at a briefing in Beijing that "
                   "China expresses \u201cour deep regret over this\u201d and is warning its "
                   "citizens.\n")
    assert quote_with(text, "deep regret").speaker == "Lin Wei"


def test_describing_as_quote_then_an_object_with_a_participle():
    # 'Ann Weller is describing as “reckless” a Tom Hart tweet attacking …': the describer's
    # word, the tweet's participle names no speaker
    text = LEAD + ("Ann Weller is describing as \u201creckless\u201d a Tom Hart tweet attacking "
                   "a former council clerk.\n")
    assert quote_with(text, "reckless").speaker == "Ann Weller"


def test_gave_an_interview_noting_then_according_to_an_outlet():
    # "Paul Stein gave an interview noting … could “…,” according to Reuters": Stein speaks,
    # the outlet relays
    text = LEAD + ("Paul Stein gave an interview noting his doubts about new fees because they "
                   "could \u201cchoke an otherwise busy harbour,\u201d according to Reuters.\n")
    q = quote_with(text, "choke an otherwise")
    assert q.speaker == "Paul Stein"
    assert q.reported_by == "Reuters"


def test_a_quantified_group_before_a_participle_with_no_comma_is_no_speaker():
    # guard: 'Some outlets heard that …, with one “friend of Vane” even telling': the participle
    # goes with the quoted noun, not the group that heard
    text = LEAD + ("Some outlets heard that what Vane wanted was money, with one \u201cfriend of "
                   "Vane\u201d even telling the Ledger that he could wait.\n")
    assert quote_with(text, "friend of Vane").speaker is None
