"""frame25 (issue 15, QC331 precision on the 44 open sets): classes of false evaluative-word
warnings with a text signal, each with the narrator's own use beside it, which keeps its
warning:

- the clause of a clausal verb whose named subject opens with a courtesy title ('believe
  Mr. Roe inherited a cabal'): the named-subject shape took no period in its first word;
- the that-clause of a witness's 'testimony' after a possessive ('Ms. Doe's testimony that
  ... an attempt to smear her'); not a relative clause without a possessive ('after
  testimony that lasted two days');
- 'trolls' in the internet sense (social media trolls, trolls and abusers on a platform),
  not with a party's or a side's name in its sentence;
- a partisan name as the target of a grievance or an attack someone makes ('grievances
  against the media elites', 'attacking migrants and liberal elites'): info;
- an '-looking' compound of appearance ('a pompous-looking tower'): info;
- 'scum' as a quantity of the substance ('a mass of scum'), where the water it names is
  inside quotation marks the narration masks: info, as frame22's literal scum is;
- 'national' or 'collective victimhood', the scholars' term for a group's grievance: info.

Snippets of our own."""
import pytest

from framing_helpers import at_info_only, flagged


@pytest.mark.parametrize("text, word", [
    ("Aides believe Mr. Roe inherited a cabal of clerks loyal to his rival.", "cabal"),
    ("Staff say Dr. Lind bungled the audit of the clinic.", "bungled"),
    ("The memo added weight to Ms. Doe's testimony that her sudden recall came along with "
     "an attempt to smear her name.", "smear"),
    ("The agency used social media trolls and state outlets to spread false stories.",
     "trolls"),
    ("The new filter aims to limit the reach of trolls and abusers on the forum.", "trolls"),
])
def test_attributed_content_and_other_senses_are_no_verdict(ruleset, text, word):
    assert ("QC331", word) not in flagged(ruleset, text, "QC331")


@pytest.mark.parametrize("text, word", [
    ("Mr. Roe inherited a cabal of clerks loyal to his rival.", "cabal"),
    ("After testimony that lasted two days, the mayor's brutal cuts went ahead.", "brutal"),
    ("Conservative trolls on social media mocked the mayor all week.", "trolls"),
    ("The mayor and his trolls mocked the council all week.", "trolls"),
])
def test_the_narrators_own_use_keeps_the_warning(ruleset, text, word):
    assert ("QC331", word) in flagged(ruleset, text, "QC331")


@pytest.mark.parametrize("text, word", [
    ("The mayor leaned into the grievances his voters hold against the coastal and media "
     "elites.", "media elites"),
    ("Her method is familiar: stoking fear and attacking migrants and liberal elites.",
     "liberal elites"),
    ("Is it by courting voters who feel alienated from a party run by coastal elites?",
     "coastal elites"),
    ("One user pasted a pompous-looking golden tower into a photo of the harbour.", "pompous"),
])
def test_a_grievance_target_or_a_look_is_info(ruleset, text, word):
    assert at_info_only(ruleset, text, "QC331", word)


@pytest.mark.parametrize("text, word", [
    ("The coastal elites have ignored the town for decades.", "coastal elites"),
    ("The mayor attacked the plan. The liberal elites have ignored the town for decades.",
     "liberal elites"),
    ("The senator gave a pompous speech to the council.", "pompous"),
])
def test_without_the_signal_the_warning_stays(ruleset, text, word):
    assert ("QC331", word) in flagged(ruleset, text, "QC331")


def test_a_mass_of_scum_is_the_substance_at_info(ruleset):
    text = "By August the canal was covered in a foul mass of scum."
    assert at_info_only(ruleset, text, "QC331", "scum")
    assert ("QC331", "scum") in flagged(ruleset, "The scum who ran the council fled.", "QC331")


def test_national_victimhood_is_the_scholars_term_at_info(ruleset):
    text = "His tactics are familiar: inventing a golden past and playing up national victimhood."
    assert at_info_only(ruleset, text, "QC331", "victimhood")
    assert ("QC331", "victimhood") in flagged(
        ruleset, "The senator kept wallowing in victimhood after the vote.", "QC331")
