"""Joining article pieces into one search index (their attribution is joined by
`bot.quotes.attribution.join`, the same step a build without the cache takes).

The index must be what a build from scratch gives: tests compare the two on every fixture.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from bot.buildcache.piece import ArticlePiece
from bot.index.bm25 import DELTA, K1, B, CountingBM25Plus, SearchIndex
from bot.knowledge import quoted_speaker_terms
from bot.quotes.attribution import Attribution

_EMPTY_DOCUMENT_TERM = ""  # what SearchIndex gives a paragraph without terms


class _PrecountedBM25Plus(CountingBM25Plus):
    """CountingBM25Plus fitted from columns already counted per article."""

    def _initialize(self, corpus: _Columns) -> dict[str, int]:  # type: ignore[override]
        self.term_ids = corpus.term_ids
        self.term_column = corpus.terms
        self.document_column = corpus.documents
        self.count_column = corpus.counts
        self.doc_len = corpus.lengths.tolist()
        self.corpus_size = len(corpus.lengths)
        self.avgdl = int(corpus.lengths.sum()) / self.corpus_size
        frequencies = np.bincount(corpus.terms, minlength=len(corpus.term_ids))
        return dict(zip(corpus.term_ids, frequencies.tolist(), strict=True))


@dataclass(frozen=True, slots=True)
class _Columns:
    term_ids: dict[str, int]
    terms: np.ndarray
    documents: np.ndarray
    counts: np.ndarray
    lengths: np.ndarray


@dataclass(frozen=True, slots=True)
class _Additions:
    """Speaker terms added to an article's paragraphs, and what they were derived from."""

    speakers: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]
    positions: list[int]  # paragraph of each added term
    terms: list[str]


@dataclass(frozen=True, slots=True)
class _Indexed:
    """A piece's columns in the process-wide numbering, additions included, sorted by
    paragraph: what it contributes to the index while it and its additions stay."""

    piece: ArticlePiece
    additions: _Additions
    own_terms: np.ndarray  # the piece's own terms, numbered, before additions
    terms: np.ndarray
    paragraphs: np.ndarray
    counts: np.ndarray
    lengths: np.ndarray


class IndexAssembler:
    """Builds the search index from pieces, remembering per piece what the next build can
    reuse: its terms numbered in a process-wide table, and its speaker-term additions
    while the speakers they came from are unchanged. A reload after one edited article
    then only concatenates, counts and sorts."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}  # only grows: numbers stay valid across builds
        self._indexed: dict[int, _Indexed] = {}  # by id() of the piece, which it holds

    def build(self, pieces: Sequence[ArticlePiece], attribution: Attribution) -> SearchIndex:
        model = _PrecountedBM25Plus(self._columns(pieces, attribution), k1=K1, b=B, delta=DELTA)
        return SearchIndex.from_model(model)

    def _numbers_of(self, terms: Sequence[str]) -> np.ndarray:
        # Most terms are known already: new ones are numbered first, then every term is
        # mapped in one C-level pass.
        ids = self._ids
        new = [term for term in dict.fromkeys(terms) if term not in ids]
        ids.update(zip(new, range(len(ids), len(ids) + len(new)), strict=True))
        return np.fromiter(map(ids.__getitem__, terms), np.int32, len(terms))

    def _additions_for(
        self, piece: ArticlePiece, attribution: Attribution, known: _Additions | None
    ) -> _Additions:
        speakers = []
        for quote in piece.quotes:
            speaker = attribution.speaker(quote.speaker)
            if speaker is not None:
                speakers.append((speaker.name, speaker.aliases, speaker.roles))
        derived_from = tuple(dict.fromkeys(speakers))
        if known is not None and known.speakers == derived_from:
            return known
        counts = piece.counts
        positions: list[int] = []
        terms: list[str] = []
        starts = counts.paragraph_starts()
        for position, paragraph in enumerate(piece.article.paragraphs):
            if not attribution.quotes_in(paragraph.id) and counts.lengths[position]:
                continue
            present = counts.terms_of(position, starts)
            added = quoted_speaker_terms(paragraph.id, attribution, present)
            if not added and not counts.lengths[position]:
                added = [_EMPTY_DOCUMENT_TERM]
            terms.extend(added)
            positions.extend([position] * len(added))
        return _Additions(derived_from, positions, terms)

    def _index_piece(self, piece: ArticlePiece, attribution: Attribution) -> _Indexed:
        known = self._indexed.get(id(piece))
        if known is not None and known.piece is not piece:
            known = None
        additions = self._additions_for(piece, attribution, known and known.additions)
        if known is not None and known.additions is additions:
            return known
        local = piece.counts
        if known is not None:
            own_terms = known.own_terms
        else:
            to_global = self._numbers_of(local.vocabulary)
            own_terms = to_global[local.terms] if len(local.terms) else local.terms
        terms, paragraphs, counts, lengths = (
            own_terms,
            local.paragraphs,
            local.counts,
            local.lengths,
        )
        if additions.terms:
            positions = np.array(additions.positions, dtype=np.int32)
            terms = np.concatenate([terms, self._numbers_of(additions.terms)])
            paragraphs = np.concatenate([paragraphs, positions])
            counts = np.concatenate([counts, np.ones(len(positions), np.int32)])
            lengths = lengths + np.bincount(positions, minlength=len(lengths)).astype(np.int32)
            # Back in paragraph order, which the index's postings need.
            order = np.argsort(paragraphs, kind="stable")
            terms, paragraphs, counts = terms[order], paragraphs[order], counts[order]
        return _Indexed(piece, additions, own_terms, terms, paragraphs, counts, lengths)

    def _columns(self, pieces: Sequence[ArticlePiece], attribution: Attribution) -> _Columns:
        indexed = [self._index_piece(piece, attribution) for piece in pieces]
        self._indexed = {id(item.piece): item for item in indexed}
        offsets = np.cumsum([0, *(len(item.lengths) for item in indexed)])[:-1]
        documents = [
            item.paragraphs + offset for item, offset in zip(indexed, offsets, strict=True)
        ]
        return self._compact(
            np.concatenate([item.terms for item in indexed]),
            np.concatenate(documents),
            np.concatenate([item.counts for item in indexed]),
            np.concatenate([item.lengths for item in indexed]),
        )

    def _compact(
        self, terms: np.ndarray, documents: np.ndarray, counts: np.ndarray, lengths: np.ndarray
    ) -> _Columns:
        """Columns over only the terms this corpus has, renumbered densely, sorted by term
        with each term's documents ascending (what the index's postings are cut from)."""
        frequencies = np.bincount(terms, minlength=len(self._ids))
        present = frequencies > 0
        renumber = (np.cumsum(present) - 1).astype(np.int32)
        terms = renumber[terms]
        term_ids = {t: int(renumber[i]) for t, i in self._ids.items() if present[i]}
        # A stable sort by term keeps each term's documents in order: by document within
        # a piece (additions included), by position across pieces. Stable sorts of 16-bit
        # keys are radix sorts, ten times faster than of 32-bit ones.
        key = terms.astype(np.uint16) if len(term_ids) <= 1 << 16 else terms
        by_term = np.argsort(key, kind="stable")
        return _Columns(
            term_ids=term_ids,
            terms=terms[by_term],
            documents=documents[by_term].astype(np.int32, copy=False),
            counts=counts[by_term],
            lengths=lengths,
        )
