"""The log's schema, versioned in SQLite's user_version and brought up to date on open.

Each migration moves the file from version i to i + 1 and is never edited once released:
a change is a new entry at the end, so any older file can be brought forward.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: tuple[str, ...] = (
    # 1: questions and votes.
    """
    CREATE TABLE questions (
        id INTEGER PRIMARY KEY,
        asked_at REAL NOT NULL,
        command TEXT NOT NULL,
        question TEXT NOT NULL,
        normalized TEXT NOT NULL,
        outcome TEXT NOT NULL,
        top_score REAL,
        coverage REAL,
        paragraph_id TEXT,
        speaker TEXT,
        latency_ms REAL NOT NULL,
        guild_id INTEGER
    );
    CREATE INDEX questions_by_time ON questions (asked_at);
    CREATE TABLE votes (
        question_id INTEGER NOT NULL,
        voter TEXT NOT NULL,
        vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),
        reason TEXT,
        comment TEXT,
        voted_at REAL NOT NULL,
        PRIMARY KEY (question_id, voter)
    );
    CREATE INDEX votes_by_time ON votes (voted_at);
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNew(sqlite3.DatabaseError):
    """The file was written by a newer forum-bot: leave it alone rather than guess."""


def version_of(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(connection: sqlite3.Connection) -> int:
    """Apply the missing migrations, each in its own transaction; returns the version."""
    version = version_of(connection)
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(f"schema version {version} is newer than this bot's {SCHEMA_VERSION}")
    for number in range(version, SCHEMA_VERSION):
        # executescript commits first; BEGIN...COMMIT makes the step and its version atomic.
        connection.executescript(
            f"BEGIN; {MIGRATIONS[number]}; PRAGMA user_version = {number + 1}; COMMIT;"
        )
    return SCHEMA_VERSION
