"""A methodology box (rn24, from the baly06 reading): a research page opens with a standing
"How we did this" / "About the data" / "Methodology" paragraph, its label glued to the text by
the capture, which says how the centre's panel is drawn and weighted. The same words stand on
every page of the organisation, whatever its site, so they are the page's standing text (page
chrome), not the story, and two reports of different sites that share only the box are not
derived. A sentence of a story that merely begins with those words stays text. Snippets are
invented, shaped like scraped survey reports."""
from __future__ import annotations

import pytest

from quotecheck.load.chromesentences import is_chrome_paragraph
from quotecheck.load.furniture import classify
from quotecheck.load.loader import load_text
from quotecheck.provenance.infer import infer_provenance

BOX = ("How we did this Example Research Institute ran this poll to learn what adults think "
       "of the flood response. We asked {n} adults, all drawn from the Institute's standing "
       "online panel, to answer twelve questions in June. Panel members are picked at random "
       "from postal addresses, so that almost every household in the country can be chosen. "
       "Answers are adjusted so that the sample matches the country's adults in age, sex, "
       "region, schooling and party. Full details of the panel are on the Institute's site.")


@pytest.mark.parametrize("line", [
    BOX.format(n="4,100"),
    "About the data These figures come from the monthly labour survey of the statistics "
    "office. They are not seasonally adjusted, and each group's estimate has a margin of error.",
    "Methodology The poll of 1,002 voters was taken by telephone from May 3 to May 7; its "
    "error margin is 3 points either way.",
    "About this survey The survey was fielded online among 2,000 adults and weighted to match "
    "the census.",
])
def test_a_methodology_box_under_its_glued_label_is_chrome(line):
    assert is_chrome_paragraph(line)


@pytest.mark.parametrize("line", [
    "How we did this is a question the inquiry will have to answer, the minister said on "
    "Tuesday.",
    "About the data, the agency said little except that it had been checked twice.",
    "Methodology matters: the two polls asked different questions, the researchers said.",
    "About 40 percent of adults said the survey was too long.",
])
def test_a_story_sentence_opening_with_those_words_stays_text(line):
    assert not is_chrome_paragraph(line)


def _report(n: int) -> str:
    heads = ("Adults split on the flood response", "Most adults follow flood news closely")
    bodies = ("Adults are divided over how the government handled the floods, with most of "
              "those in the valley saying help came too late, the survey finds.",
              "A large majority of adults say they have followed news about the floods very "
              "or fairly closely, and most trust the weather service's warnings.")
    return "\n\n".join([heads[n], BOX.format(n=("4,100", "9,300")[n]), bodies[n]]) + "\n"


def test_two_sites_of_one_organisation_sharing_only_the_box_are_not_derived():
    text = _report(0)
    kinds = {text[s:e]: k for s, e, k in classify(text)}
    assert kinds[BOX.format(n="4,100")] == "chrome"
    docs = [load_text(_report(n), f"report{n}.txt",
                      meta={"outlet": ("politics.example.org", "media.example.org")[n],
                            "published": f"2020-06-2{n + 3}"})
            for n in (0, 1)]
    assert infer_provenance(docs, []).edges == []
