"""Stage 4, alignment: every rendering of one utterance lined up and each difference typed.

Takes Documents, Quotes and the provenance result and gives an
:class:`quotecheck.align.analyse.AlignmentResult`: quote groups, word alignments of each pair
of renderings, and quote-drift detections (orthographic, translation, wording, meaning,
truncation). Entry point: :func:`quotecheck.align.analyse.analyse_quotes`.
"""
