"""Plain, immutable records for articles and their paragraphs."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Paragraph:
    article_slug: str
    number: int  # 1-based position in the article body
    text: str

    @property
    def id(self) -> str:
        return f"{self.article_slug}-p{self.number}"


@dataclass(frozen=True, slots=True)
class Article:
    slug: str
    path: Path
    title: str
    paragraphs: tuple[Paragraph, ...]
    subtitle: str | None = None
    publisher: str | None = None
    site: str | None = None
    language: str = "en"
    date: str | None = None
    url: str | None = None
    captions: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one corpus file, phrased for the person who maintains the corpus."""

    path: Path
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path.name}:{self.line}" if self.line else self.path.name
        return f"{where}: {self.message}"
