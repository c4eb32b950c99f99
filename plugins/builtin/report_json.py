"""The ``json`` reporter: the report as the JSON contract (``quotecheck-report/1``)."""
from __future__ import annotations

from quotecheck import hookimpl


class JsonReporter:
    """Machine-readable output following ``tests/data/report.schema.json``."""

    name = "json"
    description = "the JSON report contract (quotecheck-report/1)"

    def render(self, report, options) -> str:
        from quotecheck.report.contract import report_to_dict
        from quotecheck.report.jsontext import dumps_indented

        # the text json.dumps(indent=2) gives (the library's indenting encoder is pure
        # Python, one generator step per token; jsontext joins per container)
        return dumps_indented(report_to_dict(report)) + "\n"


@hookimpl
def quotecheck_reporters():
    return [JsonReporter()]
