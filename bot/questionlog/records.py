"""What one row of the log holds: a question handled, or a vote on its answer."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum


class Outcome:
    """How a request ended, as the log, the log line and the commands metric name it."""

    ANSWERED = "answered"
    DECLINED = "declined"
    REFUSED = "refused"  # bad input or rate limit: the user gets a message, not an answer
    ERROR = "error"


class Vote(Enum):
    UP = 1
    DOWN = -1


class Reason(Enum):
    """Why an answer was wrong, as the 👎 form offers it."""

    WRONG_SPEAKER = "wrong_speaker"
    WRONG_QUOTE = "wrong_quote"
    NOT_AN_ANSWER = "not_an_answer"
    OTHER = "other"


MAX_COMMENT_CHARS = 300


@dataclass(frozen=True, slots=True)
class QuestionRecord:
    question_id: int  # the Discord id of the interaction or message that asked
    asked_at: float  # unix seconds
    command: str
    question: str
    outcome: str
    latency_ms: float
    guild_id: int | None = None
    top_score: float | None = None
    coverage: float | None = None
    paragraph_id: str | None = None
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class VoteRecord:
    question_id: int
    voter: str  # a keyed hash of the voter's id: never the id itself
    vote: Vote
    voted_at: float
    reason: Reason | None = None
    comment: str | None = None


_NOT_WORD = re.compile(r"[^\w]+")


def normalize_question(text: str) -> str:
    """The form questions are grouped by: "Who is X?" and "who is x" count as one."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_NOT_WORD.sub(" ", folded).split())
