"""The Discord client: wires the cogs to the knowledge store, syncs commands, handles errors."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.chat import discord_patches, request_log
from bot.chat.admin_commands import AdminCommands
from bot.chat.answering import Outcome, Reply, rate_limited
from bot.chat.dm_and_mentions import DmAndMentions
from bot.chat.embeds import NO_PINGS
from bot.chat.feedback import VoteButton
from bot.chat.localization import CatalogTranslator
from bot.chat.navigation_buttons import (
    NextAnswerButton,
    QuotePageButton,
    ShowParagraphButton,
    SpeakersPageButton,
)
from bot.chat.question_quota import RateLimiter
from bot.chat.recent_replies import RecentReplies
from bot.chat.sync import commands_differ
from bot.chat.user_commands import UserCommands
from bot.config import Settings
from bot.ops.metrics import Metrics
from bot.questionlog import QuestionLog, QuestionRecord
from bot.search.question import strip_chat_markup
from bot.store import KnowledgeStore

logger = logging.getLogger(__name__)


def intents() -> discord.Intents:
    """No privileged intents: DMs and mentions arrive with their content regardless."""
    wanted = discord.Intents.none()
    wanted.guilds = True
    wanted.guild_messages = True
    wanted.dm_messages = True
    return wanted


AppCommand = app_commands.Command[Any, ..., Any] | app_commands.Group | app_commands.ContextMenu


class ForumTree(app_commands.CommandTree["ForumBot"]):
    async def interaction_check(self, interaction: discord.Interaction[ForumBot], /) -> bool:
        request_log.started_at(interaction)  # so that a failed command's latency is measured too
        return True

    async def on_error(
        self, interaction: discord.Interaction[ForumBot], error: app_commands.AppCommandError
    ) -> None:
        command = interaction.command.name if interaction.command else "unknown"
        logger.error("command /%s failed", command, exc_info=error)
        await request_log.apologize(interaction, f"/{command}")
        started = request_log.started_at(interaction)
        bot = interaction.client
        bot.record(command, interaction.user.id, Outcome.ERROR, started)
        question = getattr(interaction.namespace, "question", None)
        if isinstance(question, str):  # a failed /ask is a question the log should show
            failed = Reply(Outcome.ERROR)
            guild = interaction.guild_id
            bot.log_question(interaction.id, command, question, failed, started, guild)


class ForumBot(commands.Bot):
    def __init__(self, settings: Settings, store: KnowledgeStore, **client_options: Any) -> None:
        discord_patches.silence_voice_warnings()
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents(),
            help_command=None,
            allowed_mentions=NO_PINGS,
            tree_cls=ForumTree,
            guild_ready_timeout=settings.guild_ready_timeout,
            **client_options,
        )
        self.settings = settings
        self.store = store
        self.metrics = Metrics()
        self.metrics.index_counts(store.current.counts())
        self.question_log = QuestionLog(
            settings.data_dir,
            settings.log_retention_days,
            on_error=lambda stage: self.metrics.question_log_errors.labels(stage=stage).inc(),
        )
        self.limiter = RateLimiter(settings.questions_per_user, settings.rate_window_seconds)
        self.recent_replies = RecentReplies()
        self.owner_ids: set[int] = set()
        self._lag_monitor: asyncio.Task[None] | None = None

    async def setup_hook(self) -> None:
        await self.tree.set_translator(CatalogTranslator())
        await self.add_cog(UserCommands(self))
        await self.add_cog(DmAndMentions(self))
        await self.add_cog(AdminCommands(self))
        self.add_dynamic_items(
            NextAnswerButton, ShowParagraphButton, QuotePageButton, SpeakersPageButton, VoteButton
        )
        self._lag_monitor = asyncio.create_task(self._watch_loop_lag())
        await self._learn_gateway()
        await self._learn_owners()
        await self.sync_commands_if_changed()

    async def _learn_gateway(self) -> None:
        shards, url, _ = await self.http.get_bot_gateway()
        discord_patches.use_gateway(url)
        if shards > 1 and self.shard_count is None:
            logger.warning(
                "Discord recommends %d shards for this bot: set BOT_SHARD_COUNT (see README)",
                shards,
            )

    async def _learn_owners(self) -> None:
        self.owner_ids = owners_of(await self.application_info())

    def is_admin(self, user_id: int) -> bool:
        return user_id in self.settings.admin_ids or user_id in self.owner_ids

    def record(self, command: str, user_id: int, outcome: str, started: float) -> None:
        request_log.record(self.metrics, command, user_id, outcome, started)

    async def sync_commands_if_changed(self) -> None:
        """Sync only what changed: a restart with the same commands sends no sync."""
        assert self.application_id is not None
        targets: list[discord.Object | None] = [discord.Object(g) for g in self.settings.guild_ids]
        for guild in targets:
            assert guild is not None
            self.tree.copy_global_to(guild=guild)
        for guild in targets or [None]:
            local = [await self._payload(c) for c in self.tree._get_all_commands(guild=guild)]
            if guild is None:
                remote = await self.http.get_global_commands(self.application_id)
            else:
                remote = await self.http.get_guild_commands(self.application_id, guild.id)
            where = f"guild {guild.id}" if guild else "global"
            if commands_differ(local, remote):
                await self.tree.sync(guild=guild)
                logger.info("synced %d commands (%s)", len(local), where)
            else:
                logger.info("commands unchanged (%s): no sync", where)

    async def _payload(self, command: AppCommand) -> dict[str, Any]:
        """A command as sync would send it, localizations included."""
        translator = self.tree.translator
        if translator is None:
            return command.to_dict(self.tree)
        return await command.get_translated_payload(self.tree, translator)

    def answer_question(
        self,
        user_id: int,
        question: str,
        *,
        question_id: int,
        locale: str,
        public: bool = False,
    ) -> Reply:
        """The reply to a question. `question_id`: the Discord id of the interaction or
        message that asked, the key of the question log. `public`: asked in a channel, where
        a spammer must not make the bot spam too, so the over-limit notice goes out once per
        window; the reply is then empty and nothing should be sent. `locale`: the asker's
        Discord language, which the bot's own words follow."""
        knowledge = self.store.current
        refusal = self.recent_replies.refusal(knowledge, question, locale)
        # Checked first: a malformed question costs no quota in private, where only the
        # asker sees the reply; in a channel, blank mentions count, or they could flood it.
        if refusal is not None and not public:
            return refusal
        retry_after = self.limiter.retry_after(user_id)
        if retry_after is not None:
            if public and not self.limiter.notice_due(user_id):
                return Reply(Outcome.REFUSED)
            return rate_limited(retry_after, locale)
        if refusal is not None:
            return refusal
        started = time.perf_counter()
        feedback_id = question_id if self.question_log.enabled else None
        reply = self.recent_replies.reply(knowledge, question, user_id, locale, feedback_id)
        self.metrics.answer_seconds.observe(time.perf_counter() - started)
        return reply

    def log_question(
        self,
        question_id: int,
        command: str,
        question: str,
        reply: Reply,
        started: float,
        guild_id: int | None,
    ) -> None:
        """Queue the question for the log; the writing happens on the log's own thread."""
        if not self.question_log.enabled:
            return
        queued = time.perf_counter()
        answer = reply.answer
        self.question_log.record(
            QuestionRecord(
                question_id=question_id,
                asked_at=time.time(),
                command=command,
                question=" ".join(strip_chat_markup(question).split()),
                outcome=reply.outcome,
                latency_ms=(time.perf_counter() - started) * 1000,
                guild_id=guild_id,
                top_score=answer.score if answer else None,
                coverage=answer.coverage if answer else None,
                paragraph_id=answer.paragraph.id if answer else None,
                speaker=answer.speaker.name if answer and answer.speaker else None,
            )
        )
        self.metrics.question_log_seconds.observe(time.perf_counter() - queued)

    async def _watch_loop_lag(self, interval: float = 0.05) -> None:
        """Blocking work on the event loop shows up as timers firing late."""
        loop = asyncio.get_running_loop()
        while True:
            expected = loop.time() + interval
            await asyncio.sleep(interval)
            self.metrics.observe_loop_lag(max(0.0, loop.time() - expected))

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        # discord.py's own hook sleeps a fixed 5 s; this one takes the configured interval.
        if not initial:
            await asyncio.sleep(self.settings.identify_interval)

    async def close(self) -> None:
        if self._lag_monitor is not None:
            self._lag_monitor.cancel()
        await super().close()
        await asyncio.to_thread(self.question_log.close)

    async def on_message(self, message: discord.Message, /) -> None:
        """No prefix commands: a mention is a question for the DmAndMentions cog, not a command."""

    async def on_ready(self) -> None:
        logger.info(
            "connected as %s (%s) to %d guilds", self.user, self.application_id, len(self.guilds)
        )

    async def on_error(self, event_method: str, /, *args: object, **kwargs: object) -> None:
        logger.exception("unhandled error in %s; still running", event_method)


def owners_of(info: discord.AppInfo) -> set[int]:
    """Who counts as the application's owner, as discord.py's Bot.is_owner decides it: of a
    team, only members with the admin or developer role who have accepted the invitation
    (a read-only member or a pending invitee must not be able to reload)."""
    if info.team is None:
        return {info.owner.id}
    return {
        member.id
        for member in info.team.members
        if member.role in (discord.TeamMemberRole.admin, discord.TeamMemberRole.developer)
        and member.membership_state is discord.TeamMembershipState.accepted
    }


class ShardedForumBot(commands.AutoShardedBot, ForumBot):
    """Runs the given shards of a sharded bot in this process (BOT_SHARD_COUNT, BOT_SHARD_IDS)."""


def make_bot(settings: Settings, store: KnowledgeStore) -> ForumBot:
    if settings.shard_count is None and not settings.shard_ids:
        return ForumBot(settings, store)
    return ShardedForumBot(
        settings,
        store,
        shard_count=settings.shard_count,
        shard_ids=list(settings.shard_ids) or None,
    )
