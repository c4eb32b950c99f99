"""The ``json`` reporter: the report as the JSON contract (``quotecheck-report/1``)."""
from __future__ import annotations

from quotecheck import hookimpl


class JsonReporter:
    """Machine-readable output following ``tests/data/report.schema.json``."""

    name = "json"
    description = "the JSON report contract (quotecheck-report/1)"

    def render(self, report, options) -> str:
        import json

        from quotecheck.report.contract import report_to_dict

        return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"


@hookimpl
def quotecheck_reporters():
    return [JsonReporter()]
