"""Contempt for a person's character or conduct warns in the narrator's voice, its weaker kin
are info, and the plural forms of the bad-faith nouns read as their singulars (issue 15,
QC331 and QC332, rules/data/framing-evaluative.toml and framing-colour.toml). Every new
word fires in a plain report and none inside a quotation; botany is excepted. Snippets of our
own."""
import pytest

from framing_helpers import infos, quoted_use, warned_words, warnings

NEW = {
    "contemptible": "The contemptible treasurer sat on the report for a year.",
    "loathsome": "The council passed a loathsome rule on street vendors.",
    "mendacious": "The minister gave a mendacious account of the port deal.",
    "mendaciously": "The agency mendaciously blamed the weather for the outage.",
    "mendacity": "The mendacity of the budget office knows no end.",
    "two-faced": "The two-faced governor changed course on the levy.",
    "underhanded": "The board used an underhanded move to close the library.",
    "spineless": "Spineless aldermen let the measure pass on Tuesday.",
    "witless": "The witless adviser sent the memo to every voter.",
    "wrongheaded": "The ministry pressed on with a wrongheaded tariff.",
    "wrong-headed": "The ministry pressed on with a wrong-headed tariff.",
    "self-righteous": "The self-righteous mayor lectured the shop owners.",
    "self-righteously": "The mayor self-righteously lectured the shop owners.",
    "sycophantic": "His sycophantic aides cheered the new levy.",
    "sycophantically": "The aides sycophantically cheered the new levy.",
    "lickspittle": "The governor's lickspittle on the board backed the deal.",
    "lickspittles": "A row of lickspittles nodded along at the dinner.",
    "lapdog": "The panel acted as the minister's lapdog on the inquiry.",
    "lapdogs": "The regulators were lapdogs of the harbour firms.",
    "scoundrel": "The scoundrel treasurer left town in March.",
    "scoundrels": "The scoundrels at the depot sold the spare parts.",
    "lowlife": "A lowlife landlord raised the rents again.",
    "lowlifes": "Lowlifes on the council pocketed the fees.",
    "petulant": "The petulant reply came within the hour.",
    "petulantly": "The senator petulantly walked out of the hearing.",
    "petulance": "The senator's petulance delayed the vote.",
    "puerile": "The minister gave a puerile answer to the question.",
    "craven": "The craven retreat of the party cost it the seat.",
    "cravenly": "The party cravenly dropped the plan.",
    "obsequious": "The obsequious commission signed off on the plan.",
    "obsequiously": "The commission obsequiously signed off on the plan.",
    "slavish": "The council showed slavish loyalty to the developer.",
    "slavishly": "The council slavishly followed the developer's wishes.",
    "groveling": "The firm sent a groveling letter to the regulator.",
    "grovelling": "The firm sent a grovelling letter to the regulator.",
    "whiners": "The whiners on the board stalled the merger.",
    "thin-skinned": "The thin-skinned governor blocked the reporters.",
    "embarrassingly": "The agency's forecast was embarrassingly wrong.",
    "contemptuous": "The contemptuous minister ignored the petition.",
    "contemptuously": "The minister contemptuously ignored the petition.",
    "brainwashed": "The brainwashed base cheered every word.",
    "rantings": "The rantings of the mayor filled the evening news.",
    "ravings": "The ravings of the mayor filled the evening news.",
    "hissy fit": "The governor threw a hissy fit over the audit.",
    "hissy fits": "The governor's hissy fits over the audit went on.",
    "jeremiad": "The senator delivered a jeremiad against the tariff.",
    "jeremiads": "The senator's jeremiads against the tariff went on.",
    "fulminations": "The senator's fulminations against the tariff went on.",
}


@pytest.mark.parametrize("word", sorted(NEW))
def test_a_contempt_word_warns_in_the_narrators_voice(ruleset, word):
    text = NEW[word]
    found = warned_words(ruleset, text, "QC331")
    assert word in found, (text, found)


@pytest.mark.parametrize("word", sorted(NEW))
def test_the_same_word_in_a_quotation_is_the_speakers(ruleset, word):
    text = quoted_use(word)
    assert not warnings(ruleset, text, "QC331"), text


@pytest.mark.parametrize("text", [
    "The garden sells a spineless cactus that needs little water.",
    "Thin-skinned grapes split in the late rain.",
])
def test_botany_is_left_alone(ruleset, text):
    assert not warnings(ruleset, text, "QC331") and not infos(ruleset, text, "QC331"), text


WEAKER = {
    "bluster": "The governor's bluster did not move the union.",
    "outburst": "The mayor's outburst at the meeting drew a reply.",
    "tantrum": "The senator threw a tantrum on the floor.",
    "firestorm": "The ruling set off a firestorm of criticism.",
    "feckless": "The agency gave a feckless response to the floods.",
    "misguided": "The council pushed misguided rules on parking.",
    "condescending": "The minister made condescending remarks about farmers.",
    "grandiose": "The mayor unveiled a grandiose plan for the harbour.",
    "dismal": "The party had a dismal night at the polls.",
    "glorified": "The new office is a glorified waiting room.",
    "staunchly": "The senator staunchly defended the tariff.",
    "delegitimize": "The campaign set out to delegitimize the vote count.",
    "slinked": "The deputy slinked away from the podium.",
    "harangue": "The senator began another harangue about the budget.",
    "word salad": "The minister answered with word salad about the debt.",
}


@pytest.mark.parametrize("word", sorted(WEAKER))
def test_a_weaker_word_is_info(ruleset, word):
    text = WEAKER[word]
    assert word in [w.lower() for c, w in infos(ruleset, text, "QC332") if c == "QC332"], text
    assert not warnings(ruleset, text, "QC332"), text


@pytest.mark.parametrize("word", ["travesties", "debacles", "fiascos", "charades", "shams",
                                  "boondoggles", "farces"])
def test_a_plural_of_the_bad_faith_nouns_is_read_as_its_singular(ruleset, word):
    text = f"The session produced two {word} in as many weeks."
    assert word in [w.lower() for c, w in infos(ruleset, text, "QC331") if c == "QC331"], text


@pytest.mark.parametrize("text", [
    "The shopping trips with the twins often end in temper tantrums.",
    "She told her manager about the temper tantrums the disorder brought on.",
])
def test_a_childs_or_a_patients_tantrum_is_no_warning(ruleset, text):
    assert not warnings(ruleset, text, "QC331,QC332"), text


def test_a_view_given_as_the_opposite_camps_is_theirs(ruleset):
    """'In the opposite camp, ...' heads a view the report gives as one side's (
    [holders] in_camps of framing-verbs.toml), like 'In conservative circles, ...'."""
    text = "Supporters cheered the ruling. In the opposite camp, it shows a shameless cabinet."
    assert not warnings(ruleset, text, "QC331"), text
    assert warnings(ruleset, "The ruling shows a shameless cabinet.", "QC331")


def test_a_group_heading_the_sentence_may_name_its_cause(ruleset):
    """'To critics of the tariff, ...' gives the view as the critics' (
    quotecheck.framing.viewholders), as 'To critics, ...' does; 'To the east of the river'
    names no one."""
    assert not warnings(ruleset, "To critics of the tariff, the verdict shows a shameless "
                                 "cabinet.", "QC331")
    assert warnings(ruleset, "To the east of the river, a shameless cabinet met.", "QC331")
