"""Grouping renderings of one utterance: index-based candidates, fragments, translations, copies."""
from align_fixtures import doc, hand_quotes

import quotecheck.align.grouping as grouping
from quotecheck.align.grouping import copy_pairs, group, rarity
from quotecheck.align.renderings import prepare


def _rend(doc_id, text, speaker=None, order=0):
    d = doc(doc_id, text)
    return [prepare(q, d, order) for q in hand_quotes(d, speaker)]


def _clusters(rends, derived=()):
    groups, preferred = group(rends, list(derived))
    return [sorted(r.id for r in g) for g in groups], preferred


def test_identical_and_orthographic_renderings_group():
    r = (_rend("a", "He said \u201cwe will restore order in the neighbourhood\u201d.", "Putin")
         + _rend("b", "He said \u201cWe will restore order in the neighborhood\u201d.", "Putin", 1)
         + _rend("c", "She said \u201cprices of bread rose sharply this winter\u201d.", "Ivanova", 2))
    clusters, _ = _clusters(r)
    assert ["a#q0", "b#q0"] in clusters and ["c#q0"] in clusters


def test_fragment_joins_the_longer_rendering():
    r = (_rend("a", "Putin said \u201cwe will not allow the so-called colour revolution "
                    "scenario to play out\u201d.", "Putin")
         + _rend("b", "He warned against \u201ccolour revolution scenario\u201d plans.", "Putin", 1))
    clusters, _ = _clusters(r)
    assert ["a#q0", "b#q0"] in clusters


def test_independent_translations_group_by_shared_rare_words():
    r = (_rend("a", "\u201cWe won't let anyone destabilise the situation in our home and "
                    "won't allow the so-called colour revolution scenario,\u201d Putin said.",
               "Putin")
         + _rend("b", "\u201cWe will not allow the realization of so-called color revolution "
                      "scenarios,\u201d Putin said.", "Putin", 1)
         + _rend("c", "\u201cThe harvest this year will allow us to export more grain,\u201d "
                      "the minister said.", "Petrov", 2))
    clusters, _ = _clusters(r)
    assert ["a#q0", "b#q0"] in clusters and ["c#q0"] in clusters


def test_one_shared_word_is_not_enough():
    r = (_rend("a", "They were called \u201cforeign agents\u201d by the ministry.")
         + _rend("b", "He warned of \u201cforeign interference\u201d in the vote.", order=1))
    clusters, _ = _clusters(r)
    assert len(clusters) == 2


def test_other_speaker_needs_near_identical_words():
    r = (_rend("a", "\u201cThe talks were useful and frank,\u201d Lavrov said.", "Lavrov")
         + _rend("b", "\u201cThe talks were frank but not useful,\u201d Blinken said.", "Blinken", 1))
    clusters, _ = _clusters(r)
    assert len(clusters) == 2


def test_copy_pairs_follow_reading_order_and_context():
    parent = _rend("p", "Putin praised Tokayev for his \u201cbravery\u201d and expressed confidence "
                        "Kazakhstan would quickly \u201crestore order\u201d.", "Putin")
    child = _rend("c", "Putin praised Tokayev for his \u201ccourage\u201d and expressed confidence "
                       "that Kazakhstan would quickly \u201crestore order\u201d.", "Putin", 1)
    pairs = copy_pairs(parent, child, rarity(parent + child), 0.3)
    assert [(p.quote.text, c.quote.text) for p, c, _ in pairs] == [
        ("bravery", "courage"), ("restore order", "restore order")]
    clusters, preferred = _clusters(parent + child, [("p", "c")])
    assert ["c#q0", "p#q0"] in clusters
    assert preferred[("c#q0", "p")] == "p#q0"


def test_candidates_come_from_the_index_not_all_pairs(monkeypatch):
    calls = []
    real = grouping.text_score

    def counting(x, y, rare):
        calls.append(1)
        return real(x, y, rare)

    monkeypatch.setattr(grouping, "text_score", counting)
    import random

    rng = random.Random(5)
    vocab = [f"w{k}x" for k in range(50000)]
    common = ["budget", "school", "rises", "percent", "year"]  # long posting lists
    rends = []
    for k in range(300):
        words = rng.sample(vocab, 8) + rng.sample(common, 2)
        rng.shuffle(words)
        rends += _rend(f"d{k}", f"Official {k} said \u201c{' '.join(words)}\u201d.", order=k)
    groups, _ = group(rends)
    assert len(groups) == 300
    assert len(calls) <= 12 * len(rends)


def test_fallback_derivation_finds_the_copy_not_the_independent_report():
    from quotecheck.align.docsim import derived_pairs

    base = ("The council voted on Tuesday to close the old harbour bridge after engineers "
            "found cracks in two pillars. Traffic will move to the ferry until repairs end. "
            "The mayor said the closure would last at least six months and cost the city "
            "about four million euros. Shop owners near the bridge fear losing customers. ")
    copy = base.replace("voted", "decided").replace("fear", "worry about") + "Source link"
    other = ("Engineers inspecting a harbour crossing reported damage, and a ferry service is "
             "planned. Residents interviewed at the market were divided about the decision, "
             "and opposition members asked for an independent survey of every city bridge.")
    docs = [doc("a.txt", base, published="2024-01-01"), doc("b.txt", copy, published="2024-01-02"),
            doc("c.txt", other, published="2024-01-01")]
    pairs = [(p, c) for p, c, _ in derived_pairs(docs)]
    assert pairs == [("a.txt", "b.txt")]


def test_groups_text_marks_changes_by_category():
    from quotecheck.align.analyse import analyse_quotes
    from quotecheck.report.groups_text import render_groups

    text = ("The minister spoke in the capital on Monday evening after the vote. "
            "\u201cWe praise the soldiers for their bravery and their colour,\u201d she said. "
            "The opposition walked out of the chamber before the final reading of the bill.")
    copy = text.replace("bravery", "courage").replace("colour", "color")
    docs = [doc("a.txt", text, published="2024-01-01"), doc("b.txt", copy, published="2024-01-02")]
    quotes = [q for d in docs for q in hand_quotes(d, "Minister")]
    out = render_groups(analyse_quotes(docs, quotes, None), docs).replace("\n      ", " ")
    assert "a.txt → b.txt: derived-corrupted" in out
    assert "[bravery → courage]{WORDING:substitution}" in out
    assert "[colour → color]{ortho:spelling}" in out


def test_provenance_seam_uses_parent_of_when_there_are_no_edges():
    from quotecheck.align.analyse import analyse_quotes

    class Prov:
        """A minimal provenance result: b copies a."""

        def derives(self, child, parent):
            return (child, parent) == ("b.txt", "a.txt")

        def parent_of(self, doc_id):
            return "a.txt" if doc_id == "b.txt" else None

        def root_of(self, doc_id):
            return "a.txt" if doc_id in ("a.txt", "b.txt") else doc_id

        def independent_roots(self, doc_ids):
            return len({self.root_of(d) for d in doc_ids})

    a = doc("a.txt", "Intro. \u201cWe thank the soldiers for their bravery in the north,\u201d she said.")
    b = doc("b.txt", "Other. \u201cWe thank the soldiers for their courage in the north,\u201d she said.")
    quotes = [q for d in (a, b) for q in hand_quotes(d, "Minister")]
    result = analyse_quotes([a, b], quotes, Prov())
    assert [x.verdict for x in result.alignments] == ["derived-corrupted"]
    assert result.clusters[0].independent_roots == 1
    assert [d.category for d in result.detections] == ["wording"]


def test_short_quote_whose_words_the_long_one_holds_apart_is_no_fragment():
    """A two-word scare quote whose words a long quotation holds in order but far apart
    ("price freeze" / "the price of bread ... before any freeze") met by chance: no group, no
    QC108 rendering between them (issue 11, wikiref). A short quote that stands as a phrase
    inside the longer one (a word or two between its words at most) still joins it."""
    r = (_rend("a", "The paper used the words \u201cprice freeze\u201d to describe the plan.")
         + _rend("b", "He wrote that \u201cthe price of bread will go up again long before any "
                      "freeze\u201d.", None, 1))
    clusters, _ = _clusters(r)
    assert ["a#q0"] in clusters and ["b#q0"] in clusters
    r = (_rend("a", "The paper used the words \u201cturn around\u201d to describe the plan.")
         + _rend("b", "He wrote that \u201cwe will turn it all around within two years and "
                      "pay back every lender\u201d.", None, 1))
    clusters, _ = _clusters(r)
    assert ["a#q0", "b#q0"] in clusters


def test_longer_quote_whose_words_the_long_one_holds_one_by_one_is_no_fragment():
    """A six-word quote whose words a long question holds in order but one or two at a time
    ("we need to hear the truth" / "we just need to be clear ... to hear their side of the
    truth") met by chance: another speaker's remark, no group, so no QC104 between them
    (issue 11, baly_202002). A longer quote with a phrase of three words inside the long one
    (an elision in the middle) still joins it."""
    r = (_rend("a", "The coach said \u201cwe need to hear the truth\u201d about the match.",
               "Ruiz")
         + _rend("b", "The host asked: \u201cWe just need to be clear: how many were there? And "
                      "when you say they agreed, and they signed, if they wish now to hear "
                      "their side of the truth, is that fine with you?\u201d", None, 1))
    clusters, _ = _clusters(r)
    assert ["a#q0"] in clusters and ["b#q0"] in clusters
    r = (_rend("a", "Ruiz said \u201cthe port will not be a dumping ground for anyone\u201d.",
               "Ruiz")
         + _rend("b", "Ruiz said \u201cthe port will not be a toxic dump and it will not be "
                      "a chemical dumping ground for anyone, it won't be\u201d.", "Ruiz", 1))
    clusters, _ = _clusters(r)
    assert ["a#q0", "b#q0"] in clusters


def test_copy_pairs_quotes_sharing_one_word_only_when_their_sentences_agree():
    """A copy's quote sharing one content word with the parent's (a stock phrase, "treated
    very unfairly" / "very, very unfairly", said of two people in two sentences) is another
    remark: no pair, no QC104 (issue 11, baly_202002). The same words in the same sentence
    around them are one remark rendered twice."""
    parent = _rend("p", "The mayor said the former aide had been \u201ctreated very unfairly\u201d "
                        "by prosecutors in the fraud case.", "Trump")
    child = _rend("c", "At the rally on Tuesday, Trump said the governor was handled \u201cvery, "
                       "very unfairly.\u201d", "Trump", 1)
    assert copy_pairs(parent, child, rarity(parent + child), 0.3) == []
    child = _rend("c", "The mayor said the former aide had been \u201cvery, very unfairly\u201d "
                       "handled by prosecutors in the fraud case.", "Trump", 1)
    pairs = copy_pairs(parent, child, rarity(parent + child), 0.3)
    assert [(p.id, c.id) for p, c, _ in pairs] == [("p#q0", "c#q0")]
