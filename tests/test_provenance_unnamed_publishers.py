"""Partial reuse between pages that name no publisher is not reported as reuse without credit
(an outlet's follow-up reusing its own lines looks the same); a whole copy, a pair with named
outlets and a checked draft still are (issue 11)."""
from dataclasses import replace

from quotecheck.model import Document, Metadata
from quotecheck.provenance.infer import infer_provenance
from quotecheck.text.textview import TextView

_FIRST = ("The Dravic government has formally declared the loss of the ferry Kestrel an "
          "accident and says none of the 140 people on board survived. "
          "No trace of the vessel has been found since it vanished in a storm on 3 May. "
          "Officials say the search of the Orlan straits is ongoing but that all on board are "
          "now presumed dead. ")
_PARENT = _FIRST + ("The ferry had left the port of Velmora for the island of Kessel with "
                    "a crew of twelve. Relatives gathered at the harbour office to demand a "
                    "list of the passengers. The shipping line said it would pay for the "
                    "families to travel to Velmora. Divers from three navies joined the search "
                    "in the second week. Weather in the straits has hampered the work since. "
                    "The Kestrel was built in 1988 and was refitted four years ago. Its owner "
                    "bought it from a Baltic line in 2009. Sea trials after the refit found "
                    "no faults, the maritime authority said. Fishermen on Kessel said the "
                    "storm was the worst they had seen in decades. Two smaller boats sank in "
                    "the same night without loss of life.")
_FOLLOW = ("Families of the Kestrel's passengers will march to the parliament in Velmora on "
           "Saturday. Their spokesman, Aron Vell, said the march would be silent. Police expect "
           "several thousand people to join it. The route runs from the harbour to the main "
           "square. " + _FIRST + "The declaration lets the families claim compensation from the shipping "
                    "line. A lawyer for twenty families, Mira Tallis, said the line had ignored "
                    "warnings about the ferry's pumps. An inquiry into the ferry's last voyage "
                    "will report in the spring. The line's chief, Ivo Brandt, resigned in June. Two other "
                    "ferries of the line were taken out of service for checks. Their crews were "
                    "sent home on full pay. The transport minister will face questions in "
                    "parliament next week. Opposition members want a public hearing.")


def _doc(doc_id, text, outlet=None, published=None):
    return Document(doc_id, doc_id, text, TextView.identity(text),
                    Metadata(outlet=outlet, published=published))


def _reuse(parent, copy):
    res = infer_provenance([parent, copy], [])
    assert [(e.source, e.derived, e.relation) for e in res.edges] == [("p", "c", "partial")]
    return [d.document for d in res.detections if d.rule_type == "provenance"]


def test_partial_reuse_between_pages_without_publisher_is_no_uncredited_reuse():
    assert _reuse(_doc("p", _PARENT, None, "2014-05-20"), _doc("c", _FOLLOW, None, "2015-01-29")) == []


def test_partial_reuse_between_named_outlets_or_by_a_draft_is_still_reported():
    assert _reuse(_doc("p", _PARENT, "Harbour News", "2014-05-20"),
                  _doc("c", _FOLLOW, "Coast Daily", "2015-01-29")) == ["c"]
    draft = replace(_doc("c", _FOLLOW, None, "2015-01-29"), role="checked")
    assert _reuse(_doc("p", _PARENT, None, "2014-05-20"), draft) == ["c"]
