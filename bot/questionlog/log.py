"""The log file and the one thread that writes it.

Handlers only put records on a queue (microseconds); a writer thread owns the connection and
writes them in batches. Any SQLite error there (a corrupt, locked or read-only file, a full
disk) is logged, counted through `on_error`, and dropped: the log must never stop answers.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

from bot.questionlog.identity import load_or_create_secret, voter_hash
from bot.questionlog.records import QuestionRecord, VoteRecord, normalize_question
from bot.questionlog.schema import migrate

logger = logging.getLogger(__name__)

LOG_FILE = "questions.sqlite3"
_DAY = 86_400.0
_PRUNE_EVERY = 3_600.0
_ERROR_LOG_EVERY = 60.0  # a broken file fails every write: one log line a minute is enough
_BUSY_TIMEOUT = 2.0  # seconds a write waits for a lock another process holds

ErrorCallback = Callable[[str], None]
_Write = QuestionRecord | VoteRecord
_STOP = object()


def connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    if read_only:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=_BUSY_TIMEOUT
        )
    else:
        connection = sqlite3.connect(path, timeout=_BUSY_TIMEOUT, isolation_level=None)
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")  # WAL stays consistent on power loss
        migrate(connection)
    return connection


class QuestionLog:
    """Durable record of questions and votes; `enabled` is False when retention is 0."""

    def __init__(
        self, data_dir: Path, retention_days: int, on_error: ErrorCallback | None = None
    ) -> None:
        self.data_dir = data_dir
        self.path = data_dir / LOG_FILE
        self.retention_days = retention_days
        self._on_error = on_error or (lambda kind: None)
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._last_error_logged = 0.0
        self._last_pruned = 0.0
        self._secret = b""
        if self.enabled:
            self._prepare_directory()
            self._secret = load_or_create_secret(data_dir)
            self._thread = threading.Thread(target=self._write_forever, name="question-log")
            self._thread.daemon = True
            self._thread.start()

    @property
    def enabled(self) -> bool:
        return self.retention_days > 0

    def _prepare_directory(self) -> None:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._failed("open", exc)

    def voter(self, user_id: int) -> str:
        return voter_hash(self._secret, user_id)

    def record(self, entry: _Write) -> None:
        """Queue a question or a vote for writing; never blocks, never raises."""
        if self.enabled:
            self._queue.put(entry)

    def close(self, timeout: float = 5.0) -> None:
        """Write what is queued and stop the writer (blocking: call it off the event loop)."""
        if self._thread is not None and self._thread.is_alive():
            self._queue.put(_STOP)
            self._thread.join(timeout)

    # The writer thread -------------------------------------------------------------------

    def _write_forever(self) -> None:
        connection: sqlite3.Connection | None = None
        while True:
            batch = [self._queue.get()]
            while True:
                try:
                    batch.append(self._queue.get_nowait())
                except queue.Empty:
                    break
            stop = _STOP in batch
            entries = [entry for entry in batch if isinstance(entry, QuestionRecord | VoteRecord)]
            if stop and not entries and connection is None:
                return  # nothing was ever written: leave no empty file behind
            try:
                if connection is None:
                    connection = connect(self.path)
                self._write(connection, entries)
                self._prune_if_due(connection)
            except (sqlite3.Error, OSError) as exc:
                self._failed("write", exc, dropped=len(entries))
                if connection is not None:
                    connection.close()
                connection = None  # reopen next time: the file may have been repaired
            if stop:
                if connection is not None:
                    connection.close()
                return

    @staticmethod
    def _write(connection: sqlite3.Connection, entries: list[_Write]) -> None:
        with connection:
            connection.execute("BEGIN")
            for entry in entries:
                if isinstance(entry, QuestionRecord):
                    _insert_question(connection, entry)
                else:
                    _upsert_vote(connection, entry)

    def _prune_if_due(self, connection: sqlite3.Connection) -> None:
        now = time.time()
        if now - self._last_pruned < _PRUNE_EVERY:
            return
        self._last_pruned = now
        cutoff = now - self.retention_days * _DAY
        with connection:
            connection.execute("BEGIN")
            connection.execute("DELETE FROM questions WHERE asked_at < ?", (cutoff,))
            connection.execute("DELETE FROM votes WHERE voted_at < ?", (cutoff,))

    def _failed(self, kind: str, exc: BaseException, dropped: int = 0) -> None:
        self._on_error(kind)
        now = time.monotonic()
        if now - self._last_error_logged >= _ERROR_LOG_EVERY:
            self._last_error_logged = now
            logger.error(
                "question log %s failed (%s: %s); %d entries dropped, answering goes on",
                self.path,
                type(exc).__name__,
                exc,
                dropped,
            )


def _insert_question(connection: sqlite3.Connection, entry: QuestionRecord) -> None:
    connection.execute(
        "INSERT OR REPLACE INTO questions (id, asked_at, command, question, normalized, "
        "outcome, top_score, coverage, paragraph_id, speaker, latency_ms, guild_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            entry.question_id,
            entry.asked_at,
            entry.command,
            entry.question,
            normalize_question(entry.question),
            entry.outcome,
            entry.top_score,
            entry.coverage,
            entry.paragraph_id,
            entry.speaker,
            entry.latency_ms,
            entry.guild_id,
        ),
    )


def _upsert_vote(connection: sqlite3.Connection, entry: VoteRecord) -> None:
    # One vote per person per answer: a second click replaces the first.
    connection.execute(
        "INSERT INTO votes (question_id, voter, vote, reason, comment, voted_at) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (question_id, voter) DO UPDATE SET "
        "vote = excluded.vote, reason = excluded.reason, comment = excluded.comment, "
        "voted_at = excluded.voted_at",
        (
            entry.question_id,
            entry.voter,
            entry.vote.value,
            entry.reason.value if entry.reason else None,
            entry.comment,
            entry.voted_at,
        ),
    )
