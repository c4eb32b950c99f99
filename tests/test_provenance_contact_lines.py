"""A service notice or appeal line holding a phone number, an e-mail address or a "Phone:"
label ("For questions, call ... at 415-555-0100") is printed under many stories alike: two
texts sharing such lines are no copies of each other; their narration decides."""
import pytest
from provenance_synth import make_doc

from quotecheck.provenance.derivation import prepare
from quotecheck.provenance.infer import infer_provenance

NOTICE = [
    "For questions about this report, please call Mara Quill at 415-555-0142 or the "
    "business desk at 415-555-0199.",
    "Clients in Asia and Europe should contact the sales office in Lyon for prices "
    "(Phone: 04 55 21 19; e-mail sales@wire-desk.example).",
]
HARBOUR = [
    "The harbour board in Penmorva voted on Tuesday to double mooring fees for visiting "
    "yachts from the start of next season.",
    "Board members said the extra money would pay for dredging the inner basin, which has "
    "silted up since the winter storms.",
    "Local sailing clubs have asked for a discount for boats that stay less than a week.",
    "A public meeting on the plan is due in the town hall at the end of the month.",
]
MILL = [
    "A textile mill on the edge of Carrow closed its doors on Friday after ninety years, "
    "leaving two hundred workers without jobs.",
    "The owners blamed rising energy bills and cheaper imports for the decision.",
    "Union officials met the workers in the canteen and promised help finding new posts.",
    "The site is expected to be sold to a housing developer later in the year.",
]


# a news service's budget notice: the area code in brackets, a "Pager:" label
BUDGET = [
    "QUESTIONS OR REPEATS for the night desk editors: (888) 555-0142 or (212) 555-0199 "
    "until late.",
    "Pager for the late supervisor on duty: (800) 555-0147 (PIN 555-0123) after midnight.",
    "Pager: the supervisor on the late shift answers at any hour of the night for clients.",
]

# each notice above holds a phone number, an e-mail address or a "Phone:"/"Pager:" label
NOTICES = pytest.mark.parametrize("notice", [NOTICE, BUDGET], ids=["phone-email", "pager"])


@NOTICES
def test_contact_lines_are_not_narration(notice):
    doc = make_doc("a.txt", "\n\n".join(HARBOUR + notice), "Coast Wire")
    narration = [doc.text[s.start:s.end] for s in prepare(doc).narration]
    assert narration == HARBOUR


@NOTICES
def test_two_stories_sharing_a_service_notice_are_not_copies(notice):
    docs = [make_doc("harbour.txt", "\n\n".join(HARBOUR + notice), "Coast Wire", "2005-03-01"),
            make_doc("mill.txt", "\n\n".join(MILL + notice), "Coast Wire", "2005-09-20")]
    assert infer_provenance(docs, []).edges == []
