"""Number flips in one outlet's own versions of a story (issue 11): its later version's number
changes are its own editing (an update that now counts more planes, an abstract noun's number,
a grammar fix), reported only when the new number breaks agreement with a word kept around it
(a text error). Between two outlets a flip is reported as before. Our own snippets, shaped like
agency updates."""
from quotecheck.model import Document, Metadata
from quotecheck.provenance.agreement import disagrees
from quotecheck.provenance.derivation import prepare
from quotecheck.provenance.integrity import copy_integrity
from quotecheck.provenance.sentalign import Alignment
from quotecheck.text.textview import TextView


def _dt(text, doc_id):
    return prepare(Document(doc_id, doc_id, text, TextView.identity(text), Metadata()))


def _flips(parent, child, own):
    p, c = _dt(parent, "p"), _dt(child, "c")
    pairs = [(i, i, 0.8) for i in range(min(len(p.sentences), len(c.sentences)))]
    dets = copy_integrity(c, p, Alignment(p, c, pairs), own_version=own)
    return [child[d.start:d.end] for d in dets if d.args.get("kind") == "number-flip"]


# shaped like what real updates did: all four were reported as changed numbers before
EDITS = [
    ("Rangers have stepped up their drives against poachers and seized many traps.",
     "Rangers have stepped up their drive against poachers and seized many traps."),
    ("The flood water erases the tide mark, he said.",
     "The flood water erases tide marks, he said."),
    ("The others charged will face trial for lesser offences.",
     "The other charged will face trial for lesser offences."),
    ("On Monday, a navy helicopter dropped water to sailors on the reef.",
     "Navy helicopters have dropped water to sailors on the reef."),
]


def test_one_outlets_own_editing_is_no_number_flip():
    for parent, child in EDITS:
        assert _flips(parent, child, own=True) == [], child


def test_a_flip_that_breaks_agreement_in_an_own_version_is_still_reported():
    parent = "The second sniper was arrested by police before he fired, officials said."
    child = "A second snipers was arrested by police before he fired, officials said."
    assert _flips(parent, child, own=True) == ["snipers"]


def test_between_two_outlets_a_flip_is_reported_as_before():
    parent = "On Monday the regional governor said the talks had failed."
    child = "On Monday the regional governors said the talks had failed."
    assert _flips(parent, child, own=False) == ["governors"]
    assert _flips(parent, child, own=True) == []


def test_agreement_reads_the_determiner_before_and_the_auxiliary_after():
    words = [(w, 0, 0) for w in "a third rescue workers was hurt".split()]
    assert disagrees(words, 3, plural=True)
    words = [(w, 0, 0) for w in "the third rescue workers were hurt".split()]
    assert not disagrees(words, 3, plural=True)
    words = [(w, 0, 0) for w in "these planes have landed".split()]
    assert not disagrees(words, 1, plural=True) and disagrees(words, 1, plural=False)


def test_a_label_put_on_someone_else_is_an_attribution_for_hedge_drift():
    """'after officials found what they called a plot' / 'after officials found an alleged
    plot': the claim stays someone else's; no hedge added (issue 11, QC205)."""
    p, c = _dt("Alerts rose after officials found what they called a plot to bomb trains.", "p"), \
        _dt("Alerts rose after officials found an alleged plot to bomb trains.", "c")
    dets = copy_integrity(c, p, Alignment(p, c, [(0, 0, 0.8)]))
    assert not [d for d in dets if d.rule_type == "hedge-drift"]
    p2 = _dt("Alerts rose after officials found a plot to bomb trains.", "p")
    dets = copy_integrity(c, p2, Alignment(p2, c, [(0, 0, 0.8)]))
    assert [d.args["change"] for d in dets if d.rule_type == "hedge-drift"] == ["added"]
