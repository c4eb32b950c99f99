"""Issue 12: which quoted spans are quotations and of what kind, the classes seen on real
news (PolNeAR dev and train), each with a snippet written for the test in their shape."""
import pytest

from quotecheck.model import Document
from quotecheck.quotes.extract import extract_quotes
from quotecheck.text.textview import TextView


def _quotes(text):
    return extract_quotes(Document("t", "t.txt", text, TextView.identity(text)))


def _kinds(text):
    return {q.text.strip(" ,."): (q.kind, q.speaker) for q in _quotes(text)}


def test_credit_line_after_a_dash_names_each_vox_pop_speaker():
    text = ("Readers told us what they think of the harbour plan.\n\n"
            "“It will flood the old town. Nobody asked us.” \u2015 Ana Ruiz\n"
            "“I like the new ferry.”\u2015 Bo Lind.\n"
            "“The council never listens to fishermen.”\u00a0\u2014 Carla Moss\n")
    assert [q.speaker for q in _quotes(text)] == ["Ana Ruiz", "Bo Lind", "Carla Moss"]


def test_long_markup_attribute_value_is_no_quotation():
    value = "the harbour plan is " + "mostly sound and the figures check out, " * 8 + "we rate it True"
    text = ("The fact-checkers looked at the claim.\n\n"
            f'<post post-author="{value}" post-date="{value}.">The rest.</post>\n')
    assert _quotes(text) == []


@pytest.mark.parametrize("text,piece,kind", [
    ("In the files, the levy went by the term “harbour creep” for years.", "harbour creep",
     "scare"),
    ("Vane spoke of a plan with the phrase “fair share,” Ann Obi said.", "fair share", "scare"),
    ("The hacker, known as “Iron Gull,” was arrested on Monday, police said.", "Iron Gull",
     "title"),
    ("Mr. Obi said the motto, “semper paratus,” is Latin for “always ready.”", "always ready",
     "scare"),
    ("The clerks searched the files for words such as “levy,” “ferry,” “harbour” and "
     "“dredging,” the auditor said.", "dredging", "scare"),
])
def test_named_terms_are_no_ones_words(text, piece, kind):
    kinds = _kinds(text)
    assert kinds[piece] == (kind, None)


def test_a_phrase_someone_used_or_coined_stays_their_quotation():
    kinds = _kinds("Mayor Ann Obi said she has used the phrase “harbour creep” all week. Jo "
                   "Park said he coined a new phrase, “ferry fatigue,” on Monday.")
    assert kinds["harbour creep"][0] == "partial"
    assert kinds["ferry fatigue"][0] == "partial"


@pytest.mark.parametrize("text,piece", [
    ("“I owe them everything,” said Ann Lee.\n\n“Harbour Nights” was nominated for an award. "
     "“Tide Lines,” on Channel 4, is a drama about the port, its producer said.", "Harbour Nights"),
    ("“I owe them everything,” said Ann Lee.\n\n“Harbour Nights” was nominated for an award. "
     "“Tide Lines,” on Channel 4, is a drama about the port, its producer said.", "Tide Lines"),
    ("A troupe is staging a play called “Los Hijos de Vane,” or “Sons of Vane,” in Leeds, "
     "Ann Obi said.", "Sons of Vane"),
    ("A troupe is staging a play called “Los Hijos de Vane,” or “Sons of Vane,” in Leeds, "
     "Ann Obi said.", "Los Hijos de Vane"),
    ("The band, Ann Obi said, performed “Bridge Over the Harbour.”", "Bridge Over the Harbour"),
    ("Mayor Obi took the stage to “Eye of the Storm” and said the vote was close.",
     "Eye of the Storm"),
    ("The singer added hits including “La Noche” and “Madre Tierra (Oye).”", "Madre Tierra (Oye)"),
    ("According to “The Vanes: Three Generations of a Port Family,” Bo Vane said little.",
     "The Vanes: Three Generations of a Port Family"),
    ("Ann Obi, the mayor, stressed her record during a “Harbour Leaders Forum” run by the Courier.",
     "Harbour Leaders Forum"),
])
def test_titles_of_works_get_no_speaker(text, piece):
    kinds = _kinds(text)
    assert kinds[piece] == ("title", None)


def test_a_quotation_after_a_title_with_no_list_word_is_speech():
    text = "“We will win,” she said on Channel 4’s “Harbour Week.” “Vane can’t stand us.”"
    assert _kinds(text)["Vane can’t stand us"][0] == "direct"


@pytest.mark.parametrize("text,piece", [
    ("Outside, hundreds of marchers were chanting “Dump Vane” for an hour.", "Dump Vane"),
    ("There were constant calls of “Feel the Tide” and “Love You, Ann” from the crowd.",
     "Feel the Tide"),
])
def test_chants_are_no_titles(text, piece):
    assert _kinds(text)[piece][0] != "title"


@pytest.mark.parametrize("text,piece,kind", [
    ("By the fall of 2010, harbour “super funds” backed by the Vane brothers had seized the "
     "agenda, which the council later regretted.", "super funds", "scare"),
    # (not "by fellow physicians": physician heads a person description since spk33, so the
    # critics are the agent who calls the cures "quack", as "by fellow doctors" always was)
    ("The doctor has been criticised in medical journals for promoting “quack” cures.",
     "quack", "scare"),
    ("Protesters marching through the streets of Dover chanted “What curfew?” as police "
     "watched.", "What curfew?", "partial"),
])
def test_unclaimed_short_fragments_are_the_narrators_terms(text, piece, kind):
    assert _kinds(text)[piece][0] == kind


@pytest.mark.parametrize("mojibake", ["Lib\u00c3\u00a9ration", "LibA\u0303\u00a9ration"])
def test_mojibake_e_acute_is_no_photo_credit(mojibake):
    from quotecheck.load.boilerplate import find_chrome

    text = (f"\"We must unite,\" the prime minister told the daily {mojibake}. \"We can.\"\n\n"
            "Crowds at the port. \u00a9 Jane Doe/Harbour Photos\n")
    kinds = [(text[c.start:c.end][:6], c.kind) for c in find_chrome(text)]
    assert kinds == [("Crowds", "caption")]


def test_deck_after_a_title_ending_in_a_semicolon_is_headline():
    text = ("Mayor rebuffs levy; \nSays the plan is 'dead on arrival.'\n\n"
            "Mayor Dana Kell said on Monday that the budget was “dead on arrival.”\n")
    assert [q.kind for q in _quotes(text)] == ["headline", "partial"]


def test_quoted_related_heading_is_no_quotation():
    text = ("Ann Obi argued that the ferry “costs too much,” her aide said.\n\n\"Related:\"\n\n"
            "Harbour Levy Vote Delayed Again.\n")
    assert [q.kind for q in _quotes(text) if "Related" in q.text] == ["headline"]


@pytest.mark.parametrize("text,piece,kind", [
    ("Ann Obi said a Danish news site called “The Harbour” ran the story first.", "The Harbour",
     "title"),
    ("Vane mocked her on Friday. He called Obi “Little Ann” twice, Ann Lee said.", "Little Ann",
     "partial"),
    ("Ann Lee recalled what he called the “Harbour Grab” in a speech.", "Harbour Grab",
     "partial"),
])
def test_a_things_name_after_called_is_a_title(text, piece, kind):
    assert _kinds(text)[piece][0] == kind


def test_a_quoted_section_head_in_capitals_is_headline():
    text = ("The mayor will work with whoever wins, her spokesman said.\n"
            "“DIVISIVE, COSTLY AND WRONG”\n"
            "Ann Obi called the levy “divisive” on Monday.\n"
            "‘FERRIES ASK IF DELAYS ARE HERE TO STAY’\u00a0“Delays are the new normal,” the "
            "operator said.\n")
    kinds = _kinds(text)
    assert kinds["DIVISIVE, COSTLY AND WRONG"][0] == "headline"
    assert kinds["FERRIES ASK IF DELAYS ARE HERE TO STAY"][0] == "headline"
    assert kinds["Delays are the new normal"][0] in ("direct", "partial")


def test_a_work_named_after_its_noun_is_a_title_whatever_its_case():
    text = ("LETTERS.\n\nAnn Obi's commentary, \"Tell us your harbour story,\" is very "
            "thoughtful. Several weeks ago, Bo Vane said the levy would pass.\n")
    assert _kinds(text)["Tell us your harbour story"] == ("title", None)


def test_a_term_being_defined_is_no_ones_words():
    text = ("Critics of the scheme say it requires an investment in a \"harbour renewal zone,\" "
            "which is defined as a district with high unemployment.")
    assert _kinds(text)["harbour renewal zone"] == ("scare", None)
