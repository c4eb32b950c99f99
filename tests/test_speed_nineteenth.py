"""Speed changes of the nineteenth session that must not change any output.

The chrome-sentence test (:mod:`quotecheck.load.chromesentences`) tries a line only with the
alternation's branches whose needles it holds, behind one test of every needle (a trie
search; a word lookup and ``in`` tests since speed31): the same answers as matching the
whole alternation at each of a sentence's first words.
"""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.load import chromesentences as cs
from quotecheck.resources.regexprefilter import Guarded
from quotecheck.text.sentences import split_sentences
from sentence_fakes import FakeSentence

_WORD = re.compile(r"\S+")


def _old_at(text: str, start: int, end: int) -> bool:
    """The test as it was: the whole alternation matched at each of the first words."""
    pattern, max_label = cs._rules()[:2]
    for k, m in enumerate(_WORD.finditer(text, start, end)):
        if k > max_label:
            return False
        if pattern.match(text, m.start(), end):
            return True
        if not (m.group()[:1].isupper() or m.group()[:1] == "#"):
            return False
    return False


def _old_paragraph(line: str) -> bool:
    min_share, max_other = cs._rules()[2:4]
    total = chrome = 0
    for a, b in split_sentences(line):
        words = len(_WORD.findall(line, a, b))
        total += words
        if _old_at(line, a, b):
            chrome += words
        elif words > max_other:
            return False
    return total > 0 and chrome >= min_share * total


# pieces of the patterns' wording (invented), some cut short or run together, and news words
PIECES = ["Sign up", "sign up for", "Subscribe", "SUBSCRIBE now", "unsubscribe at any time",
          "You can unsubscribe", "delivered to your inbox", "in your Inbox", "to your inbox",
          "is reader-supported", "is listener supported", "is made possible by a grant from",
          "does not provide editorial input", "follow us on Twitter", "Follow Ann on facebook",
          "click here", "Tap Here", "all rights reserved", "Copyright 2020", "copyright (c)",
          "no paywall", "removed the paywall", "all of our coverage is free",
          "may not be reproduced in any form", "is suggested for viewing this website",
          "the content on this site", "Have a tip?", "send us a news tip", "chip in $",
          "Support Local Journalism", "The Ledger", "News", "#Daily", "the mayor said",
          "residents", "voted", "on Tuesday", "\u0130nbox", "\u017fign up", "you will receive email",
          "Thanks for signing up", "read our privacy policy", "please try again", "email address:"]
SEPS = [" ", ". ", "! ", ": ", ", ", "? ", "", ".", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPS)), max_size=12))
def test_chrome_paragraph_and_sentence_as_the_whole_alternation(parts):
    line = "".join(p + s for p, s in parts)
    assert cs.is_chrome_paragraph(line) == _old_paragraph(line)
    assert cs.is_chrome_sentence(line.strip()) == _old_at(line.strip(), 0, len(line.strip()))


def test_every_branch_has_needles_so_the_gate_is_used():
    assert cs._gate() is not None
    assert all(needles for needles, _ in cs._rules()[4])


def test_word_gate_holds_a_line_as_any_needle_does():
    """speed31: the gate splits a line into its space-set words and tests only the needles
    of the words found (the rest with ``in``): the same answer as testing every needle."""
    import random

    needles = sorted({n for ns, _ in cs._rules()[4] for n in ns})
    gate = cs._gate()
    pieces = needles + [" ", "  ", "x", "the", "your", "in", "a", "sign", "up", ".", "\t",
                        "news", "tip", "-", "our", "you"]
    rng = random.Random(31)
    for _ in range(20000):
        line = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        if rng.random() < 0.5:          # a needle cut short or joined to a letter
            n = rng.choice(needles)
            line += rng.choice((n[1:], n[:-1], "x" + n, n + "x"))
        assert gate(line) == any(n in line for n in needles), line


# the listener's and writer's clause patterns (speechopenings) searched through their lead
SPEECH_WORDS = ["told", "tells", "wrote", "writes", "posted", "posts", "tweeted", "tweets",
                "texted", "messaged", "retold", "toldx", "that", "the", "BBC", "in", "an",
                "interview", "on", "Sunday", "rebels", "were", "was", "has", "of", "Facebook",
                "Lee's", "post", "it", "claims", "x-y", "to", "reporters", "with"]
SPEECH_SEPS = [" ", "  ", ", ", ". ", "\n", "-", "'", ": ", ""]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(SPEECH_WORDS), st.sampled_from(SPEECH_SEPS)),
                max_size=16), st.integers(0, 5))
def test_other_verbs_led_as_the_engine(parts, pos):
    from quotecheck.framing import speechopenings as so
    text = "".join(w + s for w, s in parts)
    for led in so._other_verbs()[:2]:
        assert isinstance(led, Guarded) and led.lead is not None
        plain = led.regex
        assert [(m.span(), m.groups()) for m in led.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)]
        got, want = led.search(text, pos), plain.search(text, pos)
        assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


def test_other_verbs_patterns_unchanged():
    from quotecheck.framing import speechopenings as so
    # a listener may be a joint poll's pair ('the Reuters/Ipsos pollsters'): '/' in its words
    told = r"\b(?:told|tells)\s+(?!that\b)(?:[\w'./\-]+\s+){0,3}?[\w'./\-]+"
    wrote = r"\b(?:wrote|writes|posted|posts|tweeted|tweets|texted|messaged)"
    head = "(?:%s|%s)(?:%s)?" % (told, wrote, so._OCCASION)
    that, clause, _ = so._other_verbs()
    assert that.pattern == head + r",?\s+that\b"
    assert clause.pattern == head + so._STRICT_CLAUSE


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["said", "says", "told", "the", "mayor", "noted",
                                           "saying", "x"]), st.booleans()), max_size=12))
def test_frame_cut_with_a_verb_set_as_with_the_list(words):
    from quotecheck.provenance.lifted import _frame_cut
    verbs = ["said", "says", "told", "tells", "noted"]
    s = FakeSentence([w for w, _ in words], bytes(int(q) for _, q in words))
    want = next((k for k, (w, q) in enumerate(words) if not q and w in verbs), None)
    assert _frame_cut(s, frozenset(verbs)) == want
