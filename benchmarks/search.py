"""Index build, memory and query latency at 1k, 10k and 100k paragraphs, against rank-bm25.

    python -m benchmarks.search [--sizes 1000 10000 100000] [--queries 500]

Each size runs in a fresh process so that peak RSS belongs to that size alone. For every
question it times (a) forum-bot's search (tokenize, score the postings, top 10) and a whole
answer, and (b) plain rank-bm25 on the same tokens (`get_scores` over every paragraph, then
the top 10), checks that both rank the same top 10, and prints the ratio b/a.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from typing import Any

import numpy as np
from rank_bm25 import BM25Plus

from benchmarks.common import DATA_DIR, machine, peak_rss_mb, percentile
from benchmarks.generate import questions, write_corpus
from bot.index.bm25 import DELTA, K1, B
from bot.index.tokenize import tokenize
from bot.knowledge import build_knowledge, index_terms
from bot.search.answer import answer


def full_scan_top(model: BM25Plus, terms: list[str], n: int = 10) -> list[int]:
    scores = model.get_scores(terms)
    return [int(i) for i in np.lexsort((np.arange(len(scores)), -scores))[:n]]


def measure(size: int, query_count: int) -> dict[str, Any]:
    corpus = write_corpus(DATA_DIR / f"c{size}", size)
    started = time.perf_counter()
    knowledge = build_knowledge(corpus)
    build_seconds = time.perf_counter() - started
    rss = peak_rss_mb()
    asked = questions(query_count)

    search_ms, answer_ms, engine_tops = [], [], []
    for question in asked:
        begin = time.perf_counter()
        top = knowledge.index.top(tokenize(question, question=True), 10)
        search_ms.append((time.perf_counter() - begin) * 1000)
        engine_tops.append([doc for doc, _ in top])
        begin = time.perf_counter()
        answer(knowledge, question)
        answer_ms.append((time.perf_counter() - begin) * 1000)

    reference = BM25Plus(
        [index_terms(p, knowledge.attribution) or [""] for p in knowledge.paragraphs],
        k1=K1,
        b=B,
        delta=DELTA,
    )
    scan_ms, mismatches = [], 0
    for question, engine_top in zip(asked, engine_tops, strict=True):
        terms = tokenize(question, question=True)
        begin = time.perf_counter()
        scan_top = full_scan_top(reference, terms)
        scan_ms.append((time.perf_counter() - begin) * 1000)
        if scan_top[: len(engine_top)] != engine_top:
            mismatches += 1
    return {
        "paragraphs": len(knowledge.paragraphs),
        "quotes": len(knowledge.quotes),
        "build_s": build_seconds,
        "rss_mb": rss,
        "search_ms": [percentile(search_ms, q) for q in (50, 95, 99)],
        "answer_ms": [percentile(answer_ms, q) for q in (50, 95, 99)],
        "scan_ms": [percentile(scan_ms, q) for q in (50, 95, 99)],
        "queries": query_count,
        "top10_mismatches": mismatches,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one, args.queries)))
        return
    print(f"machine: {machine()}")
    print(f"{args.queries} questions per size; times in ms as p50/p95/p99\n")
    header = (
        f"{'paragraphs':>10} {'build s':>8} {'RSS MB':>7} {'search (a)':>20} "
        f"{'answer':>20} {'rank-bm25 scan (b)':>22} {'b/a p99':>8} {'top-10 same':>11}"
    )
    print(header)
    for size in args.sizes:
        output = subprocess.run(
            [
                sys.executable,
                "-m",
                "benchmarks.search",
                "--one",
                str(size),
                "--queries",
                str(args.queries),
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        r = json.loads(output)

        def fmt(values: list[float]) -> str:
            return "/".join(f"{v:.2f}" for v in values)

        ratio = r["scan_ms"][2] / r["search_ms"][2]
        same = f"{r['queries'] - r['top10_mismatches']}/{r['queries']}"
        print(
            f"{r['paragraphs']:>10} {r['build_s']:>8.2f} {r['rss_mb']:>7.0f} "
            f"{fmt(r['search_ms']):>20} {fmt(r['answer_ms']):>20} {fmt(r['scan_ms']):>22} "
            f"{ratio:>7.0f}x {same:>11}"
        )


if __name__ == "__main__":
    main()
