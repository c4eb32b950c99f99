"""Framing classes first exposure still showed as false warnings (issues 11 and 15, eval20):
an idiom ('the good, the bad and the ugly'), an epithet before a noun naming content ('racist
content', like 'racist material'), 'cartoonish' of a drawing, 'beg for aid' (asking, no manner
of speech), and ideology nouns as a generic kind ('autocrats in power', 'install themselves as
autocrats'). Snippets of our own, never corpus text."""
import pytest

from framing_helpers import flagged, warnings


@pytest.mark.parametrize("text, word", [
    ("The good, the bad, and the ugly: pension plan edition\n\nIn March the board voted.",
     "ugly"),
    ("Fans weighed the good, the bad and the ugly, season by season, on Monday.", "ugly"),
])
def test_the_idiom_good_bad_ugly_is_not_a_warning(ruleset, text, word):
    assert ("QC331", word) not in warnings(ruleset, text, "QC331")


def test_ugly_of_an_argument_stays_a_warning(ruleset):
    text = "The senator's ugly attack on the judge drew little notice on Monday."
    assert ("QC331", "ugly") in warnings(ruleset, text, "QC331")


@pytest.mark.parametrize("text, word", [
    ("Ad network bans blog for racist content, but reverses decision on another site\n\n"
     "The network says the blog broke its rules on Tuesday.", "racist"),
])
def test_racist_content_classifies_material(ruleset, text, word):
    assert ("QC331", word) not in warnings(ruleset, text, "QC331")


def test_racist_of_people_stays_a_warning(ruleset):
    text = ("Ad network bans racist blog, but reverses decision on another site\n\n"
            "The network says the blog broke its rules on Tuesday.")
    assert ("QC331", "racist") in warnings(ruleset, text, "QC331")


@pytest.mark.parametrize("text", [
    "The diner closed after years of cartoonish depictions of a grinning cook on its sign.",
    "The brand dropped the cartoonish drawing of its mascot last spring.",
])
def test_cartoonish_of_a_picture_is_not_a_warning(ruleset, text):
    assert ("QC331", "cartoonish") not in warnings(ruleset, text, "QC331")


def test_cartoonish_of_a_threat_stays_a_warning(ruleset):
    text = "The governor issued a cartoonish threat to close the border on Friday."
    assert ("QC331", "cartoonish") in warnings(ruleset, text, "QC331")


@pytest.mark.parametrize("text, word", [
    ("The state had to beg for aid from lenders abroad after the crash.", "beg"),
    ("Villagers were begging for handouts at the depot after the flood.", "begging"),
])
def test_beg_for_aid_is_no_manner_of_speech(ruleset, text, word):
    assert ("QC302", word) not in warnings(ruleset, text, "QC302")


@pytest.mark.parametrize("text, word", [
    ("Strongmen of the past used the crisis to install themselves as autocrats for life.",
     "autocrats"),
    ("The army, which in earlier decades bent to the designs of autocrats in power, held firm.",
     "autocrats"),
])
def test_autocrats_as_a_kind_is_not_a_warning(ruleset, text, word):
    assert ("QC330", word) not in warnings(ruleset, text, "QC330")


@pytest.mark.parametrize("text, word", [
    ("The autocrats in power at the palace jailed the reporters on Monday.", "autocrats"),
    ("The two ministers ruled as autocrats for a decade.", "autocrats"),
    ("Two autocrats met at the summit on Friday.", "autocrats"),
])
def test_autocrats_of_named_people_stays(ruleset, text, word):
    assert ("QC330", word) in flagged(ruleset, text, "QC330")


# -- 'told reporters' with no determiner opens the account (wire copy) ----------------------
@pytest.mark.parametrize("text, word", [
    ("Director Kell told reporters yesterday the sum included the assets of the ruler's "
     "closest crony Tom Vane.", "crony"),
    ("The envoy told police the money went to the ruler's closest crony Tom Vane.", "crony"),
    ("An aide told investigators on Monday the funds went to the ruler's closest crony Tom Vane.",
     "crony"),
])
def test_told_a_bare_listener_noun_reports_the_account(ruleset, text, word):
    assert ("QC330", word) not in flagged(ruleset, text, "QC330")


def test_told_reporters_without_a_clause_keeps_the_narration(ruleset):
    text = ("Director Kell told reporters about the audit. The sum included the assets of the "
            "ruler's closest crony Tom Vane.")
    assert ("QC330", "crony") in flagged(ruleset, text, "QC330")
