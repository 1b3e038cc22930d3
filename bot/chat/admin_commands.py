"""Admin commands: /reload re-reads the corpus without a restart, /stats summarizes the
question log. Admins only, checked here, not in the UI (Discord's permission defaults can be
changed by any server's managers)."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat import discord_limits, embeds, request_log
from bot.chat.embeds import ANSWER_COLOUR, NO_PINGS
from bot.chat.localization import command_text, locale_of
from bot.i18n import text
from bot.questionlog.report import stats_report
from bot.questionlog.stats import LogMissing, read_stats
from bot.store import ReloadInProgress, ReloadResult

if TYPE_CHECKING:
    from bot.chat.client import ForumBot

logger = logging.getLogger(__name__)


_LISTED = 20  # names beyond these are counted, not listed


def _names(locale: str, names: tuple[str, ...]) -> str:
    if not names:
        return text(locale, "none")
    shown = ", ".join(names[:_LISTED])
    if len(names) > _LISTED:
        shown += " " + text(locale, "reload.more", count=len(names) - _LISTED)
    return shown


def _counts(counts: dict[str, int], locale: str) -> str:
    return ", ".join(text(locale, f"counts.{name}", count=value) for name, value in counts.items())


def _bullets(lines: tuple[str, ...], locale: str) -> str:
    shown = "\n".join(f"• {line}" for line in lines[:10])
    if len(lines) > 10:
        shown += "\n" + text(locale, "reload.more", count=len(lines) - 10)
    return shown


def describe_reload(result: ReloadResult, locale: str) -> str:
    before = _counts(result.before, locale)
    if result.after is None:
        text_ = text(locale, "reload.failed", seconds=f"{result.seconds:.2f}", before=before)
        text_ += "\n" + _bullets(result.problems, locale)
    else:
        lines = [
            text(locale, "reload.done", seconds=f"{result.seconds:.2f}"),
            text(locale, "reload.before", counts=before),
            text(locale, "reload.after", counts=_counts(result.after, locale)),
        ]
        changes = result.changes
        if changes is not None:
            listed = (
                ("reload.articles_added", "files", changes.articles_added),
                ("reload.articles_changed", "files", changes.articles_changed),
                ("reload.articles_removed", "files", changes.articles_removed),
                ("reload.speakers_added", "names", changes.speakers_added),
                ("reload.speakers_removed", "names", changes.speakers_removed),
            )
            lines += [
                text(locale, key, **{slot: _names(locale, items)}) for key, slot, items in listed
            ]
            quotes_before, quotes_after = changes.quotes_before, changes.quotes_after
            lines.append(text(locale, "reload.quotes", before=quotes_before, after=quotes_after))
        if result.warnings:
            lines += [text(locale, "reload.warnings"), _bullets(result.warnings, locale)]
        text_ = "\n".join(lines)
    return discord_limits.fit(discord.utils.escape_markdown(text_), discord_limits.MESSAGE_CONTENT)


class AdminCommands(commands.Cog):
    def __init__(self, bot: ForumBot) -> None:
        self.bot = bot

    @app_commands.command(
        name=command_text("command.reload.name"),
        description=command_text("command.reload.description"),
    )
    @app_commands.default_permissions(administrator=True)
    @app_commands.allowed_installs(guilds=True, users=True)
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    async def reload(self, interaction: discord.Interaction) -> None:
        started = request_log.started_at(interaction)
        user = interaction.user
        if not self.bot.is_admin(user.id):
            logger.warning("refused /reload for user %s (not an admin)", user.id)
            await interaction.response.send_message(
                text(locale_of(interaction), "reload.admins_only"),
                ephemeral=True,
                allowed_mentions=NO_PINGS,
            )
            self.bot.record("reload", user.id, request_log.Outcome.REFUSED, started)
            return
        await interaction.response.defer(ephemeral=True, thinking=True)
        try:
            result = await self.bot.store.reload()
        except ReloadInProgress:
            await interaction.followup.send(
                text(locale_of(interaction), "reload.busy"),
                ephemeral=True,
                allowed_mentions=NO_PINGS,
            )
            self.bot.record("reload", user.id, request_log.Outcome.REFUSED, started)
            return
        outcome = "ok" if result.ok else "failed"
        logger.info("reload by %s: %s in %.2f s", user.id, outcome, result.seconds)
        self.bot.metrics.reloads.labels(outcome=outcome).inc()
        self.bot.metrics.index_counts(self.bot.store.current.counts())
        await interaction.followup.send(
            describe_reload(result, locale_of(interaction)),
            ephemeral=True,
            allowed_mentions=NO_PINGS,
        )
        outcome = request_log.Outcome.ANSWERED if result.ok else request_log.Outcome.ERROR
        self.bot.record("reload", user.id, outcome, started)

    @app_commands.command(
        name=command_text("command.stats.name"),
        description=command_text("command.stats.description"),
    )
    @app_commands.describe(days=command_text("command.stats.days"))
    @app_commands.default_permissions(administrator=True)
    @app_commands.allowed_installs(guilds=True, users=True)
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    async def stats(
        self, interaction: discord.Interaction, days: app_commands.Range[int, 1, 365] = 30
    ) -> None:
        started = request_log.started_at(interaction)
        locale = locale_of(interaction)
        user = interaction.user
        if not self.bot.is_admin(user.id):
            logger.warning("refused /stats for user %s (not an admin)", user.id)
            await interaction.response.send_message(
                text(locale, "stats.admins_only"), ephemeral=True, allowed_mentions=NO_PINGS
            )
            self.bot.record("stats", user.id, request_log.Outcome.REFUSED, started)
            return
        outcome = request_log.Outcome.ANSWERED
        embed = None
        content = None
        if not self.bot.question_log.enabled:
            content = text(locale, "stats.logging_off")
        else:
            try:
                found = await asyncio.to_thread(read_stats, self.bot.settings.data_dir, days)
            except LogMissing:
                content = text(locale, "stats.no_log")
            except sqlite3.Error:
                logger.exception("cannot read the question log for /stats")
                self.bot.metrics.question_log_errors.labels(stage="read").inc()
                content, outcome = text(locale, "stats.unreadable"), request_log.Outcome.ERROR
            else:
                report = stats_report(found, locale, embeds.safe)
                embed = discord.Embed(
                    title=text(locale, "stats.title"),
                    description=discord_limits.fit(report, discord_limits.EMBED_DESCRIPTION),
                    colour=ANSWER_COLOUR,
                )
        await interaction.response.send_message(
            content=content,
            embed=embed,  # type: ignore[arg-type]
            ephemeral=True,
            allowed_mentions=NO_PINGS,
        )
        self.bot.record("stats", user.id, outcome, started)
