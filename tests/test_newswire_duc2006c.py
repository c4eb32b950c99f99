"""False-alarm classes of an untuned real set (DUC 2006 topics 33-50 newswire, issue 11, branch
newset8). Snippets of our own, shaped like the wire copy (never corpus text)."""
import pytest

from framing_helpers import flagged
from test_framing_reading_sixth import lowered

BODY = ("The junta has jailed hundreds of dissidents and the notorious regime keeps the "
        "opposition leader under watch. Neighbours ought to press it to talk.")


@pytest.mark.parametrize("text", [
    # the wire's genre slug on its own line under the headline
    "WHAT THE GENERALS WANT\n\n(Harbor commentary)\n\n(Jane Roe is a Harbor senior writer.)\n\n"
    "By JANE ROE\n\n" + BODY,
    # a books page: the bibliographic line heads the review
    "A ruler and his critics\n\nBy JOHN DOE\n\nc. 1998 Example News Service\n\n"
    "THE LONG WATCH, by Mara Quill. Lakeside; 412 pages; $27.50.\n\n" + BODY,
])
def test_wire_genre_slug_or_book_line_marks_opinion(ruleset, text):
    assert lowered(ruleset, text, "QC330", "notorious")


@pytest.mark.parametrize("text", [
    # a news section's slug is no genre
    "JUNTA JAILS DISSIDENTS\n\n(The Week in Review)\n\nBy JANE ROE\n\n" + BODY,
    # a news story mentioning a book with its price
    "JUNTA JAILS DISSIDENTS\n\nBy JANE ROE\n\nBANGKOK, Thailand _ " + BODY + " The exiles "
    "describe it in a memoir (Lakeside Press, 163 pages, $12.95).",
])
def test_news_with_a_section_slug_or_a_book_mention_stays_a_warning(ruleset, text):
    assert ("QC330", "notorious") in flagged(ruleset, text, "QC330")


def _doc(doc_id, text, outlet, published):
    from quotecheck.model import Document, Metadata
    from quotecheck.text.textview import TextView
    return Document(doc_id, doc_id, text, TextView.identity(text),
                    Metadata(outlet=outlet, published=published))


STRIKE = ("DETROIT (AP) -- The Marrow Workers Union and Kestrel Motors resumed talks on Monday "
          "over a contract covering the company's plants in Ohio and Indiana. "
          "The strike at the Brookfield stamping plant last summer idled both assembly lines "
          "for seven weeks. Kestrel has sought to mend relations with the union since then. "
          "{line} The union's board meets again on Friday in Toledo.")


def test_a_duration_or_an_age_is_no_count_of_the_noun_before_it():
    """'workers with more than 12 years of seniority' states a threshold in years, '48 years
    old' an age: neither counts workers, so a copy saying 'some 9,000 workers have 30 years of
    seniority' changes no figure of the parent."""
    from quotecheck.provenance.infer import infer_provenance
    parent = STRIKE.format(line="Union bulletins said Kestrel had offered a job guarantee to "
                                "workers with more than 12 years of seniority.")
    child = STRIKE.format(line="The average Kestrel worker is 47 years old, and some 9,000 "
                               "workers have 30 years of seniority.")
    res = infer_provenance([_doc("p", parent, "Wire", "1999-09-16"),
                            _doc("c", child, "Wire", "1999-09-28")], [])
    assert [(e.source, e.derived) for e in res.edges] == [("p", "c")]
    assert [d for d in res.detections if d.rule_type == "number"] == []
    changed = STRIKE.format(line="Union bulletins said Kestrel had offered a job guarantee to "
                                 "12,000 workers.")
    res = infer_provenance([_doc("p", parent.replace("workers with more than 12 years of "
                                                     "seniority", "9,000 workers"), "Wire",
                                 "1999-09-16"), _doc("c", changed, "Wire", "1999-09-28")], [])
    assert [d.args["value"] for d in res.detections if d.rule_type == "number"] == ["12,000"]


def test_a_title_before_a_name_ends_no_sentence_in_a_copy():
    """'the Rev. Jesse Jackson', 'Capt. Ana Ruiz': the title's full stop ends no sentence, so a
    write-through that keeps the sentence whole shows no orphaned 'The Rev' fragment."""
    from quotecheck.provenance.infer import infer_provenance
    base = ("AUSTIN, Texas _ Opponents of the execution gathered outside the prison on Tuesday "
            "as the governor's office weighed a last appeal from the inmate's lawyers. "
            "In addition, the Rev. Ada Marsh and columnist Tom Reel have called for a review of "
            "the sentence. The Rev. Jon Price and activist Capt. Lena Ortiz joined the marchers "
            "in Austin as opponents heckled the governor at a rally. {tail}")
    parent = base.format(tail="The board meets on Wednesday.")
    child = base.format(tail="The board meets on Wednesday in Huntsville, officials said.")
    res = infer_provenance([_doc("p", parent, "Cox", "2000-06-21T20:02"),
                            _doc("c", child, "Cox", "2000-06-21T20:05")], [])
    assert res.edges
    assert [d.args.get("text") for d in res.detections if d.rule_type == "garble"] == []


LONG = ("OSLO, August {d} (Xinhua) -- The Norwegian rescue team said on {day} that divers had "
        "reached the stricken Halvar submarine, which sank to the bottom of the Kara Sea on "
        "August 12 with 96 crew on board. "
        "The divers worked through the night in strong currents near the wreck. "
        "Officials said the rescue capsule had failed to dock with the escape hatch twice. "
        "The navy said the reactors had been shut down and radiation levels were normal. "
        "A British mini-submarine arrived at the site late in the afternoon. "
        "Relatives gathered at the naval base in Severny to wait for news. "
        "The government has been criticised at home for refusing foreign help for days. "
        "Weather conditions in the area were expected to worsen by the weekend. "
        "The fleet commander said the crew might have survived in the rear compartments. "
        "Experts said oxygen on board could have run out by Friday.")
BRIEF = ("MOSCOW, August {d} (Xinhua) -- The navy on {day} officially confirmed the death of the "
         "96 crew aboard the Halvar submarine, which sank to the bottom of the Kara Sea on "
         "August 12. The fleet commander told state television that no one survived.")


@pytest.mark.parametrize("brief_day,linked", [("2000-08-21", False), ("2000-08-18", True)])
def test_an_agency_brief_days_after_a_story_is_a_new_story(brief_day, linked):
    """Two of one agency's own texts: a two-sentence item whose lede retells the story's
    background is a brief of the long story only when both went out on one day."""
    from quotecheck.provenance.infer import infer_provenance
    day = brief_day[-2:]
    docs = [_doc("long", LONG.format(d="18", day="Friday"), "Xinhua News Agency", "2000-08-18"),
            _doc("brief", BRIEF.format(d=day, day="Monday"), "Xinhua News Agency", brief_day)]
    res = infer_provenance(docs, [])
    assert bool(res.edges) is linked


VERSION = ("NUMBER OF YOUNG OFFENDERS ON DEATH ROW RISES\n\nBy ANA RUIZ\n\n"
           "c.2000 Lakeside News Service\n\n"
           "If the state of Ostrava executes Dale Marks on Thursday, as planned, four men who "
           "committed murder at 17 will have been put to death there this year. "
           "Marks, now 31, is one of 70 condemned young offenders in the country. "
           "{line} "
           "Lawyers for Marks have asked the state parole board to commute his sentence. "
           "The board meets on Tuesday in the capital.")


@pytest.mark.parametrize("child_line,flagged", [
    # the shorter version cut the clause the hedge was in: no claim lost its hedge
    ("The country is continuing a practice that dates to 1642, said Vera Stone, a law "
     "professor at Ostrava University.", False),
    # the claim is kept and the hedge is gone: drift
    ("The country is continuing a practice that dates to 1642, when a boy of 16 was hanged in "
     "the colony for theft, said Vera Stone, a law professor at Ostrava University.", True),
])
def test_a_hedge_dropped_with_its_clause_is_no_drift(child_line, flagged):
    from quotecheck.provenance.infer import infer_provenance
    parent_line = ("The country is continuing a practice that dates to 1642, when a boy of 16 "
                   "was reportedly hanged in the colony for theft, said Vera Stone, a law "
                   "professor at Ostrava University.")
    res = infer_provenance([
        _doc("full", VERSION.format(line=parent_line), "Lakeside News Service",
             "2000-08-21T21:16"),
        _doc("short", VERSION.format(line=child_line), "Lakeside News Service",
             "2000-08-21T21:24")], [])
    assert res.edges
    assert bool([d for d in res.detections if d.rule_type == "hedge-drift"]) is flagged


@pytest.mark.parametrize("text", [
    # a relative clause's reporting verb: what the article said
    "The House approved an article that said the mayor lied to the grand jury about the loans.",
    # what a count charged
    "She was cleared on a second count that charged she lied once more in a later deposition.",
    # 'charged' with a finite clause and no 'that'
    "The prosecutors charged the pastor had lied during a separate lawsuit over the land deal.",
])
def test_a_charge_or_a_document_s_words_are_reported(ruleset, text):
    assert flagged(ruleset, text, "QC331") == []


@pytest.mark.parametrize("text", [
    "The mayor lied to the council about the loans.",
    # 'charged' whose object is the person charged reports no clause
    "Police charged the gang leader with extortion after the notorious raid.",
])
def test_the_narrator_s_own_verdict_stays_a_warning(ruleset, text):
    assert flagged(ruleset, text, "QC33")


@pytest.mark.parametrize("text,code,word", [
    # 'lies' of place, with an adverb of place after it
    ("Both sides blame the other, but the truth lies somewhere in between their positions.",
     "QC331", "lies"),
    # 'maintain' = keep, with 'any' opening its object
    ("The trust will maintain any building that it buys as low-cost rental stock.", "QC301",
     "maintain"),
])
def test_word_senses_of_place_and_keeping(ruleset, text, code, word):
    assert (code, word) not in flagged(ruleset, text, code)


def test_lies_and_maintain_in_their_loaded_senses_stay(ruleset):
    assert ("QC331", "lies") in flagged(ruleset, "The mayor's lies cost him the election.",
                                         "QC331")
    # a held position is info unless the report weighs it (framing12's policy): weighed here
    assert ("QC301", "maintains") in flagged(ruleset, "The mayor maintains he never saw the "
                                             "loans, despite the evidence.", "QC301")
