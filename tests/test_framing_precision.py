"""Framing a copy editor agrees with (issue 15): each false-alarm class seen on real
multi-outlet news, the opinion-piece rule, messages with neutral alternatives, and the
evaluative-word rules. Snippets are written in the shape of the real-news cases."""
import pytest

from quotecheck.framing.genre import opinion_reason
from quotecheck.load.loader import load_text
from quotecheck.model import Metadata
from quotecheck.plugins.run import run_checks
from quotecheck.story import Story
from framing_helpers import doubt_codes, weak_only


def run(rs, text, select="QC3", meta=None):
    doc = load_text(text, id="example")
    if meta is not None:
        object.__setattr__(doc, "meta", meta)
    return run_checks(Story([doc]), rs.with_selection(select=select), documents=[doc])


def codes(found, severity=None):
    return [(f.code, f.severity) for f in found if severity is None or f.severity == severity]


# -- doubt verbs: a court filing's or a document's claim is standard usage (info) ---------
@pytest.mark.parametrize("text", [
    "The National Tenants Union alleged in a court filing Monday that the "
    "adviser played a part.",
    "Last month a man filed a lawsuit against the chef claiming he made him ill.",
    "He drafted wording that shaped a Commerce Department memo claiming that the survey "
    "was required.",
    "A Vox article last winter claimed the guru is keeping followers against their will.",
    "Critics contend that many renters will avoid being counted.",
    "The suit was filed by Ohio residents who contended it was unfair.",
])
def test_standard_usage_of_doubt_verbs_is_info_with_the_reason(ruleset, text):
    found = run(ruleset, text, "QC301")
    assert codes(found) == [("QC301", "info")]
    assert "(info:" in found[0].message


@pytest.mark.parametrize("text", [
    "Putin claimed that protesters had used foreign help.",
    "A couple claimed their son was being kept by the preacher.",
    "The minister alleged Monday that the unrest was organised abroad.",
])
def test_a_persons_claim_in_the_narrators_voice_stays_a_warning(ruleset, text):
    assert doubt_codes(run(ruleset, text, "QC301")) == [("QC301", "warning")]


# -- nouns and participles are not verbs -------------------------------------------------
@pytest.mark.parametrize("text", [
    "Officials disputed Republican claims that the count was rigged.",
    "Police are investigating a woman's claims that she was attacked.",
    "Women accused him of misconduct and coercion, claims he has denied.",
    "Trump's lawyers said newly discovered emails show that the plan changed.",
    "He shaped the agency's claims in court that the survey was required.",
])
def test_nouns_and_participles_are_not_reporting_verbs(ruleset, text):
    assert codes(run(ruleset, text, "QC301")) == []
    assert codes(run(ruleset, text, "QC304")) == []


# -- factive verbs that presuppose nothing about a speaker --------------------------------
@pytest.mark.parametrize("text", [
    "The backlash forced her to apologise for the remarks.",
    "The spokesman declined to confirm that the talks had stalled.",
    "The company confirmed in a statement that the deal had closed.",
    "Documents found on his hard drive revealed that he wrote the memo.",
])
def test_factual_credence_and_culpability_verbs_are_silent(ruleset, text):
    assert codes(run(ruleset, text, "QC303")) == []
    assert codes(run(ruleset, text, "QC304")) == []


def test_a_speakers_admission_still_reported(ruleset):
    assert codes(run(ruleset, "The company admitted that the data had been shared.",
                     "QC303")) == [("QC303", "info")]


# -- terms and partial quotes are not scare quotes ----------------------------------------
@pytest.mark.parametrize("text", [
    "Grocery workers were deemed “essential” during the lockdown.",
    "She worked at the store as a “manager” for six years.",
    "Lawmakers passed the “bathroom bill” on Tuesday.",
    "He was known to his friends at school, and later in the army, as “Scooter” ever since.",
    "The policy covered “hateful conduct by artists and others in the industry.” Critics "
    "asked what “hateful conduct” meant.",
])
def test_terms_names_and_repeated_quotes_are_not_scare_quotes(ruleset, text):
    assert codes(run(ruleset, text, "QC320")) == []


def test_an_unattributed_scare_quote_still_fires(ruleset):
    text = "Both countries have been run by the same leader, continuously “re-elected.”"
    assert codes(run(ruleset, text, "QC320")) == [("QC320", "info")]


def test_so_called_before_the_name_of_a_law_is_info(ruleset):
    found = run(ruleset, "Several states now have so-called fetal heartbeat laws.", "QC321")
    assert codes(found) == [("QC321", "info")] and not weak_only(found[0])
    found = run(ruleset, "The U.S. put the company on a so-called “trade blacklist” in May.",
                "QC321")
    assert codes(found) == [("QC321", "info")] and not weak_only(found[0])
    # no term introduced: info only by the rule's severity (the first-exposure policy)
    found = run(ruleset, "The protests were the latest of the so-called “color revolutions”.",
                "QC321")
    assert codes(found) == [("QC321", "info")] and weak_only(found[0])


def test_a_terrorist_plot_so_named_is_not_a_label(ruleset):
    assert codes(run(ruleset, "He was convicted over the terrorist plot in 2006.",
                     "QC330")) == []
    found = run(ruleset, "Terrorists attacked the airport in the breakaway region overnight.",
                "QC330")
    assert doubt_codes(found) == [("QC330", "warning")]   # info by the weak-class default alone


# -- opinion pieces: the author's voice, the same rule for every outlet -------------------
NEWS = "Putin claimed that protesters had used foreign help. The infamous regime fell."


@pytest.mark.parametrize("text,meta", [
    (NEWS, Metadata(outlet="A", section="Opinion")),
    (NEWS, Metadata(outlet="B", section="op-ed")),
    ("Opinion | Why the court got it wrong\n\n" + NEWS, Metadata(outlet="C")),
    ("By Jane Holt, professor at Ridgeway Law School\n\n" + NEWS, Metadata(outlet="D")),
    (NEWS + "\n\nJane Doe is a columnist for the paper.", Metadata(outlet="E")),
    (NEWS + "\n\nAs I wrote in my column last week, nothing changed.", Metadata(outlet="F")),
])
def test_framing_in_an_opinion_piece_is_at_most_info(ruleset, text, meta):
    found = run(ruleset, text, meta=meta)
    assert found and all(f.severity == "info" for f in found)
    assert any("opinion piece" in f.message for f in found)


@pytest.mark.parametrize("outlet", ["Reuters", "Fox News", "The Guardian", None])
def test_news_is_judged_the_same_for_every_outlet(ruleset, outlet):
    found = run(ruleset, NEWS, meta=Metadata(outlet=outlet))
    assert sorted(doubt_codes(found, "warning")) == [("QC301", "warning"), ("QC330", "warning"),
                                               ("QC330", "warning")]


def test_opinion_reason_is_none_for_news():
    doc = load_text("By Jane Doe\n\nThe council met on Monday. " * 3, id="n")
    assert opinion_reason(doc) is None


# -- messages: the word, why it frames, a neutral alternative -----------------------------
@pytest.mark.parametrize("text,code,alternative", [
    ("Putin claimed that protesters had used foreign help.", "QC301", "'said'"),
    ("The senator slammed the decision as reckless.", "QC302", "criticised"),
    ("The regime has arrested thousands.", "QC330", "government"),
    ("The self-styled republic held a vote.", "QC321", "attribution"),
    ("Trump repeated it in his characteristically bizarre syntax.", "QC331", "describe"),
    ("The new rules dramatically expand the agency's powers.", "QC332", "figure"),
])
def test_messages_name_the_word_and_a_neutral_alternative(ruleset, text, code, alternative):
    found = run(ruleset, text, code)
    assert found, text
    msg = found[0].message
    assert text[found[0].start:found[0].end] in msg
    assert alternative in msg and "neutral" in msg


# -- evaluative words ----------------------------------------------------------------------
def test_evaluative_word_as_part_of_a_name_is_silent(ruleset):
    text = "The family of one of his former partners, Dana Savage, spoke on Friday."
    assert codes(run(ruleset, text, "QC331")) == []
    headline = "Spotify Backs Away From Controversial Artist Policy"
    assert codes(run(ruleset, headline, "QC332")) == [("QC332", "info")]


def test_evaluative_word_in_a_reported_clause_is_the_speakers(ruleset):
    text = "Critics said the decision was shameful and called the plan absurd."
    assert codes(run(ruleset, text, "QC331")) == []
