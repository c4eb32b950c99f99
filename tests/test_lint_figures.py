"""Figures in a draft's own voice against the sources' figures for the same counted noun."""
import re
from pathlib import Path

import pytest

from quotecheck.lint.drafts import check_documents
from quotecheck.lint.figures import figures_in
from quotecheck.load.loader import load_paths, load_text

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ("Some 40,000 members of the National Rail Workers' Union walked out on Wednesday. "
          "The Government offered a 4.5% pay rise. The strike will cost 80 million pounds.\n")


def doc(text, name="d.md", role="checked"):
    return load_text(text, name, fmt="markdown", role=role)


def numbers(report):
    return [(f.category, report.documents[0].text[f.start:f.end]) for f in report.findings
            if f.category == "number"]


def test_counted_noun_context_and_approximation():
    figs = {f.text: f for f in figures_in(doc(SOURCE), [])}
    assert figs["40,000"].head == "member" and figs["40,000"].approximate
    assert figs["4.5%"].head == "%"
    assert {"union", "walked", "wednesday"} <= figs["40,000"].context


@pytest.mark.parametrize("draft,found", [
    ("Some 14,000 members of the National Rail Workers' Union walked out on Wednesday.",
     ["14,000"]),
    ("About 40,000 members of the rail union walked out on Wednesday.", []),
    ("Nearly 39,000 members of the union walked out on Wednesday.", []),   # approximate
    ("The union has 14,000 members in Scotland.", []),          # another sentence: not comparable
    ("The Government offered a 5% pay rise.", ["5%"]),
    ("\u201cWe have 14,000 members who walked out of the union on Wednesday,\u201d he said.", []),
    ("In 2019, 12 members of the union walked out on Wednesday.", ["12"]),
    ("In 2019, 9 members of the union walked out on Wednesday.", []),    # years, small counts
])
def test_draft_figures(draft, found):
    source = doc(SOURCE, "s.md", role="source")
    report = check_documents([doc(draft)], [source])
    assert [t for _, t in numbers(report)] == found


def test_sentences_copied_from_the_seeds_are_silent():
    seeds = load_paths([ROOT / "seeds"], role="source").documents
    sentences = [" ".join(s.split()) for d in seeds
                 for s in re.split(r"(?<=[.!?])\s+", d.view.text)
                 if re.search(r"\d", s) and "\u201c" not in s and '"' not in s]
    assert len(sentences) >= 5
    report = check_documents([doc("\n\n".join(sentences) + "\n")], seeds)
    assert numbers(report) == []
