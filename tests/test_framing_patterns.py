"""Framing patterns rewritten to open with their first letters, and provenance's opening
mark (speed27), match exactly what the ``\\b(?:...)`` and ``(?:^|...)`` patterns they
replaced matched: ``re`` skips ahead in C only to a pattern that opens with one literal or
class (or branches that each open with a literal), and tries the others at every character
of a narration."""
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st


def _pieces(*words):
    """Texts glued from the patterns' words, pieces of them and separators."""
    cut = [w[:k] for w in words for k in (1, 2, len(w) - 1)]
    seps = [" ", "  ", "\n", "\n\n", "'", "\u2019", "-", "_", ".", ",", "x", "e", "s", "\u00e9"]
    return st.lists(st.sampled_from(list(words) + cut + seps), max_size=25).map("".join)


def _found(pattern, text, *bounds):
    return [(m.span(), m.group()) for m in pattern.finditer(text, *bounds)]


def _same(new, old, text, bounded=False):
    old = re.compile(old, new.flags)
    assert _found(new, text) == _found(old, text)
    assert len(new.findall(text)) == len(old.findall(text))
    if bounded:
        for lo in range(0, len(text) + 1, 3):
            for hi in (lo, lo + 7, len(text) - lo % 5):
                assert bool(new.search(text, lo, hi)) == bool(old.search(text, lo, hi))
                assert _found(new, text, lo, hi) == _found(old, text, lo, hi)


def _first_as_raw(wrapped, kind, text, groups=False, note=None):
    """``wrapped`` (a LineLed or Guarded) is a ``kind`` and its first match in ``text`` is the
    one its raw regex finds (span, and the groups when ``groups``)."""
    assert isinstance(wrapped, kind), note
    new_m, old_m = wrapped.search(text), wrapped.regex.search(text)
    if groups:
        assert (new_m and (new_m.span(), new_m.groups())) == (
            old_m and (old_m.span(), old_m.groups())), note
    else:
        assert (new_m and new_m.span()) == (old_m and old_m.span())


_VOICE = (r"\b(?:i|i'm|i've|i'll|i'd|me|my|myself)\b",
          r"\b(?:we|we're|we've|we'll|we'd|us|our|ours|ourselves|let's)\b",
          r"\b(?:you|your|yours|yourself|yourselves|you're|you've|you'll|you'd)\b",
          r"\b(?:said|says|told|according to|announced|reported|added|stated|explained|"
          r"noted)\b")


@settings(max_examples=300)
@given(_pieces("i", "i'm", "i've", "i'll", "i'd", "me", "my", "myself", "we", "we're", "we'd",
               "us", "our", "ours", "ourselves", "let's", "you", "your", "yourselves",
               "you're", "you'd", "said", "says", "told", "according to", "announced",
               "reported", "added", "stated", "explained", "noted", "I", "Said"))
@example("i'm me my myself we've us our ours let's you yours you'll said says stated noted "
         "according to x_i ime usa xyou said_ I We")
def test_voicescore_pronouns_and_attributions_match_as_before(text):
    from quotecheck.framing import voicescore

    for new, old in zip((voicescore._I, voicescore._WE, voicescore._YOU,
                         voicescore._ATTRIBUTION), _VOICE):
        _same(new, old, text)


_GENRE_WORDS = ("said", "says", "say", "told", "tells", "according to", "urged", "urges",
                "recommended", "recommends", "called for", "calls for", "warned", "warns",
                "argued", "argues", "believes", "believe", "wants", "want", "insisted",
                "insists", "demanded", "demands")


@settings(max_examples=300)
@given(_pieces(*_GENRE_WORDS, "Said", "sayso"))
@example(" ".join(_GENRE_WORDS) + " x_said says_ saysay callers calls forth wanted")
def test_genre_attribute_matches_as_before(text):
    from quotecheck.framing.genre import _ATTRIBUTE

    _same(_ATTRIBUTE, r"\b(?:said|says|say|told|tells|according to|urged|urges|recommended|"
          r"recommends|called for|calls for|warned|warns|argued|argues|believes?|"
          r"wants?|insisted|insists|demanded|demands)\b", text)


@settings(max_examples=300)
@given(_pieces("we", "us all", "we all", "all", "must", "should", "ought to", "need to",
               "have to", "We"))
@example("we must us all should we all all need to x_we must we all must us must awe must")
def test_opinionmarks_we_must_matches_as_before(text):
    from quotecheck.framing.opinionmarks import _WE_MUST

    _same(_WE_MUST, r"\b(?:we|us all|we all) (?:all )?(?:must|should|ought to|need to|"
          r"have to)\b", text)


@settings(max_examples=300)
@given(st.text(alphabet="'\u2018\"\u201c`a (\n[:,.\u00a0\u2003", max_size=30))
@example("'a \"b (`c [\u201cd :'e ,\u2018f x\"g \u00a0'h \n\"i")
def test_lifted_opening_mark_matches_as_before(text):
    # provenance's, searched in a sentence's bounds: the string's start is its only ``^``
    from quotecheck.provenance.lifted import _OPENING_MARK

    _same(_OPENING_MARK, "(?:^|(?<=[\\s(\\[:,]))['\u2018\"\u201c`]", text, bounded=True)


def _lines(*words):
    return st.lists(st.sampled_from(list(words) + [" ", "\t", "\n", "\n\n", ":", ": ", ",", "a",
                                                   "Q", "Ab", "AB", "'", "."]),
                    max_size=30).map("".join)


@settings(max_examples=300)
@given(_lines("BOB SMITH", "SMITH, CHAIR:", "Anna Lee: ", "QWhat", " Q", "MR. X: ", "Jo Li",
              "Thank you", "\"Yes"))
@example("BOB: hi\n  ANN LEE, HOST: yes\nBOB SMITH Thank you\nQWhat now?\nJo Lee: \"Yes\n"
         "\tMary Ann Smith: no\nx: y\n")
def test_turns_labels_at_line_starts_match_as_before(text):
    from quotecheck.framing import turns
    from quotecheck.resources.regexruns import line_led

    name = turns._NAME_WORD
    old_label = re.compile(   # as before speed27: each branch its own ``^``
        rf"(?m)^[ \t]*(?P<label>{name}(?:[ \t]+{name}){{0,3}})"
        rf"(?P<role>,[ \t]*[A-Z][A-Z \t]{{1,30}})?[ \t]*:[ \t]*"
        rf"|^[ \t]*(?P<bare>{name}(?:[ \t]+{name}){{1,3}})[ \t]+(?=[A-Z][a-z])"
        r"|^[ \t]*(?P<q>Q)(?=[A-Z][a-z'\u2019])")
    for led, old in ((turns._LABEL, old_label), (turns._TITLE_LABEL, turns._TITLE_LABEL.regex)):
        assert line_led(led.regex)
        assert [(m.span(), m.groupdict()) for m in led.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in old.finditer(text)]


@settings(max_examples=300)
@given(_lines("BOB SMITH", "MR. SMITH: ", "Anna Lee: ", " Jo Li", "Thank you", "\"Yes", "(", "1"))
@example("BOB: hi\n  MR. SMITH:  yes\nAnn Lee: \"Yes\n\tMary Ann Smith: (no\nx: y\nA: 9\n")
def test_speech_turns_label_at_line_starts_matches_as_before(text):
    from quotecheck.quotes import speech_turns
    from quotecheck.resources.regexruns import line_led

    word = speech_turns._WORD
    old = re.compile(rf"(?m)^[ \t]*(?P<label>{word}(?:[ \t]+{word}){{0,3}})[ \t]*:[ \t]+"
                     r"(?=[\"'\u201c\u2018(\[]?[A-Za-z0-9])")
    assert line_led(speech_turns._LABEL.regex) and speech_turns._LABEL.regex.pattern == old.pattern
    assert [(m.span(), m.groupdict()) for m in speech_turns._LABEL.finditer(text)] == \
        [(m.span(), m.groupdict()) for m in old.finditer(text)]


@settings(max_examples=300)
@given(_lines("Copyright 2019 by Creators Syndicate", "(c) ", "\u00a9 ", "c. 2018", "king features",
              "Washington Post Writers Group", "by Jane Roe", "Buy on Bookshop", "Buy it at Amazon",
              "TITLE: A Subtitle ", "universal uclick", "Tribune Content Agency, LLC",
              "Copyright \u00a9 "))
@example("TITLE: Sub by Jane Roe Buy on Bookshop\n \u00a9 2019 Creators.com xyz\n")
def test_opinionmarks_lines_match_as_before(text):
    from quotecheck.framing import opinionmarks
    from quotecheck.resources.regexruns import LineLed
    from quotecheck.resources.syndicates import syndicate_line

    for led in (syndicate_line(), opinionmarks._BOOKSELLER_LINE):
        _first_as_raw(led, LineLed, text)


@settings(max_examples=300)
@given(_lines("Jane Roe", " Ann Lee Smith", " is a ", "was an ", "writer", "novelist", "columnist",
              " and ", "former ", "her. ", ". ", "She is the author of", "His latest book",
              "Their novel"))
@example("Jane Roe is a writer in Ohio. Her latest book\n  Ann Lee was an old novelist. "
         "She is the co-author of\n")
def test_genre_author_bio_matches_as_before(text):
    from quotecheck.framing.genre import _AUTHOR_BIO
    from quotecheck.resources.regexruns import LineLed

    _first_as_raw(_AUTHOR_BIO, LineLed, text)


@settings(max_examples=300)
@given(_lines("The following are ", "FOLLOWING ARE ", "the ", "major news items ", "headlines ",
              "in ", "from ", "leading ", "newspapers", "Press", "press review", "PRESS DIGEST",
              "Review of the Press", "what the papers say", "\u0130", "\u017f"))
@example("The following are the main news items in leading Australian newspapers\n"
         "  Press Review\nWHAT THE PAPERS SAY")
def test_textkinds_digest_behind_its_needles_matches_as_before(text):
    from quotecheck.framing.textkinds import _DIGEST
    from quotecheck.resources.regexprefilter import Guarded

    _first_as_raw(_DIGEST, Guarded, text)


@settings(max_examples=300)
@given(_lines("call ", "contact ", "write to ", "email ", "e-mail ", "tell ", "your senator ",
              "and demand", "and urge", "and insist", ". ", "! ", "x", "them "))
@example("call your senator and demand a vote.\nemail them and urge x. tell him now and insist!")
def test_opinionmarks_call_to_action_behind_its_needles_matches_as_before(text):
    from quotecheck.framing.opinionmarks import _CALL_TO_ACTION
    from quotecheck.resources.regexprefilter import Guarded

    _first_as_raw(_CALL_TO_ACTION, Guarded, text)


@settings(max_examples=300)
@given(_lines("(Eds.: ", "(EDITORS: ", "(ed: ", "a film review", " columns", "Op-Ed", ")",
              "Reviewed by ", " _-Reviewed by Jo", "Reviewed by x", "review"))
@example("(Eds: This is a film review.)\n __Reviewed by Jane Roe\n")
def test_genre_wire_genre_split_finds_as_before(text):
    from quotecheck.framing.genre import _REVIEWED_BY, _WIRE_GENRE
    from quotecheck.resources.regexruns import LineLed

    assert isinstance(_REVIEWED_BY, LineLed)
    old = re.compile(r"\((?i:eds?|editors?)\.?:[^)]{0,200}\b(?i:review|column|commentary|"
                     r"editorial|op-ed)s?\b|(?m:^[ \t_\-]*Reviewed by [A-Z])")
    assert bool(_WIRE_GENRE.search(text) or _REVIEWED_BY.search(text)) == bool(old.search(text))


@settings(max_examples=300)
@given(_lines("Opinion", "OP-ED: ", "Analysis/ ", "news analysis / Letters", " | ", "\u2014",
              "By Jane Roe", ", a ", "professor", "the former editor", "(Slate commentary)",
              "THE TITLE, by Ann Lee. ", "586 pages; $29.95", "The following editorial ",
              "appeared in", "c.2000 The Boston Globe", "c. 1999 ", "\n \n", "(note of ten "
              "words or more)", "\u0130", "\u017f"))
@example("OPINION | X\nBy Jane Roe, a professor at Y\n(Slate commentary)\n"
         "The following column was published in Z\nc.2000 The Boston Globe\n")
def test_genre_head_patterns_at_line_starts_match_as_before(text):
    from quotecheck.framing import authornotes, genre
    from quotecheck.resources.regexruns import LineLed

    for name in ("_LABEL_LINE", "_BYLINE_ROLE", "_HEAD_GENRE", "_FOLLOWING", "_COPYRIGHT_LINE"):
        _first_as_raw(getattr(genre, name), LineLed, text, groups=True, note=name)
    _first_as_raw(authornotes._BYLINE_THEN_NOTE, LineLed, text, groups=True,
                  note="_BYLINE_THEN_NOTE")


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from(list("ab Z9_-.,'\u2019\u00e9\u00a0\t\n\u2003\u3000\u0661"
                                             "\u00b2\u2028")), max_size=40) | st.text(max_size=40))
@example("  __a--b  ")
def test_quotespans_word_runs_join_as_the_substitution(text):
    """speed29: a pull quote's key, the words joined by single spaces, is the same read as
    the runs of ``[^\\W_]`` as from substituting runs of ``[\\W_]`` and stripping (no word
    character is white space, so strip() removes only the substituted ends)."""
    from quotecheck.framing.quotespans import _WORD_RUN

    assert " ".join(_WORD_RUN.findall(text)) == re.sub(r"[\W_]+", " ", text).strip()
