"""Rule packs shipped with quotecheck (TOML files; this package only locates them)."""
