"""One article's share of a build: parsed, attributed on its own, its terms counted.

This is the unit the cache keeps. Attribution reads each article independently
(ArticleReader has no state across articles); only the speaker registry joins them, and
that join (bot.buildcache.assemble) is cheap. Speaker terms added to the index depend on
that registry, so they are added at assembly too; the paragraph's own terms are counted here.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.corpus.models import Article, Problem
from bot.index.tokenize import tokenize
from bot.quotes.attribution import attribute_article
from bot.quotes.models import Quote, Speaker


@dataclass(frozen=True, slots=True)
class TermCounts:
    """Each paragraph's index terms counted, as flat columns grouped by paragraph."""

    vocabulary: tuple[str, ...]  # local term id -> term, in order of first use
    terms: np.ndarray  # int32 local term ids
    paragraphs: np.ndarray  # int32 paragraph position in the article, ascending
    counts: np.ndarray  # int32 occurrences of the term in the paragraph
    lengths: np.ndarray  # int32 terms per paragraph, repeats included

    @classmethod
    def of(cls, texts: list[str]) -> TermCounts:
        ids: dict[str, int] = {}
        terms: list[int] = []
        paragraphs: list[int] = []
        counts: list[int] = []
        lengths: list[int] = []
        for position, text in enumerate(texts):
            tokens = tokenize(text)
            lengths.append(len(tokens))
            frequencies = Counter(tokens)
            terms.extend(ids.setdefault(term, len(ids)) for term in frequencies)
            paragraphs.extend([position] * len(frequencies))
            counts.extend(frequencies.values())
        return cls(
            vocabulary=tuple(ids),
            terms=np.array(terms, dtype=np.int32),
            paragraphs=np.array(paragraphs, dtype=np.int32),
            counts=np.array(counts, dtype=np.int32),
            lengths=np.array(lengths, dtype=np.int32),
        )

    def terms_of(self, position: int, starts: np.ndarray) -> set[str]:
        """The distinct terms of one paragraph; `starts` is `paragraph_starts()`."""
        local = self.terms[starts[position] : starts[position + 1]]
        return {self.vocabulary[i] for i in local.tolist()}

    def paragraph_starts(self) -> np.ndarray:
        return np.searchsorted(self.paragraphs, np.arange(len(self.lengths) + 1))


@dataclass(frozen=True, slots=True)
class ArticlePiece:
    article: Article
    warnings: tuple[Problem, ...]
    quotes: tuple[Quote, ...]  # speaker names as this article alone gives them
    speakers: tuple[Speaker, ...]  # this article's speakers, `quotes` left empty
    quote_speakers: tuple[int, ...]  # per quote: its index in `speakers`, or -1
    counts: TermCounts


def read_piece(article: Article, warnings: list[Problem]) -> ArticlePiece:
    attributed = attribute_article(article)
    return ArticlePiece(
        article=article,
        warnings=tuple(warnings),
        quotes=attributed.quotes,
        speakers=attributed.speakers,
        quote_speakers=attributed.quote_speakers,
        counts=TermCounts.of([paragraph.text for paragraph in article.paragraphs]),
    )


@dataclass(frozen=True, slots=True)
class StoredPiece:
    """A piece as the cache file holds it: the records as they are, columns as bytes."""

    article: Article
    warnings: tuple[Problem, ...]
    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]
    quote_speakers: tuple[int, ...]
    vocabulary: tuple[str, ...]
    terms: bytes  # little-endian int32 columns
    paragraphs: bytes
    counts: bytes
    lengths: bytes


class DamagedPiece(ValueError):
    """A stored piece that does not hold together; the cache reads it as a miss."""


def _bytes(values: np.ndarray) -> bytes:
    return values.astype("<i4").tobytes()


def _column(raw: bytes, length: int | None = None) -> np.ndarray:
    if len(raw) % 4 or (length is not None and len(raw) // 4 != length):
        raise DamagedPiece("a column has the wrong length")
    return np.frombuffer(raw, dtype="<i4").astype(np.int32)


def to_stored(piece: ArticlePiece) -> StoredPiece:
    counts = piece.counts
    return StoredPiece(
        article=piece.article,
        warnings=piece.warnings,
        quotes=piece.quotes,
        speakers=piece.speakers,
        quote_speakers=piece.quote_speakers,
        vocabulary=counts.vocabulary,
        terms=_bytes(counts.terms),
        paragraphs=_bytes(counts.paragraphs),
        counts=_bytes(counts.counts),
        lengths=_bytes(counts.lengths),
    )


def from_stored(stored: StoredPiece, path: Path) -> ArticlePiece:
    """The piece for the file at `path`; DamagedPiece when its parts do not fit together.

    Every cross-reference is checked (term ids, paragraph positions, speaker indices), so
    that a damaged record fails here rather than as an IndexError in the middle of a build.
    """
    article = dataclasses.replace(stored.article, path=path)
    lengths = _column(stored.lengths, len(article.paragraphs))
    terms = _column(stored.terms)
    paragraphs = _column(stored.paragraphs, len(terms))
    counts = _column(stored.counts, len(terms))
    speakers = len(stored.speakers)
    if len(stored.quote_speakers) != len(stored.quotes) or any(
        not -1 <= number < speakers for number in stored.quote_speakers
    ):
        raise DamagedPiece("quote speakers do not fit")
    if len(terms) and (
        terms.min() < 0
        or terms.max() >= len(stored.vocabulary)
        or paragraphs.min() < 0
        or paragraphs.max() >= len(lengths)
        or np.any(np.diff(paragraphs) < 0)
        or counts.min() < 1
    ):
        raise DamagedPiece("term columns do not fit")
    return ArticlePiece(
        article=article,
        warnings=tuple(dataclasses.replace(w, path=path) for w in stored.warnings),
        quotes=stored.quotes,
        speakers=stored.speakers,
        quote_speakers=stored.quote_speakers,
        counts=TermCounts(stored.vocabulary, terms, paragraphs, counts, lengths),
    )
