"""Placeholder: the entities stage has not landed yet; it finds nothing."""
from __future__ import annotations


def annotate(document) -> None:
    return None
