"""Sentence boundaries in news prose: abbreviation-aware, never inside a quotation."""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof sen rep gov gen lt col capt sgt st jr sr inc ltd co corp vs etc no nos
    fig jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx dept univ assn est e.g
    i.e u.s u.k u.n a.m p.m rev fr msgr del sens reps adm cmdr maj pres amb supt
    """.split()
)
# Initials written with periods: "A.E. Tamsin Rowe", "G.K. Oduya".
_DOTTED_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")


_WORD_BEFORE_PERIOD = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_QUOTE_MARKS = re.compile(r'["“”]')
_LONGEST_ABBREVIATION = 12


def _is_abbreviation(text: str, period: int) -> bool:
    match = _WORD_BEFORE_PERIOD.search(text, max(0, period - _LONGEST_ABBREVIATION), period)
    if not match:
        return False
    word = match.group(1).lower().rstrip(".")
    # initials: "J. Smith", "A.E. Rowe"
    return word in _ABBREVIATIONS or len(word) == 1 or bool(_DOTTED_INITIALS.fullmatch(word))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, covering the text without leading/trailing spaces."""
    marks = [(m.start(), m.group(0)) for m in _QUOTE_MARKS.finditer(text)]
    counted = straight = opened = closed = 0  # quote marks before the boundary, kept running
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if text[match.start()] == "." and _is_abbreviation(text, match.start()):
            continue
        # Boundaries come in text order, so the marks before each are counted once in all:
        # a paragraph of thousands of quotes stays linear.
        while counted < len(marks) and marks[counted][0] < end:
            mark = marks[counted][1]
            straight += mark == '"'
            opened += mark == "“"
            closed += mark == "”"
            counted += 1
        if straight % 2 == 1 or opened > closed:  # inside a quotation
            continue
        spans.append((start, end))
        start = end
    if text[start:].strip():
        spans.append((start, len(text)))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
