"""A quotation is compared with the rendering that aligns with it: another stretch of the same
statement, or another statement of the same speaker, is no change of the quotation."""

from align_fixtures import doc, hand_quotes, one_edge_provenance

from quotecheck.align.analyse import align_renderings, analyse_quotes

# long enough (over 120 words a pair) that the aligner cuts at rare-word anchors first
_FIRST = ("We are delighted with this chance to show our skills in design, building and "
          "operation to the buyer, one of the largest firms in the trade, and to the crews and "
          "yards who will work with us on the two floating units over the next four years.")
_SECOND = ("We are now building a floating production vessel for the southern basin off the "
           "coast and have worked in the area since 1995. We trust we will be able to "
           "add to the supply of power in these places through these schemes, and many "
           "more to follow in the years ahead.")


def _changes(a_text, b_text):
    da = doc("a.txt", f"Intro. Ana Diaz said: \u201c{a_text}\u201d Then she left.")
    db = doc("b.txt", f"Intro. Ana Diaz said: \u201c{b_text}\u201d Then she left.")
    pa = align_renderings(hand_quotes(da)[0], da, hand_quotes(db)[0], db, "derived")
    return [(s.category, s.kind) for s in pa.segments
            if s.category in ("meaning", "wording", "truncation")]


def test_copy_quoting_a_later_sentence_of_the_statement_is_no_change():
    # "We are" opens both sentences: the first sentence is left out, not words inside
    assert _changes(f"{_FIRST} {_SECOND}", _SECOND) == []


def test_copy_starting_on_the_last_word_of_a_left_out_stretch_is_no_change():
    first = ("In the weeks ahead we will tow the 20 metre machine out to the test site and "
             "prove how it runs in a range of sea states. In the testing phase we will measure "
             "power and compare it with our models, and we will test towing, mooring and "
             "access at sea. The machine runs on its own and is run from the shore by radio, "
             "and I thank all our local partners for their help to date. We")
    rest = ("believe our machine suits a number of offshore jobs, where it can add to net zero "
            "goals. Later on, we think larger machines will be able to draw on deep ocean waves.")
    assert _changes(f"{first} {rest}", f"We {rest}") == []


def test_a_changed_word_in_a_copied_sentence_is_still_a_change():
    assert _changes(_SECOND, _SECOND.replace("since 1995", "since 1985")) == [
        ("meaning", "number")]


def test_other_statements_of_one_speaker_in_a_copy_are_not_compared():
    parent = doc("a.txt", "Intro. Chief Ana Diaz said: \u201cThe new wind farm will be a "
                          "key supply of power for our customers in three states.\u201d "
                          "Then she left.",
                 outlet="o1")
    child = doc("b.txt", "Intro. Chief Ana Diaz said: \u201cCooperatives and towns are clear that "
                         "they want access to cheap and clean energy.\u201d Then she left.",
                outlet="o2")
    quotes = hand_quotes(parent, "Ana Diaz") + hand_quotes(child, "Ana Diaz")
    result = analyse_quotes([parent, child], quotes, one_edge_provenance("a.txt", "b.txt"))
    assert not [d for d in result.detections if d.category in ("meaning", "wording")]
    # the same statement with a word changed is still reported
    changed = doc("c.txt", parent.text.replace("three states", "four states"), outlet="o3")
    quotes = hand_quotes(parent, "Ana Diaz") + hand_quotes(changed, "Ana Diaz")
    result = analyse_quotes([parent, changed], quotes, one_edge_provenance("a.txt", "c.txt"))
    assert [d.category for d in result.detections if d.category != "orthographic"] == ["meaning"]


_REMARKS = ("Intro. Transit chief Mia Lee spoke on Monday. \u201cIt is time to put riders and "
            "their safety first in bus design,\u201d Lee said. Then she left.")
_INTERVIEW = ("Intro. Transit chief Mia Lee spoke on Tuesday. \u201cIt is time for the bus "
              "makers to put riders first in the layout of their buses, and to look at the rear "
              "doors where riders wait most of the time,\u201d Lee said by telephone. Then she left.")


def _drift(parent_text, child_text, provenance):
    parent = doc("a.txt", parent_text, outlet="o1")
    child = doc("b.txt", child_text, outlet="o2")
    quotes = hand_quotes(parent, "Mia Lee") + hand_quotes(child, "Mia Lee")
    result = analyse_quotes([parent, child], quotes, provenance)
    return [d.category for d in result.detections if d.category in ("meaning", "wording")]


def test_two_statements_on_one_topic_in_a_copy_are_not_compared():
    # prepared remarks and a telephone interview: the same speaker, topic words in common,
    # but no phrase of three words in a row; they are not one quotation with words changed
    assert _drift(_REMARKS, _INTERVIEW, one_edge_provenance("a.txt", "b.txt")) == []
    # no provenance analysis: the fallback test finds no copy, and nothing is claimed changed
    assert _drift(_REMARKS, _INTERVIEW, None) == []


def test_one_statement_with_two_words_changed_is_still_reported():
    changed = _REMARKS.replace("riders and their", "drivers and our")
    assert _drift(_REMARKS, changed, one_edge_provenance("a.txt", "b.txt")) != []


def test_a_short_fragment_with_a_word_changed_is_still_reported():
    # a seven-word fragment of a long statement, one word changed in its middle: no run of
    # four words survives, but nearly all of the fragment matches in order
    long_text = _INTERVIEW.replace("wait most of the time", "wait in the cold rain all winter")
    fragment = ("Intro. Transit chief Mia Lee spoke on Tuesday. She said riders \u201cwait in "
                "the hot rain all winter\u201d at the rear doors. Then she left.")
    assert _drift(long_text, fragment, one_edge_provenance("a.txt", "b.txt")) != []
