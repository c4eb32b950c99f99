"""Framing false-alarm classes of the DUC 2006 reading (issue 15, branch framing11): loaded
labels and evaluative words in another sense, told by the words around them ('strongman' of
a weightlifter among athletes, a 'cult' of a film's fans, the 'evil' of a film's villain,
'monstrous' of a vehicle's size, a 'checking regime'), emotive verbs of motion ('thundered
onto the screen'), and 'insist'/'maintain'/'claim' for a party's position where the report
gives the other side. Snippets are our own, in the shape of the news copy read; beside each,
the framing use that must stay a warning."""
import pytest

from framing_helpers import doubted, infos, flagged


# -- another sense, set by the words of the sentence and its neighbours ----------------------
@pytest.mark.parametrize("text", [
    "Two doping tests came back positive two days before the Games opened. The cheaters were "
    "strongman Lin Wei of Taiwan and triple jumper Ana Petrova of Bulgaria.",
    "The cult of the two earlier films should ensure a big market for the board games.",
    "The comic could have drawn a cult complete with action figures. It drew one fan.",
    "The prequel shows how the boy becomes the mysterious and sinister Lord Vexor. In the new "
    "film he is nine years old.",
    "A film critic praised the makeup worn by the evil Count Drago and the heroic knights.",
    "Other models on the market include the Acme Rover ($30,000) and the monstrous Titan XL "
    "($25,500), the biggest SUV in its class.",
    "The checking regime has been tightened and the polling stations are guarded.",
])
def test_a_word_in_another_sense_is_silent(ruleset, text):
    assert flagged(ruleset, text, "QC330,QC331") == []


@pytest.mark.parametrize("text, word", [
    ("The country's strongman Ali Karim tightened his grip on power after the Games.",
     "strongman"),
    ("Police raided the compound of the political cult on Monday and arrested its leader.", "cult"),
    ("The evil Senator Roe blocked the bill for a second time on Tuesday.", "evil"),
    ("The monstrous attack on the village killed 30 people on Sunday.", "monstrous"),
    ("The ruling regime jailed the opposition leaders on Monday.", "regime"),
    ("The right-wing regime jailed the opposition leaders on Monday.", "regime"),
])
def test_the_loaded_sense_stays_a_warning(ruleset, text, word):
    assert word in [w.lower() for _, w in flagged(ruleset, text, "QC330,QC331")]


# -- emotive verbs of motion: a path after the verb, or an object moved out of a state -------
@pytest.mark.parametrize("text", [
    'The crowd held its breath as scenes from "The Lost Moon" thundered onto the screen.',
    'When "Star Battles" blasted into movie theaters in 1977, the web was hardly known.',
    "The news snapped fans out of their gloom and into happy fantasy.",
])
def test_an_emotive_verb_of_motion_is_silent(ruleset, text):
    assert flagged(ruleset, text, "QC302") == []


@pytest.mark.parametrize("text", [
    "The senator blasted back at critics on Tuesday.",
    '"Go away," the premier snapped at a reporter.',
    "The governor thundered against the bill in a speech.",
])
def test_an_emotive_verb_of_speech_stays_a_warning(ruleset, text):
    assert [code for code, _ in flagged(ruleset, text, "QC302")] == ["QC302"]


def test_maintain_of_freedoms_kept_is_silent(ruleset):
    text = ("Faith in the garrison shows belief in the pledge to let the island "
            "maintain civil liberties that the mainland lacks.")
    assert flagged(ruleset, text, "QC301") == []


# -- a party's position in a dispute the report presents: info, not a warning ----------------
@pytest.mark.parametrize("text, verb", [
    ("While state officials worry that the ruling could empty the forests of game, the tribes "
     "insist they have held the right to hunt for 150 years.", "insist"),
    ("In the debate, Berman refuted that position, insisting that the theory is not a "
     "comparable one.", "insisting"),
    ('Okafor agrees. Creationists insist the phrase "theory of evolution" implies '
     "researchers doubt their own findings.", "insist"),
    ("Critics said the farm would fail. Cole, though, maintains that with enough money he can "
     "help nature along.", "maintains"),
    ("The cabinet is arguing that a plebiscite is merely advisory. It also maintains that "
     "the charter would need to be changed.", "maintains"),
    ("The province has governed itself since 2003. But Belgrade still claims it is a part of "
     "Serbia.", "claims"),
    ("The military claimed that some fifteen guerrillas died in a fresh clash in the "
     "east.", "claimed"),
    ("Rebel leader Aslan Toma claimed Sunday that the army conceals its losses.", "claimed"),
    ("The ministry claimed that just 140 of the schools were state-funded. Every other "
     "school was private, an aide said. However that statement was refuted by three "
     "watchdog groups.", "claimed"),
])
def test_a_partys_position_in_a_dispute_is_info(ruleset, text, verb):
    assert flagged(ruleset, text, "QC301") == []
    assert ("QC301", verb) in infos(ruleset, text, "QC301")


@pytest.mark.parametrize("text, verb", [
    ("The tribes insist they have held the right to hunt for 150 years, despite the evidence.", "insist"),
    ("Cole maintains that with enough money he can help nature along, despite the evidence.", "maintains"),
    ("Bouchard maintained that his government would seek another referendum, despite the evidence.", "maintained"),
    ("Putin claimed that the unrest was organised abroad.", "claimed"),
    ("Critics said the plan would fail. But the mayor claimed it would pay for itself.",
     "claimed"),
    ("The governor insisted the count was fair, despite the evidence.", "insisted"),
])
def test_a_position_with_no_other_side_stays_a_warning(ruleset, text, verb):
    assert doubted(ruleset, text, "QC301") == [("QC301", verb)]


def test_a_contrast_aside_after_a_quoted_view_is_info(ruleset):
    text = ('A former consultant agreed. "You cannot force nature to perform to a bottom line," '
            'he said. "It is the cycle of life." Cole, though, maintains that with enough money '
            "he can help nature along.")
    assert flagged(ruleset, text, "QC301") == []
    assert ("QC301", "maintains") in infos(ruleset, text, "QC301")


# -- 'sham' of a placebo procedure, 'terrorist' of bombings that killed people ---------------
@pytest.mark.parametrize("text", [
    "Three years after sham surgery, volunteers described as much relief as those given the "
    "real operation.",
    "SHAM SURGERY: THE MIND MAY BE A POTENT PAINKILLER",
])
def test_sham_of_a_placebo_procedure_is_silent(ruleset, text):
    assert flagged(ruleset, text, "QC331") == []


def test_sham_of_a_vote_stays_a_warning(ruleset):
    assert flagged(ruleset, "The vote was a sham election staged by the ruling party.",
                    "QC331") == [("QC331", "sham")]


def test_terrorist_bombings_that_killed_people_are_info(ruleset):
    text = ("The pair were accused of planning a wave of terrorist explosions that "
            "killed about 90 people in two towns.")
    assert flagged(ruleset, text, "QC330") == []
    assert ("QC330", "terrorist") in infos(ruleset, text, "QC330")


def test_terrorist_blasts_with_no_civilians_named_stay_a_warning(ruleset):
    text = ("The army began a manhunt in the breakaway republic after several terrorist blasts "
            "shocked the country on Sunday night.")
    assert flagged(ruleset, text, "QC330") == [("QC330", "terrorist")]


# -- 'so-called' before the name of an accord, a plan, an effect or a generation: a term -----
@pytest.mark.parametrize("text", [
    "He pressed for approval of the so-called Oslo Protocol, an accord reached last year.",
    "Received opinion held that members of so-called Generation X favoured cheap beer.",
])
def test_so_called_before_a_term_of_an_accord_or_effect_is_info(ruleset, text):
    assert flagged(ruleset, text, "QC321") == []
    assert ("QC321", "so-called") in infos(ruleset, text, "QC321")


@pytest.mark.parametrize("text", [
    "The so-called experts got it wrong again.",
    "If the so-called Chicago Effect existed, there would be far fewer arrests on record.",
    'Advisers have another way to cut benefits: the so-called "Eagle Plan," which would be '
    "better named the Work Till You Die Plan.",
])
def test_so_called_before_a_label_stays_a_warning(ruleset, text):
    assert flagged(ruleset, text, "QC321") == [("QC321", "so-called")]


def test_a_verb_after_a_subjects_phrase_stays_a_verb(ruleset):
    text = "Conservatives Win In Poland, And Leftist Media With No Better Ideas Calls It Bigotry"
    assert ("QC331", "Bigotry") not in flagged(ruleset, text, "QC331")


def test_a_claim_to_belong_is_no_territorial_claim(ruleset):
    text = ("A Twitter account claiming to belong to a national organization has been linked "
            "to a white nationalist group.")
    assert doubted(ruleset, text, "QC301") == [("QC301", "claiming")]


# -- reported words the clause finder missed: an inverted tail attribution, the object of a
#    naming verb before a that-clause ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "He added that 40 fighters had died near the town. The terrorists aim to hit "
    "key towns to show their strength, and they also meant to murder "
    "officials, said the senior ministry official.",
    "Madrid would not recognise the ballot. Serra calls this hypocrisy, noting that in 1978 "
    "another region joined by a bare majority.",
])
def test_words_reported_as_someones_are_silent(ruleset, text):
    assert flagged(ruleset, text, "QC330,QC331") == []


@pytest.mark.parametrize("text, word", [
    ("The separatist terrorists aim to hit key towns.", "terrorists"),
    ("The debacle cost the company half its profit, and the chairman resigned.", "debacle"),
    ("He hit a parked van and then lied to officers, telling them his wife had driven.",
     "lied"),
    ("Evil shopkeeper Kevan Roe was jailed for life for the murder, fearing his secrets would "
     "be exposed.", "evil"),
])
def test_the_narrators_own_label_stays_a_warning(ruleset, text, word):
    assert [w.lower() for _, w in flagged(ruleset, text, "QC330,QC331")] == [word]


# -- compounds, the verb of place, a noun after a preposition phrase, an idiom ---------------
@pytest.mark.parametrize("text, codes", [
    ("The army intends to wind up its anti- terrorist sweeps in the region by March.", "QC330"),
    ("The statute obliges a band to reach a deal with the province in which its land "
     "lies if it means to run a lottery.", "QC331"),
    ("Every year burglars steal tools worth $20 million, making up 6 percent of all home "
     "theft claims in 2004, twice that of the year before.", "QC301"),
    ("Patel begged to differ. The Tories may have the better ground campaign.", "QC302"),
])
def test_compounds_places_nouns_and_idioms_are_silent(ruleset, text, codes):
    assert flagged(ruleset, text, codes) == []


def test_lies_as_a_noun_after_where_stays_a_warning(ruleset):
    assert flagged(ruleset, "The report traced where the lies began.",
                    "QC331") == [("QC331", "lies")]


# -- 'insist'/'maintain' after another party's view in the sentence before, with no contrast
#    word: not a reply to that view. Since issue 15's policy (quotecheck.framing.weighing) such
#    a stand is info unless the report weighs it, so each example carries a weighing and the
#    test checks that the reply rule does not lower it first --
@pytest.mark.parametrize("text", [
    "Roe presented the book to the board this month. He also insisted that the timing was "
    "coincidental, despite the evidence.",
    "Roe said the book was fair. Roe insisted that there is no hidden agenda, despite the evidence.",
    "The board met on Tuesday. The governor insisted the count was fair, despite the evidence.",
    "Moreno said this was a grave error. Lopez's aides have long insisted they "
    "expected the race to tighten, despite the evidence.",
])
def test_the_speaker_going_on_or_no_contrast_stays_a_warning(ruleset, text):
    assert [code for code, _ in flagged(ruleset, text, "QC301")] == ["QC301"]


# -- a syndicated column: the author's note in brackets under the byline ---------------------
def _opinion(text):
    from quotecheck.framing.genre import opinion_reason
    from quotecheck.load.loader import load_text

    return opinion_reason(load_text(text, id="example"))


def test_an_authors_note_under_the_byline_marks_a_column():
    text = ("THE PLAYING FIELD IS UNEVEN\n\nBy JOHN ROE\n\n(John Roe, a Lakota, is publisher "
            "and editor of the Prairie Times.)\n\nBy now we are all familiar with the "
            "debacle of the election.\n")
    assert _opinion(text) == "an author's note under the byline"


def test_a_staff_writers_note_under_the_byline_is_news():
    text = ("FLOODS HIT THE VALLEY\n\nBy JOHN ROE\n\n(John Roe is a staff writer for the "
            "Prairie Times.)\n\nThe river rose two feet overnight.\n")
    assert _opinion(text) is None


def test_useless_of_what_damage_renders_unusable_is_silent(ruleset):
    text = "The beetles bore into the grain, rendering the harvest useless as feed or seed."
    assert flagged(ruleset, text, "QC331") == []
    assert flagged(ruleset, "The senator was useless as a leader.",
                    "QC331") == [("QC331", "useless")]


def test_so_called_gen_xers_is_a_term(ruleset):
    text = "What binds so-called Gen Xers across the globe is the music they grew up on."
    assert flagged(ruleset, text, "QC321") == []


def test_he_also_insisted_goes_on_from_the_stand_before(ruleset):
    text = ("While state officials worry that the ruling could empty the forests of game, the "
            "tribes insist they have held the right to hunt for 150 years. They also insist "
            "that the treaty allows it.")
    assert flagged(ruleset, text, "QC301") == []
    alone = ("Roe presented the book to the board this month. He insisted that there is no "
             "hidden agenda, despite the evidence. He also insisted that the timing was "
             "coincidental.")
    assert [w for _, w in flagged(ruleset, alone, "QC301")] == ["insisted", "insisted"]


def test_a_hard_blow_in_a_bout_is_silent(ruleset):
    text = ("Roe kept snapping the jab and landing heavy hooks. Lee was hanging on, "
            "but then a vicious two-handed assault dropped him for the second time.")
    assert flagged(ruleset, text, "QC331") == []
    assert flagged(ruleset, "The vicious assault left the victim in hospital.",
                    "QC331") == [("QC331", "vicious")]


def test_so_called_before_a_regulation_is_a_term(ruleset):
    text = "Nothing was said about a further so-called midnight regulation on wetlands."
    assert flagged(ruleset, text, "QC321") == []


def test_politics_told_in_boxing_words_stays_a_warning(ruleset):
    text = ("The rivals pulled their punches in the debate. They abandoned their strategy of "
            "brutally attacking him before the round of primaries.")
    assert flagged(ruleset, text, "QC331") == [("QC331", "brutally")]
