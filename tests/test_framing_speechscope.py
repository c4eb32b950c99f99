"""The scope of reported speech (issue 15, quotecheck.framing.speechscope and speechopenings):
a framing word in the clause a source's reporting verb opens is the source's, not the
narrator's; the narrator's own clause after it (', but ...', '; ...', ', in a bid to ...') is
the narrator's voice again. Snippets of our own, one per shape."""
import pytest
from hypothesis import given, strategies as st

from framing_helpers import by_severity
from quotecheck.framing.speechscope import scope_end


def _warned(rs, text, word):
    """Whether a framing rule reports ``word`` in ``text`` at all: the reported clause drops
    the finding (``ignore_reported_speech``), whatever severity a rule ships with."""
    found = by_severity(rs, text)
    return any(word in w for sev in ("warning", "info", "error") for _, w in found[sev])


SOURCE = [   # the framing word is the source's: no warning
    ("The minister said the rebels were terrorists who had burned the villages.", "terrorists"),
    ("Police said the suspect allegedly fired at the officers before fleeing.", "allegedly"),
    ("According to the army, the regime forces shelled the town overnight.", "regime"),
    ("The army accused the militia of shelling the town, saying the group was extremist.",
     "extremist"),
    ("\"We will not back down,\" he said, adding that the so-called reforms would ruin "
     "the farmers.", "so-called"),
    ("The mayor spoke to the council on Monday.\n\nHe said the budget was balanced. He added "
     "that the opposition's plan was reckless.", "reckless"),
    ("In a statement, the group said the army was brutal and had fired on protesters.",
     "brutal"),
    ("The group's statement said the army was brutal and had fired on protesters.", "brutal"),
    # the occasion between the verb and its clause (speechopenings)
    ("The minister's office said in a statement the rebels were terrorists.", "terrorists"),
    ("The minister said in an interview with the BBC on Sunday the rebels were terrorists.",
     "terrorists"),
    # a colon, no quotation marks
    ("The minister said: the rebels are terrorists who must be crushed.", "terrorists"),
    # the holder's account
    ("The general spoke for an hour.\n\nThe rebels, in his account, were terrorists.",
     "terrorists"),
    ("In her view, the outrageous ruling will not stand.", "outrageous"),
    # an elliptical continuation after 'but' stays the source's
    ("He said the plan was fair, but not the so-called reforms.", "so-called"),
    ("He said the plan was fair, but that the so-called reforms had failed.", "so-called"),
    # a participle after 'while' is no clause of the narrator's; nor a boundary before the
    # clause has begun
    ("Doctors who fled have said that, while working abroad, the regime forced them to lie.",
     "regime"),
    ("She conceded that she shoved the guards, while apparently soothing them in the brutal heat.",
     "brutal"),
    ("The envoy told Reuters on Thursday he doubts the staggering cost can be covered.",
     "staggering"),
    # a sentence the attribution closes, the contrast before it
    ("The suspect fled, but the brutal attack left three dead, according to police.",
     "brutal"),
]

NARRATOR = [  # the narrator's clause after the reported one: the warning stays
    ("The governor says the plan is fair, but the so-called reforms have ruined the farmers.",
     "so-called"),
    ("The economy is recovering, the minister said, in a bid to distract from the outrageous "
     "scandal.", "outrageous"),
    ("The minister said the economy was recovering, in a bid to distract from the outrageous "
     "scandal.", "outrageous"),
    ("The minister said the economy was recovering; the outrageous scandal went unmentioned.",
     "outrageous"),
    ("The economy is recovering, the minister said on Tuesday, amid an outrageous scandal.",
     "outrageous"),
    ("The senator argued that the bill was reckless, but voters approved the outrageous "
     "measure anyway.", "outrageous"),
    ("According to police, the suspect fled, but the brutal attack shocked the town.",
     "brutal"),
    ("The minister said the talks had stalled, while the regime shelled the town.", "regime"),
]


@pytest.mark.parametrize("text, word", SOURCE)
def test_word_in_reported_scope_is_the_sources(ruleset, text, word):
    assert not _warned(ruleset, text, word), text


@pytest.mark.parametrize("text, word", NARRATOR)
def test_narrators_clause_after_reported_one_is_narrators(ruleset, text, word):
    assert _warned(ruleset, text, word), text


def test_scope_end_shapes():
    t = "said the plan was fair, but the so-called reforms failed."
    assert t[:scope_end(t, 5, len(t))].endswith("fair")
    t = "said the plan was fair, but not the reforms."
    assert scope_end(t, 5, len(t)) == len(t)
    t = "said the plan was fair; critics disagreed."
    assert t[:scope_end(t, 5, len(t))].endswith("fair")
    t = "said it was fair, in an apparent bid to calm the markets."
    assert t[:scope_end(t, 5, len(t))].endswith("fair")


_PIECES = st.sampled_from(["said", " the plan", ", but", " the", " reforms", "; ", ",", " in a",
                           " bid to", " amid", " not", " that", " while", " x", "\x00", "."])


@given(st.lists(_PIECES, max_size=14), st.integers(0, 60), st.integers(0, 80))
def test_scope_end_is_a_boundary_inside_the_span(pieces, pos, stop):
    text = "".join(pieces)
    stop = min(stop, len(text))
    end = scope_end(text, pos, stop)
    assert end == stop or pos <= end < stop
    # the clause cut at its end has no further boundary: cutting again changes nothing
    assert scope_end(text, pos, end) == end


def test_a_comma_after_a_claim_noun_opens_a_new_clause(ruleset):
    """'the pastor's claims, the pastor has been ...': no clause of the claim (PolNeAR train
    reading); 'his claim the regime was brutal' is one."""
    text = ("As easy as it may seem to laugh off the pastor's claims, the pastor has been making "
            "headlines with his outrageous views.")
    assert _warned(ruleset, text, "outrageous")
    assert not _warned(ruleset, "The minister repeated his claim the regime was brutal.",
                       "brutal")


@pytest.mark.parametrize("text, word", [
    ("The army denied claims it had shelled the brutal rebels.", "brutal"),
    ("Amid reports the regime had fired first, the talks stalled.", "regime"),
])
def test_the_clause_of_claims_of_no_one_named_is_reported(ruleset, text, word):
    assert not _warned(ruleset, text, word), text


def test_a_fronted_claims_clause_ends_at_its_comma(ruleset):
    text = "Amid reports the army had fired first, the brutal regime stalled the talks."
    assert _warned(ruleset, text, "brutal")


def test_a_pluperfect_doubt_or_emotive_verb_in_a_reported_clause_is_the_reports(ruleset):
    """'He noted ..., and had bragged about it': the backshift of indirect speech past the
    commas (quotecheck.framing.statements); the narrator's own sentence keeps the verb."""
    text = ("She noted the driver not only rammed the gate while fleeing the checkpoint, he "
            "also allegedly tried to run down a clerk weeks earlier, and had bragged about it.")
    assert not _warned(ruleset, text, "bragged")
    assert not _warned(ruleset, "Prosecutors said Smith had claimed he was innocent, and had "
                       "boasted about the money.", "boasted")
    assert _warned(ruleset, "The judge said the man lied. He had bragged about the killing.",
                   "bragged")
    assert _warned(ruleset, "The judge said the man lied, but his brother had bragged about "
                   "the killing.", "bragged")


# -- a possessive's claim: linear on a long hyphenated run (review of framing22) ---------------
def test_a_possessives_claim_is_found_in_linear_time_on_a_hyphenated_run():
    """The possessive of "his claim", "Haddad's claim" is read from the start of a token only:
    on one "x-x-x-..." run of 60,000 characters the search took over 20 s before (every
    part re-scanned the rest of the run), well under a second now; the matches of ordinary
    possessives are the same."""
    import time

    from quotecheck.framing.speechopenings import _other_verbs

    claim = _other_verbs()[2]
    start = time.perf_counter()
    assert list(claim.finditer("x-" * 30000 + "x's claim")) == []
    assert time.perf_counter() - start < 2.0
    for text, opened in [("he repeated the pro-army group's claim the regime was weak", "the"),
                         ("o'neill's claim the rebels were thugs was denied", "the"),
                         ("denied claims it had shelled the town", "it")]:
        m = claim.search(text)
        assert m and text[m.end(1):].split()[0] == opened, text
