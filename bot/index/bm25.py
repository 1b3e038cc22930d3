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
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import repeat

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
# Up to this many documents to score (or postings to look up), numpy's cost per call
# outweighs its arithmetic: a small corpus, or a question with only rare words.
FEW_DOCUMENTS = 32
COUNT_DICTS = 8192  # short postings kept as dicts at most (of the terms questions use)


class CountingBM25Plus(BM25Plus):
    """rank-bm25's BM25Plus, fitted without its per-document dictionaries.

    rank-bm25 keeps a dict of term counts per document, walked by `get_scores`, which this
    index replaces. Here the same counts go straight into flat int32 arrays (term id,
    document, count), counted by `Counter` in C: at 100k paragraphs the dicts were the
    peak of a reload's memory and their Python loop a fifth of its time. The document
    frequencies, lengths and average length are the library's own (tests compare them),
    so are its idf values and scores; `doc_freqs` stays empty.
    """

    def _initialize(self, corpus: Iterable[Sequence[str]]) -> dict[str, int]:
        self.term_ids: dict[str, int] = {}  # in order of first use, as rank-bm25's idf
        self.term_column = array("i")
        self.document_column = array("i")
        self.count_column = array("i")
        document_frequency: Counter[str] = Counter()
        words = 0
        term_ids = self.term_ids
        for document in corpus:
            self.doc_len.append(len(document))
            words += len(document)
            frequencies = Counter(document)
            document_frequency.update(frequencies.keys())
            self.term_column.extend([term_ids.setdefault(t, len(term_ids)) for t in frequencies])
            self.document_column.extend(repeat(self.corpus_size, len(frequencies)))
            self.count_column.extend(frequencies.values())
            self.corpus_size += 1
        self.avgdl = words / self.corpus_size
        return dict(document_frequency)


@dataclass(frozen=True, slots=True)
class Posting:
    documents: np.ndarray  # int32 document numbers, ascending
    counts: np.ndarray  # int32 term frequency in each of those documents

    def __len__(self) -> int:
        return len(self.documents)


class SearchIndex:
    """An immutable BM25 index over tokenized documents."""

    def __init__(self, documents: Iterable[Sequence[str]]) -> None:
        """Index documents given as token lists; an iterator is read once and not kept."""
        # An empty document becomes [""]: rank-bm25 divides by the average length, and an
        # all-empty corpus would be 0/0. "" is never a query term, so it matches nothing.
        try:
            model = CountingBM25Plus(
                (tokens or [""] for tokens in documents), k1=K1, b=B, delta=DELTA
            )
        except ZeroDivisionError:  # rank-bm25's average length of no documents
            raise ValueError("cannot index an empty corpus") from None
        self._fit(model)

    @classmethod
    def from_model(cls, model: CountingBM25Plus) -> SearchIndex:
        """An index over a model fitted elsewhere (bot.buildcache counts once per article)."""
        index = cls.__new__(cls)
        index._fit(model)
        return index

    def _fit(self, model: CountingBM25Plus) -> None:
        self.size = model.corpus_size
        doc_len = np.array(model.doc_len)
        # Same expression as rank-bm25's get_scores, evaluated once for all documents.
        self._length_norm = model.k1 * (1 - model.b + model.b * doc_len / model.avgdl)
        self._postings = self._build_postings(model)
        self.model = model
        self._max_impact = {
            term: self._impact_bound(term, posting) for term, posting in self._postings.items()
        }
        self.max_idf = math.log(self.size + 1)
        # Short postings as dicts (document -> count), made when first looked up: a few
        # thousand terms, the ones questions use, not the whole vocabulary.
        self._count_dicts: dict[str, dict[int, int]] = {}

    @staticmethod
    def _build_postings(model: CountingBM25Plus) -> dict[str, Posting]:
        # One stable sort of the flat columns by term: a few bytes per (term, document)
        # pair, documents still ascending within each term.
        term_array = np.frombuffer(model.term_column, dtype=np.int32)
        order = np.argsort(term_array, kind="stable")
        sorted_documents = np.frombuffer(model.document_column, dtype=np.int32)[order]
        sorted_counts = np.frombuffer(model.count_column, dtype=np.int32)[order]
        bounds = np.searchsorted(term_array[order], np.arange(len(model.term_ids) + 1))
        # The sorted copies hold every count now; the columns go before the index lives on.
        model.term_column = model.document_column = model.count_column = array("i")
        return {
            term: Posting(
                sorted_documents[bounds[term_id] : bounds[term_id + 1]],
                sorted_counts[bounds[term_id] : bounds[term_id + 1]],
            )
            for term, term_id in model.term_ids.items()
        }

    def _impact_bound(self, term: str, posting: Posting) -> float:
        """The most a term adds to any document above idf x delta, rounded up a hair."""
        model = self.model
        counts = posting.counts.astype(np.float64)
        impact = counts * (model.k1 + 1) / (self._length_norm[posting.documents] + counts)
        return float(model.idf[term] * impact.max()) * (1 + 1e-9)

    def idf(self, term: str) -> float | None:
        """The model's idf of a term, or None for a term no document has."""
        return self.model.idf.get(term)

    def vocabulary(self) -> Iterable[str]:
        """Every term some document has."""
        return self._postings.keys()

    def contains(self, document: int, term: str) -> bool:
        """Whether a document was indexed with the term."""
        posting = self._postings.get(term)
        if posting is None:
            return False
        position = int(np.searchsorted(posting.documents, document))
        return position < len(posting.documents) and int(posting.documents[position]) == document

    def terms_held(self, documents: Sequence[int], terms: Iterable[str]) -> list[set[str]]:
        """For each of a few documents, the terms it was indexed with, added in the order
        given; one pass per term over all the documents, not one search per document."""
        held: list[set[str]] = [set() for _ in documents]
        wanted = list(documents)
        for term in terms:
            posting = self._postings.get(term)
            if posting is None or not wanted:
                continue
            for number, count in enumerate(self._counts(term, posting, wanted)):
                if count:
                    held[number].add(term)
        return held

    def document_frequency(self, term: str) -> int:
        posting = self._postings.get(term)
        return 0 if posting is None else len(posting.documents)

    def score(self, query: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(documents sharing a query term, their BM25 scores), equal to get_scores there."""
        known = {term for term in query if term in self._postings}
        if not known:
            return np.empty(0, dtype=np.int32), np.empty(0)
        candidates = np.unique(np.concatenate([self._postings[t].documents for t in known]))
        return candidates, self._score_documents(query, candidates)

    def _score_documents(self, query: Sequence[str], documents: np.ndarray) -> np.ndarray:
        """rank-bm25's formula, term by term in query order, for the given documents."""
        if len(documents) <= FEW_DOCUMENTS:
            return np.array(self._score_few(query, documents.tolist()))
        norm = self._length_norm[documents]
        scores = np.zeros(len(documents))
        model = self.model
        for term in query:
            posting = self._postings.get(term)
            if posting is None:
                continue  # rank-bm25 adds 0.0 for an unknown term: nothing to do
            where = np.minimum(np.searchsorted(posting.documents, documents), len(posting) - 1)
            # The count where the document has the term, else 0 (int32: converted to
            # float64 exactly, as rank-bm25's ints are).
            q_freq = posting.counts[where] * (posting.documents[where] == documents)
            scores += model.idf[term] * (model.delta + (q_freq * (model.k1 + 1)) / (norm + q_freq))
        return scores

    def _score_few(self, query: Sequence[str], documents: list[int]) -> list[float]:
        """The same formula in Python floats: the same IEEE operations in the same order,
        so the same scores bit for bit, without numpy's cost per call on a few numbers."""
        model = self.model
        norms = [float(self._length_norm[document]) for document in documents]
        scores = [0.0] * len(documents)
        for term in query:
            posting = self._postings.get(term)
            if posting is None:
                continue
            idf = model.idf[term]
            counts = self._counts(term, posting, documents)
            for number, (q_freq, norm) in enumerate(zip(counts, norms, strict=True)):
                scores[number] += idf * (model.delta + (q_freq * (model.k1 + 1)) / (norm + q_freq))
        return scores

    def _counts(self, term: str, posting: Posting, documents: list[int]) -> list[int]:
        """The term's count in each of a few documents (0 where absent)."""
        if len(posting) <= FEW_DOCUMENTS:
            count_of = self._count_dicts.get(term) or self._count_dict(term, posting)
            return [count_of.get(document, 0) for document in documents]
        wanted = np.array(documents, dtype=np.int32)
        where = np.minimum(posting.documents.searchsorted(wanted), len(posting) - 1)
        return (posting.counts[where] * (posting.documents[where] == wanted)).tolist()

    def _count_dict(self, term: str, posting: Posting) -> dict[int, int]:
        if len(self._count_dicts) >= COUNT_DICTS:
            # A new dict, never clear(): a lookup midway on another thread keeps its own.
            self._count_dicts = {}
        count_of = dict(zip(posting.documents.tolist(), posting.counts.tolist(), strict=True))
        self._count_dicts[term] = count_of
        return count_of

    def top(self, query: Sequence[str], n: int = 10) -> list[tuple[int, float]]:
        """The n best (document, score) pairs, best first; ties go to the earlier document.

        MaxScore pruning: every document gets idf x delta for each query term, and a term
        adds at most its largest impact (precomputed) on top. Score the documents holding
        the rarest terms first to learn a score the n-th best must reach; the terms whose
        impacts together cannot lift any other document to that score need not bring in
        their documents. Scores are still rank-bm25's, computed in full, in query order.
        """
        if n <= 0:
            return []
        known = [term for term in query if term in self._postings]
        if not known:
            return []
        model = self.model
        rarest_first = sorted(set(known), key=self.document_frequency)
        bound = {t: self._max_impact[t] * known.count(t) for t in rarest_first}
        baseline = sum(model.idf[t] * model.delta for t in known)
        # The essential terms: the rarest ones, until at least n documents hold one.
        essential, held = 0, 0
        while essential < len(rarest_first) and held < n:
            held += self.document_frequency(rarest_first[essential])
            essential += 1
        candidates = self._documents_with(rarest_first[:essential])
        scores = self._score_documents(query, candidates)
        if essential < len(rarest_first) and len(candidates) >= n:
            # Margin: ties with the n-th best must be scored, never pruned by rounding.
            reach = np.partition(scores, len(scores) - n)[len(scores) - n] - baseline
            reach -= 1e-9 * abs(reach) + 1e-12
            rest = sum(bound[t] for t in rarest_first[essential:])
            needed = essential
            while needed < len(rarest_first) and rest >= reach:
                rest -= bound[rarest_first[needed]]
                needed += 1
            if needed > essential:
                candidates = self._documents_with(rarest_first[:needed])
                scores = self._score_documents(query, candidates)
        elif essential < len(rarest_first):
            candidates = self._documents_with(rarest_first)
            scores = self._score_documents(query, candidates)
        if len(candidates) > n:
            threshold = np.partition(scores, len(scores) - n)[len(scores) - n]
            keep = scores >= threshold  # every tie with the n-th best, then sort
            candidates, scores = candidates[keep], scores[keep]
        order = np.lexsort((candidates, -scores))[:n]
        return [(int(candidates[i]), float(scores[i])) for i in order]

    def _documents_with(self, terms: Sequence[str]) -> np.ndarray:
        if len(terms) == 1:
            return self._postings[terms[0]].documents
        return np.unique(np.concatenate([self._postings[t].documents for t in terms]))
