"""Hostile questions and corpus files: a clear message or a warning, never a crash."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.chat import discord_limits
from bot.chat.answering import Outcome, reply_to_question
from bot.corpus import CorpusError, load_corpus
from bot.knowledge import Knowledge, build_knowledge
from bot.search import asked, examples, spelling
from bot.search.answer import answer
from bot.search.question import QuestionError
from bot.store import KnowledgeStore
from tests.conftest import CORPUS_DIR

GOOD = "---\ntitle: Good\n---\nA paragraph about the harbour that is long enough.\n"

HOSTILE_PIECES = [
    "@everyone",
    "@here",
    "<@123>",
    "<@!456>",
    "<@&789>",
    "<#42>",
    "**bold**",
    "`code`",
    "```\nblock\n```",
    "||spoiler||",
    "> quote",
    "https://example.com/x?y=1",
    "\u200d",
    "\u200b",
    "\u202e",
    "\u2066",
    "\x00",
    "\x1b[31m",
    "🙂",
    "👩‍🔬",
    "한국어 질문",
    "keynote",
    "minister",
    "AI",
    "\n",
    "\t",
    "ﷺ",
    "Ｆｕｌｌｗｉｄｔｈ",
]
hostile_questions = st.one_of(
    st.text(max_size=500),
    st.lists(st.sampled_from(HOSTILE_PIECES), max_size=40).map(" ".join),
    st.text(min_size=1, max_size=30).map(lambda piece: (piece * 10_000)[:10_000]),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_questions)
def test_engine_answers_declines_or_explains(seed_knowledge: Knowledge, question: str) -> None:
    try:
        result = answer(seed_knowledge, question)
    except QuestionError as exc:
        assert str(exc)
        return
    if result is not None:
        assert result.paragraph in seed_knowledge.paragraphs


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_questions)
def test_every_discord_reply_fits_and_quotes_no_markup_raw(
    seed_knowledge: Knowledge, question: str
) -> None:
    reply = reply_to_question(seed_knowledge, question, 1, "en-US")
    assert reply.outcome in {Outcome.ANSWERED, Outcome.DECLINED, Outcome.REFUSED}
    texts = [reply.content or ""]
    if reply.embed is not None:
        embed = reply.embed
        assert len(embed) <= discord_limits.EMBED_TOTAL
        assert len(embed.description or "") <= discord_limits.EMBED_DESCRIPTION
        assert all(len(f.value or "") <= discord_limits.EMBED_FIELD_VALUE for f in embed.fields)
        texts += [embed.description or "", *(f.value or "" for f in embed.fields)]
    assert len(reply.content or "") <= discord_limits.MESSAGE_CONTENT
    for text in texts:  # the question is never echoed back, so it cannot ping through us
        assert "@everyone" not in text and "<@" not in text


def load_or_problem(directory: Path) -> None:
    try:
        load_corpus(directory)
    except CorpusError as exc:
        assert exc.problems and all(str(problem) for problem in exc.problems)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=4000), st.sampled_from(["a.md", "a.txt"]))
def test_random_bytes_give_a_problem_or_an_article(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, name: str
) -> None:
    directory = tmp_path_factory.mktemp("random")
    (directory / name).write_bytes(data)
    load_or_problem(directory)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=3000), st.sampled_from(["\n", "\r\n", "\r"]))
def test_random_text_with_any_line_endings(
    tmp_path_factory: pytest.TempPathFactory, text: str, newline: str
) -> None:
    directory = tmp_path_factory.mktemp("text")
    (directory / "a.txt").write_text(text.replace("\n", newline), encoding="utf-8")
    load_or_problem(directory)


@pytest.mark.parametrize(
    "front_matter",
    [
        "title: 12\ndate: 2026-01-01",  # a number for a title is text enough
        "title: [a, b]",
        "title: {a: 1}",
        "title: x\ncaptions: 5",
        "title: x\ndate: [2026]",
        "title: x\nurl: true",
        "title: !!binary aGVsbG8=",
        "&a [*a, *a]",
    ],
)
def test_yaml_of_the_wrong_types(tmp_path: Path, front_matter: str) -> None:
    (tmp_path / "a.md").write_text(f"---\n{front_matter}\n---\nBody text here.\n", encoding="utf-8")
    load_or_problem(tmp_path)


def test_cr_line_endings_read_as_paragraphs(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_bytes(GOOD.replace("\n", "\r").encode() + b"\rSecond one.\r")
    (article,) = load_corpus(tmp_path).articles
    assert [p.text for p in article.paragraphs] == [
        "A paragraph about the harbour that is long enough.",
        "Second one.",
    ]


def test_a_20_mb_file_is_refused_by_name(tmp_path: Path) -> None:
    (tmp_path / "huge.txt").write_bytes(b"word " * 4_200_000)
    with pytest.raises(CorpusError) as caught:
        load_corpus(tmp_path)
    assert str(caught.value.problems[0]).startswith("huge.txt: cannot be read: file is too large")


def test_one_enormous_line(tmp_path: Path) -> None:
    (tmp_path / "line.txt").write_text("word " * 200_000, encoding="utf-8")
    load_or_problem(tmp_path)


def test_broken_link_is_skipped_as_vanished(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text(GOOD, encoding="utf-8")
    os.symlink(tmp_path / "gone.md", tmp_path / "link.md")
    loaded = load_corpus(tmp_path)
    assert len(loaded.articles) == 1
    assert "link.md: skipped: the file disappeared while loading" in [
        str(w) for w in loaded.warnings
    ]


def _store_over_a_copy_of_the_seed(tmp_path: Path) -> tuple[Path, KnowledgeStore]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text((CORPUS_DIR / "2025-k-science-global-forum.md").read_text())
    return corpus, KnowledgeStore(corpus, build_knowledge(corpus))


def test_failed_reload_keeps_the_previous_snapshot(tmp_path: Path) -> None:
    corpus, store = _store_over_a_copy_of_the_seed(tmp_path)
    before = store.current
    for bad in [b"\x00\x01", b"---\ntitle: [\n---\nx\n", b"\xff\xfe"]:
        (corpus / "bad.md").write_bytes(bad)
        result = asyncio.run(store.reload())
        assert not result.ok and result.problems
        assert store.current is before
    (corpus / "bad.md").unlink()
    assert asyncio.run(store.reload()).ok
    assert store.current is not before


def test_a_broken_file_at_start_is_left_out_and_the_rest_served(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.md").write_text((CORPUS_DIR / "2025-k-science-global-forum.md").read_text())
    (corpus / "half-saved.md").write_bytes(b"---\ntitle: [\n---\nx\n")
    (corpus / "empty.txt").write_bytes(b"")
    store = KnowledgeStore.open(corpus)
    assert [article.path.name for article in store.current.articles] == ["a.md"]
    skipped = [str(w) for w in store.current.warnings if "skipped," in str(w)]
    assert len(skipped) == 2 and any(w.startswith("half-saved.md:") for w in skipped)
    # A reload still refuses a corpus with a broken file and keeps what it serves.
    before = store.current
    assert not asyncio.run(store.reload()).ok and store.current is before
    # With nothing loadable there is nothing to serve: start-up fails with the reasons.
    (corpus / "a.md").unlink()
    with pytest.raises(CorpusError) as caught:
        KnowledgeStore.open(corpus)
    assert len(caught.value.problems) == 2


@pytest.mark.parametrize(
    ("unit", "times"),
    [
        ('"We will win this one," said Gary Smith. ', 5_000),
        ('"Yes," she said. ', 5_000),
        ("Gary Smith ", 20_000),
        ("Ann Lee said that ", 10_000),
    ],
    ids=["thousands-of-quotes", "thousands-of-short-quotes", "endless-names", "endless-clause"],
)
def test_enormous_paragraphs_load_and_answer_in_linear_time(
    tmp_path: Path, unit: str, times: int
) -> None:
    def cpu_seconds(repeats: int) -> float:
        corpus = tmp_path / str(repeats)
        corpus.mkdir()
        (corpus / "a.md").write_text(f"---\ntitle: T\n---\n\n{unit * repeats}.\n", encoding="utf-8")
        started = time.process_time()
        knowledge = build_knowledge(corpus)
        answer(knowledge, "What did Gary Smith say about winning?")
        return time.process_time() - started

    # Growth from n to 2n, in CPU time so a busy machine doesn't count: linear steps double,
    # the quadratic ones this guards against (they took minutes to hours) quadruple.
    assert cpu_seconds(2 * times) < 3 * cpu_seconds(times) + 0.2


def test_a_reload_builds_the_new_snapshots_answer_tables_before_it_serves(tmp_path: Path) -> None:
    corpus, store = _store_over_a_copy_of_the_seed(tmp_path)
    before = store.current
    answer(before, "What did the science minister say about AI?")
    (corpus / "b.md").write_text(GOOD, encoding="utf-8")
    assert asyncio.run(store.reload()).ok
    after = store.current
    # Built in the reload's thread, not by the first question on the event loop; the
    # snapshot that served until the swap keeps its tables.
    assert {before.generation, after.generation} <= asked._names_by_generation.keys()
    assert after.generation in spelling._by_generation
    assert any(key[0] == after.generation for key in examples._examples_by_generation)


def test_a_reload_lets_the_event_loop_take_the_gil_back_quickly(tmp_path: Path) -> None:
    _, store = _store_over_a_copy_of_the_seed(tmp_path)
    default = sys.getswitchinterval()

    async def reload_and_watch() -> list[float]:
        seen: list[float] = []
        reload = asyncio.create_task(store.reload())
        await asyncio.sleep(0)  # the reload starts: its lock taken, its thread running
        while not reload.done():
            seen.append(sys.getswitchinterval())
            await asyncio.sleep(0.001)
        assert (await reload).ok
        return seen

    seen = asyncio.run(reload_and_watch())
    assert seen and max(seen) <= 0.001 < default
    assert sys.getswitchinterval() == default
