"""Plain messages: a DM to the bot, or a server message that mentions it, is a question."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

import discord
from discord.ext import commands

from bot.chat.answering import Outcome, Reply
from bot.chat.embeds import NO_PINGS
from bot.i18n import text

if TYPE_CHECKING:
    from bot.chat.client import ForumBot

logger = logging.getLogger(__name__)


class DmAndMentions(commands.Cog):
    def __init__(self, bot: ForumBot) -> None:
        self.bot = bot

    def _mentions_bot(self, message: discord.Message) -> bool:
        """Whether the text itself mentions the bot. `message.mentions` is not enough: a reply
        to one of the bot's answers pings it by default, and "thanks!" is not a question."""
        me = self.bot.user
        assert me is not None
        markers = [f"<@{me.id}>", f"<@!{me.id}>"]
        role = message.guild.self_role if message.guild is not None else None
        if role is not None:  # the bot's managed role, which Discord's picker also offers
            markers.append(role.mention)
        return any(marker in message.content for marker in markers)

    def _is_question(self, message: discord.Message) -> bool:
        if message.author.bot or self.bot.user is None:
            return False
        if message.guild is None:
            return True
        return self._mentions_bot(message)

    async def _reply(self, message: discord.Message, reply: Reply) -> None:
        # fail_if_not_exists=False: a question deleted meanwhile still gets its answer, as a
        # plain message, instead of an HTTP 400 and nothing.
        await message.channel.send(
            content=reply.content,
            embed=reply.embed,  # type: ignore[arg-type]
            view=reply.view,  # type: ignore[arg-type]
            reference=message.to_reference(fail_if_not_exists=False),
            allowed_mentions=NO_PINGS,
            mention_author=False,
        )

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if not self._is_question(message):
            return
        started = time.perf_counter()
        source = "dm" if message.guild is None else "mention"
        public = message.guild is not None
        # A message carries no user language: a server's own language is the best guess.
        locale = message.guild.preferred_locale.value if message.guild is not None else "en-US"
        reply = Reply(Outcome.ERROR)
        try:
            answered = self.bot.answer_question(
                message.author.id,
                message.content,
                question_id=message.id,
                locale=locale,
                public=public,
            )
            if answered.content is not None or answered.embed is not None:
                await self._reply(message, answered)
            reply = answered  # only once it has been sent: a failed send is an error
        except discord.HTTPException:
            logger.exception("could not reply to a %s question", source)
        except Exception:
            logger.exception("answering a %s question failed", source)
            try:
                await self._reply(message, Reply(Outcome.ERROR, content=text(locale, "apology")))
            except discord.HTTPException:
                logger.warning("could not send the apology for a %s question", source)
        finally:
            self.bot.record(source, message.author.id, reply.outcome, started)
            guild_id = message.guild.id if message.guild is not None else None
            self.bot.log_question(message.id, source, message.content, reply, started, guild_id)
