"""Subcommands: each module runs one command for the application object."""
