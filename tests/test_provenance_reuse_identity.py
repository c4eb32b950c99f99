"""Reuse without credit (QC501) not said where the copy is no other site's taking (issue 11,
first reading of an unseen set): one organisation's two sites (a site and its blog
sub-domain), one author's opinion column printed whole by two sites, and a page crediting a
news agency that shares text with another client's uncredited copy of the agency's story.
Own snippets, shaped like what was seen."""
from provenance_synth import make_doc

from quotecheck.load.sections import opinion_address
from quotecheck.model import Document, Metadata
from quotecheck.provenance.infer import infer_provenance
from quotecheck.provenance.pagetypes import same_organisation
from quotecheck.text.textview import TextView

STORY = [
    "The county board voted five to two on Tuesday to close the Millbrook landfill by the end "
    "of next year, ending a dispute that has run for almost a decade.",
    "Residents of the valley had complained for years about trucks on Route 9 and about the "
    "smell that drifted over two primary schools in warm weather.",
    "The board will spend about 14 million dollars on a transfer station near the rail yard, "
    "where waste will be loaded onto freight cars bound for a site upstate.",
    "Two members who voted against the plan said the transfer station would cost more to run "
    "than the landfill and that rates would rise for every household.",
    "The landfill has taken the county's waste since 1971 and employs 38 people, most of whom "
    "will be offered work at the new station, the board said.",
    "A hearing on the rates will be held on March 3 at the county office building in "
    "Millbrook, and written comments are open until the end of February.",
]


def _doc(doc_id: str, text: str, outlet=None, url=None, published=None) -> Document:
    return Document(doc_id, doc_id, text, TextView.identity(text),
                    Metadata(outlet=outlet, published=published, url=url))


def _told(res):
    return sorted(d.document for d in res.detections if d.rule_type == "provenance")


def _whole_copy(parent_outlet, child_outlet, parent_url=None, child_url=None):
    text = "\n\n".join(STORY)
    return [_doc("first.txt", text, parent_outlet, parent_url, "2013-10-08"),
            _doc("second.txt", text, child_outlet, child_url, "2013-10-09")]


# (9) one organisation's two sites -------------------------------------------------------

def test_a_site_and_its_own_blog_subdomain_are_one_organisation():
    assert same_organisation("courierdaily.com", "politics.blogs.courierdaily.com")
    assert same_organisation("CNN", "ticker.blogs.cnn.com")       # by the outlet table
    assert same_organisation("cnn.com", "ticker.blogs.cnn.com")


def test_two_blogs_of_one_host_or_two_outlets_are_not_one_organisation():
    assert not same_organisation("ann.blogspot.com", "bob.blogspot.com")
    assert not same_organisation("courierdaily.com", "heraldtimes.com")
    assert not same_organisation("courierdaily.com", None)
    assert not same_organisation("notcourierdaily.com", "courierdaily.com")


def test_a_site_reusing_its_own_blog_is_no_undisclosed_reuse():
    res = infer_provenance(_whole_copy("politics.blogs.courierdaily.com", "courierdaily.com"), [])
    assert [(e.source, e.derived) for e in res.edges] == [("first.txt", "second.txt")]
    assert _told(res) == []


def test_another_site_taking_the_same_text_is_still_told():
    res = infer_provenance(_whole_copy("politics.blogs.courierdaily.com", "heraldtimes.com"), [])
    assert _told(res) == ["second.txt"]


# (10) a syndicated column -----------------------------------------------------------------

def test_an_opinion_address_is_read_from_the_path_only():
    assert opinion_address(Metadata(url="http://www.example.com/opinion/2013/10/09/x/"))
    assert opinion_address(Metadata(url="https://example.org/columnists/ann-lee/piece"))
    assert opinion_address(Metadata(section="Op-Ed"))
    assert not opinion_address(Metadata(url="http://example.com/politics/opinion-poll-x"))
    assert not opinion_address(Metadata(url="http://example.com/news/x?from=/opinion/"))
    assert not opinion_address(Metadata(url="http://opinion.example.com/news/x"))
    assert not opinion_address(Metadata())


def test_provenance_reads_the_same_address_segments_as_framing():
    """sect20: one segment list (load.sections.opinion_segments) for both stages; before it,
    provenance missed the desks only framing's list had ("/column/", "/letters/", ...), and
    framing missed "/columnist/"."""
    from quotecheck.framing.pagemarks import link_reason
    for url in ("https://example.com/news/column/the-levy-fails",
                "https://example.com/letters-to-the-editor/2013/readers-write",
                "https://example.com/opinion/op-eds/workers-deserve-better",
                "https://example.com/columnist/ann-lee/piece"):
        assert opinion_address(Metadata(url=url)) and link_reason(url)
    # a query's label files the link for framing only (where the page placed the link)
    url = "https://example.com/articles/the-debt-11633463734?mod=opinion_lead_pos1"
    assert link_reason(url) and not opinion_address(Metadata(url=url))


def test_a_column_printed_whole_on_two_sites_is_syndication():
    docs = _whole_copy("heraldtimes.com", "valleyreview.com",
                       parent_url="http://www.heraldtimes.com/opinion/2013/10/08/landfill/",
                       child_url="http://valleyreview.com/archives/2013/10/09/landfill")
    assert _told(infer_provenance(docs, [])) == []


def test_a_news_story_copied_whole_is_still_told():
    docs = _whole_copy("heraldtimes.com", "valleyreview.com",
                       parent_url="http://www.heraldtimes.com/politics/2013/10/08/landfill/",
                       child_url="http://valleyreview.com/archives/2013/10/09/landfill")
    assert _told(infer_provenance(docs, [])) == ["second.txt"]


# (11) an agency's client crediting it -----------------------------------------------------

OWN = [
    "Board members met behind closed doors for most of Monday before the vote, aides said.",
    "The chairman, Walt Brody, told reporters the plan was the best of a bad set of choices "
    "and that he expected a legal challenge from the haulers.",
]


def _clients(credit_line: str):
    parent = "\n\n".join(["Opponents plan to fight the closure in court, a lawyer for the "
                          "haulers said on Monday evening outside the hearing."] + STORY[2:5])
    child = "\n\n".join(OWN + STORY[2:5] + [credit_line])
    return [make_doc("client_a.txt", parent, "Herald Times", "2013-10-13"),
            make_doc("client_b.txt", child, "Valley Review", "2013-10-15")]


def test_a_page_crediting_the_agency_is_not_told_it_reuses_another_client():
    res = infer_provenance(_clients(
        "Ann Lee and The Associated Press also contributed to this story."), [])
    assert [(e.source, e.derived) for e in res.edges] == [("client_a.txt", "client_b.txt")]
    assert _told(res) == []


def test_a_page_crediting_only_its_own_reporters_is_still_told():
    res = infer_provenance(_clients("Ann Lee and Tom Park contributed to this report."), [])
    assert _told(res) == ["client_b.txt"]

