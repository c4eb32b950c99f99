"""A sentence that chains hundreds of participles ("..., adding, adding ...") is odd input, not
an error: finding a participle's subject walks back through the verbs before it, which once
recursed once per verb and died with a RecursionError past about 300."""
from quotecheck.quotes.attribution import SentenceAttributions
from quotecheck.quotes.attribution_words import lexicon


def test_a_long_participle_chain_keeps_its_subject_without_recursing_deeply():
    text = "Ruiz said" + ", adding" * 500 + " more."
    lex = lexicon()
    sa = SentenceAttributions(text, 0, len(text), lex)
    last = sa.last_before(len(text))     # asked first for the last verb: the deep walk
    assert last is not None and last.mention.text == "Ruiz"
    assert all(a.mention.text == "Ruiz" for a in sa.all())


def test_a_short_chain_gives_the_same_subject():
    text = "Ruiz said, adding, adding more."
    sa = SentenceAttributions(text, 0, len(text), lexicon())
    assert [a.mention.text for a in sa.all()] == ["Ruiz"] * 3
