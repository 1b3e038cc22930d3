"""/reload, admins, command sync across restarts, start-up errors and shutdown."""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from tests.conftest import SECOND_ARTICLE_DIR
from tests.e2e.conftest import RunningBot, copy_corpus, run_bot_to_exit, start_bot
from tests.e2e.fake import FakeDiscord

EPHEMERAL = 64


@pytest_asyncio.fixture(scope="module")
async def own_fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord(token="lifecycle-token-Zq8") as server:
        yield server


@pytest_asyncio.fixture(scope="module")
async def admin_bot(
    own_fake: FakeDiscord, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[tuple[RunningBot, int]]:
    home = tmp_path_factory.mktemp("admin")
    admin = own_fake.new_user("admin")
    running = await start_bot(
        own_fake, copy_corpus(home), home / "bot.log", BOT_ADMIN_IDS=f"[{admin.id}]"
    )
    yield running, int(admin.id)
    await running.stop()


async def reload_as(fake: FakeDiscord, user_id: str | None, where: str = "guild") -> str:
    user = fake.owner if user_id is None else fake.new_user("x")
    if user_id is not None:
        user.id = user_id
    interaction = await fake.slash("reload", user=user, where=where, permissions="8")
    first = await interaction.response()
    assert first["type"] == 5 and first["data"]["flags"] & EPHEMERAL  # deferred, private
    followup = await interaction.followup(timeout=20)
    assert followup["flags"] & EPHEMERAL
    return str(followup["content"])


async def ask(fake: FakeDiscord, question: str) -> dict:
    interaction = await fake.slash("ask", {"question": question}, user=fake.new_user())
    return (await interaction.response())["data"]


async def test_reload_picks_up_a_new_article(
    admin_bot: tuple[RunningBot, int], own_fake: FakeDiscord
) -> None:
    bot, _ = admin_bot
    assert "embeds" not in await ask(own_fake, "What did Park Jiwoo say about ports?")
    asker = own_fake.new_user("early")
    before = await own_fake.slash("ask", {"question": "research security"}, user=asker)
    await before.response()
    source = SECOND_ARTICLE_DIR / "busan_ocean_summit.md"
    (bot.corpus / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    text = await reload_as(own_fake, None)  # the application owner is always an admin
    assert "Before: 1 articles, 8 paragraphs" in text
    assert "After: 2 articles, 19 paragraphs" in text
    assert "Articles added: busan\\_ocean\\_summit.md" in text  # markdown escaped, shown as is
    assert "Articles changed: none" in text and "Articles removed: none" in text
    added = next(line for line in text.splitlines() if line.startswith("Speakers added: "))
    assert "Park Jiwoo" in added
    assert "Speakers removed: none" in text
    assert re.search(r"Quotes: (\d+) → (\d+)", text)
    answer = await ask(own_fake, "What did the fisheries minister say about climate policy?")
    assert "Park Jiwoo" in answer["embeds"][0]["description"]
    # Buttons under an answer from the old articles say so rather than show something else.
    stale = await own_fake.click(before.payload["_original"], "Next answer", user=asker)
    reply = (await stale.response())["data"]
    assert reply["flags"] & EPHEMERAL and "articles have changed" in reply["content"]


async def test_failed_reload_keeps_serving_and_names_the_file(
    admin_bot: tuple[RunningBot, int], own_fake: FakeDiscord
) -> None:
    bot, admin_id = admin_bot
    broken = bot.corpus / "broken.md"
    broken.write_text("---\ntitle: [unclosed\n---\nBody.\n", encoding="utf-8")
    try:
        text = await reload_as(own_fake, str(admin_id), where="dm")  # BOT_ADMIN_IDS, in a DM
    finally:
        broken.unlink()
    assert "Reload failed" in text and "still serving the previous index" in text
    assert "broken.md:2" in text
    answer = await ask(own_fake, "What did the fisheries minister say about climate policy?")
    assert "Park Jiwoo" in answer["embeds"][0]["description"]
    _, health = await bot.get("/metrics")
    assert 'forumbot_reloads_total{outcome="failed"} 1.0' in health


async def test_two_reloads_never_run_at_once(
    admin_bot: tuple[RunningBot, int], own_fake: FakeDiscord
) -> None:
    first, second = await asyncio.gather(
        own_fake.slash("reload", user=own_fake.owner, permissions="8"),
        own_fake.slash("reload", user=own_fake.owner, permissions="8"),
    )
    texts = []
    for interaction in (first, second):
        await interaction.response()
        texts.append((await interaction.followup(timeout=20))["content"])
    assert sum("Reloaded in" in t for t in texts) >= 1
    assert all("Reloaded in" in t or "already running" in t for t in texts)


async def test_token_never_logged(admin_bot: tuple[RunningBot, int], own_fake: FakeDiscord) -> None:
    bot, _ = admin_bot
    await ask(own_fake, "keynote")
    log = bot.log()
    assert "DEBUG" in log  # the scan covers every level
    assert own_fake.token not in log


async def test_sigterm_closes_cleanly_and_a_restart_sends_no_sync(
    own_fake: FakeDiscord, tmp_path: Path
) -> None:
    # One process start proves both: the SIGTERM that ends the first bot is the one a
    # restart begins with.
    bot = await start_bot(own_fake, copy_corpus(tmp_path), tmp_path / "bot.log")
    try:
        assert own_fake.calls("PUT", r"/commands$")  # a first start syncs
        puts = len(own_fake.calls("PUT", r"/commands$"))
        asker = own_fake.new_user("before-restart")
        question = {"question": "international cooperation in science and technology"}
        asked = await own_fake.slash("ask", question, user=asker)
        await asked.response()
        started = asyncio.get_running_loop().time()
        assert await bot.stop(timeout=5) == 0
        assert asyncio.get_running_loop().time() - started < 5
        assert "closing the gateway connection" in bot.log()
        bot = await start_bot(own_fake, bot.corpus, tmp_path / "bot2.log")
        assert len(own_fake.calls("PUT", r"/commands$")) == puts
        assert "commands unchanged (global): no sync" in bot.log()
        # The buttons of an answer given before the restart still work.
        press = await own_fake.click(asked.payload["_original"], "Next answer", user=asker)
        update = await press.response()
        assert update["type"] == 7
        assert update["data"]["embeds"][0]["footer"]["text"].startswith("Answer 2 of")
        show = await own_fake.click(asked.payload["_original"], "Show paragraph", user=asker)
        assert (await show.response())["data"]["content"].startswith("**Paragraph")
    finally:
        await bot.stop()


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"DISCORD_TOKEN": ""}, "DISCORD_TOKEN is required"),
        ({"BOT_GUILD_IDS": "12,abc"}, "BOT_GUILD_IDS"),
        ({"BOT_ADMIN_IDS": "[1, 2"}, "BOT_ADMIN_IDS"),
        ({"BOT_HTTP_PORT": "99999"}, "BOT_HTTP_PORT"),
        ({"BOT_HTTP_HOST": "not-a-host.."}, "BOT_HTTP_HOST"),
        ({"BOT_CORPUS_DIR": "/nonexistent/corpus"}, "corpus directory does not exist"),
    ],
)
async def test_bad_settings_stop_start_up_with_one_clear_line(
    env: dict[str, str], expected: str
) -> None:
    secret = "very-secret-token-value"
    environment = {"PATH": os.environ["PATH"], "DISCORD_TOKEN": secret, **env}
    code, text = await run_bot_to_exit(environment, 20)
    assert code == 2
    assert expected in text
    assert "Traceback" not in text
    assert secret not in text


async def test_sharded_process_identifies_each_of_its_shards(tmp_path: Path) -> None:
    async with FakeDiscord() as fake:
        bot = await start_bot(
            fake,
            copy_corpus(tmp_path),
            tmp_path / "bot.log",
            BOT_SHARD_COUNT="3",
            BOT_SHARD_IDS="0,2",
        )
        try:
            for _ in range(100):
                if len(fake.identify_payloads) == 2:
                    break
                await asyncio.sleep(0.05)
            shards = sorted(tuple(p["shard"]) for p in fake.identify_payloads)
            assert shards == [(0, 3), (2, 3)]
            assert "intents" in fake.identify_payloads[0]
            assert fake.identify_payloads[0]["intents"] & (1 << 15) == 0  # no message content
        finally:
            assert await bot.stop() == 0


async def test_unreachable_discord_is_one_clear_line_and_exit_1(tmp_path: Path) -> None:
    environment = {
        "PATH": os.environ["PATH"],
        "DISCORD_TOKEN": "unreachable-token-123",
        "BOT_DISCORD_API_BASE": "http://127.0.0.1:9/api/v10",  # nothing listens on port 9
        "BOT_HTTP_PORT": "0",
        "BOT_CORPUS_DIR": str(copy_corpus(tmp_path)),
        "BOT_DATA_DIR": str(tmp_path / "data"),
    }
    code, text = await run_bot_to_exit(environment, 30)
    assert code == 1
    assert "cannot reach Discord" in text
    assert "Traceback" not in text and "unreachable-token-123" not in text
    assert "voice will NOT be supported" not in text
