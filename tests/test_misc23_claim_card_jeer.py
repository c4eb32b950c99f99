"""Three small classes of an untuned reading (issues 11 and 15, misc23): the noun 'claim'
with 'to' and a noun phrase of entitlement ('a claim to the title', 'lay claim to'), which
QC301 read as a doubt verb; a video player's card flattened into one line ('CLOSE', the
clip's description, its credit), read as article text; and the emotive speech verbs 'jeer'
(only where it reports words) and 'gripe', missing from QC302. Snippets of our own, shaped
like the copy read (never corpus text)."""
import pytest

from framing_helpers import doubted, warnings
from quotecheck.load.furniture import classify, shape_kind

BODY = ("The council approved the harbour plan on Tuesday after a long debate, and work "
        "is due to start in the spring.")


@pytest.mark.parametrize("text", [
    "The mayor said sorry once more for his old claim to tribal heritage, "
    "a matter his rivals raise often.",
    "The senator made a claim to Native American ancestry decades ago.",
    "Two cousins lay claim to the title after the duke's death.",
    "The prince renewed his old claim to the throne on Sunday.",
    "Both nations press rival claims to the disputed islands.",
    # no listed head: only the verb of taking before it makes it a noun (to_takers)
    "She laid claim to tribal fishing grounds.",
])
def test_claim_to_a_noun_of_entitlement_is_no_doubt_verb(ruleset, text):
    assert [w for w in warnings(ruleset, text, "QC301") if w[0] == "QC301"] == []


@pytest.mark.parametrize("text, word", [
    ("The candidate claimed to be of Cherokee descent.", "claimed"),
    # 'claims' is a form the noun guard reads: the infinitive keeps it a verb (to_infinitives)
    ("The candidate claims to be of Cherokee descent.", "claims"),
    ("The self-styled healer claimed that the tonic cured the fever.", "claimed"),
])
def test_claim_with_an_infinitive_or_a_clause_stays_a_verb(ruleset, text, word):
    # found as the verb: a warning, or a party's account at info ('claim to be' outside a
    # relative clause, issue 15), never dropped as the noun of entitlement
    assert ("QC301", word) in doubted(ruleset, text, "QC301")


CARDS = [
    "CLOSE Will the tonic sell? The self-styled healer claimed that it cured the fever. "
    "Jane Roe has the story. Clipco",
    "CLOSE The senator said the bill would pass before the recess. (June 9) AP",
    "CLOSE The recount began at noon in the county. Sam Doe, sam.doe@example.com",
    "CLOSE A new poll shows the race tightening in the final week. NEWS TODAY",
]


@pytest.mark.parametrize("line", CARDS)
def test_a_video_card_line_is_a_caption(line):
    assert shape_kind(line) == "caption"
    text = "Council weighs harbour plan\n\n" + line + "\n\n" + BODY + "\n"
    kinds = {text[s:e]: k for s, e, k in classify(text)}
    assert kinds[line] == "caption" and kinds[BODY] == "body"


@pytest.mark.parametrize("line", [
    "Close aides agreed. Jones left",
    "Close friends of the mayor said the plan failed.",
    "Close to Home",
    "CLOSE calls were common that winter, the ranger said.",
])
def test_prose_opening_with_close_is_no_card(line):
    assert shape_kind(line) != "caption"


def test_the_claim_in_a_video_card_raises_no_warning(ruleset):
    text = "Council weighs harbour plan\n\n" + CARDS[0] + "\n\n" + BODY + "\n"
    assert [w for w in warnings(ruleset, text, "QC301") if w[0] == "QC301"] == []


@pytest.mark.parametrize("text, word", [
    ("\u201cPick a side for once,\u201d the senator jeered. \u201cJust one.\u201d",
     "jeered"),
    ("He griped during the debate on Wednesday that his rival had ignored the plan.",
     "griped"),
    ("Farmers griped that they had been forgotten by the ministry.", "griped"),
])
def test_jeer_and_gripe_of_speech_are_emotive(ruleset, text, word):
    assert ("QC302", word) in warnings(ruleset, text, "QC302")


@pytest.mark.parametrize("text", [
    "About fifty protesters jeered as the motorcade pulled up to the house.",
    "The candidate was jeered by attendees at the charity dinner.",
    "The rivals heckled and jeered their opponents at the party dinner.",
    "Every tenant has a few fair gripes and worries.",
    "The club put out an openly jeering statement saying that the ban had backfired.",
])
def test_a_crowds_jeers_and_the_noun_gripes_stay_silent(ruleset, text):
    assert [w for w in warnings(ruleset, text, "QC302") if w[0] == "QC302"] == []
