"""ZWNJ restoration (placeholder until the restorer lands: changes nothing)."""
from __future__ import annotations

from .document import EditMap


def restore(text: str) -> tuple[str, EditMap]:
    return text, EditMap(())
