"""Turning the raw paste of a news web page into headline, subtitle, body and captions.

The rules are about the *shape* of page chrome (short label-like lines, share buttons,
copyright footers, photo credits), never about one site's exact strings, so a paste from
another publisher cleans the same way.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright\b)|all rights reserved", re.IGNORECASE)
_COPYRIGHT_OWNER = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?(?P<owner>[^(©.,]+?)\s*(?:\((?P<site>[^)]+)\))?\s*[.,]",
    re.IGNORECASE,
)
# Photo credits as newsrooms write them: "Photo by X", "[Photo=X]", "Courtesy of X".
_PHOTO_CREDIT = re.compile(
    r"\b(?:photo|photograph|image|picture)s?\s*(?:by\b|=|:|courtesy\b|credit\b)"
    r"|\b(?:courtesy of|getty images|file photo)\b|\bphoto\s*[)\]]|\bbackground photo\b",
    re.IGNORECASE,
)
# Words that make a short line a button or a menu entry rather than prose.
_CHROME_WORDS = re.compile(
    r"\b(?:share|tweet|facebook|twitter|kakao\w*|linkedin|whatsapp|telegram|email|print|"
    r"subscribe|newsletter|follow us|join us|social|login|log in|sign in|sign up|menu|"
    r"close|text size|font size|top|comments?|related|most read|popular|advertisement|"
    r"ad|skip to|go to|coverage|read more|copy link|url)\b",
    re.IGNORECASE,
)
_DATE = re.compile(r"\b(20\d\d)[.\-/](\d{1,2})[.\-/](\d{1,2})\b")
_LATIN = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"\w+", re.UNICODE)

SHORT_LINE_WORDS = 8


def normalize_text(raw: str) -> str:
    """Unicode-normalize, unify line endings and drop invisible characters that break matching."""
    text = raw.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\u2060", "")
    return text


def split_blocks(text: str) -> list[tuple[int, str]]:
    """Blank-line separated blocks with the 1-based line they start on; inner lines are joined."""
    blocks: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(text.split("\n"), start=1):
        stripped = " ".join(line.split())
        if stripped:
            if not current:
                start = number
            current.append(stripped)
        elif current:
            blocks.append((start, " ".join(current)))
            current = []
    if current:
        blocks.append((start, " ".join(current)))
    return blocks


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text))


def is_chrome(block: str) -> bool:
    """A line that belongs to the page, not the story: labels, buttons, non-English widgets."""
    if not _LATIN.search(block):
        return True
    if re.fullmatch(r"[\w.\-]*_[\w.\-]*", block):  # template identifiers like "bar_progress"
        return True
    words = word_count(block)
    if words <= 3 and not ends_sentence(block):
        return True
    return words < SHORT_LINE_WORDS and bool(_CHROME_WORDS.search(block))


def is_caption(block: str) -> bool:
    return bool(_PHOTO_CREDIT.search(block))


@dataclass(frozen=True, slots=True)
class CleanPage:
    title: str
    subtitle: str | None
    body: tuple[tuple[int, str], ...]  # (line, paragraph)
    captions: tuple[str, ...]
    publisher: str | None
    site: str | None
    date: str | None


def parse_copyright(block: str) -> tuple[str | None, str | None]:
    match = _COPYRIGHT_OWNER.search(block)
    if not match:
        return None, None
    owner = match.group("owner").strip(" .,-")
    site = (match.group("site") or "").strip() or None
    return (owner or None), site


def _find_date(blocks: list[tuple[int, str]]) -> str | None:
    for _, block in blocks:
        match = _DATE.search(block)
        if match and word_count(block) < SHORT_LINE_WORDS * 2:
            year, month, day = (int(part) for part in match.groups())
            if 1 <= month <= 12 and 1 <= day <= 31:
                return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _strip_title_prefix(caption: str, title: str) -> str:
    # Sites often prefix a photo caption with the headline; the headline is not caption text.
    if caption.lower().startswith(title.lower()):
        return caption[len(title) :].strip(" -–—:|")
    return caption


def clean_page(text: str) -> CleanPage | None:
    """Find the story in a page paste; None when there is no headline and body to be found."""
    blocks = split_blocks(normalize_text(text))
    footer_at = next((i for i, (_, b) in enumerate(blocks) if _COPYRIGHT.search(b)), len(blocks))
    publisher = site = None
    if footer_at < len(blocks):
        publisher, site = parse_copyright(blocks[footer_at][1])
    story = [(line, block) for line, block in blocks[:footer_at] if not is_chrome(block)]
    if not story:
        return None
    title = story[0][1]
    rest = story[1:]
    subtitle = None
    if rest and not ends_sentence(rest[0][1]) and word_count(rest[0][1]) < 40:
        subtitle = rest[0][1]
        rest = rest[1:]
    body: list[tuple[int, str]] = []
    captions: list[str] = []
    for line, block in rest:
        if is_caption(block):
            captions.append(_strip_title_prefix(block, title))
        elif ends_sentence(block) or word_count(block) >= SHORT_LINE_WORDS:
            body.append((line, block))
    return CleanPage(
        title=title,
        subtitle=subtitle,
        body=tuple(body),
        captions=tuple(captions),
        publisher=publisher,
        site=site,
        date=_find_date(blocks),
    )
