"""Where the quotation marks are: direct-quote spans and single-quoted titles in a paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE_QUOTE_MARK = re.compile(r'["“”]')
_NOT_SPACE = re.compile(r"\S")  # \s is str.isspace(), so mask() keeps exactly the spaces
# The same for ASCII text in one translate() pass: every non-space character becomes "_".
_ASCII_MASK = str.maketrans(
    {chr(code): chr(code) if chr(code).isspace() else "_" for code in range(128)}
)
_OPENERS = {'"', "“"}
_CLOSERS = {'"', "”"}
# A single-quoted title ('2031 Harbour Arts Week'): the opening mark follows a space or an
# opening bracket, so apostrophes inside words (Korea's, don't) never start one.
_SINGLE_QUOTED = re.compile(r"(?<![\w'’])['‘](?=\S)(?P<inner>[^'‘’\n]+?)(?<=\S)['’](?![\w])")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    start: int  # index of the opening mark
    end: int  # index just past the closing mark, or the end of the paragraph when unclosed
    closed: bool

    @property
    def inner_start(self) -> int:
        return self.start + 1

    @property
    def inner_end(self) -> int:
        return self.end - 1 if self.closed else self.end


def has_quote_marks(text: str) -> bool:
    # Three substring tests beat one regex scan: this runs on every paragraph.
    return '"' in text or "“" in text or "”" in text


def double_quote_spans(text: str) -> list[QuoteSpan]:
    """Pair opening and closing double quotes, straight or curly, in reading order."""
    spans: list[QuoteSpan] = []
    opened_at: int | None = None
    for match in _DOUBLE_QUOTE_MARK.finditer(text):
        index, char = match.start(), match.group(0)
        if opened_at is None:
            if char in _OPENERS:
                opened_at = index
        elif char in _CLOSERS or _closes_as_typed(text, index):
            spans.append(QuoteSpan(opened_at, index + 1, closed=True))
            opened_at = None
    if opened_at is not None:
        spans.append(QuoteSpan(opened_at, len(text), closed=False))
    return spans


def _closes_as_typed(text: str, index: int) -> bool:
    """`…for her here,“ said X`: an opening curly mark typed where the closing one belongs,
    right after a word or punctuation and before a space, can open nothing."""
    after = text[index + 1 : index + 2]
    return index > 0 and not text[index - 1].isspace() and (not after or after.isspace())


def single_quoted_spans(text: str) -> list[tuple[int, int]]:
    if "'" not in text and "‘" not in text:  # the pattern's lookbehind makes its scan slow
        return []
    return [(match.start(), match.end()) for match in _SINGLE_QUOTED.finditer(text)]


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    """Blank out spans with "_" while keeping every other character at its index."""
    # One pass over the spans in text order, joined once: rebuilding the whole text per
    # span made a paragraph of thousands of quotes quadratic. Spans may overlap (a title
    # inside a quote); the part of a span already blanked is skipped.
    parts: list[str] = []
    done = 0
    for start, end in sorted(spans):
        start = max(start, done)
        if end <= start:
            continue
        span = text[start:end]
        parts.append(text[done:start])
        parts.append(span.translate(_ASCII_MASK) if span.isascii() else _NOT_SPACE.sub("_", span))
        done = end
    parts.append(text[done:])
    return "".join(parts)
