"""Issue 12, round 14: speaker failure classes seen on real news (PolNeAR train and dev), each
with a snippet written for the test in the shape of what was seen (never corpus text)."""
from quotecheck.model import Document
from quotecheck.quotes.extract import extract_story_quotes
from quotecheck.text.textview import TextView
from speaker_helpers import quote_with as _quote


def test_the_writers_own_i_said_is_the_narrator():
    text = ("Title line\n\n"
            "The clerk turned to me. “Mr. Vane?” I stood up slowly.\n\n"
            "“Your Honor,” I said, “I want to explain the loan.”\n\n"
            "I asked Ann Ruiz about the levy. “Nobody asked me,” I told her. “It was never my idea.”\n\n"
            "When my aunt asked about the storm, I laughed and said, “I never worry about storms.”\n")
    for piece in ("Your Honor", "want to explain", "Nobody asked", "never my idea", "never worry"):
        q = _quote(text, piece)
        assert (q.speaker, q.speaker_kind) == ("I", "narrator"), piece
        assert text[q.speaker_start:q.speaker_end] == "I", piece
    assert _quote(text, "Mr. Vane?").speaker is None      # "I stood up": no speech verb


def test_an_i_that_says_nothing_is_no_narrator():
    text = ("Title line\n\n"
            "No wonder Vane said, and I quote, “We love the old mill.”\n\n"
            "I am old enough to remember Governor Tom Vane going on TV, declaring a “war on waste” "
            "across the state.\n\n"
            "Last month, when I asked Tom Vane if he would run, he looked into my camera and said, "
            "“I will run for you!”\n")
    for piece in ("old mill", "war on waste", "run for you"):
        assert _quote(text, piece).speaker != "I", piece


def test_narrators_of_two_articles_are_never_one_speaker():
    a = "Title A\n\n“We will rebuild the pier,” I said to the mayor, Ann Ruiz.\n"
    b = "Title B\n\n“The pier is gone,” I wrote in my notebook. Tom Ivey agreed.\n"
    docs = [Document(n, n + ".txt", t, TextView.identity(t)) for n, t in (("a", a), ("b", b))]
    quotes = extract_story_quotes(docs)
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("I", "narrator")] * 2


def test_a_crowd_that_yells_or_roars_is_the_speaker_of_its_words():
    text = ("Title line\n\n"
            "“Lower the rates,” Ann Ruiz told the rally. “Pay the workers!” the crowd yelled.\n\n"
            "Ruiz asked who should pay. “The owners!” the audience screamed.\n\n"
            "“Not again,” the protesters shouted as she left.\n")
    assert _quote(text, "Lower the rates").speaker == "Ann Ruiz"
    assert _quote(text, "Pay the workers").speaker == "crowd"
    assert _quote(text, "The owners").speaker == "audience"
    assert _quote(text, "Not again").speaker == "protesters"


def test_a_crowd_gathered_or_marching_speaks_its_chant():
    text = ("Title line\n\n"
            "Ann Ruiz spoke just down the road from the mill, where about 50 workers had gathered "
            "on Monday, chanting “no wage, no work” after the vote.\n\n"
            "Hundreds of nurses marched through the square on Tuesday, chanting “safe staffing now.”\n\n"
            "Outside the hall, about 200 protesters gathered in two groups, holding signs and "
            "chanting “Vane must go.”\n\n"
            "Tom Vane met the workers at the gate, shouting “we will win” as he left.\n")
    assert _quote(text, "no wage").speaker == "about 50 workers"
    assert _quote(text, "safe staffing").speaker == "Hundreds of nurses"
    assert _quote(text, "Vane must go").speaker == "about 200 protesters"
    assert _quote(text, "we will win").speaker == "Tom Vane"   # the object is no crowd subject


def test_an_ad_an_editorial_or_an_article_speaks_its_words():
    text = ("Title line\n\n"
            "Tom Vane's group paid for the spot. The ad accuses Ann Ruiz of a “reckless spending "
            "spree” at city hall.\n\n"
            "Ann Ruiz wrote the city budget. The editorial praised her “steady hand” in hard times.\n\n"
            "Ann Ruiz spoke for an hour. “Interviews tell us little about later success,” concluded "
            "a 2019 article in a journal of hiring research.\n")
    assert _quote(text, "spending spree").speaker == "ad"
    assert _quote(text, "steady hand").speaker == "editorial"
    assert _quote(text, "Interviews tell").speaker == "2019 article"   # not Ann Ruiz
