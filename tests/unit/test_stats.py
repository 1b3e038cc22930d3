"""`forum-bot stats` and the report it shares with /stats, over a log written by QuestionLog."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from bot.cli import main
from bot.questionlog import Outcome, QuestionLog, QuestionRecord, Vote, VoteRecord
from bot.questionlog.records import Reason
from bot.questionlog.report import sparkline, stats_report
from bot.questionlog.stats import read_stats

DAY = 86_400


def fill(data_dir: Path) -> None:
    now = time.time()
    log = QuestionLog(data_dir, retention_days=90)
    entries = [
        (1, "How tall is the lighthouse?", Outcome.DECLINED, None, None, now - 2 * DAY),
        (2, "how tall is the LIGHTHOUSE", Outcome.DECLINED, None, None, now),
        (3, "Who opened the fair?", Outcome.ANSWERED, "fair-p2", "Mira Okafor", now),
        (4, "What did the mayor say?", Outcome.ANSWERED, "fair-p5", "Mira Okafor", now),
        (5, "Old question", Outcome.DECLINED, None, None, now - 20 * DAY),
    ]
    for question_id, question, outcome, paragraph, speaker, asked_at in entries:
        log.record(
            QuestionRecord(
                question_id,
                asked_at,
                "ask",
                question,
                outcome,
                2.0,
                paragraph_id=paragraph,
                speaker=speaker,
            )
        )
    log.record(VoteRecord(3, log.voter(1), Vote.DOWN, now, Reason.WRONG_SPEAKER, "not her"))
    log.record(VoteRecord(3, log.voter(2), Vote.DOWN, now, Reason.WRONG_SPEAKER))
    log.record(VoteRecord(4, log.voter(1), Vote.UP, now))
    log.close()


def test_stats_group_unanswered_questions_and_rank_disliked_answers(tmp_path: Path) -> None:
    fill(tmp_path)
    stats = read_stats(tmp_path, days=7)
    assert stats.questions == 4  # the one from 20 days ago is outside the window
    assert [(u.question, u.count) for u in stats.unanswered] == [("how tall is the LIGHTHOUSE", 2)]
    assert (stats.upvotes, stats.downvotes) == (1, 2)
    assert stats.disliked[0].paragraph_id == "fair-p2"
    assert stats.disliked[0].reasons == {"wrong_speaker": 2}
    assert stats.disliked[0].comments == ["not her"]
    assert stats.speakers == [("Mira Okafor", 2)]
    assert len(stats.per_day) == 7 and stats.per_day[-1][1] == 3
    report = stats_report(stats, "en")
    assert "2× how tall is the LIGHTHOUSE" in report
    assert "2× fair-p2 (Mira Okafor): Wrong speaker 2" in report
    assert "답하지 못한 질문" in stats_report(stats, "ko")


def test_sparkline_scales_to_the_busiest_day() -> None:
    assert sparkline([0, 1, 2, 4]) == "▁▃▅█"
    assert sparkline([0, 0]) == "▁▁"
    assert len(sparkline(list(range(365)))) <= 60


def test_cli_stats_json_and_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(tmp_path)
    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path))
    assert main(["stats", "--days", "30", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["questions"] == 5 and data["declined_share"] == 0.6
    assert data["unanswered"][0] == {"question": "how tall is the LIGHTHOUSE", "count": 2}
    assert main(["stats"]) == 0
    assert "Answers with the most 👎:" in capsys.readouterr().out


def test_cli_stats_without_a_log_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path / "nothing"))
    assert main(["stats"]) == 1
    assert "no question log" in capsys.readouterr().err
