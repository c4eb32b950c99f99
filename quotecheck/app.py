"""The application object: holds the parsed options and runs one command.

Each command lives in ``quotecheck.commands.<name>`` and exposes ``run(app) -> int``; they
are imported only when used so that ``quotecheck check`` starts fast.
"""
from __future__ import annotations

import importlib
import sys
from typing import Any, TextIO

_COMMAND_MODULES = {
    "quotes": "quotes",
    "compare": "compare",
    "check": "check",
    "show-config": "show_config",
    "rules": "rules",
    "rule": "rules",
    "plugins": "rules",
    "archive": "archive",
}


class Application:
    """Runs one command with the options the CLI parsed."""

    def __init__(self, options: Any, stdout: TextIO | None = None, stderr: TextIO | None = None):
        self.options = options
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr

    def option(self, name: str, default: Any = None) -> Any:
        return getattr(self.options, name, default)

    def warn(self, message: str) -> None:
        """A one-line notice on stderr (not an error: the run goes on); control characters
        (from file names, plugin messages) are shown, never sent to the terminal."""
        from quotecheck.report.terminal import visible

        print(f"quotecheck: {visible(message)}", file=self.stderr)

    def progress(self, message: str) -> None:
        if not self.option("quiet") and self.stderr.isatty():
            print(f"\r{message}", end="", file=self.stderr, flush=True)

    def run(self) -> int:
        command = self.options.command
        module = importlib.import_module(f"quotecheck.commands.{_COMMAND_MODULES[command]}")
        return module.run(self)
