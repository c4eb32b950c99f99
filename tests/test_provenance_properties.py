"""Properties of infer_provenance on arbitrary small story sets: well-formed, acyclic, in bounds."""
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.model import Document, Metadata
from quotecheck.provenance.infer import infer_provenance
from quotecheck.text.textview import TextView

RELATIONS = {"verbatim", "syndication", "rewrite", "partial", "shared-translation"}
_WORD = st.sampled_from("Putin said troops 2,030 the “ ” ( ) ] . , Reuters (Reuters) – "
                        "allegedly By Kazakhstan protests were arrested 8,000 people killed "
                        "Source link\n \n\n according to RIA Novosti".split(" "))
_TEXT = st.lists(_WORD, max_size=60).map(" ".join)


@settings(max_examples=60)
@given(st.lists(_TEXT, min_size=1, max_size=4), st.data())
def test_edges_and_detections_are_well_formed(texts, data):
    base = texts[0]
    # some documents are copies of the first, so edges actually occur
    texts = [t if data.draw(st.booleans()) else base + " " + t for t in texts]
    docs = [Document(f"d{i}", f"d{i}", t, TextView.identity(t), Metadata())
            for i, t in enumerate(texts)]
    res = infer_provenance(docs, [])
    ids = {d.id for d in docs}
    for e in res.edges:
        assert e.source in ids and e.derived in ids and e.source != e.derived
        assert e.relation in RELATIONS and 0.0 <= e.confidence <= 1.0
        assert not res.derives(e.source, e.derived)   # acyclic
    by_id = {d.id: d for d in docs}
    for d in res.detections:
        assert 0 <= d.start <= d.end <= len(by_id[d.document].text)
    assert 1 <= res.independent_roots(ids) <= len(ids)
