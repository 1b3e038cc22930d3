"""Discord's size limits, and cutting text to fit them at a sentence where possible."""

from __future__ import annotations

import re

EMBED_TITLE = 256
EMBED_DESCRIPTION = 4096
EMBED_FIELD_NAME = 256
EMBED_FIELD_VALUE = 1024
EMBED_FOOTER = 2048
EMBED_TOTAL = 6000
MESSAGE_CONTENT = 2000
AUTOCOMPLETE_CHOICES = 25
CHOICE_NAME = 100
ELLIPSIS = "…"

_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s")


def fit(text: str, limit: int) -> str:
    """`text` if it fits, else cut at the last sentence end (or word) that fits, plus "…"."""
    if len(text) <= limit:
        return text
    room = limit - len(ELLIPSIS)
    head = text[:room]
    ends = [match.end() for match in _SENTENCE_END.finditer(head + " ")]
    if ends and ends[-1] > room // 3:
        cut = head[: ends[-1]].rstrip()
    else:
        space = head.rfind(" ")
        cut = head[:space].rstrip() if space > room // 3 else head
    return cut + ELLIPSIS
