"""Mojibake repair: text that went through the wrong encoding ("itâ€™s" for "it’s")."""

from __future__ import annotations

import ftfy


def repair_mojibake(text: str) -> tuple[str, bool]:
    """The text with mis-decoded runs decoded right, and whether anything was repaired.

    Only ftfy's encoding fix: its other fixes (straight quotes, width, ligatures) would
    change text that is not broken, and quotes are found by their curly marks."""
    fixed = ftfy.fix_encoding_and_explain(text)
    return fixed.text, bool(fixed.explanation)
