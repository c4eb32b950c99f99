"""Failure classes of the eighteenth framing session (issue 15): an essayist's voice without
"I" (a 'we' that takes in the reader, 'you', its own questions), an emotive verb of a physical
attack, a counterfactual reaction, a wall blown up, a graded noun ('the more modest claims'),
and reported clauses the narration read as its own (a long joined subject, a quoted title in
'blamed the "X" debacle for'). Snippets of our own; the narrator's own use of the same words
beside them stays a warning."""
from hypothesis import given
from hypothesis import strategies as st

from framing_helpers import doubted, flagged, infos

_FILLER = ("The airline flies the route twice a day, and the plane was an older model that had "
           "been serviced the week before. Investigators have recovered both recorders from "
           "the water, and engineers in two countries are reading them. The cabin crew had "
           "flown together for years, and the passengers came from a dozen countries. ")

_WORD = " This grim vision is fed by fears of terrorists committing horrific acts abroad.\n"
_ESSAY = (_FILLER * 2 + "\n\nAs dramas go, you can't do a lot better than that. Why the "
          "intensity? How many of us will look hard at the crew the next time we board a "
          "flight? Was the captain simply tired that night? We have even seen his apartment.\n\n"
          + _FILLER + _WORD)
_NEWS = (_FILLER * 2 + "\n\nInvestigators said the crew had flown the route for years. The "
         "pilot had a day off before the flight. Officials have seen his apartment.\n\n"
         + _FILLER + _WORD)


def test_an_essayists_we_you_and_questions_read_as_opinion(ruleset):
    assert ("QC331", "horrific") not in flagged(ruleset, _ESSAY, "QC331")


def test_the_same_word_in_news_narration_stays(ruleset):
    assert ("QC331", "horrific") in flagged(ruleset, _NEWS, "QC331")


def test_two_questions_do_not_make_an_essay(ruleset):
    # a report attributes (here three times in seventeen sentences): two questions of its own
    # and a 'we' do not make it an essay
    text = (_ESSAY.replace(" Was the captain simply tired that night?", "")
            .replace("Investigators have recovered", "Investigators said they had recovered"))
    assert ("QC331", "horrific") in flagged(ruleset, text, "QC331")


def test_a_page_that_never_attributes_and_argues_in_its_voice_is_an_essay(ruleset):
    # the argued-voice test (framing/voicescore, genre19): no attribution in seventeen
    # sentences, 'you', 'we', 'us' and two questions of its own
    text = _ESSAY.replace(" Was the captain simply tired that night?", "")
    assert ("QC331", "horrific") not in flagged(ruleset, text, "QC331")


def test_lashing_out_amid_thrown_bottles_is_violence_not_speech(ruleset):
    text = ("A vigil turned violent after young men started lashing out at officers. Witnesses "
            "said dozens of people were throwing bottles and debris at police.")
    assert ("QC302", "lashing out") not in flagged(ruleset, text, "QC302")


def test_lashing_out_at_critics_after_a_riot_stays(ruleset):
    text = "The mayor lashed out at critics after the riot, calling them cowards."
    assert ("QC302", "lashed out") in flagged(ruleset, text, "QC302")


def test_a_counterfactual_reaction_reports_no_words(ruleset):
    text = ("Elsewhere, relatives would have lashed out at the shooter's kin. Here they "
            "visited his widow.")
    assert ("QC302", "lashed out") not in flagged(ruleset, text, "QC302")


def test_blasting_sections_of_a_wall_is_an_explosion(ruleset):
    text = "The militants blasted sections of a wall along the border last month."
    assert ("QC302", "blasted") not in flagged(ruleset, text, "QC302")


def test_blasting_the_wall_plan_or_sections_of_a_bill_stays(ruleset):
    found = flagged(ruleset, "The governor blasted the wall plan as a waste. The senator "
                              "blasted sections of the bill as a giveaway.", "QC302")
    assert found.count(("QC302", "blasted")) == 2


def test_claims_after_a_graded_adjective_are_a_noun(ruleset):
    text = "The plan is among the more modest claims on the river, which feeds ten cities."
    assert ("QC301", "claims") not in doubted(ruleset, text, "QC301")


def test_a_belief_with_a_long_joined_subject_is_the_believers(ruleset):
    text = ("It is clear that the author believes cloning and increasingly bizarre forms of "
            "breeding are imminent.")
    assert ("QC331", "bizarre") not in flagged(ruleset, text, "QC331")


def test_the_narrators_bizarre_beside_it_stays(ruleset):
    text = "The author's increasingly bizarre forms of argument fill the last chapter."
    assert ("QC331", "bizarre") in flagged(ruleset, text, "QC331")


def test_blamed_a_quoted_titles_debacle_for_a_loss_is_the_chairmans_cause(ruleset):
    text = ('The chairman blamed the "Space Saga" debacle for more than half of the loss it '
            'expects to report.')
    assert ("QC331", "debacle") not in flagged(ruleset, text, "QC331")


def test_a_refusal_denied_in_the_next_sentence_does_not_weigh(ruleset):
    text = ("She was refused parole even though supporters insisted she had changed. A dissent "
            "called the process a fiction, because most petitions are denied.")
    assert ("QC301", "insisted") not in flagged(ruleset, text, "QC301")


def test_an_account_denied_by_someone_is_info(ruleset):
    text = ("She was refused parole even though supporters insisted she had changed. That "
            "account was denied by the board.")
    # (issue 15, the lead's decision of the nineteenth session) a contrast, a next sentence's
    # answer, a suspicion or an admission is no second signal of the narrator's doubt: info
    assert ("QC301", "insisted") not in flagged(ruleset, text, "QC301")
    assert ("QC301", "insisted") in infos(ruleset, text, "QC301")


def test_the_same_partys_further_point_after_but_does_not_weigh(ruleset):
    text = "Officials maintain that the ship hit a mine, but they have also considered a fire."
    assert ("QC301", "maintain") not in flagged(ruleset, text, "QC301")


def test_a_contrast_by_others_after_but_is_info(ruleset):
    text = "Officials insist that the ship hit a mine, but divers found no trace of one."
    # (issue 15, the lead's decision of the nineteenth session) a contrast, a next sentence's
    # answer, a suspicion or an admission is no second signal of the narrator's doubt: info
    assert ("QC301", "insist") not in flagged(ruleset, text, "QC301")
    assert ("QC301", "insist") in infos(ruleset, text, "QC301")


def test_maintain_is_weighed_only_by_the_narrators_verdict(ruleset):
    """(issue 15, calib16) 'maintain' answered by the other side is a standing position
    reported (first exposure, 23 sets: 1 real doubt in 14, 0 of 3 where answered); the
    narrator's own verdict ('despite the evidence') still weighs it."""
    answered = "Officials maintain that the ship hit a mine, but divers found no trace of one."
    assert ("QC301", "maintain") not in flagged(ruleset, answered, "QC301")
    assert ("QC301", "maintain") in infos(ruleset, answered, "QC301")
    opened = "Officials maintain that the ship hit a mine. But divers found no trace of one."
    assert ("QC301", "maintain") not in flagged(ruleset, opened, "QC301")
    verdict = "Officials maintain, despite the evidence, that the ship hit a mine."
    assert ("QC301", "maintain") in flagged(ruleset, verdict, "QC301")


_REPRINT = ("A Hard Homecoming\n\n{line}\n\nThe hospital's wards are rank, and the paperwork "
            "that greets its patients is depressingly inept. Officials promise repairs.\n")


def test_the_wires_line_introducing_a_reprinted_editorial_marks_opinion(ruleset):
    text = _REPRINT.format(line="The following editorial appeared in Friday's Daily Courier:")
    assert ("QC331", "inept") not in flagged(ruleset, text, "QC331")


def test_a_news_line_about_an_editorial_does_not(ruleset):
    text = _REPRINT.format(line="The paper ran an editorial on Friday about the hospital.")
    assert ("QC331", "inept") in flagged(ruleset, text, "QC331")


def test_terrorist_bomb_attacks_name_a_kind_of_act(ruleset):
    text = "The president condemned terrorist bomb attacks at two embassies on Friday."
    assert ("QC330", "terrorist") not in flagged(ruleset, text, "QC330")


def test_terrorists_as_a_label_for_people_stays(ruleset):
    text = "Rebels in the breakaway province were blamed. Police battled terrorists in the hills."
    assert ("QC330", "terrorists") in flagged(ruleset, text, "QC330")


_RUN_ON = ('A crowd looted a pharmacy. The owner said, "They came in like forty of them.\n\n'
           'They pulled the tills off the counters.\n\nThey hit me in the face.\n\n'
           'It was insane." A council member called for calm.\n\n{narrator}\n')


def test_a_quotation_over_paragraphs_that_never_reopens_is_the_speakers(ruleset):
    text = _RUN_ON.format(narrator="Police made one arrest.")
    assert ("QC331", "insane") not in flagged(ruleset, text, "QC331")


def test_the_narrators_word_after_a_run_on_quotation_stays(ruleset):
    text = _RUN_ON.format(narrator="The looting was insane.")
    assert flagged(ruleset, text, "QC331").count(("QC331", "insane")) == 1


def test_an_unclosed_mark_then_a_new_quotation_is_not_joined(ruleset):
    # the next marked paragraph opens a quotation: no run-on, the narration between stays
    text = ('The owner said, "They came in like forty of them.\n\nThe looting was insane.\n\n'
            '"We will reopen," she said.\n')
    assert ("QC331", "insane") in flagged(ruleset, text, "QC331")


_PIECES = ['"', "\u201c", "\u201d", "``", "''", "\n\n", "\n", " ", "They", "said,", "it.",
           "(", "x"]


@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_run_on_breaks_are_blank_paragraph_breaks_and_joining_keeps_length(text):
    from quotecheck.framing.quotespans import _joined, _run_on_breaks

    for b0, b1 in _run_on_breaks(text):
        assert 0 <= b0 < b1 <= len(text)
        assert text[b0:b1].strip() == "" and text[b0:b1].count("\n") >= 2
    joined, _ = _joined(text)
    assert len(joined) == len(text)
