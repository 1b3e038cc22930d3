"""One log line and one metric per handled interaction or message, and the apology on failure.

Every handler ends in `record`, so the log line and the forumbot_commands counter can never
disagree, and an operator can follow any user's request by grepping one line format.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import discord

from bot.chat.render import NO_PINGS
from bot.ops.metrics import Metrics

logger = logging.getLogger("bot.chat.handled")


class Outcome:
    """How a request ended, as the log line and the commands metric name it."""

    ANSWERED = "answered"
    DECLINED = "declined"
    REFUSED = "refused"  # bad input or rate limit: the user gets a message, not an answer
    ERROR = "error"


APOLOGY = "Sorry, something went wrong on my side while answering. Please try again."


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
    try:
        if interaction.response.is_done():
            await interaction.followup.send(APOLOGY, ephemeral=True, allowed_mentions=NO_PINGS)
        else:
            await interaction.response.send_message(
                APOLOGY, ephemeral=True, allowed_mentions=NO_PINGS
            )
    except discord.HTTPException:
        logger.warning("could not send the apology for %s", what)
