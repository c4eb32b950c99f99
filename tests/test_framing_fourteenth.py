"""Framing classes read on the untuned DUC 2007 main and ECB+ topics 36-45 sets (issue 15,
fourteenth session): genre marked in a headline slug or a credit block, a column's
conversational voice, quoted titles, standard uses of 'claim' and 'allege', a term introduced
by 'so-called', and words in another sense. Each rule is stated for every outlet; snippets are
our own, shaped like what was read (never corpus text)."""
import pytest

from framing_helpers import infos, flagged
from test_framing_accounts import story_findings
from test_framing_reading_sixth import lowered

BODY = ("The junta has jailed hundreds of dissidents and the notorious regime keeps the "
        "opposition leader under watch. Neighbours ought to press it to talk.")


# -- genre: a slug heading the headline, a review's credit block ----------------------------
@pytest.mark.parametrize("text", [
    "SCHOOLS COLUMN: THE PRICE OF DRILLS\n\n(ATTN: Ohio)\n\nBy JANE ROE\n\n"
    "c.2001 The Lakeside Herald\n\n" + BODY,
    "FILM REVIEW: A JUNTA ON SCREEN\n\nBy JANE ROE\n\n" + BODY,
])
def test_a_column_or_review_slug_in_the_headline_is_info(ruleset, text):
    assert lowered(ruleset, text, "QC330", "notorious")


@pytest.mark.parametrize("text", [
    # news analysis is a news genre; a slug-like headline without the genre word is news
    "ANALYSIS: JUNTA TIGHTENS ITS GRIP\n\nBy JANE ROE\n\nc.2001 The Lakeside Herald\n\n" + BODY,
    "BUDGET REVIEW ENDS: JUNTA JAILS DISSIDENTS\n\nBy JANE ROE\n\n" + BODY,
])
def test_news_headlines_stay_warnings(ruleset, text):
    assert ("QC330", "notorious") in flagged(ruleset, text, "QC330")


def test_a_film_guides_plot_summary_is_info(ruleset):
    text = ("FILMS THIS WEEK\n\nRIVERTON: Fans of thrillers have three to choose from. Below "
            "is a short guide.\n\nNight Shift. Cast: Ann Poe and Tom Roe. Director: Lee Moe."
            "\n\nA nurse hides a witness.\n\nThe killer conveniently slips out of the ward.")
    assert lowered(ruleset, text, "QC331", "conveniently")


def test_without_a_credit_block_the_same_sentence_warns(ruleset):
    text = ("HOSPITAL ESCAPE\n\nRIVERTON: A man held for murder fled on Monday.\n\nPolice said "
            "a nurse had seen him.\n\nThe prisoner conveniently slips out of the ward.")
    assert ("QC331", "conveniently") in flagged(ruleset, text, "QC331")


COLUMN = (
    "POP NOTES\n\nBy JANE ROE\n\nc.1998 The Lakeside Herald\n\n"
    "Ten years after the singer tore up a bishop's letter on live television, she is back. "
    "Sure, she angered the faithful, including a hypocritical rival. But it was a candid "
    "moment in a business full of poses, and her records sold on.\n\n"
    "Now 40 and a mother of three, the singer sounds calmer in the new issue of a music "
    "magazine, where she talks about her regrets and her band and the long tour behind it.\n\n"
    "Is the new host of the late show for real? Is he the shy poet he says he is, or is he "
    "pulling the wool over our eyes? It seems like the latter, and the network likes it.\n\n"
    "The men's monthly keeps faith with the cigar-and-cufflinks crowd, which (thankfully) has "
    "not been seen in public for years. You can smell the aftershave on every page of it, "
    "and its editors seem to be proud of that, judging by the letters page this month.")


def test_a_column_in_a_conversational_voice_is_info(ruleset):
    assert lowered(ruleset, COLUMN, "QC331", "hypocritical")


def test_one_concession_in_news_copy_is_not_a_voice(ruleset):
    text = ("RIVERTON (AP) -- Sure, the mayor angered the unions, and a hypocritical council "
            "voted against her plan on Monday by six votes to three.")
    assert ("QC331", "hypocritical") in flagged(ruleset, text, "QC331")


# -- a title in quotation marks ---------------------------------------------------------------
# (an attributed quotation in the text: the extractor's quotations are then the ones masked,
# and the marks around a title are not among them)
SAID = "\n\n``We expected more,'' said Ann Poe, the head of the studio."


@pytest.mark.parametrize("text, code, word", [
    ("Box office:\n\n1. ''Night Shift,'' $12 million.\n\n2. ''Petty Crooks,'' $1.1 million."
     + SAID, "QC331", "Crooks"),
    ("HBO's ``WEB OF HATE: Extremists Online'' and a second special look at hate sites." + SAID,
     "QC330", "Extremists"),
])
def test_a_quoted_title_labels_no_one(ruleset, text, code, word):
    assert (code, word) not in flagged(ruleset, text, code)


# -- 'claim' and 'allege' in their standard uses -----------------------------------------------
# a peer renders each with 'said', so before these uses were read as standard the doubt verb
# was this outlet's choice over the plain one, a warning
@pytest.mark.parametrize("text, peer, word", [
    # the grounds an edict states: the claim of a document, as a lawsuit's
    ("After the cleric announced the edict on Feb. 14, claiming the writer had blasphemed the "
     "faith, the writer went into hiding.",
     "The cleric announced the edict on Feb. 14, saying the writer had blasphemed the faith.",
     "claiming"),
    # 'allege' of police, an offence around it
    ("Police say the youths trained abroad, and they allege that the youth group is behind a "
     "spate of firebombings.",
     "Police said that the youth group is behind a spate of firebombings in the north.",
     "allege"),
    # a claim of identity by someone the report cannot name
    ("Police cleared the square after a warning call by someone claiming to be a member of "
     "the separatist group.",
     "Police cleared the square after a caller said he was a member of the separatist group.",
     "claiming"),
])
def test_standard_uses_of_claim_and_allege_are_info(ruleset, text, peer, word):
    assert story_findings(ruleset, [peer, text]) == [(1, "info", word)]


def test_a_claim_beside_an_offence_but_not_charging_it_stays_a_warning(ruleset):
    text = ("The two men, who claimed to be tutors, were held on suspicion of espionage "
            "following the raid.")
    peer = "The two men, who said they were teachers, were held on suspicion of espionage."
    assert (1, "warning", "claimed") in story_findings(ruleset, [peer, text])


# -- 'so-called' before a term the text then calls a term --------------------------------------
def test_so_called_before_a_term_explained_as_a_term_is_info(ruleset):
    text = ("Teenagers meet in so-called tin yards, a term taken from the lots where the bands "
            "first played.")
    assert lowered(ruleset, text, "QC321", "so-called")


# -- words in another sense ------------------------------------------------------------------
@pytest.mark.parametrize("text, code, word", [
    ("The shaking began a mile below ground. But it woke people up across the valley.",
     "QC331", "woke"),
    ("Listeners could better picture the design of a snowflake after folding paper.",
     "QC331", "snowflake"),
    ("Jurors heard how a 1963 racist bombing killed four girls in a church.", "QC331", "racist"),
    ("Town's Racist Image May Change\n\nThe valley has long struggled with its reputation.",
     "QC331", "Racist"),
])
def test_words_in_another_sense_raise_no_warning(ruleset, text, code, word):
    assert (code, word) not in flagged(ruleset, text, code)


@pytest.mark.parametrize("text, code, word", [
    ("The woke mob shouted down the speaker on campus.", "QC331", "woke"),
    ("Liberal snowflakes shouted down the speaker on campus.", "QC331", "snowflakes"),
])
def test_the_loaded_sense_stays(ruleset, text, code, word):
    assert (code, word) in flagged(ruleset, text, code) + infos(ruleset, text, code)


# -- a failed act, and words inside what someone said or declared ------------------------------
@pytest.mark.parametrize("text, code, word", [
    # the established description of a covert act that failed
    ("The spy chief resigned over a bungled attempt to kill a rival in the capital.", "QC331",
     "bungled"),
    # a second that-clause of one verb of saying
    ("The survey said one branch of the league grew to 12 chapters and that racist gangs made "
     "a comeback in three cities.", "QC331", "racist"),
    # a second verb of the that-clause's subject, after a time phrase between verb and 'that'
    ("His former wife told reporters before her testimony that he had admitted the attack and "
     "had bragged about it.", "QC302", "bragged"),
    # the object and complement of 'declare': the declarer's words
    ("The old preacher spoke briefly outside the court, comparing himself to prophets and "
     "also declaring southern Utah a haven for racists.", "QC331", "racists"),
])
def test_stated_failures_and_reported_words_raise_no_warning(ruleset, text, code, word):
    assert (code, word) not in flagged(ruleset, text, code)


@pytest.mark.parametrize("text, code, word", [
    ("The bungled reform left thousands without pensions.", "QC331", "bungled"),
    ("The survey was published on Monday, and racist gangs made a comeback in three cities.",
     "QC331", "racist"),
    ("He had admitted the attack and bragged about it to friends in the bar.", "QC302",
     "bragged"),
])
def test_the_narrators_own_words_stay_warnings(ruleset, text, code, word):
    assert (code, word) in flagged(ruleset, text, code)


def test_a_claim_of_a_state_not_an_identity_stays_doubt(ruleset):
    text = ("On one knee, the governor all but begged a voter who claimed to be undecided to "
            "vote for him.")
    peer = "The governor asked a woman who said she was undecided to vote for him."
    assert (1, "warning", "claimed") in story_findings(ruleset, [peer, text])
