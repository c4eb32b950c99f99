"""Text views with offset maps, normalisation for matching, sentences, quote marks, phrase lexicons.

Takes a document's text and gives derived views (:class:`quotecheck.text.textview.TextView`)
whose every offset maps back to the original, folded matching views and word tokens
(:mod:`~quotecheck.text.normalize`), sentence spans (:mod:`~quotecheck.text.sentences`),
paired quote marks (:mod:`~quotecheck.text.quotemarks`) and compiled phrase matchers
(:mod:`~quotecheck.text.lexicon`). Nothing here rewrites the text it reports on.
"""
