"""Plugins: the hooks, how plugins are found and loaded, and one run of the check hooks.

Takes the built-in plugins, the ``quotecheck`` entry-point group and plugin folders and gives
a plugin manager (:func:`quotecheck.plugins.manager.get_plugin_manager`) whose failures are
reported by plugin name. :mod:`~quotecheck.plugins.hookspecs` declares every hook;
:func:`quotecheck.plugins.run.run_checks` calls the check hooks of a run. Plugin authors
import ``hookimpl`` from :mod:`quotecheck`.
"""
