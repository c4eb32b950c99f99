"""Figures: value, approximator, referent, source and time; compared only for one referent."""
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.model import Document, Metadata
from quotecheck.provenance.derivation import prepare
from quotecheck.provenance.figures import extract_figures
from quotecheck.provenance.infer import infer_provenance
from quotecheck.text.textview import TextView


def _doc(doc_id, text, outlet=None, published=None):
    return Document(doc_id, doc_id, text, TextView.identity(text),
                    Metadata(outlet=outlet, published=published))


def _figs(text):
    return [(f.text, f.approximator, f.referent, f.source, f.time)
            for f in extract_figures(prepare(_doc("d", text)))]


def test_value_approximator_referent_source():
    got = _figs("At least 164 people were killed and almost 8,000 people have been arrested, "
                "according to the country's authorities.")
    assert got[0][3] == "country's authorities" and got[0][4] is None
    assert [g[:3] for g in got] == [("164", "at least", "people killed"),
                                    ("8,000", "almost", "people detained")]


def test_referent_before_the_figure_and_time():
    got = _figs("Authorities blamed “terrorists” who number as many as 20,000. "
                "The interior ministry said earlier Monday that nearly 8,000 people had been detained.")
    assert got[0][:3] == ("20,000", "as many as", "militants")
    assert got[1][2:] == ("people detained", "The interior ministry", "monday")


def test_years_ages_and_quoted_numbers_are_not_counts():
    assert _figs("In 2014, the 81-year-old leader said “3,000 troops came”.") == []


def test_troop_synonyms_share_a_referent():
    assert _figs("The bloc included 2,030 troops.")[0][2] == _figs("It had 2,030 soldiers.")[0][2]


def _story(parent_fig, child_fig):
    base = ("The alliance sent {n} troops to Almaty after Zorvan Pellic asked for help. "
            "Protesters stormed the Kirrin Square offices and set fire to the mayor's building. "
            "The Vostrel Front accused Pellic of provoking the violence in Almaty. "
            "Internet access was cut across Ostravia and the main airport was closed. "
            "The Vostrel Front said its offices in Almaty had been raided by the police.")
    return base.format(n=parent_fig), base.format(n=child_fig).replace("sent", "dispatched")


def test_number_detection_when_a_copy_changes_a_figure():
    p, c = _story("2,030", "3,500")
    res = infer_provenance([_doc("p", p, "Wire", "2022-01-10"), _doc("c", c, None, "2022-01-11")], [])
    assert [(e.source, e.derived) for e in res.edges] == [("p", "c")]
    (num,) = [d for d in res.detections if d.rule_type == "number"]
    assert (num.document, c[num.start:num.end], num.args["parent_value"]) == ("c", "3,500", "2,030")


def test_spread_between_independent_outlets_is_recorded_not_flagged():
    a = _doc("a", "Authorities say 5,800 people have been detained in Ostravia.", "A")
    b = _doc("b", "The ministry said on Monday that nearly 8,000 people had been detained in Ostravia.", "B")
    res = infer_provenance([a, b], [])
    assert not [d for d in res.detections if d.rule_type == "number"]
    (rec,) = [r for r in res.figures if r["referent"] == "people detained"]
    assert {v["text"] for v in rec["values"]} == {"5,800", "8,000"}
    assert rec["independent_roots"] == 2


def test_same_referent_same_time_disagreement_is_flagged():
    a = _doc("a", "The ministry said on Monday that 5,800 people had been detained in Ostravia.", "A")
    b = _doc("b", "Police said on Monday that 9,100 people were detained across Ostravia.", "B")
    res = infer_provenance([a, b], [])
    (num,) = [d for d in res.detections if d.rule_type == "number"]
    assert num.args["time"] == "on monday" or num.args["time"] == "monday"


def _refs(text):
    return [(f.text, f.referent) for f in extract_figures(prepare(_doc("d", text)))]


def test_any_counted_noun_is_a_referent():
    got = _refs("About 2,300 nurses at three hospitals stopped work, and 41 wards closed.")
    assert got == [("2,300", "nurse"), ("41", "ward")]
    assert _refs("The plane carried 212 passengers and 11 crew.") == [
        ("212", "passenger"), ("11", "crew")]


def test_percentages_are_of_the_noun_before_or_after_them():
    assert _refs("Dam levels in the north fell to 31% last month.") == [("31", "level %")]
    assert _refs("Teachers rejected a 2.8 per cent salary rise.") == [("2.8", "rise %")]
    assert _refs("Quarterly growth slowed to 0.4%.") == [("0.4", "quarterly growth %")]


def test_money_has_a_currency_and_a_scale():
    (f,) = extract_figures(prepare(_doc("d", "The city approved a €3.2 billion tram plan.")))
    assert (f.referent, f.unit, f.value) == ("plan EUR", "EUR", 3.2e9)
    (g,) = extract_figures(prepare(_doc("d", "Donors pledged 40 million dollars in aid.")))
    assert g.unit == "USD" and g.value == 4e7


def test_dates_clock_times_identifiers_and_ages_are_not_counts():
    assert _refs("Voting ends on June 14 at 8 p.m. under Section 12 of the law.") == []
    assert _refs("Maria Okafor, 52, said the queue was long.") == []


def test_a_year_qualified_figure_is_another_referent():
    (now,) = _refs("The landslide killed 23 people on Tuesday.")
    (then,) = _refs("It was the worst since 2019, when a landslide killed 48 people.")
    assert now[1] != then[1] and then[1].endswith("(2019)")


def test_approximators_are_ranges():
    from quotecheck.provenance.figures import _agree

    def one(text):
        return extract_figures(prepare(_doc("d", text)))[0]
    assert _agree(one("Nearly 6,000 workers were laid off."), one("5,900 workers were laid off."),
                  0.05)
    assert _agree(one("More than 200 guests were there."), one("It had 206 guests."), 0.05)
    assert not _agree(one("More than 200 guests were there."), one("It had 180 guests."), 0.05)
    assert not _agree(one("At least 9 people died."), one("At least 14 people died."), 0.05)


def _copy_pair(parent_sentence, child_sentence):
    base = ("The regional council met in Vostrel after the Harran Dam flooded the valley. "
            "{s} "
            "Engineers from the Kesmar Institute inspected the spillway on Thursday morning. "
            "The Tarvo Party blamed the council for delaying repairs to the Harran Dam. "
            "Schools in Vostrel stayed closed and the valley road remained under water.")
    p = base.format(s=parent_sentence)
    c = base.format(s=child_sentence).replace("inspected", "examined")
    res = infer_provenance([_doc("p", p, "Wire", "2023-03-01"), _doc("c", c, None, "2023-03-02")],
                           [])
    assert [(e.source, e.derived) for e in res.edges] == [("p", "c")]
    return c, [d for d in res.detections if d.rule_type == "number"]


def test_copy_changing_a_count_of_members_or_a_percentage_is_flagged():
    c, dets = _copy_pair("Some 6,500 members of the farmers' union marched to the dam.",
                         "Some 16,500 members of the farmers' union marched to the dam.")
    assert [c[d.start:d.end] for d in dets] == ["16,500"]
    c, dets = _copy_pair("The council raised its compensation offer to 7% for each farm.",
                         "The council raised its compensation offer to 17% for each farm.")
    assert [c[d.start:d.end] for d in dets] == ["17"]


def test_other_referent_year_or_sum_is_no_disagreement():
    _, dets = _copy_pair(
        "A boat carrying 70 villagers and 9 crew capsized, killing at least 6 people.",
        "A boat carrying more than 75 people capsized, killing at least 6 people.")
    assert dets == []
    _, dets = _copy_pair("The flood killed 6 people on Monday.",
                         "It was the worst since 2017, when a flood killed 40 people.")
    assert dets == []


_PIECES = ["12", "3.5%", "$4 billion", "some", "nearly", "1,200", "people", "members", "of",
           "the", "at", "killed", "in", "2023", "May", "Flight", "were", ",", ".", "per cent",
           "rose to", "€", "more than", "crew", "and", "38,", "a.m."]


@given(st.lists(st.sampled_from(_PIECES), max_size=25))
@settings(max_examples=60, deadline=None)
def test_extraction_never_crashes_and_ranges_hold(pieces):
    text = " ".join(pieces)
    for f in extract_figures(prepare(_doc("d", text))):
        assert 0 <= f.start < f.end <= len(text) and text[f.start:f.end] == f.text
        assert f.low <= f.value <= f.high and f.referent


def test_roots_disagree_only_on_comparable_sentences():
    a = _doc("a", "On Wednesday 40,000 members of the rail union walked out over pay.", "A")
    b = _doc("b", "On Wednesday 4,000 members of a bus drivers' guild met in Leeds.", "B")
    res = infer_provenance([a, b], [])
    assert not [d for d in res.detections if d.rule_type == "number"]
    c = _doc("c", "On Wednesday 14,000 members of the rail union walked out over pay.", "C")
    res = infer_provenance([a, c], [])
    assert [d.args["value"] for d in res.detections if d.rule_type == "number"] == ["14,000"]


def _outlet_numbers(text_a, text_b):
    res = infer_provenance([_doc("a", text_a, "A"), _doc("b", text_b, "B")], [])
    return [d.args["value"] for d in res.detections if d.rule_type == "number"]


def test_bounds_from_independent_outlets_contradict_only_when_no_value_fits_both():
    """Tolls rise between reports: "at least 50" and "at least 59" are both true of 59 dead."""
    assert _outlet_numbers(
        "At least 50 people were killed in the blast at the Ostravia fair on Monday, police said.",
        "At least 59 people were killed in the blast at the Ostravia fair on Monday, officials said."
    ) == []
    assert _outlet_numbers(
        "Over 400 people were injured in the blast at the Ostravia fair on Monday, police said.",
        "In all, 527 people were injured in the blast at the Ostravia fair on Monday, officials said."
    ) == []
    assert _outlet_numbers(
        "Up to 40 people were injured in the blast at the Ostravia fair on Monday, police said.",
        "In all, 527 people were injured in the blast at the Ostravia fair on Monday, officials said."
    ) == ["527"]


def test_a_part_and_its_whole_are_no_disagreement():
    """The other sentence states both figures: a part ("including 7") or a whole ("21 of 200")."""
    assert _outlet_numbers(
        "A bus crash in Ostravia on Friday killed 9 people, including 7 Dutch tourists, police said.",
        "A bus crash in Ostravia on Friday killed 7 Dutch tourists and two drivers, officials said."
    ) == []
    assert _outlet_numbers(
        "Rebels freed 21 of the more than 200 schoolgirls kidnapped in Dapchi, officials said on Thursday.",
        "Rebels handed over 21 schoolgirls kidnapped in Dapchi to officials on Thursday, ministers said."
    ) == []


def test_a_copy_is_compared_only_where_its_sentence_is_about_the_same_thing():
    _, dets = _copy_pair("Its new tram can travel 60 miles on a single charge of the battery.",
                         "Its probe will be set in an orbit of Mars 140 million miles away.")
    assert dets == []


def _flight(parent_sentence, child_sentence):
    base = ("{s} Zorvan Pellic and Ana Ruiz hoped to catch a fast jet stream over the ocean. "
            "The flight controllers in Geneva said the gondola heaters were working again. "
            "The balloon drifted south of the planned track over the Kirrin mountains. "
            "The team said it would try to land in the desert of Ostravia next week.")
    return base.format(s=parent_sentence), base.format(s=child_sentence)


def test_a_running_total_grows_between_reports_of_one_story():
    """'have flown more than 18,300 miles since setting off on May 4': a total counted from
    a start, which a later report gives larger; the date is the start, not the time of the
    count (issue 11). A copy changing a figure of one moment is still flagged."""
    p, c = _flight("The pilots have flown more than 18,300 miles since setting off from the "
                   "Andes on May 4.", "The pilots have flown more than 19,410 miles after "
                   "leaving the Andes on May 4.")
    docs = [_doc("p", p, "Wire", "1999-03-17"), _doc("c", c, "Wire", "1999-03-18")]
    res = infer_provenance(docs, [])
    assert res.edges
    assert [d for d in res.detections if d.rule_type == "number"] == []
    p, c = _flight("The pilots flew 2,500 miles on March 1.", "The pilots flew 3,500 miles on "
                   "March 1.")
    res = infer_provenance([_doc("p", p, "Wire", "1999-03-17"),
                            _doc("c", c, "Wire", "1999-03-18")], [])
    assert [d.args.get("parent_value") for d in res.detections if d.rule_type == "number"]


def test_the_tail_of_a_figure_split_after_its_comma_is_no_figure():
    """'150, 000 people' (a space slipped in after the thousands comma): '000' is the tail of
    one figure, never a count of its own (issue 11); a list of figures stays counted."""
    assert [f[0] for f in _figs("An additional 150, 000 people live in tents.")] == []
    assert [f[0] for f in _figs("Police held 12 men, 125 people were hurt.")] == ["12", "125"]


def test_a_running_total_the_parent_states_too_is_no_disagreement():
    """The copy's running total stands in the parent too; a figure of the parent's other
    sentence on the same referent is not the one it is compared with."""
    p, c = _flight("The pilots have flown more than 18,300 miles since setting off from the "
                   "Andes. The pilots flew 700 miles from the Andes on the first day.",
                   "The pilots have flown more than 18,300 miles after leaving the Andes.")
    res = infer_provenance([_doc("p", p, "Wire", "1999-03-17"),
                            _doc("c", c, "Wire", "1999-03-18")], [])
    assert res.edges
    assert [d for d in res.detections if d.rule_type == "number"] == []


def test_a_projection_is_not_the_count_so_far():
    """'would have covered over 24,000 miles once it lands' is what the trip would total,
    another referent than the miles flown so far (issue 11)."""
    p, c = _flight("If they touch down in the outback, the pilots will have flown more than 24,000 "
                   "miles around the world.", "The pilots have flown more than 18,300 miles "
                   "around the world.")
    res = infer_provenance([_doc("p", p, "Wire", "1999-03-17"),
                            _doc("c", c, "Wire", "1999-03-18")], [])
    assert res.edges
    assert [d for d in res.detections if d.rule_type == "number"] == []


def test_a_total_and_its_stated_parts_are_no_disagreement():
    """A sentence that states the parts ("all 64 on board and three on the ground") states
    their sum too: another outlet's total (67 killed) is the same count, not a rival one."""
    parts = ("Rescuers searched the field near Ostravia after the airliner crash on Sunday that "
             "killed all 64 people on board the jet and three on the ground.")
    assert _outlet_numbers(parts, "Mourners in Ostravia prayed for the 67 people, most of them "
                                  "tourists, killed on Sunday as the airliner jet crashed.") == []
    # a figure that is no sum of the parts still disagrees
    assert _outlet_numbers(parts, "Mourners in Ostravia prayed for the 71 people, most of them "
                                  "tourists, killed on Sunday as the airliner jet crashed.") == ["71"]
    # two numbers of one sentence that are no parts of one total add up to nothing
    assert _outlet_numbers(
        "Two suspects in the Ostravia airliner crash on Sunday were charged with the deaths "
        "of 64 people, police said.",
        "Mourners in Ostravia prayed for the 66 people, most of them tourists, killed on "
        "Sunday as the airliner crashed, police said.") == ["66"]


def test_the_words_of_a_shared_time_are_no_shared_subject():
    """Two sentences that share only "last year" and a counted class (children, people) are
    about two things: the time's words do not make them one statement."""
    assert _outlet_numbers(
        "Last year, roughly 9,000 children were adopted from abroad by couples in Vostrel.",
        "Last year the fever sickened 55 people in the Harran valley, health officials said.") == []
    # the same subject at the same time still disagrees
    assert _outlet_numbers(
        "Last year, roughly 9,000 children were adopted from abroad by couples in Vostrel.",
        "Last year, 12,500 children were adopted from abroad by couples in Vostrel.") == ["12,500"]


def _copy_numbers(parent_extra, child_extra):
    """Number detections along the edge of a copy of :func:`_flight`'s story whose first
    sentence is ``parent_extra`` in the parent and ``child_extra`` in the copy."""
    p, c = _flight(parent_extra, child_extra)
    res = infer_provenance([_doc("p", p, "Wire", "1999-03-17"),
                            _doc("c", c, "Paper", "1999-03-18")], [])
    assert res.edges
    return [d.args["value"] for d in res.detections if d.rule_type == "number"]


def test_a_background_figure_is_not_the_news_figure():
    """'In April last year a storm forced a balloon down 431 kilometres off the coast' is
    another event than the copy's 'landed 10 kilometres off the coast' (issue 11: ecbplus4),
    while a copy that changes the figure of the background itself is still flagged."""
    assert _copy_numbers(
        "In April last year a storm forced a rival balloon down 431 kilometres off the coast "
        "of the Kirrin peninsula.",
        "The rival balloon came down just 10 kilometres off the coast of the Kirrin "
        "peninsula.") == []
    assert _copy_numbers(
        "In April last year a storm forced a rival balloon down 431 kilometres off the coast "
        "of the Kirrin peninsula.",
        "In April last year a storm forced a rival balloon down 413 kilometres off the coast "
        "of the Kirrin peninsula.") == ["413"]


def test_a_figure_the_parent_writes_as_a_word_is_stated_there():
    """'10 kilometres (six miles) ... 55 kilometres (34 miles)' in the parent and '(6 miles)'
    in the copy: the copy's 6 is the parent's six, not a changed 34."""
    assert _copy_numbers(
        "The gondola flew at a height of 10 kilometres (six miles) and landed 55 kilometres "
        "(34 miles) west of the town of Kirrin.",
        "The gondola flew at a height of 10 kilometres (6 miles), some 55 kilometres (34 miles) "
        "west of the town of Kirrin.") == []


def test_counts_credited_to_two_named_sources_are_two_statements():
    """'more than 300 houses were damaged, said agency spokesman Tomas Reyes' and 'around 40
    houses were damaged, said district official Halvor' are two people's counts of two
    scopes; the same source with another figure is still flagged."""
    parent = ("Around 40 houses were damaged by the storm in the valley of the Kirrin "
              "mountains, said district disaster official Halvor Brenn.")
    assert _copy_numbers(parent, "More than 300 houses were damaged by the storm in the "
                         "Kirrin mountains, said national disaster agency spokesman Tomas "
                         "Reyes.") == []
    assert _copy_numbers(parent, "More than 300 houses were damaged by the storm in the "
                         "Kirrin mountains, said district official Halvor Brenn.") == ["300"]


def test_a_coordinated_head_counts_both_nouns():
    """'800 houses and buildings' counts more than houses: another referent than '14 houses'."""
    got = _figs("Some 800 houses and buildings were flooded, and 14 houses collapsed.")
    assert [(g[0], g[2]) for g in got] == [("800", "house and building"), ("14", "house")]
    assert _copy_numbers(
        "At least 14 houses were badly flooded when the river rose in the Kirrin district.",
        "Some 800 houses and buildings were flooded when the river rose in the Kirrin "
        "district.") == []


def test_a_running_total_is_not_a_figure_of_a_stated_day():
    """'have flown more than 18,300 miles since setting off' (counted up to the report)
    against 'broke a record on Friday: 12,410 miles' (a count of that day): two times
    (issue 11: duc2007); two figures of one stated day still disagree."""
    assert _copy_numbers(
        "The pilots broke a record on Friday, beating the old mark of 12,410 miles.",
        "The pilots have flown more than 18,300 miles since setting off, beating the old "
        "mark.") == []
    assert _copy_numbers(
        "The pilots broke a record on Friday, beating the old mark of 12,410 miles.",
        "The pilots broke a record on Friday, beating the old mark of 14,410 miles.") == ["14,410"]


def test_a_total_counted_since_a_start_stated_first_is_not_a_days_count():
    """'Since the start of the pandemic, ... more than 2,000 have died' (a running total, its
    start stated before the perfect tense) against '2,460 confirmed cases and 41 deaths' on a
    stated day (a count of that day): two referents (issue 11: baly07); the order 'have died
    since the outbreak began' is a running total too."""
    day = ("Kirrin reported its second highest daily virus tally on Wednesday: 2,460 "
           "confirmed cases and 41 deaths, the Harbour Gazette said.")
    assert _copy_numbers("Since the start of the pandemic, some 96,000 Kirrin residents have "
                         "caught the virus and more than 2,000 have died.", day) == []
    assert _copy_numbers("More than 2,000 people in Kirrin have died of the virus since the "
                         "outbreak began, the Harbour Gazette reported.", day) == []


def test_figures_of_two_named_places_are_two_counts():
    """'the bomb that killed 11 people in Dar Kallah' and 'a bomb in Vostrel killed 213
    people': two bombings in two places (issue 11: duc2006b); one place named alike in both
    still compares, and so does a sentence that names no place."""
    assert _copy_numbers(
        "On the same day a second bomb exploded at the embassy in Vostrel, killing 213 people.",
        "The truck carried the bomb that killed 11 people at the embassy in Dar Kallah.") == []
    assert _copy_numbers(
        "On the same day a second bomb exploded at the embassy in Vostrel, killing 213 people.",
        "The truck carried the bomb that killed 11 people at the embassy in Vostrel.") == ["11"]
    assert _copy_numbers(
        "On the same day a second bomb exploded at the embassy in Vostrel, killing 213 people.",
        "The truck carried the bomb that killed 11 people at the embassy.") == ["11"]
    got = _figs("In neighbouring Central Kirrin district, 140 people were injured in March.")
    assert got and got[0][0] == "140"


def test_a_copy_giving_the_part_a_sentence_states_with_a_scale_word_is_not_flagged():
    # the parent's sentence gives a total and, with its scale word, the part the copy keeps
    _, dets = _copy_pair(
        "Nearly 90 million people worldwide, including 3 million in the region, are believed to "
        "carry the parasite.",
        "In the region nearly 3 million people are believed to carry the parasite.")
    assert dets == []
    _, dets = _copy_pair(
        "Nearly 90 million people worldwide, including 3 million in the region, are believed to "
        "carry the parasite.",
        "Nearly 70 million people worldwide, including 3 million in the region, are believed to "
        "carry the parasite.")
    assert [d.args["value"] for d in dets] == ["70"]
