"""Stage 5, framing: the narrator's own voice, apart from the words it quotes.

Takes a Document (and its story's quotations) and gives a
:class:`quotecheck.framing.narration.Narration`: the text with quotations masked, reported
clauses and reporting-verb hits with their class (:mod:`~quotecheck.framing.verbcontext`).
Entry point: :func:`quotecheck.framing.narration.narration_for`. The framing rules read it.
"""
