"""Whole-text integrity: debris in any text, fragments and drift in a derived copy."""
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.model import Document, Metadata
from quotecheck.provenance.derivation import prepare
from quotecheck.provenance.sentalign import Alignment
from quotecheck.provenance.integrity import copy_integrity, text_debris
from quotecheck.text.textview import TextView
from rule_levels import level


def _dt(text, doc_id="d"):
    return prepare(Document(doc_id, doc_id, text, TextView.identity(text), Metadata()))


def _debris(text):
    return [(d.args["kind"], text[d.start:d.end], level(d)) for d in text_debris(_dt(text))]


def test_bracket_debris():
    assert _debris("“(They]) had obviously received training,” he added.") == [
        ("bracket-debris", "(They])", "info")]
    assert _debris("A balanced (aside [with] nesting) is fine.") == []


def test_quote_debris_and_possessives():
    assert _debris("The caption was in the ‘outside Moscow, Russia.") == [
        ("quote-debris", "‘", "info")]
    assert _debris("The authorities’ latest claims were ‘unfounded’, he said.") == []
    assert _debris("He said “we will win and left.") == [("quote-debris", "“", "info")]


def test_quote_running_into_next_paragraph_is_fine():
    assert _debris("“We will not stop.\n\n“We will go on,” he said.") == []


def test_doubled_punctuation_and_words():
    assert _debris("It ended in Kazakhstan. .\n\nNext.") == [("doubled-punctuation", ". .", "info")]
    assert _debris("He said the the protests ended.") == [("doubled-word", "the the", "info")]
    assert _debris("He had had enough... The U.S., he said, agreed.") == []


def _pair(parent, child, sim=0.8):
    p, c = _dt(parent, "p"), _dt(child, "c")
    pairs = [(i, i, sim) for i in range(min(len(p.sentences), len(c.sentences)))]
    return p, c, copy_integrity(c, p, Alignment(p, c, pairs))


def test_orphaned_fragment_against_parent():
    parent = ("He cited movements that ousted rulers in Georgia and Ukraine in the 2000s. "
              "Nazarbayev stepped aside as head of the council when the violence began.")
    child = ("He cited movements that overthrew rulers in Georgia and Ukraine in the 2000s, allied with Moscow By. "
             "Nazarbayev resigned from the council when the violence began Chairmanship.")
    _, c, dets = _pair(parent, child)
    frags = [(child[d.start:d.end], level(d)) for d in dets if d.args.get("kind") == "orphaned-fragment"]
    assert frags == [("By", "warning"), ("Chairmanship", "warning")]
    assert all(d.related and d.related[0].document == "p" for d in dets)


def test_proper_noun_ending_in_parent_is_no_fragment():
    parent = "Troops were flown in to help President Tokayev."
    child = "Soldiers were flown in to assist President Tokayev."
    _, _, dets = _pair(parent, child)
    assert not [d for d in dets if d.args.get("kind") == "orphaned-fragment"]


def test_hedge_added_and_dropped():
    parent = "Officials blamed terrorists who number as many as 20,000 for the violence."
    child = "Officials blamed terrorists, allegedly numbering as many as 20,000, for the violence."
    _, _, dets = _pair(parent, child)
    (h,) = [d for d in dets if d.rule_type == "hedge-drift"]
    assert (child[h.start:h.end], h.args["change"], h.category) == ("allegedly", "added", "hedge")
    _, _, dets = _pair(child, parent)
    (h,) = [d for d in dets if d.rule_type == "hedge-drift"]
    assert h.args["change"] == "dropped" and h.args["text"] == "allegedly"


def test_number_flip_but_not_head_change():
    parent = "Moscow backs allies in former Soviet states against protests, which the Russian leader blamed on meddling."
    child = "Moscow supports allies in the former Soviet state against protests that Russian leaders have blamed on interference."
    _, _, dets = _pair(parent, child)
    flips = sorted(child[d.start:d.end] for d in dets if d.args.get("kind") == "number-flip")
    assert flips == ["leaders", "state"]
    _, _, dets = _pair("Protests against fuel price rises spread.", "Protests against rising fuel prices and rule spread.")
    assert not [d for d in dets if d.args.get("kind") == "number-flip"]


def test_time_expression_moved():
    parent = "Putin vowed to protect allies after sending troops to quell unrest in Kazakhstan last week."
    child = "Last week, Putin vowed to protect allies after he sent troops to quell unrest in Kazakhstan."
    _, _, dets = _pair(parent, child)
    (t,) = [d for d in dets if d.args.get("kind") == "time-shift"]
    assert child[t.start:t.end] == "Last week" and t.args["change"] == "moved"


@given(st.text(alphabet=st.sampled_from("ab ()[]“”‘’. ,\nThe the"), max_size=100))
def test_debris_spans_in_bounds(text):
    for d in text_debris(_dt(text)):
        assert 0 <= d.start < d.end <= len(text)
        assert d.severity is None and level(d) == "info"


def test_hedge_in_a_loosely_matched_sentence_is_no_drift():
    """A later version's new sentence matched to the nearest old one is not its rendering."""
    parent = "A small plane carrying eight tourists crashed in a forest on Sunday, officials said."
    child = "Investigators said on Monday that bad weather probably caused the plane to crash in a forest."
    _, _, dets = _pair(parent, child, 0.45)
    assert not [d for d in dets if d.rule_type == "hedge-drift"]
    _, _, dets = _pair(parent, child, 0.8)
    assert [d for d in dets if d.rule_type == "hedge-drift"]


def test_hedge_swapped_for_another_is_no_drift():
    _, _, dets = _pair("The toll was probably far higher than the official figure.",
                       "The toll was likely far greater than the official figure.")
    assert not [d for d in dets if d.rule_type == "hedge-drift"]


def test_added_place_after_a_preposition_is_no_fragment():
    _, _, dets = _pair("The spokesman said the talks would resume next month.",
                       "The spokesman told reporters the talks would resume next month in Geneva.")
    assert not [d for d in dets if d.args.get("kind") == "orphaned-fragment"]


def test_fragment_standing_alone_after_a_closing_quote():
    """A glued function word split off as its own 'sentence' after a quotation is a fragment,
    even when the sentence before it lines up with nothing in the parent."""
    parent = ("The mayor spoke to residents at the town hall on Friday evening. "
              "Officials expect the bridge to reopen next spring after repairs.")
    child = ("The mayor addressed residents at the town hall on Friday evening. "
             "He sounded tired. “We are doing everything we can, and we will keep going.” Of. "
             "Officials expect the bridge to reopen next spring after repairs.")
    p, c = _dt(parent, "p"), _dt(child, "c")
    dets = copy_integrity(c, p, Alignment(p, c, [(0, 0, 0.8), (1, len(c.sentences) - 1, 0.9)]))
    frags = [child[d.start:d.end] for d in dets if d.args.get("kind") == "orphaned-fragment"]
    assert frags == ["Of"]


def test_short_real_sentence_after_a_quote_is_no_fragment():
    parent = "The mayor spoke to residents at the town hall on Friday evening. It rained."
    child = ("The mayor addressed residents at the town hall on Friday evening. "
             "“We will rebuild,” she said. Nobody clapped. It rained.")
    p, c = _dt(parent, "p"), _dt(child, "c")
    dets = copy_integrity(c, p, Alignment(p, c, [(0, 0, 0.8), (1, len(c.sentences) - 1, 0.9)]))
    assert not [d for d in dets if d.args.get("kind") == "orphaned-fragment"]


def test_a_source_named_after_according_to_is_no_fragment():
    parent = ("She did not have to pay the full amount until next year. "
              "Her son called the utility, which confirmed the error.")
    child = ("She had a year to pay, and the minimum due was far smaller, according to The "
             "Associated Press. Her son called the utility, which confirmed the error.")
    _, _, dets = _pair(parent, child)
    assert not [d for d in dets if d.args.get("kind") == "orphaned-fragment"]
    # a phrase glued after a verb is still one ("began The Chairmanship.")
    _, _, dets = _pair("The council met when the violence began.",
                       "The council met when the violence began The Chairmanship.")
    assert [d.args["text"] for d in dets if d.args.get("kind") == "orphaned-fragment"] == [
        "The Chairmanship"]


def _flips(parent, child):
    _, _, dets = _pair(parent, child)
    return sorted(child[d.start:d.end] for d in dets if d.args.get("kind") == "number-flip")


def test_number_of_a_noun_modifier_is_house_style():
    # "drugs search" / "drug search", "weapons inspectors" / "weapon inspectors": a noun that
    # modifies the noun after it names a kind, not how many
    parent = "Customs officers stopped the ferry during a routine drugs search at the harbour."
    child = "Customs officers stopped the ferry during a routine drug search at the harbour."
    assert _flips(parent, child) == []
    parent = "Inspectors found traces of nerve agents residue in the warehouse, officials said."
    child = "Inspectors found traces of nerve agent residue in the warehouse, officials said."
    assert _flips(parent, child) == []


def test_verb_agreement_before_its_object_is_no_number_flip():
    # a verb's -s agreeing with another noun of its subject ("the mix of salts form/forms a
    # crust") is grammar, not how many of anything
    parent = "Over time the mixture of salts and minerals form a hard crust, the guide said."
    child = "Over time the mixture of salts and minerals forms a hard crust, the guide said."
    assert _flips(parent, child) == []


def test_number_flip_before_a_shared_verb_still_counts():
    parent = "On Monday the regional governor said the talks had failed."
    child = "On Monday the regional governors said the talks had failed."
    assert _flips(parent, child) == ["governors"]
    # a name after a role noun is an apposition, not a noun it modifies
    assert _flips("The opposition leader Marta Vell spoke first.",
                  "The opposition leaders Marta Vell spoke first.") == ["leaders"]


def test_number_flip_at_the_last_word_of_the_text_is_read_without_error():
    # the flipped word ends both texts: there is no next word to compare (an IndexError before)
    parent = "After a long night the council thanked the volunteers"
    child = "After a long night the council thanked the volunteer"
    assert _flips(parent, child) == ["volunteer"]


def test_inline_photo_credit_is_no_fragment():
    """A photo-caption credit a scrape kept inline after a sentence ("AP-Yonhap",
    "Reuters/Yonhap", "AFP via Getty Images") is furniture, not an orphaned fragment; a
    non-agency word standing there still is one (issue #11)."""
    parent = ("Shoppers crowded the market on the first weekend after the curfew was lifted. "
              "Officials said the reopening would go ahead in stages through the summer.")
    for credit in ("AP-Yonhap", "Reuters/Yonhap", "AFP via Getty Images", "Xinhua"):
        child = ("Shoppers crowded the market on the first weekend after the curfew was lifted. "
                 f"{credit}\n\nOfficials said the reopening would go ahead in stages through "
                 "the summer.")
        p, c = _dt(parent, "p"), _dt(child, "c")
        dets = copy_integrity(c, p, Alignment(p, c, [(0, 0, 0.9), (1, len(c.sentences) - 1, 0.9)]))
        assert not [d for d in dets if d.args.get("kind") == "orphaned-fragment"], credit
    child = ("Shoppers crowded the market on the first weekend after the curfew was lifted. "
             "Chairmanship\n\nOfficials said the reopening would go ahead in stages through "
             "the summer.")
    p, c = _dt(parent, "p"), _dt(child, "c")
    dets = copy_integrity(c, p, Alignment(p, c, [(0, 0, 0.9), (1, len(c.sentences) - 1, 0.9)]))
    assert [d.args["text"] for d in dets if d.args.get("kind") == "orphaned-fragment"] == [
        "Chairmanship"]
