"""BM25 index: rank-bm25 defines the scores; postings make computing them cheap.

rank-bm25's `get_scores` walks every document in Python on each query. We fit its model
once, turn its per-document term counts into postings (term -> documents, counts), and
evaluate the model's own formula with numpy over just the documents that share a term with
the query. Every operation is the same elementwise float64 arithmetic in the same order, so
the scores equal `get_scores` bit for bit on those documents; all other documents score the
same constant (the query's idf x delta) and cannot outrank a matching one.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np
from rank_bm25 import BM25Plus

# BM25Plus, not BM25Okapi: on a one-article corpus most words sit in half the paragraphs or
# more, where Okapi's idf is zero or negative (floored to epsilon x mean idf), so "minister"
# in 4 of 8 paragraphs would weigh nothing while "science" in all 8 weighs more, and a
# two-paragraph corpus scores everything 0. BM25Plus's idf, log((N+1)/df), is positive and
# falls monotonically with document frequency at every corpus size.
# k1=1.5 (term counts saturate slowly: paragraphs are short, a repeated term means
# something) and b=0.75 (the usual length normalization) are rank-bm25's defaults, which
# also suit paragraph-sized documents. delta=1 is added for every query term to every
# document by rank-bm25, so it shifts all scores equally and does not change rankings.
K1 = 1.5
B = 0.75
DELTA = 1.0


@dataclass(frozen=True, slots=True)
class Posting:
    documents: np.ndarray  # int64 document numbers, ascending
    counts: np.ndarray  # int64 term frequency in each of those documents


class SearchIndex:
    """An immutable BM25 index over tokenized documents."""

    def __init__(self, documents: Sequence[Sequence[str]]) -> None:
        if not documents:
            raise ValueError("cannot index an empty corpus")
        # rank-bm25 divides by the average length; an all-empty corpus would be 0/0.
        safe = [list(tokens) if tokens else [""] for tokens in documents]
        self.model = BM25Plus(safe, k1=K1, b=B, delta=DELTA)
        self.size = len(safe)
        doc_len = np.array(self.model.doc_len)
        model = self.model
        # Same expression as rank-bm25's get_scores, evaluated once for all documents.
        self._length_norm = model.k1 * (1 - model.b + model.b * doc_len / model.avgdl)
        self._postings = self._build_postings(model.doc_freqs)
        self.max_idf = math.log(self.size + 1)

    @staticmethod
    def _build_postings(doc_freqs: list[dict[str, int]]) -> dict[str, Posting]:
        docs: dict[str, list[int]] = {}
        counts: dict[str, list[int]] = {}
        for number, frequencies in enumerate(doc_freqs):
            for term, count in frequencies.items():
                if term in docs:
                    docs[term].append(number)
                    counts[term].append(count)
                else:
                    docs[term] = [number]
                    counts[term] = [count]
        return {
            term: Posting(np.array(docs[term], dtype=np.int64), np.array(counts[term], np.int64))
            for term in docs
        }

    def idf(self, term: str) -> float | None:
        """The model's idf of a term, or None for a term no document has."""
        return self.model.idf.get(term)

    def terms_of(self, document: int) -> Collection[str]:
        """The distinct terms a document was indexed with."""
        return self.model.doc_freqs[document].keys()

    def document_frequency(self, term: str) -> int:
        posting = self._postings.get(term)
        return 0 if posting is None else len(posting.documents)

    def score(self, query: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(documents sharing a query term, their BM25 scores), equal to get_scores there."""
        known = [term for term in query if term in self._postings]
        if not known:
            return np.empty(0, dtype=np.int64), np.empty(0)
        candidates = np.unique(np.concatenate([self._postings[t].documents for t in set(known)]))
        norm = self._length_norm[candidates]
        scores = np.zeros(len(candidates))
        model = self.model
        for term in query:
            posting = self._postings.get(term)
            if posting is None:
                continue  # rank-bm25 adds 0.0 for an unknown term: nothing to do
            q_freq = np.zeros(len(candidates), dtype=np.int64)
            q_freq[np.searchsorted(candidates, posting.documents)] = posting.counts
            scores += model.idf[term] * (model.delta + (q_freq * (model.k1 + 1)) / (norm + q_freq))
        return candidates, scores

    def top(self, query: Sequence[str], n: int = 10) -> list[tuple[int, float]]:
        """The n best (document, score) pairs, best first; ties go to the earlier document."""
        candidates, scores = self.score(query)
        if len(candidates) == 0 or n <= 0:
            return []
        if len(candidates) > n:
            # argpartition finds the n-th best score; keep every tie with it, then sort.
            threshold = scores[np.argpartition(-scores, n - 1)[n - 1]]
            keep = scores >= threshold
            candidates, scores = candidates[keep], scores[keep]
        order = np.lexsort((candidates, -scores))[:n]
        return [(int(candidates[i]), float(scores[i])) for i in order]
