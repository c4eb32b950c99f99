"""Command line: parse arguments, hand them to the application, return its exit code.

Nothing here analyses text. Errors the user can act on become one line on stderr and exit
status 2; nothing else is caught, so a bug still shows its traceback.
"""
from __future__ import annotations

import argparse
import sys
from typing import Optional, Sequence

from quotecheck import __version__

FORMATS_HELP = "output format: text, concise, json, sarif, github, html, dot, mermaid (per command)"


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", "-f", default=None, help=FORMATS_HELP)
    p.add_argument("--output", "-o", default=None, help="write the report to this file")
    p.add_argument("--plugins-dir", action="append", default=None,
                   help="also load plugins from this folder (repeatable)")
    p.add_argument("--disable-plugin", action="append", default=[], metavar="NAME",
                   help="block a plugin by name (repeatable)")
    p.add_argument("--rules", action="append", default=[], metavar="PATH",
                   help="extra rule file or folder (repeatable)")
    p.add_argument("--select", action="append", default=None,
                   help="comma-separated codes or names to run (repeatable; replaces the "
                        "configuration's select)")
    p.add_argument("--ignore", action="append", default=None,
                   help="comma-separated codes or names to skip (repeatable; replaces the "
                        "configuration's ignore)")
    p.add_argument("--extend-select", action="append", default=None, metavar="CODES",
                   help="add to the selected codes or names (repeatable)")
    p.add_argument("--extend-ignore", action="append", default=None, metavar="CODES",
                   help="add to the ignored codes or names (repeatable)")
    p.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress or summary on stderr")
    p.add_argument("--plugin-timeout", type=float, default=60.0, metavar="SECONDS",
                   help="a plugin hook running longer fails (0: no limit; default 60)")
    p.add_argument("--plugin-errors", choices=["error", "warning"], default=None,
                   help="what a plugin failure counts as for --fail-on (default error)")


def _add_severity(p: argparse.ArgumentParser) -> None:
    p.add_argument("--severity", action="append", default=None, metavar="CODE=LEVEL",
                   help="a rule's severity for this run (error, warning, info; repeatable, "
                        "comma-separated; added to the configuration's severity table)")
    p.add_argument("--framing-weak-classes", choices=["info", "warning"], default=None,
                   help="weak framing classes: info by default (first exposure), or "
                        "warning: each word keeps its rule's severity")


def _size(text: str) -> int:
    """``--max-file-size``: bytes, or a number with k, M or G (units of 1024)."""
    from quotecheck.resources.files import parse_size

    size = parse_size(text)
    if size is None:
        raise argparse.ArgumentTypeError(f"not a size such as 10M or 500k: {text!r}")
    return size


def _add_reading(p: argparse.ArgumentParser) -> None:
    p.add_argument("--max-file-size", type=_size, default=None, metavar="SIZE",
                   help="skip (in folders) or refuse (named) files larger than this "
                        "(default 10M; k, M, G suffixes)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotecheck",
        description="Check quotations across news articles: extraction, alignment, "
                    "provenance and pre-publication lint.")
    parser.add_argument("--version", action="version", version=f"quotecheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("quotes", help="list every quotation with its speaker and verb")
    p.add_argument("paths", nargs="+", metavar="PATH")
    _add_common(p)
    _add_reading(p)

    p = sub.add_parser("compare", help="align quote renderings across documents, infer provenance")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--config", default=None, help="configuration file to use")
    p.add_argument("--fail-on", choices=["error", "warning", "info", "never"], default=None,
                   help="exit 1 at this severity (default: the configuration's, else error)")
    p.add_argument("--min-severity", choices=["error", "warning", "info"], default=None,
                   help="text output: show findings from this severity up (default warning; "
                        "a count says how many are hidden)")
    _add_severity(p)
    _add_common(p)
    _add_reading(p)

    p = sub.add_parser("check", help="lint drafts against their sources before publication")
    p.add_argument("paths", nargs="+", metavar="DRAFT")
    p.add_argument("--sources", "-s", action="append", default=None, metavar="PATH",
                   help="source article or folder (repeatable; default from configuration)")
    p.add_argument("--config", default=None, help="configuration file to use")
    p.add_argument("--fail-on", choices=["error", "warning", "info", "never"], default=None)
    p.add_argument("--baseline", default=None, help="report only findings not in this baseline")
    p.add_argument("--write-baseline", default=None, metavar="FILE",
                   help="write the current findings as a baseline and exit 0")
    p.add_argument("--no-cache", action="store_true", help="do not read or write .quotecheck_cache")
    p.add_argument("--stdin-filename", default=None, metavar="NAME",
                   help="the name of the draft read from standard input (DRAFT '-'): its "
                        "format, configuration and per-file ignores")
    _add_severity(p)
    _add_common(p)
    _add_reading(p)

    p = sub.add_parser("show-config", help="print the resolved configuration and its origin")
    p.add_argument("paths", nargs="*", metavar="PATH", default=["."])
    p.add_argument("--config", default=None)

    p = sub.add_parser("rules", help="table of rule codes, names, severities and types")
    _add_common(p)
    p = sub.add_parser("rule", help="explain one rule: what, why, examples")
    p.add_argument("rule", metavar="CODE|NAME")
    _add_common(p)
    p = sub.add_parser("plugins", help="list loaded plugins with version and hooks")
    _add_common(p)
    from quotecheck.commands.archive import add_parser as add_archive_parser

    add_archive_parser(sub)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of the ``quotecheck`` command."""
    code = _main(argv)
    if argv is None and _is_program():
        _exit_now(code)
    return code


def _is_program() -> bool:
    """Whether this process is the ``quotecheck`` command itself (console script or
    ``python -m quotecheck``), not a program that calls :func:`main`."""
    import os

    spec = getattr(sys.modules.get("__main__"), "__spec__", None)
    if spec is not None:
        return spec.name == "quotecheck.__main__"
    name = os.path.basename(sys.argv[0] if sys.argv else "").lower()
    return name in ("quotecheck", "quotecheck.exe", "quotecheck-script.py")


def _exit_now(code: int) -> None:
    """End the process without the interpreter's teardown (freeing every object and module
    costs 10-20 ms of a pre-commit run): exit handlers run and output is flushed first. Falls
    back to a normal exit when another thread runs or the output cannot be flushed."""
    import os

    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:  # a closed pipe and the like: let the interpreter report it
        return
    import atexit

    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:
        pass
    os._exit(code if isinstance(code, int) else 1)


def _main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help(sys.stderr)
        return 2
    from quotecheck.app import Application
    from quotecheck.errors import QuotecheckError

    try:
        return Application(args).run()
    except QuotecheckError as exc:
        from quotecheck.report.terminal import visible

        print(f"quotecheck: error: {visible(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("quotecheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
