"""A sample third-party quotecheck plugin: the ``all-caps`` rule type, rule EX101, ``tsv``."""
__version__ = "0.2.0"
