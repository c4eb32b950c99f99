"""Issue 12, speakers (spk36): a relative clause that labels a fragment ("which Vane called
“…”") and an "-ing" participle after a closing mark. Snippets are written for the test in the
shape of what was seen (never corpus text)."""
from hypothesis import given, settings, strategies as st

from speaker_helpers import quote_with


def test_a_relative_clause_label_keeps_its_subject_over_a_participle_after_it():
    # "“…,” blaming Ben Lund." was read as an inverted "“…,” reacted Vane." attribution
    text = ("Fund\n\nThe first audit valued the fund at $40 million. A second audit found $31 "
            "million, which Mr. Toller called \u201ca disgrace,\u201d blaming Ben Lund.\n")
    assert quote_with(text, "disgrace").speaker == "Toller"


def test_a_relative_clause_label_keeps_its_subject_over_the_main_clause():
    # the main clause's subject after the closing mark ("Santo expressed") took the label
    text = ("Court\n\nThe clip ran for a minute. And, in a clip that Judge Mara Dent called "
            "\u201cdistasteful,\u201d Santo expressed a wish to see her jailed.\n")
    assert quote_with(text, "distasteful").speaker == "Mara Dent"


def test_a_main_clause_label_still_goes_to_the_speaker_after_it():
    # guard: no relative word before the subject ("Vane called “…,” Ruiz said"): the
    # attribution right after the closing mark is unchanged
    text = ("Plan\n\nThe council met on Monday.\n\nVane called \u201ca disgrace,\u201d Ruiz said "
            "of the plan.\n")
    assert quote_with(text, "disgrace").speaker == "Ruiz"


def test_an_inverted_past_attribution_still_holds():
    # guard: "“…,” reacted Vane." stays Vane's; only -ing forms were dropped
    text = "Vote\n\nThe vote was close.\n\n\u201cWe will appeal,\u201d reacted Tom Vane.\n"
    assert quote_with(text, "appeal").speaker == "Tom Vane"


_NAMES = st.sampled_from(["Ana Ruiz", "Tom Vane", "Judge Mara Dent", "Mr. Toller"])
_OTHERS = st.sampled_from(["Ben Lund", "Carla Moss", "the mayor"])
_PARTICIPLES = st.sampled_from(["blaming", "citing", "praising", "thanking"])
_RELATIVES = st.sampled_from(["which", "that"])


@settings(max_examples=25, deadline=None)
@given(_NAMES, _OTHERS, _PARTICIPLES, _RELATIVES)
def test_property_the_relative_clause_subject_owns_its_label(name, other, verb, rel):
    # whatever the participle and its object after the closing mark, the label belongs to
    # the relative clause's subject (resolved to the name as written or its surname)
    text = (f"Story\n\nThe report came out on Monday. It drew a reply, {rel} {name} called "
            f"\u201ca sham,\u201d {verb} {other}.\n")
    speaker = quote_with(text, "sham").speaker
    assert speaker is not None and speaker.split()[-1] == name.split()[-1]
