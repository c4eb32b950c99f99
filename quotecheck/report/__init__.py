"""Reports: a command's Report rendered by the reporter ``--format`` names, and written out.

Takes a :class:`quotecheck.model.Report` and gives text on standard output or ``--output``
(:func:`quotecheck.report.output.emit`). Also here: the JSON contract
(:func:`quotecheck.report.contract.report_to_dict`), the SVG provenance graph and the
plain-text view of quote groups. The reporters themselves are plugins.
"""
