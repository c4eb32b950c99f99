"""Speakers no subject before the verb gives (issue 12).

"a result that led Ann Roe to declare that …": the causative verb's object declares, not the
subject of the sentence; "was called “a blank cheque” by Sen. Roe", "the inquiry, often
labelled a “fishing trip” by Democrats", "“deeply flawed,” as described by Roe": the agent of
a labelling verb after its quotation gives the label.
"""
from speaker_helpers import speakers_of


def test_the_object_of_a_causative_verb_speaks_the_infinitive():
    text = ("The vote in Ohio was close, which led Senator Ray Quill to declare that the race "
            "was \u201cfar from over.\u201d")
    assert speakers_of(text) == ["Ray Quill"]
    text = ("The agency posted new figures, leading the analyst Mark Dorn to counter that "
            "\u201cevery number here is stale.\u201d")
    assert speakers_of(text) == ["Mark Dorn"]
    text = ("The rate report came out late, prompting economist Jane Fell to warn that "
            "\u201cthe slowdown has only begun.\u201d")
    assert speakers_of(text) == ["Jane Fell"]
    text = ("The storm hit the coast, prompting the mayor of Port Alder to observe that the aid "
            "was \u201cfar too slow.\u201d")
    assert speakers_of(text) == ["mayor of Port Alder"]


def test_the_agent_of_a_passive_label_gives_it():
    text = "The 2019 law was called \u201ca blank cheque\u201d by Senator Ray Quill last year."
    assert speakers_of(text) == ["Ray Quill"]
    text = ("The memo, which was labeled \u201cconfidential\u201d by the State Department, "
            "leaked on Friday.")
    assert speakers_of(text) == ["State Department"]
    text = ("Critics have long dismissed the inquiry, often labelled a \u201cfishing trip\u201d "
            "by Democrats, as a waste of money.")
    assert speakers_of(text) == ["Democrats"]


def test_as_described_by_names_who_described_it():
    text = ("The plan was \u201cdeeply flawed,\u201d as described by Treasury Secretary Mona "
            "Weil in her letter.")
    assert speakers_of(text) == ["Mona Weil"]


def test_an_active_label_keeps_its_subject():
    text = "Mayor Ann Tate called the plan \u201ca fantasy\u201d by any measure."
    assert speakers_of(text) == ["Ann Tate"]


def test_a_thing_or_a_list_after_the_causative_is_no_speaker():
    text = "He led an effort to deny the rebels any chance to \u201ctake the capital.\u201d"
    assert speakers_of(text) == [None]
    text = ("The vote prompted Senator Ray Quill and other Democrats to claim that the count "
            "was \u201crigged.\u201d")
    assert "Democrats" not in speakers_of(text)


def test_according_to_an_owner_of_the_words():
    text = ("No more gridlock! That's according to a Hamilton college's annual \u201cList of "
            "Phrases Retired for Overuse and General Tedium.\u201d")
    assert speakers_of(text) == ["Hamilton college"]
