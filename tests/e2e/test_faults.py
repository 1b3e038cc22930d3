"""Faults through the loopback Discord: dropped gateways, rate limits, server errors, load."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from tests.e2e.conftest import RunningBot, copy_corpus, start_bot, wait_for_health
from tests.e2e.fake import FakeDiscord, Interaction

QUESTION = {"question": "Who gave the keynote speech?"}


@pytest_asyncio.fixture(scope="module")
async def faulty() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(token="faults-token-Xy7") as server:
        yield server


@pytest_asyncio.fixture(scope="module")
async def fault_bot(
    faulty: FakeDiscord, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[RunningBot]:
    home = tmp_path_factory.mktemp("faults")
    running = await start_bot(
        faulty, copy_corpus(home), home / "bot.log", BOT_QUESTIONS_PER_USER="1000"
    )
    yield running
    await running.stop()


async def answered(interaction: Interaction, timeout: float = 10.0) -> bool:
    body = await interaction.response(timeout)
    return body["type"] == 4 and "Hah Taekjip" in body["data"]["embeds"][0]["description"]


async def exactly_one_response(interaction: Interaction) -> None:
    assert await answered(interaction)
    await asyncio.sleep(0.2)
    assert interaction.responses.empty(), "answered twice"


@pytest.mark.parametrize("fault", ["reconnect", "drop", "invalid_session", "resumable_session"])
async def test_gateway_faults_are_survived(
    fault_bot: RunningBot, faulty: FakeDiscord, fault: str
) -> None:
    identifies, resumes = faulty.identifies, faulty.resumes
    if fault == "reconnect":
        await faulty.send_reconnect()
    elif fault == "drop":
        await faulty.drop_connection()
    else:
        await faulty.send_invalid_session(resumable=fault == "resumable_session")
    await asyncio.wait_for(faulty.ready.wait(), 20)
    assert faulty.identifies + faulty.resumes > identifies + resumes
    await wait_for_health(fault_bot)
    await exactly_one_response(await faulty.slash("ask", QUESTION, user=faulty.new_user()))


async def test_event_sent_while_disconnected_is_answered_once_after_resume(
    fault_bot: RunningBot, faulty: FakeDiscord
) -> None:
    await faulty.drop_connection()
    pending = await faulty.slash("ask", QUESTION, user=faulty.new_user())  # queued for RESUME
    await asyncio.wait_for(faulty.ready.wait(), 20)
    await exactly_one_response(pending)


async def test_429_on_the_interaction_callback_is_retried(
    fault_bot: RunningBot, faulty: FakeDiscord
) -> None:
    faulty.fail_next("POST", r"/interactions/\d+/[^/]+/callback", 429, retry_after=0.3)
    interaction = await faulty.slash("ask", QUESTION, user=faulty.new_user())
    await exactly_one_response(interaction)
    statuses = [r.status for r in faulty.calls("POST", rf"/interactions/{interaction.id}/")]
    assert statuses == [429, 200]


async def test_429_on_a_channel_message_is_retried(
    fault_bot: RunningBot, faulty: FakeDiscord
) -> None:
    faulty.fail_next("POST", r"/channels/\d+/messages", 429, retry_after=0.3)
    await faulty.send_message("Who gave the keynote speech?", author=faulty.new_user())
    reply = await faulty.next_channel_message(timeout=10)
    assert "Hah Taekjip" in reply["embeds"][0]["description"]


async def test_500_on_a_followup_is_survived(fault_bot: RunningBot, faulty: FakeDiscord) -> None:
    faulty.fail_next("POST", rf"/webhooks/{faulty.application_id}/", 500)
    reload = await faulty.slash("reload", user=faulty.owner, permissions="8")
    await reload.response()
    followup = await reload.followup(timeout=15)  # discord.py retries a 5xx
    assert "Reloaded in" in followup["content"]
    await exactly_one_response(await faulty.slash("ask", QUESTION, user=faulty.new_user()))


async def test_reloads_during_200_questions_lose_nothing(
    fault_bot: RunningBot, faulty: FakeDiscord
) -> None:
    questions = [
        faulty.slash("ask", {"question": q}, user=faulty.new_user())
        for q in ["Who gave the keynote speech?", "What did the science minister say about AI?"]
        * 100
    ]
    reloads = [faulty.slash("reload", user=faulty.owner, permissions="8") for _ in range(20)]
    started = await asyncio.gather(*questions, *reloads)
    asked, reloading = started[:200], started[200:]
    bodies = await asyncio.gather(*(i.response(30) for i in asked))
    failures = [b for b in bodies if b["type"] != 4 or not b["data"].get("embeds")]
    assert failures == []
    for interaction in reloading:
        await interaction.response(30)
        text = (await interaction.followup(30))["content"]
        assert "Reloaded in" in text or "already running" in text
    assert "Traceback" not in fault_bot.log()
