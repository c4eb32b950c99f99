"""Unit tests of the narration view and the lexicon matcher behind the framing rules."""
import pytest

from quotecheck.framing.narration import MASK, Narration
from quotecheck.framing.verbcontext import (attributes_speech, is_verb_use, verb_form_kind,
                                            verb_matcher)
from quotecheck.load.loader import load_text
from quotecheck.model import Quote
from quotecheck.text.lexicon import PhraseMatcher, inflect, phrase_key


def doc(text, fmt="text"):
    return load_text(text, id="d", fmt=fmt)


# -- lexicon -------------------------------------------------------------------------------
@pytest.mark.parametrize("lemma,forms", [
    ("claim", ["claim", "claims", "claimed", "claiming"]),
    ("allege", ["allege", "alleges", "alleged", "alleging"]),
    ("deny", ["deny", "denies", "denied", "denying"]),
    ("stress", ["stress", "stresses", "stressed", "stressing"]),
    ("agree", ["agree", "agrees", "agreed", "agreeing"]),
    ("point out", ["point out", "points out", "pointed out", "pointing out"]),
])
def test_inflect_regular(lemma, forms):
    assert inflect(lemma) == forms


def test_inflect_irregular_replaces_generated_forms():
    assert inflect("say", {"say": ["says", "said"]}) == ["say", "says", "said"]
    assert "sayed" not in inflect("say", {"say": ["said"]})


def test_matcher_whole_words_multiword_and_hyphens():
    m = PhraseMatcher({"terrorist": "t", "so-called": "s", "lash out": "l"})
    text = "anti-terrorist units; terrorists; the terrorist. so called. lashed out; lash  out"
    hits = [(h.text, h.value) for h in m.finditer(text)]
    assert hits == [("terrorist", "t"), ("so called", "s"), ("lash  out", "l")]


def test_matcher_folds_entries_like_the_matching_view():
    m = PhraseMatcher({"Coup d’État": "c"})
    assert phrase_key("Coup d’État") == "coup d'etat"
    assert [h.value for h in m.finditer("an attempted coup d'etat")] == ["c"]


def test_verb_matcher_inflections_carry_class_and_lemma():
    m = verb_matcher(["doubt"])
    text = "he claims; they claimed; claiming; she alleges; alleged; insisted"
    values = [h.value for h in m.finditer(text)]
    assert values == ["doubt:claim"] * 3 + ["doubt:allege"] * 2 + ["doubt:insist"]


def test_bare_nouns_are_left_out_of_verb_forms():
    m = verb_matcher(["emotive"])
    assert [h.text for h in m.finditer("a blast hit; he blasted them")] == ["blasted"]


# -- verb use and attribution context ------------------------------------------------------
@pytest.mark.parametrize("text,expected", [
    ("putin claimed that", True),
    ("his claims that", False),
    ("the alleged plot", False),
    ("amplifying claims that", False),
    ("dismissed claims that", False),
    ("officials claim that", True),
])
def test_is_verb_use(text, expected):
    word = text.split()[1]
    start = text.index(word)
    lemma = "claim" if word.startswith("claim") else "allege"
    assert is_verb_use(text, start, word, lemma) is expected


def test_verb_form_kind():
    assert verb_form_kind("claims", "claim") == "base"
    assert verb_form_kind("claimed", "claim") == "past"
    assert verb_form_kind("claiming", "claim") == "ing"
    assert verb_form_kind("said", "say") == "past"


@pytest.mark.parametrize("text,expected", [
    ("putin claimed that protesters", True),
    ("putin alleged monday that the", True),
    ("he claimed, without evidence, that", True),
    ('he insisted: "we', True),
    ("he claimed to have proof", True),
    ('"\x00\x00\x00," the governor insisted.', True),
    ("the unrest, he claimed, was planned", True),
    ("the attack claimed the lives of", False),
    ("he claimed victory on sunday", False),
    ("she was admitted to hospital", False),
])
def test_attributes_speech(text, expected):
    for verb in ("claimed", "alleged", "insisted", "admitted"):
        if verb in text:
            s = text.index(verb)
            assert attributes_speech(text, s, s + len(verb)) is expected
            return
    raise AssertionError("no verb in case")


# -- narration -----------------------------------------------------------------------------
def test_narration_masks_quotation_content_and_keeps_length():
    d = doc("He said: “We claimed nothing.” Then he claimed more.")
    nar = Narration(d)
    assert len(nar.text) == len(nar.view.text)
    assert "claimed nothing" not in nar.text
    assert nar.text.count("claimed") == 1
    q = nar.quotes[0]
    assert d.text[q.ostart:q.oend] == "We claimed nothing."
    assert set(nar.text[q.start:q.end]) == {MASK}


def test_narration_uses_extractor_quotes_with_speaker():
    text = "Officials blamed 'terrorists' for it."
    s = text.index("terrorists")
    q = Quote("q1", "d", s, s + len("terrorists"), "terrorists", speaker="Officials",
              open_start=s - 1, close_end=s + len("terrorists") + 1)
    nar = Narration(doc(text), [q])
    assert [x.speaker for x in nar.quotes] == ["Officials"]
    assert MASK in nar.text


def test_narration_spans_are_exact_in_the_original():
    text = "Ｐｕｔｉｎ ﬁnally CLAIMED that Ibáñez “lied”. Putin claimed it."
    d = doc(text)
    nar = Narration(d)
    hits = list(verb_matcher(["doubt"]).finditer(nar.text))
    assert len(hits) == 2
    for h in hits:
        s, e = nar.original(h.start, h.end)
        assert d.text[s:e].lower() == "claimed"


def test_narration_of_html_maps_to_the_markup():
    html = "<p>He <b>claimed</b> that &ldquo;nobody&rdquo; knew.</p>"
    d = doc(html, fmt="html")
    nar = Narration(d)
    h = next(verb_matcher(["doubt"]).finditer(nar.text))
    s, e = nar.original(h.start, h.end)
    assert d.text[s:e] == "claimed"


def test_sentences_do_not_end_inside_quotations_or_abbreviations():
    d = doc("“We stay. We fight,” he said. The U.S. envoy left. Next one.")
    nar = Narration(d)
    s0, s1 = nar.sentence(nar.text.index("he said"))
    assert nar.view.text[s0:s1].startswith('"we stay')
    s0, s1 = nar.sentence(nar.text.index("envoy"))
    assert nar.view.text[s0:s1].strip() == "the u.s. envoy left."


def test_a_date_or_a_paragraph_break_ends_a_sentence():
    # a single digit before the stop is a date's day, not an initial; a blank line after a
    # stop always ends the sentence (an 'according to' in the next paragraph reached back)
    d = doc("Two suits to stop the grants were thrown out on May 5. Police said more came.\n\n"
            "The fund opened on the 1st of June, as planned by J.\n\n"
            "According to the group, the law bars the grants.")
    nar = Narration(d)
    s0, s1 = nar.sentence(nar.text.index("suits"))
    assert nar.view.text[s0:s1].strip() == "two suits to stop the grants were thrown out on may 5."
    s0, s1 = nar.sentence(nar.text.index("fund opened"))
    assert nar.view.text[s0:s1].strip().endswith("by j.")
    suits = nar.text.index("suits")
    assert not nar.in_reported(suits, suits + 5)


def test_headlines_are_short_unpunctuated_lines():
    d = doc("Putin vows to stop ‘colour revolutions’\n\nHe said that troops would leave.\n")
    nar = Narration(d)
    assert nar.in_headline(3)
    assert not nar.in_headline(nar.text.index("troops"))


def test_reported_clauses():
    d = doc("Putin alleged Monday that terrorists were trained abroad. Terrorists attacked. "
            "Putin said he saw terrorists. According to police, terrorists fled. "
            "The terrorists were armed, he said.")
    nar = Narration(d)
    positions = [i for i in range(len(nar.text)) if nar.text.startswith("terrorists", i)]
    flags = [nar.in_reported(p, p + 10) for p in positions]
    assert flags == [True, False, True, True, True]  # the second: "Terrorists attacked."


def test_inverse_map_agrees_with_textview():
    from quotecheck.framing.narration import Inverse

    d = doc("“Ａ” ﬁne — café «x» d’état\u00ad end ’90s")
    nar = Narration(d)
    inv = Inverse(nar.view)
    for o in range(len(d.view.text) + 1):
        assert inv(o) == nar.view.from_original(o)


def test_narration_regions_and_find_in_narration():
    from quotecheck.framing.narration import find_in_narration, narration_regions

    text = "Police allegedly fired. “They allegedly fired,” he said. Allegedly so."
    d = doc(text)
    regions = narration_regions(d)
    inside = text.index("They")
    assert all(not (s <= inside < e) for s, e in regions)
    assert "".join(text[s:e] for s, e in regions).count("allegedly") == 1
    hits = find_in_narration(d, ["allegedly", "so"])
    assert [text[s:e] for s, e, _ in hits] == ["allegedly", "Allegedly", "so"]


def test_wrapped_prose_lines_are_not_headlines():
    d = doc("Title line here\n\nHe claimed that the protesters had used\nforeign help and "
            "money\nfrom abroad.\n")
    nar = Narration(d)
    assert nar.in_headline(0)
    assert not nar.in_headline(nar.text.index("claimed"))
    assert not nar.in_headline(nar.text.index("foreign"))


def test_a_wrapped_line_does_not_end_a_sentence():
    d = doc("Putin alleged on Monday that the unrest was the work of\nterrorists trained "
            "abroad.\n\nTerrorists attacked.")
    nar = Narration(d)
    first = nar.text.index("terrorists trained")
    assert nar.in_reported(first, first + 10)
    second = nar.text.index("terrorists attacked")
    assert not nar.in_reported(second, second + 10)


def test_verb_class_and_stance_spread():
    from quotecheck.framing.narration import stance_spread
    from quotecheck.framing.verbcontext import verb_class

    assert verb_class("claimed") == "doubt" and verb_class("Said") == "neutral"
    assert verb_class("pointed out") == "credence" and verb_class("walked") is None
    quotes = [Quote("a", "ft", 0, 1, "x", speaker="Putin", verb="claimed"),
              Quote("b", "voa", 0, 1, "x", speaker="Putin", verb="alleged"),
              Quote("c", "voa", 2, 3, "y", speaker="Putin", verb="said"),
              Quote("d", "rt", 0, 1, "x", speaker=None, verb="said")]
    assert stance_spread(quotes) == {"Putin": {"ft": {"doubt": ["claimed"]},
                                               "voa": {"doubt": ["alleged"],
                                                       "neutral": ["said"]}}}
