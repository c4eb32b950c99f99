"""A person's link card inside a sentence (issue 11, baly_201904 and baly_201908 readings):
after a name the page prints the full name, that person's latest headlines and "MORE". The
card is the site's furniture, whatever its first headline opens with (a figure, an acronym,
a quote mark) and however long it is; story text before it, camel-case names and all, stays
the story's; two stories of one outlet sharing only such cards (headlines with quoted words)
are not derived. Snippets are invented, shaped like scraped pages."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotecheck.load.boilerplate import chrome_regions, find_chrome
from quotecheck.load.loader import load_text
from quotecheck.load.personcards import person_cards
from quotecheck.provenance.infer import infer_provenance
from quotecheck.resources.ruledata import load_data

EXAMPLES = load_data("boilerplate")["person_card"]["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: (e.get("card") or e["not_card"])[:30])
def test_data_examples(example):
    text = example.get("card") or example["not_card"]
    found = [text[s:e] for s, e in person_cards(text)]
    assert found == ([example["chrome"]] if "card" in example else [])


# three headlines of the capture day, one with a figure first, quoted words in two
HEADLINES = ("2020 hopefuls meet at harbour forum Lee on rival's plan: 'It will sink the "
             "port' | Council backs levy | Ferry strike ends Lee says budget 'a promise kept'")


def test_a_card_opening_with_a_figure_is_chrome_and_the_story_is_not():
    text = ("Sen. Ann McBride, who chairs the panel, spoke first. Sen. Ann Lee Ann Marie Lee"
            + HEADLINES + " MORE (D-Ore.) said the vote would wait.\n")
    spans = chrome_regions(load_text(text, "card.txt"))
    card = text.index("Ann Marie Lee"), text.index("MORE") + 4
    assert any(s <= card[0] and card[1] <= e for s, e in spans)
    assert not any(s < card[0] for s, e in spans)       # McBride and the story's name too


@pytest.mark.parametrize("first", ["GOP senators balk at levy ", "\u2018Squad\u2019 member vows fight "])
def test_a_card_opening_with_an_acronym_or_a_quote_mark(first):
    text = "Leader Tom Roe Thomas (Tom) Ewan Roe" + first + HEADLINES + " MORE (R-Ky.) said.\n"
    found = [text[s:e] for s, e in person_cards(text)]
    assert found == ["Thomas (Tom) Ewan Roe" + first + HEADLINES + " MORE"]


def test_a_spaced_card_and_a_misspelt_card_surname():
    spaced = "Speaker Bo Dahl Bo Erik Dahl Council backs levy Dahl visits coast MORE (R-Wis.) said."
    assert [spaced[s:e] for s, e in person_cards(spaced)] == ["Bo Erik Dahl Council backs levy Dahl visits coast MORE"]
    typo = "Rep. Ryan Costa Ryan Anthony CostaaFerry strike ends MORE (R-Pa.) said."
    assert [typo[s:e] for s, e in person_cards(typo)] == ["Ryan Anthony CostaaFerry strike ends MORE"]


def test_the_story_s_name_glued_to_the_card_s():
    text = "Justice Chad WolfChad WolfCourt clears way for vote MORE, said."
    assert [text[s:e] for s, e in person_cards(text)] == ["Chad WolfCourt clears way for vote MORE"]


def test_a_doubled_word_glued_to_a_capital_before_the_card_is_story_text():
    # hypothesis found it: "Ea EaE" reads as a name doubled into a headline opening "E", but a
    # card holds no second card: the one glued nearest the marker is the card
    for headline in ("Council backs levy", "GOP balks"):
        text = f"Ea EaE said Ann Lee Ann Marie Lee{headline} MORE (D) agreed."
        assert [text[s:e] for s, e in person_cards(text)] == [
            f"Ann Marie Lee{headline} MORE"]


def test_capitals_that_are_no_card_are_story_text():
    for text in ("Fans chanted \u201cONE MORE GOAL! ONE MORE GOAL! ONE MORE GOAL!\u201d at Lee.",
                 "The WikiLeaks founder said McBride wants MORE money for the port.",
                 "Lee Ann Lee said on Monday. Join us. LEARN MORE",
                 # a surname in capitals is no card's: shouted text, not a printed name
                 "Signs in the hall read VOTE LEE ANN LEE FOR MORE JOBS."):
        assert person_cards(text) == []
        assert not [c for c in find_chrome(text) if c.name == "person-link-card"]


def test_a_clause_word_between_two_names_makes_no_card():
    # a full name holds only name words: "said" between the two surnames ends the search
    for text in ("Mayor Dahl said Dahl Farms would hire MORE workers.",
                 "Mayor Ann Dahl said Dahl Farms would hire MORE workers."):
        assert person_cards(text) == []


def _story(n: int, card: str) -> str:
    topics = ("Farmers in the valley said the drought had cut the wheat harvest by half.",
              "A court in the capital sentenced a former minister to six years in prison.")
    other = ("Water limits were imposed on three towns after the reservoir fell to a record low.",
             "The minister's lawyers said they would appeal the verdict within a month.")
    return "\n\n".join([f"Story {n} headline", topics[n],
                        f"Sen. Ann Lee Ann Marie Lee{card} MORE (D-Ore.) visited on Friday.",
                        other[n], f"Rep. Bo Dahl Bo Erik Dahl{card} MORE (R-Wis.) agreed."]) + "\n"


def test_two_stories_sharing_only_person_cards_are_not_derived():
    docs = [load_text(_story(n, HEADLINES), f"capital{n}.txt",
                      meta={"outlet": "The Capital Daily", "published": f"2019-08-1{n + 3}"})
            for n in (0, 1)]
    assert infer_provenance(docs, []).edges == []


_WORD = st.text(alphabet=st.sampled_from("abcdefghM ORE.,'\u2019\n"), min_size=0, max_size=40)
_STORY = st.lists(_WORD, max_size=8).map(" ".join)


@given(_STORY, _STORY, st.sampled_from(["Council backs levy", "2020 race: 'we win'", "GOP balks"]))
def test_a_card_in_any_story_text_is_found_whole(before, after, headline):
    text = before + " said Ann Lee Ann Marie Lee" + headline + " MORE (D) " + after
    spans = person_cards(text)
    start = text.index("Ann Marie Lee")
    assert (start, start + 13 + len(headline) + 5) in spans


@given(st.text(alphabet=st.sampled_from("AaLe M OR E\n.'\u201c2()"), max_size=120))
def test_cards_are_sorted_disjoint_one_line_and_end_at_the_marker(text):
    spans = person_cards(text)
    assert spans == sorted(spans)
    for (s, e), nxt in zip(spans, spans[1:] + [(len(text), len(text))]):
        assert 0 < s < e <= nxt[0] and "\n" not in text[s:e] and text[s:e].endswith("MORE")


def test_many_markers_on_one_line_are_searched_once():
    import time
    text = ("Ann Lee Ann Marie Lee" + "Council backs levy MORE " * 4000 + "\n") * 2
    t0 = time.process_time()
    spans = person_cards(text)
    assert len(spans) == 2 and time.process_time() - t0 < 2.0
