"""Two sites' copies of one unseen wire story: the shorter copy looks derived (it holds a subset
of the longer one's sentences), but its own printed date is earlier than the longer copy's, so
it cannot have taken from it. Content and time disagree and nothing else tells an order: the
pair is two copies of one text (QC503, info), not one site reusing the other (QC501). When the
printed dates agree with the content, the reuse is still told."""
from quotecheck.load.loader import load_text
from quotecheck.provenance.infer import infer_provenance
from quotecheck.quotes.extract import extract_story_quotes

BODY = [
    "Marta Ellison, the diving champion who became a star of televised water shows in the "
    "1960s, died on Tuesday in Carmel, California, at the age of 88, her agent said.",
    "Ellison died peacefully at home and had been in poor health for several months, agent "
    "Lionel Brandt said.",
    "It was the pool, and the travelling show that carried her to 40 cities, that made her "
    "famous.",
    "She won three national titles before turning professional at the age of 19.",
]
EXTRA = [
    "Her television specials drew audiences of more than 20 million viewers at their peak.",
    "She is survived by a son, Daniel, and two grandchildren.",
]


def _doc(doc_id: str, outlet: str, printed: str, sentences: list):
    text = "Water show star Marta Ellison dies at 88\n\n" + printed + "\n\n" + "\n\n".join(
        sentences) + "\n"
    return load_text(text, doc_id, meta={"outlet": outlet})


def _told(docs):
    res = infer_provenance(docs, extract_story_quotes(docs))
    return [d for d in res.detections if d.rule_type == "provenance"]


def test_shorter_copy_printed_a_day_before_the_longer_is_shared_text():
    docs = [_doc("a.txt", "southpost.example", "June 7, 2013", BODY + EXTRA),
            _doc("b.txt", "northtribune.example", "June 6, 2013", BODY[:3])]
    told = _told(docs)
    assert told, "the copies are still related"
    assert all(d.args.get("kind") == "shared-text" for d in told)


def test_shorter_copy_printed_after_the_longer_is_still_reuse():
    docs = [_doc("a.txt", "southpost.example", "June 6, 2013", BODY + EXTRA),
            _doc("b.txt", "northtribune.example", "June 7, 2013", BODY[:3])]
    told = _told(docs)
    assert told and all("kind" not in d.args for d in told)


def test_same_day_copies_keep_the_content_order():
    # times of day without a zone cannot order two sites: only whole calendar days count
    docs = [_doc("a.txt", "southpost.example", "June 6, 2013 1:12 PM", BODY + EXTRA),
            _doc("b.txt", "northtribune.example", "June 6, 2013 12:50 PM", BODY[:3])]
    told = _told(docs)
    assert told and all("kind" not in d.args for d in told)


def test_a_source_printing_only_its_update_date_is_not_contradicted():
    # "Updated" dates a later revision: the source may well have been first, so reuse stands
    docs = [_doc("a.txt", "southpost.example", "Updated: June 9, 2013", BODY + EXTRA),
            _doc("b.txt", "northtribune.example", "June 6, 2013", BODY[:3])]
    told = _told(docs)
    assert told and all("kind" not in d.args for d in told)


def test_same_day_copies_with_zones_are_ordered_by_the_instant():
    # both times carry a zone: the instants order them (18:40 PDT is 01:40 UTC the next day,
    # after 23:15 CEST = 21:15 UTC), so the shorter copy was printed first
    docs = [_doc("a.txt", "southpost.example", "Posted: June 6, 2013 6:40 PM PDT", BODY + EXTRA),
            _doc("b.txt", "northtribune.example", "June 6, 2013 | Updated 11:15 PM CEST",
                 BODY[:3])]
    told = _told(docs)
    assert told and all(d.args.get("kind") == "shared-text" for d in told)


def test_same_day_copies_with_zones_in_content_order_stay_reuse():
    docs = [_doc("a.txt", "southpost.example", "Posted: June 6, 2013 11:15 AM CEST",
                 BODY + EXTRA),
            _doc("b.txt", "northtribune.example", "June 6, 2013 | Updated 6:40 PM PDT", BODY[:3])]
    told = _told(docs)
    assert told and all("kind" not in d.args for d in told)


def test_a_numeric_date_printed_a_day_before_is_shared_text():
    # "12/19/2005" can only be month/day (19 is no month); the longer copy is printed the day after
    docs = [_doc("a.txt", "southpost.example", "Tuesday, December 20, 2005", BODY + EXTRA),
            _doc("b.txt", "northtribune.example", "Posted 12/19/2005 3:36 PM", BODY[:3])]
    told = _told(docs)
    assert told and all(d.args.get("kind") == "shared-text" for d in told)


def test_a_source_printing_its_first_post_before_its_update_is_read_by_the_first():
    # "Posted: ..." above "Updated: ...": the posting time dates the first version, so a copy
    # printed before it (both zoned) cannot have taken from it
    docs = [_doc("a.txt", "southpost.example",
                 "Posted: June 6, 2013 11:15 PM CEST\n\nUpdated: June 7, 2013 9:00 AM CEST",
                 BODY + EXTRA),
            _doc("b.txt", "northtribune.example", "June 6, 2013 | Updated 1:32 PM PDT", BODY[:3])]
    told = _told(docs)
    assert told and all(d.args.get("kind") == "shared-text" for d in told)
