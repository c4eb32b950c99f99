"""Issue 12, round 13: speaker failure classes seen on real news (PolNeAR train), each with a
snippet written for the test in the shape of what was seen (never corpus text)."""
from speaker_helpers import quote_with as _quote


def test_an_outlet_relaying_the_words_is_the_reporting_source_not_the_speaker():
    text = ("Title line\n\n"
            "“We will not back down on the levy,” Mayor Tom Vane said, according to the Harbor Ledger.\n\n"
            "Councillor Ann Ruiz said she was “deeply troubled” by the vote, the Valley Star reported.\n\n"
            "“It is a fair ask,” said Ed Park, head of the taxpayers’ league, reports Civic Wire.\n\n"
            "According to Metro Radio, Park said: “We have the votes.”\n")
    for piece, speaker, via in (("back down", "Tom Vane", "Harbor Ledger"),
                                ("deeply troubled", "Ann Ruiz", "Valley Star"),
                                ("fair ask", "Ed Park", "Civic Wire"),
                                ("have the votes", "Ed Park", "Metro Radio")):
        q = _quote(text, piece)
        assert (q.speaker, q.reported_by) == (speaker, via), piece


def test_no_reporting_source_without_a_relaying_clause():
    text = ("Title line\n\n"
            "“We will not back down,” Mayor Tom Vane said, adding that, according to the census, "
            "the city grew.\n\n"
            "Ann Ruiz said the plan was “a mess,” and the Valley Star reported on it later that week "
            "in a long feature about the council and its many feuds.\n")
    assert _quote(text, "back down").reported_by is None
    assert _quote(text, "a mess").reported_by is None


def test_a_reported_speech_verb_gives_the_inner_speaker_the_outer_one_relays():
    text = ("Title line\n\n"
            "Ann Ruiz said Tom Vane once described the levy as “a fair ask” in a speech.\n\n"
            "She says it shows the council is “out of touch.”\n")
    q = _quote(text, "fair ask")
    assert (q.speaker, q.reported_by) == ("Tom Vane", "Ann Ruiz")
    q = _quote(text, "out of touch")      # "it shows": a thing, no speaker of the words
    assert (q.speaker, q.reported_by) == ("Ann Ruiz", None)


def test_the_name_right_after_the_closing_mark_is_the_speaker():
    lead = "Mayor Ann Ruiz spoke first. “We will rebuild,” she said. "
    for tail, piece, speaker in (
            ("“It happens, right?” Tom Vane went on, as if he had not heard.", "right?", "Tom Vane"),
            ("“You want to be a tough guy,” Vane shot back. “Let me talk.”", "tough guy", "Vane"),
            ("“It is a disgrace,”Vane said. “Some of it is fine.”", "disgrace", "Vane"),
            ("“Is that negotiable?” Vane pressed. “Maybe.”", "negotiable", "Vane"),
            ("“Who is profiling now?” reacted Vane.", "profiling", "Vane"),
            ("“People point the finger at somebody,” From said.", "finger", "From"),
            ("“Nobody wins this way,” Will wrote.", "Nobody wins", "Will")):
        q = _quote("Title line\n\n" + lead + tail + "\n", piece)
        assert q.speaker == speaker, tail


def test_no_name_after_the_closing_mark_leaves_the_convention():
    text = "Title line\n\nAnn Ruiz spoke. “Is it over?” The crowd roared.\n"
    assert _quote(text, "over").speaker == "Ann Ruiz"


def test_a_crowd_chanting_is_the_speaker_of_its_chant():
    text = ("Title line\n\n"
            "Ann Ruiz spoke at the rally. The crowd chanted “Lock him up!” as she left the stage.\n\n"
            "Later Ruiz returned. “Four more years!” the crowd chanted.\n\n"
            "Tom Vane recalled the caustic chant “Out with the old” from an earlier race.\n")
    assert _quote(text, "Lock him up").speaker == "crowd"
    assert _quote(text, "Four more years").speaker == "crowd"
    assert _quote(text, "Out with the old").speaker != "caustic"   # "the chant": a noun


def test_a_relative_clause_with_commas_of_its_own_hides_no_subject():
    text = ("Title line\n\n"
            "Tom Vane, whose company, Vane Holdings, built the bridge, said the plan was “a mistake.”\n\n"
            "Ann Ruiz, whose son, a lawyer, works in the city, said, “We will sue.”\n")
    assert _quote(text, "mistake").speaker == "Tom Vane"
    assert _quote(text, "We will sue").speaker == "Ann Ruiz"
