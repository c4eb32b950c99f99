"""Errors the user can act on: each names the file (and line and key where known).

The CLI prints them as one line and exits with status 2; the library raises or collects
them so that other inputs of the same run are not lost.
"""
from __future__ import annotations

from typing import Optional


class QuotecheckError(Exception):
    """Base class of every error quotecheck reports to the user."""

    def __init__(self, message: str, path: Optional[str] = None, line: Optional[int] = None,
                 key: Optional[str] = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.key = key

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = str(self.path)
            if self.line:
                where += f":{self.line}"
            where += ": "
        key = f"{self.key}: " if self.key else ""
        return f"{where}{key}{self.message}"


class InputError(QuotecheckError):
    """A document or path that cannot be read."""


class ConfigError(QuotecheckError):
    """A configuration file, manifest or rule file that is invalid."""


class UsageError(QuotecheckError):
    """Command-line arguments that do not make sense together."""


class PluginError(QuotecheckError):
    """A plugin that failed to load or raised."""
