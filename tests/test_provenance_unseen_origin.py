"""Copies of one text whose origin is not in the set are one source, and no copy is named as
the one copied (QC503, info); an institution's own page of the text is its origin (QC501
names it); a draft that lifts such text is still told it reuses without credit."""
from provenance_synth import make_doc
from test_provenance_uncredited_family import FERRY

from quotecheck.provenance.infer import infer_provenance

TEXT = "\n\n".join(FERRY)


def _told(res):
    return {d.document: d for d in res.detections if d.rule_type == "provenance"}


def test_copies_of_an_unseen_text_are_shared_text_naming_no_copy_as_the_source():
    docs = [make_doc("a.txt", TEXT, "Coast Gazette", "2022-03-01T08:00:00+00:00"),
            make_doc("b.txt", TEXT, "Harbour Daily", "2022-03-01T09:00:00+00:00"),
            make_doc("c.txt", TEXT, "Capital Post", "2022-03-01T10:00:00+00:00")]
    told = _told(infer_provenance(docs, []))
    assert told and all(d.args.get("kind") == "shared-text" for d in told.values())


def test_an_institutions_own_page_is_the_origin_of_the_family_and_is_named():
    docs = [make_doc("a.txt", TEXT, "www.coastgazette.com", "2022-03-01T08:00:00+00:00"),
            make_doc("b.txt", TEXT, "www.harbourdaily.co.uk", "2022-03-01T09:00:00+00:00"),
            # the release, dated after its first copy (pages are often re-stamped)
            make_doc("r.txt", TEXT, "news.vellan.ac.uk", "2022-03-01T10:00:00+00:00")]
    res = infer_provenance(docs, [])
    fam = res.families[0]
    assert fam.representative == "r.txt" and fam.own_copy
    told = _told(res)
    assert set(told) == {"a.txt", "b.txt"}
    assert all("kind" not in d.args and d.args["parent"] == "r.txt" for d in told.values())


def test_a_draft_lifting_an_unseen_text_is_still_told_undisclosed_reuse():
    from dataclasses import replace

    docs = [make_doc("a.txt", TEXT, "Coast Gazette", "2022-03-01T08:00:00+00:00"),
            make_doc("b.txt", TEXT, "Harbour Daily", "2022-03-01T09:00:00+00:00")]
    lifted = "\n\n".join(FERRY[:-1])
    draft = replace(make_doc("draft.txt", lifted, "Our Desk", "2022-03-02T08:00:00+00:00"),
                    role="checked")
    from quotecheck.lint.copies import reuse_detections

    # the provenance stage says what it sees (a copy of an unseen text); the draft check
    # tells a draft that lifts it that it reuses without credit
    told = {d.document: d for d in reuse_detections(infer_provenance([*docs, draft], []),
                                                    {"draft.txt"})}
    assert "draft.txt" in told and "kind" not in told["draft.txt"].args
