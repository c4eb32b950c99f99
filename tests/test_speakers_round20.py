"""Issue 12, round 20: classes from PolNeAR train and the Gender Gap Tracker table (the
development data of this round), each with a snippet written for the test in the shape of
what was seen (never corpus text)."""
from speaker_helpers import quote_with as _quote

from quotecheck.quotes.datelines import blank_datelines


def test_a_mixed_case_dateline_with_a_wire_credit_is_no_speaker():
    # "Porto (AFP) – Ana Ruiz has ..., saying that “…”": the place opened the sentence and
    # was taken as the subject of the participle
    text = ("Ruiz swipes at Vane over tariffs\n\n"
            "Porto (AFP) \u2013 Senator Ana Ruiz has taken a swipe at her rival Bo Vane\u2019s "
            "stance on tariffs, saying that \u201creckless comments\u201d do more harm than good.\n\n"
            "Vane has praised the vote.\n")
    assert _quote(text, "reckless comments").speaker == "Ana Ruiz"


def test_dateline_blanking_keeps_offsets_and_leaves_names_with_a_party_tag():
    text = "x\n\nRENO, Nev. (AP) \u2014 The man said\nSen. Ana Ruiz (D-Mich.) - said (loudly) - no"
    out = blank_datelines(text)
    assert len(out) == len(text)
    assert "RENO" not in out and "The man said" in out
    assert "Sen. Ana Ruiz (D-Mich.) - said" in out
    assert blank_datelines("Porto (Reuters) - The court") == " " * 18 + "The court"
    for labelled in ("x\nAna Ruiz (D): We will win.", "Bo Vane (R) - no"):
        assert blank_datelines(labelled) == labelled     # a party tag is no wire credit


def test_a_name_used_as_a_modifier_after_the_is_nobody():
    # "the Vane Express" (a slogan, a brand named after a person) made a person "Vane Express",
    # and every later bare "Vane" became him
    text = ("Title line\n\n"
            "Not everyone has boarded the Vane Express yet, the pundits say.\n\n"
            "To wit, Vane told a radio host that Ana Ruiz \u201chad a reckless plan,\u201d adding, "
            "\u201cShe lost the whole state.\u201d\n")
    assert _quote(text, "reckless plan").speaker == "Vane"
    assert _quote(text, "whole state").speaker == "Vane"


def test_an_inscription_speaks_not_the_one_who_wears_or_posts_it():
    # "wore a campaign hat reading, “…”", "one of her ads asking, “…”", "under a headline that
    # said, “…”": the person was given the words on the hat, in the ad, in the headline
    text = ("Title line\n\n"
            "Sen. Ana Ruiz and Mayor Bo Vane wore a campaign hat reading, \u201cFix Porto "
            "Roads Now\u201d on Wednesday night.\n\nRuiz spoke later.\n")
    assert _quote(text, "Fix Porto").speaker == "campaign hat"
    text = ("Title line\n\n"
            "Ana Ruiz's allies spent the spring linking Vane to the council, with one of her ads "
            "asking, \u201cWho does Bo Vane really answer to?\u201d\n")
    assert _quote(text, "really answer to").speaker == "ads"
    text = ("Title line\n\n"
            "Ana Ruiz printed the letter under a headline that said, \u201cPorto Stops the "
            "Buses.\u201d\n\nRuiz spoke later.\n")
    assert _quote(text, "Stops the").speaker != "Ana Ruiz"


def test_an_inscription_keeps_the_outlet_that_reported_it_as_relay():
    text = ("Title line\n\n"
            "According to The Porto Herald, two of the marchers had on shirts that read "
            "\u201cVote Vane Twice.\u201d\n\nThey left.\n")
    q = _quote(text, "Vote Vane")
    assert q.speaker == "shirts" and q.reported_by == "Porto Herald"


def test_a_person_who_reads_aloud_still_speaks():
    text = ("Title line\n\n"
            "Ana Ruiz told reporters she read, \u201cit was fine,\u201d and left.\n")
    assert _quote(text, "it was fine").speaker == "Ana Ruiz"


def test_a_point_in_time_is_no_speaker():
    # a participle after "at one point" (", at one point calling X a “…”"): "one point" was
    # taken as its subject
    text = ("Title line\n\n"
            "Mayor Bo Vane has battled with the council, at one point calling the treasurer a "
            "\u201cclown\u201d who was not \u201cserious.\u201d\n\nRuiz spoke later.\n")
    assert _quote(text, "clown").speaker == "Bo Vane"


def test_a_fragment_after_an_opening_clause_is_the_main_subjects():
    # an opening "As <people> <verb> ..." clause before the main clause: its opening word and
    # noun ("As supporters") were taken as the subject
    text = ("Title line\n\n"
            "As supporters gathered at the hall, the Ruiz campaign sent out a memo and accused "
            "Vane aides of being \u201cvandals\u201d in their handling of the budget.\n")
    assert _quote(text, "vandals").speaker == "Ruiz campaign"


def test_as_someone_put_it_keeps_the_clause_subject():
    text = ("Title line\n\n"
            "Vane\u2019s staff see it otherwise. As Ms. Ruiz put it in a note to a council member "
            "in May, the paper is \u201cshowing a side of Porto nobody else covers.\u201d\n")
    assert _quote(text, "showing a side").speaker == "Ruiz"


def test_a_single_name_with_a_role_in_apposition_is_a_person():
    # "<Name>, a resident of <place>, ... “…,” she said.": a single name no list
    # knows and no verb follows was left out of the index, and "she" became "resident"
    text = ("Title line\n\n"
            "The river rose within an hour.\n\n"
            "Sari, a resident of a village near Porto, was cooking dinner as the bank gave way.\n\n"
            "\u201cThe yard filled with mud in a minute, and the dog ran,\u201d she said.\n")
    assert _quote(text, "filled with mud").speaker == "Sari"


def test_a_state_or_province_abbreviation_is_no_speaker():
    # "<Name>'s remarks in <town>, Que., on <day> came after ..., expressing “…”": the
    # abbreviation was the subject found for the participle
    text = ("Title line\n\n"
            "Ruiz's remarks in Rimouski, Que., on Friday came after Porto hit back at Prime "
            "Minister Bo Vane, expressing \"deep regret\" over his tone.\n")
    assert _quote(text, "deep regret").speaker != "Que."


def test_a_things_name_after_the_still_keeps_her_from_the_skipper():
    # "<Name> steers the <boat's name> out ... on one of her last trips": with the
    # boat's name no longer a person, "her" taught the skipper a female gender and a later
    # "he says" went to another man; the thing's name still blocks that lesson
    text = ("The last boats\n\n"
            "On a grey morning, Colm Darragh steers the Aoibh Ros out of the harbour for what "
            "may be one of her last trips.\n\n"
            "\u201cThere were forty boats here once,\u201d Darragh says.\n\n"
            "Not everyone agrees. Brian Tully, a scientist at the university, says the cuts "
            "were needed. \u201cThe stocks were in trouble,\u201d he says.\n\n"
            "Back on the Aoibh Ros, Darragh hauls in a string of pots. He shrugs.\n\n"
            "\u201cIt\u2019s a living,\u201d he says.\n")
    assert _quote(text, "a living").speaker == "Colm Darragh"


def test_a_dash_line_under_a_quotation_paragraph_credits_it():
    # a fact-check list: the claim as a quotation paragraph, then "- Name." on the next line;
    # the claim went to the name of the paragraph before (the columnist's colleague)
    text = ("Title line\n\n"
            "Some claims from the debate, checked with my colleague Ana Ruiz.\n\n"
            "\"Half of all new jobs are in the capital.\"\n\n"
            "- Bo Vane.\n\n"
            "The senator is quoting an old survey.\n\n"
            "\u201cAnother one.\u201d\n\n"
            "\u2014 Ruiz said the plan works.\n")
    assert _quote(text, "new jobs").speaker == "Bo Vane"
    assert _quote(text, "Another one").speaker != "Ruiz said"


def test_as_someone_puts_it_right_before_a_quotation():
    # "As <outlet>'s <columnist> puts it, “…”": the quotation went to the previous speaker
    text = ("Title line\n\n"
            "Ana Ruiz stopped short of a promise.\n\n"
            "As The Herald\u2019s Bo Vane puts it, \u201cThe council shrugged, and the "
            "marchers went home.\u201d\n")
    assert _quote(text, "council shrugged").speaker == "Bo Vane"
    text = ("Title line\n\n"
            "Ana Ruiz stopped short of a promise. As a critic put it in a column: \u201cThe "
            "council is unmoved.\u201d\n")
    assert _quote(text, "council is unmoved").speaker == "critic"
    text = ("Title line\n\n"
            "Ana Ruiz said she would put it on the agenda, \u201cas soon as possible.\u201d\n")
    assert _quote(text, "as soon as").speaker == "Ana Ruiz"
