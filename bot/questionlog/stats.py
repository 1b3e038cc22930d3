"""What an admin reads before adding an article: the log summarized over the last N days."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from bot.questionlog.log import LOG_FILE, connect
from bot.questionlog.records import Outcome

TOP = 10


@dataclass(frozen=True, slots=True)
class Unanswered:
    question: str  # the most recent wording of the group
    count: int


@dataclass(frozen=True, slots=True)
class Disliked:
    paragraph_id: str
    speaker: str | None
    downvotes: int
    reasons: dict[str, int]
    comments: list[str]


@dataclass(frozen=True, slots=True)
class Stats:
    days: int
    per_day: list[tuple[str, int]]  # (YYYY-MM-DD, questions), oldest first, every day
    questions: int
    outcomes: dict[str, int]
    upvotes: int
    downvotes: int
    unanswered: list[Unanswered] = field(default_factory=list)
    disliked: list[Disliked] = field(default_factory=list)
    speakers: list[tuple[str, int]] = field(default_factory=list)

    def share(self, outcome: str) -> float:
        return self.outcomes.get(outcome, 0) / self.questions if self.questions else 0.0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["per_day"] = [{"day": day, "questions": n} for day, n in self.per_day]
        data["speakers"] = [{"speaker": name, "questions": n} for name, n in self.speakers]
        data["answered_share"] = round(self.share(Outcome.ANSWERED), 4)
        data["declined_share"] = round(self.share(Outcome.DECLINED), 4)
        return data


class LogMissing(FileNotFoundError):
    """No question log in the data directory yet (or logging is off)."""


def read_stats(data_dir: Path, days: int, now: float | None = None) -> Stats:
    """Stats of the log in `data_dir`; raises LogMissing, or sqlite3.Error if unreadable."""
    path = data_dir / LOG_FILE
    if not path.exists():
        raise LogMissing(path)
    connection = connect(path, read_only=True)
    try:
        return collect(connection, days, time.time() if now is None else now)
    finally:
        connection.close()


def collect(connection: sqlite3.Connection, days: int, now: float) -> Stats:
    since = now - days * 86_400
    per_day_rows = dict(
        connection.execute(
            "SELECT date(asked_at, 'unixepoch'), count(*) FROM questions WHERE asked_at >= ? "
            "GROUP BY 1",
            (since,),
        ).fetchall()
    )
    day_names = [
        time.strftime("%Y-%m-%d", time.gmtime(now - offset * 86_400))
        for offset in range(days - 1, -1, -1)
    ]
    outcomes = dict(
        connection.execute(
            "SELECT outcome, count(*) FROM questions WHERE asked_at >= ? GROUP BY outcome",
            (since,),
        ).fetchall()
    )
    votes = dict(
        connection.execute(
            "SELECT vote, count(*) FROM votes WHERE voted_at >= ? GROUP BY vote", (since,)
        ).fetchall()
    )
    unanswered = [
        Unanswered(str(question), int(count))
        # SQLite takes the bare column from the row holding max(): the latest wording.
        for question, count, _ in connection.execute(
            "SELECT question, count(*), max(asked_at) FROM questions "
            "WHERE asked_at >= ? AND outcome = ? GROUP BY normalized "
            "ORDER BY count(*) DESC, max(asked_at) DESC LIMIT ?",
            (since, Outcome.DECLINED, TOP),
        )
    ]
    return Stats(
        days=days,
        per_day=[(day, int(per_day_rows.get(day, 0))) for day in day_names],
        questions=sum(outcomes.values()),
        outcomes={str(k): int(v) for k, v in outcomes.items()},
        upvotes=int(votes.get(1, 0)),
        downvotes=int(votes.get(-1, 0)),
        unanswered=unanswered,
        disliked=_disliked(connection, since),
        speakers=[
            (str(name), int(count))
            for name, count in connection.execute(
                "SELECT speaker, count(*) FROM questions WHERE asked_at >= ? AND speaker "
                "IS NOT NULL GROUP BY speaker ORDER BY count(*) DESC, speaker LIMIT ?",
                (since, TOP),
            )
        ],
    )


def _disliked(connection: sqlite3.Connection, since: float) -> list[Disliked]:
    rows = connection.execute(
        "SELECT q.paragraph_id, q.speaker, v.reason, v.comment FROM votes v "
        "JOIN questions q ON q.id = v.question_id "
        "WHERE v.voted_at >= ? AND v.vote = -1 AND q.paragraph_id IS NOT NULL "
        "ORDER BY v.voted_at DESC",
        (since,),
    ).fetchall()
    grouped: dict[str, Disliked] = {}
    for paragraph_id, speaker, reason, comment in rows:
        entry = grouped.get(paragraph_id) or Disliked(paragraph_id, speaker, 0, {}, [])
        grouped[paragraph_id] = entry = replace(entry, downvotes=entry.downvotes + 1)
        if reason:
            entry.reasons[reason] = entry.reasons.get(reason, 0) + 1
        if comment and len(entry.comments) < 3:
            entry.comments.append(comment)
    ranked = sorted(grouped.values(), key=lambda d: (-d.downvotes, d.paragraph_id))
    return ranked[:TOP]
