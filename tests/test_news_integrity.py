"""Garbles on real-news shapes (issue 11): what is and is not an orphaned fragment (QC201)
and mark debris (QC202). Snippets are written here, shaped like what scraped news shows."""
import pytest

from quotecheck.model import Document, Metadata
from quotecheck.provenance.derivation import prepare
from quotecheck.provenance.sentalign import Alignment
from quotecheck.provenance.integrity import copy_integrity, text_debris
from quotecheck.text.textview import TextView


def _dt(text, doc_id="d"):
    return prepare(Document(doc_id, doc_id, text, TextView.identity(text), Metadata()))


def _fragments(parent, child, pairs=None):
    p, c = _dt(parent, "p"), _dt(child, "c")
    if pairs is None:
        pairs = [(i, i, 0.8) for i in range(min(len(p.sentences), len(c.sentences)))]
    dets = copy_integrity(c, p, Alignment(p, c, pairs))
    return [child[d.start:d.end] for d in dets if d.args.get("kind") == "orphaned-fragment"]


def _debris(text):
    return [text[d.start:d.end] for d in text_debris(_dt(text))
            if d.args["kind"] == "quote-debris"]


# -- QC201 orphaned fragments -----------------------------------------------------------
def test_time_word_ending_a_sentence_is_no_fragment():
    parent = ("“This normalizes violence against women,” the co-founder of the group said in "
              "a statement.")
    child = ("“This normalizes violence against women,” the co-founder of the group said in "
             "a statement Friday.")
    assert _fragments(parent, child) == []


def test_name_ending_a_sentence_is_read_as_part_of_it():
    """A capitalised word the copy added is debris only where the parent's sentence ends
    right before it; "met ... Putin" reads as one sentence."""
    parent = "The foreign minister flew to Moscow on Monday for talks with officials."
    child = "The foreign minister flew to Moscow on Monday for talks with officials of Gazprom."
    assert _fragments(parent, child) == []
    parent2 = "The new rules were announced after the council met in the capital."
    child2 = "The new rules were announced after the council met in the capital Chairmanship."
    assert _fragments(parent2, child2) == ["Chairmanship"]


def test_headline_in_title_case_is_no_fragment():
    parent = "Spotify reverses its policy on hateful conduct after a backlash from artists."
    child = "Spotify Reverses Hateful Conduct Policy After Backlash From Artists And Labels."
    assert _fragments(parent, child) == []


def test_name_after_an_abbreviation_is_no_fragment():
    parent = ("The complaint was filed on Tuesday by the county prosecutor. "
              "The judge set a hearing for next month.")
    child = ("The complaint was filed on Tuesday by the county D.A. Ana Ruiz. "
             "The judge set a hearing for next month.")
    assert _fragments(parent, child, [(0, 0, 0.8), (1, 2, 0.9)]) == []
    assert _fragments(parent, child, [(0, 0, 0.8), (1, 1, 0.9)]) == []


def test_byline_after_a_sentence_is_no_fragment():
    parent = ("The mayor spoke to residents at the town hall on Friday evening. "
              "Officials expect the bridge to reopen next spring after repairs.")
    child = ("The mayor addressed residents at the town hall on Friday evening. By Reuters. "
             "Officials expect the bridge to reopen next spring after repairs.")
    p, c = _dt(parent, "p"), _dt(child, "c")
    dets = copy_integrity(c, p, Alignment(p, c, [(0, 0, 0.8), (1, len(c.sentences) - 1, 0.9)]))
    assert not [d for d in dets if d.args.get("kind") == "orphaned-fragment"]


def test_a_writer_s_own_interjection_is_no_fragment():
    """A columnist's one-word aside after a sentence copied from elsewhere ("Hmmm.", a letter
    drawn out or not) is the column's voice; a glued capitalised word stays a fragment."""
    first = ("The harbour master asked whether the inspectors had a permit to board the "
             "ferry.")
    last = "Officials expect the bridge to reopen next spring after repairs."
    pairs = [(0, 0, 0.8), (1, 2, 0.9)]     # the parent's two sentences, around the aside
    for aside in ("Hmmm", "Wowww", "Yikes"):
        assert _fragments(f"{first} {last}", f"{first} {aside}. {last}", pairs) == [], aside
    assert _fragments(f"{first} {last}", f"{first} Chairmanship. {last}", pairs) \
        == ["Chairmanship"]


def test_seed_garbles_stay_flagged():
    parent = ("He cited movements that ousted rulers in Georgia and Ukraine in the 2000s. "
              "Nazarbayev stepped aside as head of the council when the violence began.")
    child = ("He cited movements that overthrew rulers in Georgia and Ukraine in the 2000s, "
             "allied with Moscow By. "
             "Nazarbayev resigned from the council when the violence began Chairmanship.")
    assert _fragments(parent, child) == ["By", "Chairmanship"]


# -- QC202 mark debris ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # straight opening mark closed by a curly one, and the reverse
    "\"The Department looks forward to responding on Monday,\u201d the person said.",
    "like the early rap track \u201cFunk Box Party 1 \" by the Masterdon Committee.",
    "\"Spotify promotes others,\u201d Kelly\u2019s rep said. \u201cMr. Kelly falls into "
    "none of these categories.\"",
    # a single-quoted quotation inside a mixed double pair
    "it would \"create an edge for, as he put it, 'Republicans and Non-Hispanic "
    "Whites.'\u201d\n\nRoss has said he added it.",
    # nested double marks
    "He said \u201cthey told me \u201cno\u201d and left\u201d, officials said.",
    # a quotation over paragraphs, reopened at each one
    "\u201cWe will not stop.\n\n\u201cWe will go on.\n\n\"We will win,\u201d he said.",
])
def test_balanced_marks_are_no_debris(text):
    assert _debris(text) == []


def test_real_mark_debris_is_still_reported():
    assert _debris("He said \u201cwe will win and left.") == ["\u201c"]
    assert _debris("Ek responded: \u201cThat is for others to judge. \u201c\n") == ["\u201c"]
    assert _debris("said it \"would clearly be bad\u201d & \u201cgood for them\n\n"
                   "\u2014 Ari Berman") == ["\u201c"]
    assert _debris("The fight ended, he said.\u201d Then he left.") == ["\u201d"]


def test_a_plural_title_before_two_names_is_no_fragment():
    """'Sens. A, D-Ore., and B, R-Pa., ...': the plural title opens the sentence of the names it
    precedes; read as a sentence end, it was left over as a one-word 'fragment'."""
    parent = ("The county's change caused long lines at the polls in the spring. "
              "Two senators introduced a bill this month to fund voting by mail.")
    for title in ("Sens.", "Reps.", "Govs."):
        child = (f"The county's change caused long lines at the polls in the spring. {title} "
                 "Ana Ruiz, D-Ore., and Tom Lee, R-Pa., introduced a bill this month to fund "
                 "voting by mail.")
        assert _fragments(parent, child, [(0, 0, 0.8), (1, 1, 0.8)]) == [], title
        assert len(_dt(child).sentences) == 2, title
