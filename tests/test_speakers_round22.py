"""Issue 12, round 22: classes from PolNeAR train and the Gender Gap Tracker table (the
development data of this round), each with a snippet written for the test in the shape of
what was seen (never corpus text)."""
from hypothesis import given
from hypothesis import strategies as st
from speaker_helpers import quote_with as _quote

from quotecheck.quotes import subjects
from quotecheck.quotes.attribution_words import lexicon


def test_a_participle_after_a_reported_clause_goes_with_the_reporter():
    # "Ruiz says Canada has asked …, calling the charges “absurd”": the participle was tied to
    # the reported clause's subject (Canada), with Ruiz only relaying the words
    text = ("LIMA \u2014 Transport Minister Ana Ruiz says Canada has asked Peru to release a "
            "fisherman held since May, calling the charges \"absurd.\"\n\n"
            "Ruiz also listed the partners the country has courted.\n")
    q = _quote(text, "absurd")
    assert q.speaker == "Ana Ruiz" and q.reported_by is None


def test_a_department_list_in_a_title_is_no_apposition():
    # "Tom Reyes, Minister of Fisheries, Oceans and Coastal Affairs, said …": the list's
    # first item ('Fisheries') was taken as the name in apposition before the verb
    text = ("The herring quota rose by a tenth this year.\n\n"
            "Tom Reyes, Minister of Fisheries, Oceans and Coastal Affairs, said on Monday the "
            "new quota was \u201ca fair split\u201d for every harbour on the coast.\n")
    assert _quote(text, "fair split").speaker == "Tom Reyes"


def test_a_department_list_with_accented_capitals_or_no_break_spaces_is_no_apposition():
    # the list's words were read with ASCII capitals only, and its "and" only between plain
    # spaces: 'Minister of Mines, \u00c9nergie and Water' and a list joined by no-break spaces
    # kept their first item as the speaker
    for title in ("Minister of Mines, \u00c9nergie and Water",
                  "Minister of \u00c9nergie, Mines and Water",
                  "Minister of Fisheries,\u00a0Oceans\u00a0and\u00a0Coastal Affairs"):
        text = ("The herring quota rose by a tenth this year.\n\n"
                f"Tom Reyes, {title}, said on Monday the new quota was \u201ca fair split\u201d "
                "for every harbour on the coast.\n")
        assert _quote(text, "fair split").speaker == "Tom Reyes", title


def test_a_list_of_people_after_a_title_still_speaks_through_its_head():
    # a guard: a list that follows no "of"/"for" is left as it was
    text = ("The board met on Monday.\n\n"
            "The chair, Ana Ruiz, said the vote was \u201cnot close.\u201d\n")
    assert _quote(text, "not close").speaker == "Ana Ruiz"


def test_a_pronoun_ends_a_sentence_opening_noun_phrase():
    # "The first time he shouted …": the phrase up to the verb ('first time he') was read as
    # a description opening the sentence, and a later "he told her" resolved to it
    text = ("Tom Reyes ran the night shift at the depot for ten years.\n\n"
            "He said the new clerk lost the van keys twice. The first time he shouted at her in "
            "the yard and then paid for the locks himself. After the second time, he told her "
            "\"one more slip and you are off the rota\" in front of the crew.\n")
    assert _quote(text, "one more slip").speaker == "Tom Reyes"


def test_a_description_with_an_of_phrase_is_judged_by_its_head_noun():
    # "As one veteran of the building trade commented: “…”": the description's head was
    # taken to be its last word ('trade', no role), so "commented" found no speaker
    text = ("The project may cost more than planned.\n\n"
            "What are the odds? As one veteran of the building trade commented: \"I have never "
            "seen one come in on time.\"\n")
    q = _quote(text, "come in on time")
    assert q.speaker == "veteran of the building trade" and q.verb == "commented"


def test_a_statement_issued_by_an_office_is_that_office_speaking():
    # '…,” said a statement issued by the Mayor's Office': only "from/by/of" right
    # after the document noun named its issuer, so the speaker was 'statement'
    text = ("The mayor met both union leaders on Friday.\n\n"
            "The talks covered \"wages, night shifts and the winter bus timetable,\" said a "
            "statement issued by the Mayor's Office.\n")
    assert _quote(text, "winter bus").speaker == "Mayor's Office"


def test_a_quantifier_or_source_of_before_of_leaves_the_noun_after_it_as_head():
    # guards for the head-noun rule above: "one of the surveys" is headed by 'surveys' (a
    # document, so "concludes" names it); "the source of the smoke" is no informant
    text = ("Two river surveys came out this week.\n\n"
            "\"Runoff from the farms feeds most of the algae,\" concludes one of the surveys.\n\n"
            "Meanwhile the hunt for the source of the smoke continues:\n\n"
            "\"It started near the loading dock.\"\n")
    assert _quote(text, "feeds most").speaker == "one of the surveys"
    assert _quote(text, "loading dock").speaker is None


def test_saying_after_a_reported_report_stays_with_the_inner_speaker():
    # a guard for the labelling-participle rule: "Baker said Vane had told him …, saying he
    # “hated” …" are Vane's words relayed by Baker (only "calling", "describing" … go outward)
    text = ("Tom Baker, a convicted fraudster serving a long sentence, said Vane had told him "
            "about the deal, saying he \"hated\" the partner.\n")
    q = _quote(text, "hated")
    assert q.speaker == "Vane" and q.reported_by == "Tom Baker"


# Hypothesis properties of the string helpers this round added or changed
_PIECES = ["Tom Reyes", "Minister", " of ", " for ", "Fisheries", ", ", ",", " and ", " & ",
           "Oceans", "Coastal Affairs", "the", " ", "he", "she", "The first time", " said",
           " shouted", "a", "\u00a0", "\u2019", "x"]
_texts = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), max_size=24).map(
    "".join)


@given(_texts)
def test_dropping_a_title_list_keeps_a_prefix_cut_at_a_comma(text):
    out = subjects._drop_title_list(text)
    assert text.startswith(out)
    assert out == text or text[len(out)] == ","


@given(_texts)
def test_a_generic_subject_lies_in_the_text_and_holds_no_later_pronoun(text):
    lex = lexicon()
    m = subjects.generic_subject(text, 0, len(text), lex)
    if m is not None:
        assert text[m.start:m.end] == m.text
        assert not any(w in lex.pronoun_info for w in m.text.split()[1:])
