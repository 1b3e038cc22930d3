from __future__ import annotations

import random

import numpy as np
import pytest
from rank_bm25 import BM25Plus

from bot.index import bm25
from bot.index.bm25 import DELTA, K1, B, CountingBM25Plus, SearchIndex
from bot.index.tokenize import tokenize
from bot.knowledge import Knowledge, index_terms


def full_scan_top(model: BM25Plus, query: list[str], n: int) -> list[int]:
    scores = model.get_scores(query)
    return [int(i) for i in np.lexsort((np.arange(len(scores)), -scores))[:n]]


def reference(documents: list[list[str]]) -> BM25Plus:
    """A plain rank-bm25 model of the same documents, fitted independently of the index."""
    return BM25Plus([d or [""] for d in documents], k1=K1, b=B, delta=DELTA)


def assert_same_as_full_scan(index: SearchIndex, model: BM25Plus, query: list[str]) -> None:
    documents, scores = index.score(query)
    full = model.get_scores(query)
    assert np.array_equal(full[documents], scores)  # bit for bit
    others = np.setdiff1d(np.arange(index.size), documents)
    if len(others):
        assert np.all(full[others] == full[others][0])
        assert len(documents) == 0 or full[others][0] < scores.min()
    top = [doc for doc, _ in index.top(query, 10)]
    assert top == full_scan_top(model, query, 10)[: len(top)]


def random_corpus(seed: int, size: int) -> list[list[str]]:
    rng = random.Random(seed)
    vocabulary = [f"w{i}" for i in range(500)]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]  # Zipf-like
    return [rng.choices(vocabulary, weights, k=rng.randint(3, 80)) for _ in range(size)]


@pytest.mark.parametrize(("seed", "size"), [(1, 1), (2, 2), (3, 7), (4, 300), (5, 3000)])
def test_scores_equal_rank_bm25_on_random_corpora(seed: int, size: int) -> None:
    documents = random_corpus(seed, size)
    index, model = SearchIndex(documents), reference(documents)
    rng = random.Random(seed + 100)
    vocabulary = sorted({t for d in documents for t in d})
    for _ in range(40):
        query = rng.choices([*vocabulary, "unknown"], k=rng.randint(1, 7))
        assert_same_as_full_scan(index, model, query)


@pytest.mark.parametrize(("few", "dicts"), [(0, 8192), (10**9, 8192), (10**9, 1)])
def test_numpy_and_python_scoring_both_equal_rank_bm25(
    monkeypatch: pytest.MonkeyPatch, few: int, dicts: int
) -> None:
    """Few documents are scored in Python floats, many with numpy: each path alone, forced
    on every query, must give rank-bm25's scores bit for bit (also when the short postings
    kept as dicts are dropped at every lookup)."""
    monkeypatch.setattr(bm25, "FEW_DOCUMENTS", few)
    monkeypatch.setattr(bm25, "COUNT_DICTS", dicts)
    documents = random_corpus(6, 400)
    index, model = SearchIndex(documents), reference(documents)
    rng = random.Random(106)
    vocabulary = sorted({t for d in documents for t in d})
    for _ in range(40):
        query = rng.choices([*vocabulary, "unknown"], k=rng.randint(1, 7))
        assert_same_as_full_scan(index, model, query)
        found = [doc for doc, _ in index.top(query, 20)]
        held = [{t for t in dict.fromkeys(query) if t in documents[doc]} for doc in found]
        assert index.terms_held(found, dict.fromkeys(query)) == held


def test_scores_equal_rank_bm25_on_the_real_corpus(seed_knowledge: Knowledge) -> None:
    attribution = seed_knowledge.attribution
    model = reference([index_terms(p, attribution) for p in seed_knowledge.paragraphs])
    for question in [
        "keynote speech",
        "science minister AI",
        "research security OECD Japan",
        "multilateral cooperation basic science science science",
        "quantum biotechnology",
        "nothing matches zebra",
    ]:
        assert_same_as_full_scan(seed_knowledge.index, model, tokenize(question, question=True))


def test_two_paragraph_corpus_still_ranks() -> None:
    # rank-bm25's BM25Okapi scores every document 0 on a two-document corpus.
    index = SearchIndex([tokenize("solar farm approved"), tokenize("council budget vote")])
    assert [doc for doc, _ in index.top(tokenize("solar"), 2)] == [0]


def test_idf_falls_with_document_frequency_on_a_small_corpus() -> None:
    texts = ["minister science a", "minister science b", "science c", "science d", "e"]
    index = SearchIndex([tokenize(t) for t in texts])
    # "minister" in 2 of 5 must weigh more than "science" in 4 of 5, and both more than 0.
    assert index.idf("minist") > index.idf("scienc") > 0


def test_common_word_does_not_outrank_a_rare_one_on_the_seed(seed_knowledge: Knowledge) -> None:
    index = seed_knowledge.index
    assert (
        index.idf("keynot") > index.idf("ministri") > index.idf("cooper") > index.idf("scienc") > 0
    )


def test_empty_documents_and_empty_query() -> None:
    index = SearchIndex([[], tokenize("something here")])
    assert index.top([], 5) == []
    assert [doc for doc, _ in index.top(tokenize("something"), 5)] == [1]
    with pytest.raises(ValueError):
        SearchIndex([])


def test_contains_matches_the_documents_terms() -> None:
    documents = random_corpus(9, 200)
    index = SearchIndex(documents)
    for number, document in enumerate(documents[:50]):
        for term in {*document, "w499", "unknown"}:
            assert index.contains(number, term) == (term in document)


@pytest.mark.parametrize(("seed", "size"), [(6, 1), (7, 50), (8, 2000)])
def test_counting_model_is_rank_bm25s_model(seed: int, size: int) -> None:
    documents = [d or [""] for d in random_corpus(seed, size)]
    ours = CountingBM25Plus(documents, k1=K1, b=B, delta=DELTA)
    theirs = reference(documents)
    assert list(ours.idf.items()) == list(theirs.idf.items())  # values and order
    terms = list(ours.term_ids)
    counted: list[dict[str, int]] = [{} for _ in documents]
    for term, document, count in zip(
        ours.term_column, ours.document_column, ours.count_column, strict=True
    ):
        counted[document][terms[term]] = count
    assert counted == theirs.doc_freqs  # the same counts, in the same order per document
    assert (ours.doc_len, ours.avgdl, ours.corpus_size) == (
        theirs.doc_len,
        theirs.avgdl,
        theirs.corpus_size,
    )


def test_terms_held_says_which_terms_each_document_has() -> None:
    index = SearchIndex([tokenize("ferry timetable"), tokenize("ferry fares rise"), []])
    terms = ["ferri", "fare", "timet", "unknown"]
    assert index.terms_held([2, 1, 0], terms) == [set(), {"ferri", "fare"}, {"ferri", "timet"}]
    assert index.terms_held([], terms) == []
