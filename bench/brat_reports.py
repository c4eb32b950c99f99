"""Write one ``quotecheck-report/1`` JSON per article of a folder, all in one process, for
``eval_brat.py --json-dir`` / ``eval_ggt.py --json-dir``.

Each ``DOC.txt`` is loaded and extracted on its own (its own Story), as ``python -m quotecheck
quotes DOC.txt --format json`` does, so the scores equal the default per-article command's;
without a process start per article, PolNeAR train (840 articles) takes about 20 s instead of
10+ minutes. Run with this tree first on PYTHONPATH:

    python bench/brat_reports.py /tmp/polnear/dev /tmp/reports-dev
    python bench/eval_brat.py /tmp/polnear/dev --json-dir /tmp/reports-dev -v
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path, help="folder of DOC.txt articles")
    ap.add_argument("out", type=Path, help="folder the DOC.json reports are written to")
    args = ap.parse_args(argv)
    from quotecheck.load.loader import load_paths
    from quotecheck.model import Report
    from quotecheck.report.contract import report_to_dict
    from quotecheck.story import Story

    args.out.mkdir(parents=True, exist_ok=True)
    for path in sorted(args.folder.glob("*.txt")):
        docs = load_paths([str(path)], role="compared").documents
        report = Report(command="quotes", documents=docs, quotes=Story(docs).quotes if docs else [])
        (args.out / f"{path.stem}.json").write_text(
            json.dumps(report_to_dict(report), ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
