"""One log line and one metric per handled interaction or message, and the apology on failure
(`guarded` does both for button callbacks).

Every handler ends in `record`, so the log line and the forumbot_commands counter can never
disagree, and an operator can follow any user's request by grepping one line format.
"""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

import discord

from bot.chat.embeds import NO_PINGS
from bot.chat.localization import locale_of
from bot.i18n import text
from bot.ops.metrics import Metrics
from bot.questionlog import Outcome

if TYPE_CHECKING:
    from bot.chat.client import ForumBot

__all__ = ["Outcome", "apologize", "guarded", "record", "started_at"]

logger = logging.getLogger("bot.chat.request_log")


def started_at(interaction: discord.Interaction[Any]) -> float:
    """When handling began; the first caller stamps it, so error paths measure the same span."""
    return float(interaction.extras.setdefault("started", time.perf_counter()))


def record(metrics: Metrics, command: str, user_id: int, outcome: str, started: float) -> None:
    latency_ms = (time.perf_counter() - started) * 1000
    metrics.command(command, outcome)
    logger.info(
        "handled command=%s user=%s outcome=%s latency_ms=%.1f",
        command,
        user_id,
        outcome,
        latency_ms,
    )


async def apologize(interaction: discord.Interaction[Any], what: str) -> None:
    """Tell the user privately that it failed, instead of Discord's bare "interaction failed"."""
    apology = text(locale_of(interaction), "apology")
    try:
        if interaction.response.is_done():
            await interaction.followup.send(apology, ephemeral=True, allowed_mentions=NO_PINGS)
        else:
            await interaction.response.send_message(
                apology, ephemeral=True, allowed_mentions=NO_PINGS
            )
    except discord.HTTPException:
        logger.warning("could not send the apology for %s", what)


ItemT = TypeVar("ItemT", bound=discord.ui.Item[Any])
ButtonCallback = Callable[[ItemT, discord.Interaction[Any]], Awaitable[str]]
GuardedCallback = Callable[[ItemT, discord.Interaction[Any]], Awaitable[None]]


def guarded(name: str) -> Callable[[ButtonCallback[ItemT]], GuardedCallback[ItemT]]:
    """A button callback that records its outcome, and on an exception logs the traceback,
    counts an error and apologises. discord.py sends a DynamicItem's exceptions to its own
    logger only: without this the user would see just "This interaction failed"."""

    def wrap(callback: ButtonCallback[ItemT]) -> GuardedCallback[ItemT]:
        @functools.wraps(callback)
        async def run(item: ItemT, interaction: discord.Interaction[Any]) -> None:
            started = started_at(interaction)
            try:
                outcome = await callback(item, interaction)
            except Exception:
                logger.exception("button %s failed", name)
                outcome = Outcome.ERROR
                await apologize(interaction, f"the {name} button")
            bot: ForumBot = interaction.client
            bot.record(f"button:{name}", interaction.user.id, outcome, started)

        return run

    return wrap
