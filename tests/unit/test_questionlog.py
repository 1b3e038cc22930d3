"""The question log without Discord: schema migrations, writing, retention, voter hashes."""

from __future__ import annotations

import hashlib
import sqlite3
import time
from pathlib import Path

import pytest

from bot.questionlog import LOG_FILE, Outcome, QuestionLog, QuestionRecord, Vote, VoteRecord
from bot.questionlog.records import Reason, normalize_question
from bot.questionlog.schema import SCHEMA_VERSION, SchemaTooNew, migrate, version_of


def question(question_id: int, text: str = "Who spoke?", **fields: object) -> QuestionRecord:
    values: dict[str, object] = {
        "asked_at": time.time(),
        "command": "ask",
        "outcome": Outcome.DECLINED,
        "latency_ms": 1.0,
    }
    values.update(fields)
    return QuestionRecord(question_id=question_id, question=text, **values)  # type: ignore[arg-type]


def test_migrations_bring_a_new_file_to_the_current_version_once(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "log.sqlite3", isolation_level=None)
    assert migrate(connection) == SCHEMA_VERSION
    assert migrate(connection) == SCHEMA_VERSION  # a second open changes nothing
    assert version_of(connection) == SCHEMA_VERSION
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    assert {"questions", "votes"} <= tables


def test_a_file_from_a_newer_bot_is_left_alone(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "log.sqlite3", isolation_level=None)
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(SchemaTooNew):
        migrate(connection)


def test_questions_and_votes_are_written_and_a_second_vote_replaces_the_first(
    tmp_path: Path,
) -> None:
    log = QuestionLog(tmp_path / "data", retention_days=90)
    voter = log.voter(1234)
    log.record(question(1))
    log.record(VoteRecord(1, voter, Vote.UP, time.time()))
    log.record(VoteRecord(1, voter, Vote.DOWN, time.time(), Reason.WRONG_QUOTE, "not that"))
    log.close()
    with sqlite3.connect(tmp_path / "data" / LOG_FILE) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert connection.execute("SELECT id, normalized FROM questions").fetchall() == [
            (1, "who spoke")
        ]
        votes = connection.execute("SELECT vote, reason, comment FROM votes").fetchall()
    assert votes == [(-1, "wrong_quote", "not that")]


def test_old_entries_are_pruned_on_open(tmp_path: Path) -> None:
    long_ago = time.time() - 40 * 86_400
    log = QuestionLog(tmp_path, retention_days=30)
    log.record(question(1, asked_at=long_ago))
    log.close()
    log = QuestionLog(tmp_path, retention_days=30)
    log.record(question(2))
    log.close()
    with sqlite3.connect(tmp_path / LOG_FILE) as connection:
        assert connection.execute("SELECT id FROM questions").fetchall() == [(2,)]


def test_zero_retention_writes_nothing(tmp_path: Path) -> None:
    log = QuestionLog(tmp_path / "data", retention_days=0)
    log.record(question(1))
    log.close()
    assert not log.enabled and not (tmp_path / "data").exists()


def test_voter_hashes_are_stable_per_data_dir_and_hide_the_id(tmp_path: Path) -> None:
    first = QuestionLog(tmp_path / "a", retention_days=1)
    again = QuestionLog(tmp_path / "a", retention_days=1)
    other = QuestionLog(tmp_path / "b", retention_days=1)
    for log in (first, again, other):
        log.close()
    assert first.voter(42) == again.voter(42) != other.voter(42)
    assert first.voter(42) != first.voter(43)
    # Keyed: not the plain hash anyone could compute from the id.
    assert first.voter(42) != hashlib.sha256(b"42").hexdigest()[:32]


def test_errors_are_counted_not_raised(tmp_path: Path) -> None:
    (tmp_path / LOG_FILE).write_bytes(b"garbage" * 1000)
    errors: list[str] = []
    log = QuestionLog(tmp_path, retention_days=1, on_error=errors.append)
    log.record(question(1))
    log.close()
    assert errors == ["write"]


def test_questions_are_grouped_by_their_normalized_text() -> None:
    assert normalize_question("Who is  the MINISTER?") == normalize_question("who is the minister")


def test_a_locked_file_is_an_error_counted_not_a_hang(tmp_path: Path) -> None:
    errors: list[str] = []
    log = QuestionLog(tmp_path, retention_days=1, on_error=errors.append)
    log.record(question(1))  # opens the file while nobody holds it
    log.close()
    holder = sqlite3.connect(tmp_path / LOG_FILE, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another process holding the write lock
    try:
        log = QuestionLog(tmp_path, retention_days=1, on_error=errors.append)
        started = time.monotonic()
        log.record(question(2))
        log.close(timeout=10)
        assert time.monotonic() - started < 5  # the busy timeout, not forever
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert errors == ["write"]
