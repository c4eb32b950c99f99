"""Stage 3, provenance: which article derives from which, and whole-text findings.

Takes a story's Documents and Quotes and gives a
:class:`quotecheck.provenance.infer.ProvenanceResult`: derivation edges with relation,
direction, confidence and evidence, independent roots, figures, and garble, credit and
number detections. Entry point: :func:`quotecheck.provenance.infer.infer_provenance`.
"""
