"""The community loop: votes under answers, the question log across restarts, its faults."""

from __future__ import annotations

import asyncio
import os
import shutil
import sqlite3
import subprocess
import time
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
import pytest_asyncio

from bot.questionlog import QuestionLog, QuestionRecord
from tests.e2e.conftest import RunningBot, copy_corpus, start_bot
from tests.e2e.fake import FakeDiscord

EPHEMERAL = 64
MODAL = 9
ANSWERABLE = "What did the science minister say about AI?"


@pytest_asyncio.fixture(scope="module")
async def own_fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(token="community-token-Kp3") as server:
        yield server


@pytest_asyncio.fixture(scope="module")
async def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("community")
    copy_corpus(home)
    return home


@pytest_asyncio.fixture(scope="module")
async def community_bot(own_fake: FakeDiscord, home: Path) -> AsyncIterator[RunningBot]:
    running = await start_bot(own_fake, home / "corpus", home / "bot.log")
    yield running
    await running.stop()


async def rows(database: Path, query: str, expected: int, timeout: float = 5.0) -> list[tuple]:
    """The rows of `query` once there are `expected` of them: the log writes on its own
    thread, a moment after the reply has gone out."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        found: list[tuple] = []
        if database.exists():
            with sqlite3.connect(database) as connection:
                try:
                    found = connection.execute(query).fetchall()
                except sqlite3.OperationalError:  # the schema is not there yet
                    found = []
        if len(found) >= expected or asyncio.get_running_loop().time() > deadline:
            return found
        await asyncio.sleep(0.05)


async def ask(fake: FakeDiscord, question: str, **kwargs: object) -> tuple[str, dict]:
    interaction = await fake.slash("ask", {"question": question}, **kwargs)  # type: ignore[arg-type]
    return interaction.id, (await interaction.response())["data"]


async def test_votes_up_down_with_a_reason_and_changed(
    community_bot: RunningBot, own_fake: FakeDiscord, home: Path
) -> None:
    voter = own_fake.new_user("voter")
    question_id, answer = await ask(own_fake, ANSWERABLE, user=voter)
    assert answer["embeds"]
    message_id = own_fake.interactions[question_id].payload["_original"]

    up = await (await own_fake.click(message_id, "👍", user=voter)).response()
    assert up["type"] == 4 and up["data"]["flags"] & EPHEMERAL
    assert "Thanks" in up["data"]["content"]
    database = home / "data" / "questions.sqlite3"
    assert await rows(database, "SELECT vote FROM votes", 1) == [(1,)]

    # A second click by the same person changes their vote: a form asks what was wrong.
    down = await (await own_fake.click(message_id, "👎", user=voter)).response()
    assert down["type"] == MODAL
    form = down["data"]
    assert form["title"] == "What was wrong?"
    submitted = await own_fake.submit_modal(
        form, {"reason": ["wrong_speaker"], "comment": "It was someone else"}, user=voter
    )
    thanks = await submitted.response()
    assert thanks["data"]["flags"] & EPHEMERAL
    votes = await rows(database, "SELECT vote, reason, comment, question_id FROM votes", 1)
    deadline = asyncio.get_running_loop().time() + 5
    while votes and votes[0][0] != -1 and asyncio.get_running_loop().time() < deadline:
        votes = await rows(database, "SELECT vote, reason, comment, question_id FROM votes", 1)
    assert votes == [(-1, "wrong_speaker", "It was someone else", int(question_id))]

    # Someone else's vote on the same answer is a vote of its own.
    other = await own_fake.click(message_id, "👍", user=own_fake.new_user("other"))
    await other.response()
    assert len(await rows(database, "SELECT * FROM votes", 2)) == 2

    logged = await rows(
        database, f"SELECT command, outcome, speaker FROM questions WHERE id = {question_id}", 1
    )
    assert logged[0][:2] == ("ask", "answered") and logged[0][2]


async def test_no_raw_user_ids_on_disk(
    community_bot: RunningBot, own_fake: FakeDiscord, home: Path
) -> None:
    voter = own_fake.new_user("private")
    question_id, _ = await ask(own_fake, ANSWERABLE, user=voter)
    message_id = own_fake.interactions[question_id].payload["_original"]
    await (await own_fake.click(message_id, "👍", user=voter)).response()
    database = home / "data" / "questions.sqlite3"
    await rows(database, f"SELECT * FROM votes WHERE question_id = {question_id}", 1)
    for path in (p for p in (home / "data").rglob("*") if p.is_file()):
        assert voter.id.encode() not in path.read_bytes(), path.name


def labels_of(data: dict) -> list[str]:
    return [
        button.get("label") or button["emoji"]["name"]
        for row in data.get("components", [])
        for button in row["components"]
    ]


async def metric(bot: RunningBot, name: str) -> float:
    _, text = await bot.get("/metrics")
    return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines() if line.startswith(name))


async def test_the_log_and_its_buttons_survive_a_restart(
    own_fake: FakeDiscord, tmp_path: Path
) -> None:
    copy_corpus(tmp_path)
    first = await start_bot(own_fake, tmp_path / "corpus", tmp_path / "bot.log")
    voter = own_fake.new_user("before-restart")
    try:
        question_id, _ = await ask(own_fake, ANSWERABLE, user=voter)
        await ask(own_fake, "What is the capital of France?", user=voter)
        await ask(own_fake, "what is the capital of France", user=own_fake.new_user())
    finally:
        assert await first.stop() == 0  # a clean stop writes what is queued
    database = tmp_path / "data" / "questions.sqlite3"
    assert len(await rows(database, "SELECT id FROM questions", 3, timeout=0)) == 3

    second = await start_bot(own_fake, tmp_path / "corpus", tmp_path / "bot.log")
    try:
        message_id = own_fake.interactions[question_id].payload["_original"]
        up = await (await own_fake.click(message_id, "👍", user=voter)).response()
        assert up["data"]["flags"] & EPHEMERAL
        votes = await rows(database, "SELECT question_id, vote FROM votes", 1)
        assert votes == [(int(question_id), 1)]
        report = await stats(own_fake)
        assert "2× what is the capital of France" in report
    finally:
        assert await second.stop() == 0


async def test_zero_retention_keeps_no_log_and_shows_no_vote_buttons(
    own_fake: FakeDiscord, tmp_path: Path
) -> None:
    copy_corpus(tmp_path)
    bot = await start_bot(
        own_fake, tmp_path / "corpus", tmp_path / "bot.log", BOT_LOG_RETENTION_DAYS="0"
    )
    try:
        _, answer = await ask(own_fake, ANSWERABLE, user=own_fake.new_user())
        assert labels_of(answer) == ["Next answer", "Show paragraph"]
    finally:
        assert await bot.stop() == 0
    # The data dir may hold the build cache; nothing of the question log may be there.
    data = tmp_path / "data"
    assert not any(data.glob("questions.sqlite3*")) and not (data / "voter-key").exists()


def read_only(path: Path) -> Callable[[], None]:
    """Make `path` unwritable, even for root (the immutable attribute); returns the undo."""
    path.chmod(0o444)
    if os.geteuid() != 0:
        return lambda: path.chmod(0o644)
    if shutil.which("chattr") is None:
        pytest.skip("running as root without chattr: cannot make a file read-only")
    made = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if made.returncode != 0:
        pytest.skip(f"chattr +i is not permitted here: {made.stderr.decode().strip()}")
    return lambda: subprocess.run(["chattr", "-i", str(path)], check=True)


@pytest.mark.parametrize("damage", ["corrupt", "read-only", "unwritable-dir"])
async def test_a_broken_log_never_stops_answers(
    own_fake: FakeDiscord, tmp_path: Path, damage: str
) -> None:
    copy_corpus(tmp_path)
    data = tmp_path / "data"
    undo: Callable[[], None] = lambda: None  # noqa: E731
    if damage == "corrupt":
        data.mkdir()
        (data / "questions.sqlite3").write_bytes(b"this is not a database\n" * 200)
    elif damage == "read-only":  # a good log the bot may read but not write
        log = QuestionLog(data, retention_days=90)
        log.record(QuestionRecord(1, time.time(), "ask", "an old question", "declined", 1.0))
        log.close()
        undo = read_only(data / "questions.sqlite3")
    else:  # the data directory cannot be created: a file stands where it should be
        data.write_text("in the way", encoding="utf-8")
    try:
        await answers_despite_the_log(own_fake, tmp_path)
    finally:
        undo()


async def answers_despite_the_log(own_fake: FakeDiscord, tmp_path: Path) -> None:
    bot = await start_bot(own_fake, tmp_path / "corpus", tmp_path / "bot.log")
    try:
        for _ in range(2):
            _, answer = await ask(own_fake, ANSWERABLE, user=own_fake.new_user())
            assert "Bae Hoon" in answer["embeds"][0]["description"]
        deadline = asyncio.get_running_loop().time() + 5
        while await metric(bot, "forumbot_question_log_errors_total") < 1:
            assert asyncio.get_running_loop().time() < deadline, "no error counted"
            await asyncio.sleep(0.05)
        assert await bot.log_match(r"question log .* failed")
        status, _ = await bot.get("/healthz")
        assert status == 200
    finally:
        assert await bot.stop() == 0
    assert "Traceback" not in bot.log()


async def stats(fake: FakeDiscord, user: object = None, locale: str = "en-US") -> str:
    interaction = await fake.slash(
        "stats",
        user=user,
        permissions="8",
        locale=locale,  # type: ignore[arg-type]
    )
    body = (await interaction.response())["data"]
    assert body["flags"] & EPHEMERAL
    return str(body.get("content") or body["embeds"][0]["description"])


async def test_stats_lists_declined_questions_with_counts_for_admins_only(
    community_bot: RunningBot, own_fake: FakeDiscord
) -> None:
    for wording in ("Where is the nearest ski resort?", "where is the nearest SKI resort"):
        _, declined = await ask(own_fake, wording, user=own_fake.new_user())
        assert "embeds" not in declined
    deadline = asyncio.get_running_loop().time() + 5
    report = await stats(own_fake)  # the application's owner is an admin
    while "2× where is the nearest SKI resort" not in report:
        assert asyncio.get_running_loop().time() < deadline, report
        await asyncio.sleep(0.1)
        report = await stats(own_fake)
    assert "Top unanswered questions:" in report and "Feedback: 👍" in report
    korean = await stats(own_fake, locale="ko")
    assert "답하지 못한 질문 상위:" in korean and "2× where is the nearest SKI resort" in korean

    refused = await stats(own_fake, own_fake.new_user("not-admin"))
    assert refused == "Only the bot's admins can see the stats."
    assert await community_bot.log_match(r"refused /stats for user \d+ \(not an admin\)")


async def test_a_failed_ask_is_logged_as_an_error(
    community_bot: RunningBot, own_fake: FakeDiscord, home: Path
) -> None:
    own_fake.fail_next("POST", r"/interactions/\d+/[^/]+/callback", 400)
    question_id, apology = await ask(own_fake, "Who opened the forum?", user=own_fake.new_user())
    assert apology["flags"] & EPHEMERAL and apology["content"].startswith("Sorry")
    database = home / "data" / "questions.sqlite3"
    query = f"SELECT command, question, outcome FROM questions WHERE id = {question_id}"
    assert await rows(database, query, 1) == [("ask", "Who opened the forum?", "error")]
