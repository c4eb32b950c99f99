"""Issue 12, round 25: speaker classes from the Gender Gap Tracker table (the development data
of this round), each with a snippet written for the test in the shape of what was seen (never
corpus text)."""
from speaker_helpers import quote_with as _quote

# an organisation's statement quoted over many short sentences: "it said" far from the name
_RUN = (
    "Crews worked through the night in the valley.\n\n"
    "Northshore Hydro said in a statement that 40,000 homes lost power on Friday.\n\n"
    "The mayor said his town was hit hard.\n\n"
    "Schools in the area stayed closed on Monday.\n\n"
    "\u201cFallen trees have blocked several roads in the worst-hit areas,\u201d it said.\n\n"
    "\u201cSome customers will be without power for several days.\u201d\n\n"
    "More than 300 line workers are on the job around the clock, the utility said.\n\n"
    "\u201cEach of these outages has to be repaired one at a time,\u201d it said.\n\n"
    "\u201cA broken pole can take a crew most of a day to replace.\u201d\n"
)


def test_it_said_in_a_statement_run_goes_to_the_organisation_named_further_back():
    q = _quote(_RUN, "Each of these outages")
    assert q.speaker == "Northshore Hydro"


def test_it_said_without_a_statement_run_stays_unresolved_far_from_the_name():
    # a guard: no unnamed body's speech in the five sentences before, no reach past six
    text = (
        "Northshore Hydro said in a statement that 40,000 homes lost power on Friday.\n\n"
        "Schools in the area stayed closed on Monday.\n\n"
        "Roads were icy across the region.\n\n"
        "Many shops did not open.\n\n"
        "Buses ran late all week.\n\n"
        "Trains were cancelled.\n\n"
        "Flights were delayed.\n\n"
        "\u201cEach of these outages has to be repaired one at a time,\u201d it said.\n"
    )
    q = _quote(text, "Each of these outages")
    assert q.speaker != "Northshore Hydro"


def test_it_said_far_back_reaches_only_an_organisation_that_spoke():
    # "… the paper claims. … It stipulates: “…”": an organisation named further back that
    # said nothing ("the Harbour Pilots Association published") is not what "it" is
    text = (
        "The Harbour Pilots Association published its code in May.\n\n"
        "Crews worked through the night in the valley.\n\n"
        "Roads were icy across the whole region on Monday.\n\n"
        "Many shops did not open their doors that day.\n\n"
        "The courts heard 3,000 cases last year, the paper claims.\n\n"
        "Buses ran late across the city all week long.\n\n"
        "Trains were cancelled on two lines for hours.\n\n"
        "It stipulates: \u201cno one may be tried twice for the same act.\u201d\n"
    )
    q = _quote(text, "no one may be tried")
    assert q.speaker != "Harbour Pilots Association"


def test_it_said_in_a_work_s_run_does_not_reach_an_organisation():
    # "“…,” the commentary said. “…” it said": the run is a newspaper commentary's speech; the
    # party that spoke further back is not what "it" is
    text = (
        "The Harbour Pilots Association said on Monday that it would appeal.\n\n"
        "Crews worked through the night in the valley.\n\n"
        "Roads were icy across the whole region on Monday.\n\n"
        "Many shops did not open their doors that day.\n\n"
        "Buses ran late across the city all week long.\n\n"
        "\u201cThe appeal has no merit,\u201d the commentary said.\n\n"
        "Trains were cancelled on two lines for hours.\n\n"
        "\u201cThe pilots must return to work at once,\u201d it said.\n"
    )
    q = _quote(text, "The pilots must return")
    assert q.speaker != "Harbour Pilots Association"


def test_a_common_female_given_name_keeps_a_mother_from_being_learnt_male():
    # "Gail Moss says he …" (her son) made her male, so a later "she says" found no one
    text = (
        "Gail Moss lives in a small house at the edge of town with two dogs.\n\n"
        "Gail Moss says he loved fixing old cars.\n\n"
        "Her son Cal was 20 when he died.\n\n"
        "\u201cI want other parents to know the signs,\u201d she says.\n"
    )
    q = _quote(text, "I want other parents")
    assert q.speaker == "Gail Moss"


def test_a_show_after_a_possessive_of_a_name_ending_in_s_is_a_title():
    # "said on CBS’ “Face the Nation.”": the bare-apostrophe possessive is a title cue too
    text = ("\u201cNobody gains from a long standoff,\u201d Ana Ruiz said on KBS\u2019 "
            "\u201cSunday Table.\u201d She spoke from her office.\n")
    q = _quote(text, "Sunday Table")
    assert q.kind == "title" and q.speaker is None


def test_a_partial_after_a_plural_possessive_stays_speech():
    # a guard: "the workers’ “…”" with a lower-case quotation is no title
    text = "Ana Ruiz said the workers\u2019 \u201cquiet walkout\u201d would go on.\n"
    q = _quote(text, "quiet walkout")
    assert q.kind != "title"
