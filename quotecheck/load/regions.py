"""Reading a document's furniture regions: in view offsets, and as a mask over the view that
later stages use to read body text only (kinds: :mod:`quotecheck.load.furniture`)."""
from __future__ import annotations

from typing import Optional

from quotecheck.model import Document


def regions_in_view(doc: Document, kinds: Optional[frozenset] = None) -> list:
    """``(kind, start, end)`` of ``doc``'s furniture in view offsets (only ``kinds`` if given)."""
    view = doc.view
    out = []
    for kind, o0, o1 in getattr(doc, "regions", ()) or ():
        if kinds is None or kind in kinds:
            out.append((kind, view.from_original(o0), view.from_original(o1)))
    return out


def body_mask(doc: Document, keep: frozenset = frozenset()) -> bytearray:
    """One byte per character of ``doc.view.text``: 1 where the character is furniture
    (kinds in ``keep`` count as body)."""
    return mark_furniture(bytearray(len(doc.view.text)), doc, keep)


def mark_furniture(mask: bytearray, doc: Document, keep: frozenset = frozenset()) -> bytearray:
    """Set ``mask`` (one byte per view character) to 1 over ``doc``'s furniture; returns it."""
    for kind, s, e in regions_in_view(doc):
        e = min(e, len(mask))
        if kind not in keep and e > s:
            mask[s:e] = b"\x01" * (e - s)
    return mask
