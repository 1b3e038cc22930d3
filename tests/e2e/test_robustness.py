"""Failures inside handlers, team-owned applications and very long lists, end to end.

One bot for the module, owned by a team, on a generated corpus of 320 speakers and one
speaker with a dozen quotes (the long lists share one process: none of them needs its own).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio

from bot.knowledge import Knowledge, build_knowledge
from tests.e2e.conftest import RunningBot, start_bot
from tests.e2e.fake import FakeDiscord, User
from tests.unit.test_chat_parts import write_many_speakers

EPHEMERAL = 64
APOLOGY = "Sorry, something went wrong on my side"
ADMIN, DEVELOPER, READ_ONLY, INVITED = "admin", "developer", "read_only", "invited-admin"


@pytest_asyncio.fixture(scope="module")
async def team() -> dict[str, User]:
    return {
        name: User(str(9_000_000_000 + n), name)
        for n, name in enumerate((ADMIN, DEVELOPER, READ_ONLY, INVITED))
    }


@pytest_asyncio.fixture(scope="module")
async def team_fake(team: dict[str, User]) -> AsyncIterator[FakeDiscord]:
    members = [
        (team[ADMIN], "admin", 2),
        (team[DEVELOPER], "developer", 2),
        (team[READ_ONLY], "read_only", 2),
        (team[INVITED], "admin", 1),  # invited, not yet accepted
    ]
    async with FakeDiscord(token="robust-token-Qw3", team=members) as server:
        yield server


@pytest_asyncio.fixture(scope="module")
async def crowd(
    team_fake: FakeDiscord, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[tuple[RunningBot, Knowledge]]:
    home = tmp_path_factory.mktemp("crowd")
    corpus = home / "corpus"
    corpus.mkdir()
    write_many_speakers(corpus, 320)
    write_a_speaker_with_many_quotes(corpus, 12)
    running = await start_bot(team_fake, corpus, home / "bot.log")
    yield running, build_knowledge(corpus)
    await running.stop()
    assert "robust-token-Qw3" not in running.log()


def write_a_speaker_with_many_quotes(corpus: Path, count: int) -> None:
    said = "\n\n".join(
        f'"Harbour phase {n} will open on time and under budget," said Noh Minseo, the port '
        "director."
        for n in range(1, count + 1)
    )
    (corpus / "harbour.md").write_text(f"---\ntitle: Harbour\n---\n\n{said}\n", encoding="utf-8")


def message_size(data: dict[str, Any]) -> int:
    """Characters of all embeds of a message, counted as Discord counts them."""
    total = 0
    for embed in data.get("embeds", []):
        total += len(embed.get("title", "")) + len(embed.get("description", ""))
        total += sum(len(f["name"]) + len(f["value"]) for f in embed.get("fields", []))
        total += len(embed.get("footer", {}).get("text", ""))
        total += len(embed.get("author", {}).get("name", ""))
    return total


def buttons(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {b["label"]: b for row in data.get("components", []) for b in row["components"]}


async def test_speakers_are_paged_and_none_dropped(
    crowd: tuple[RunningBot, Knowledge], team_fake: FakeDiscord
) -> None:
    _, knowledge = crowd
    assert len(knowledge.speakers) > 250
    reader = team_fake.new_user("reader")
    asked = await team_fake.slash("speakers", user=reader)
    data = (await asked.response())["data"]
    pages = [json.loads(json.dumps(data))]  # the fake updates the message's dict in place
    while not buttons(pages[-1])["Next"].get("disabled"):
        turn = await team_fake.click(asked.payload["_original"], "Next", user=reader)
        update = await turn.response()
        assert update["type"] == 7
        pages.append(update["data"])
    assert len(pages) > 10  # more embeds than one message can carry
    for number, page in enumerate(pages, start=1):
        assert len(page["embeds"]) == 1 and len(page["embeds"][0]["fields"]) <= 25
        assert message_size(page) <= 6000
        assert page["embeds"][0]["footer"]["text"].startswith(f"Page {number} of {len(pages)}")
    shown = [f["name"] for page in pages for f in page["embeds"][0]["fields"]]
    assert shown == [s.name for s in knowledge.speakers]
    other = await team_fake.click(asked.payload["_original"], "Previous", user=team_fake.new_user())
    refusal = (await other.response())["data"]
    assert refusal["flags"] & EPHEMERAL and "/speakers" in refusal["content"]


async def test_a_failing_button_apologises_logs_and_counts(
    crowd: tuple[RunningBot, Knowledge], team_fake: FakeDiscord
) -> None:
    bot, _ = crowd
    asker = team_fake.new_user("asker")
    asked = await team_fake.slash("ask", {"question": "regional programme phase"}, user=asker)
    assert (await asked.response())["data"]["embeds"]
    # Discord refuses the edit: the callback raises inside discord.py's dynamic item dispatch.
    team_fake.fail_next("POST", r"/interactions/\d+/[^/]+/callback", 400)
    press = await team_fake.click(asked.payload["_original"], "Next answer", user=asker)
    apology = (await press.response())["data"]
    assert apology["flags"] & EPHEMERAL and apology["content"].startswith(APOLOGY)
    assert await bot.log_match(r"ERROR bot\.chat\.request_log: button next failed\nTraceback")
    assert await bot.log_match(rf"handled command=button:next user={asker.id} outcome=error ")
    _, metrics = await bot.get("/metrics")
    assert 'forumbot_commands_total{command="button:next",outcome="error"} 1.0' in metrics


async def test_a_failing_answer_to_a_message_apologises(
    crowd: tuple[RunningBot, Knowledge], team_fake: FakeDiscord
) -> None:
    bot, _ = crowd
    # A success status with a body discord.py cannot read: not an HTTPException.
    team_fake.fail_next("POST", r"/channels/\d+/messages", 200, body={"unexpected": True})
    author = team_fake.new_user("dm-er")
    await team_fake.send_message("regional programme phase", author=author)
    reply = await team_fake.next_channel_message()
    assert reply["content"].startswith(APOLOGY) and not reply.get("embeds")
    assert await bot.log_match(r"ERROR bot\.chat\.dm_and_mentions: answering a dm question failed")
    assert await bot.log_match(rf"handled command=dm user={author.id} outcome=error ")


@pytest.mark.parametrize(
    ("member", "allowed"),
    [(ADMIN, True), (DEVELOPER, True), (READ_ONLY, False), (INVITED, False)],
)
async def test_only_active_team_admins_and_developers_can_reload(
    crowd: tuple[RunningBot, Knowledge],
    team_fake: FakeDiscord,
    team: dict[str, User],
    member: str,
    allowed: bool,
) -> None:
    interaction = await team_fake.slash("reload", user=team[member], permissions="8")
    first = await interaction.response()
    if allowed:
        assert first["type"] == 5
        assert "Reloaded in" in (await interaction.followup(timeout=20))["content"]
    else:
        assert "Only the bot's admins" in json.dumps(first["data"])


async def test_long_quote_lists_are_paged_with_buttons(
    crowd: tuple[RunningBot, Knowledge], team_fake: FakeDiscord
) -> None:
    asker = team_fake.new_user("reader")
    interaction = await team_fake.slash("quote", {"speaker": "noh"}, user=asker)
    first = (await interaction.response())["data"]
    assert first["embeds"][0]["footer"]["text"] == "Page 1 of 3"
    assert len(first["embeds"][0]["fields"]) == 5
    turn = await team_fake.click(interaction.payload["_original"], "Next", user=asker)
    second = (await turn.response())["data"]
    assert second["embeds"][0]["footer"]["text"] == "Page 2 of 3"
    assert second["embeds"][0]["fields"][0]["name"] == "Quote 6"
    back = await team_fake.click(interaction.payload["_original"], "Previous", user=asker)
    assert (await back.response())["data"]["embeds"][0]["footer"]["text"] == "Page 1 of 3"
    other = await team_fake.click(
        interaction.payload["_original"], "Next", user=team_fake.new_user()
    )
    refusal = (await other.response())["data"]
    assert refusal["flags"] & EPHEMERAL and "Only the person who asked" in refusal["content"]
