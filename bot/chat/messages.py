"""Plain messages: a DM to the bot, or a server message that mentions it, is a question."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord
from discord.ext import commands

from bot.chat.render import NO_PINGS

if TYPE_CHECKING:
    from bot.chat.client import ForumBot

logger = logging.getLogger(__name__)


class Messages(commands.Cog):
    def __init__(self, bot: ForumBot) -> None:
        self.bot = bot

    def _is_question(self, message: discord.Message) -> bool:
        if message.author.bot or self.bot.user is None:
            return False
        if message.guild is None:
            return True
        return self.bot.user in message.mentions

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if not self._is_question(message):
            return
        reply = self.bot.answer_question(message.author.id, message.content)
        source = "dm" if message.guild is None else "mention"
        self.bot.metrics.command(source, reply.outcome)
        try:
            await message.reply(
                content=reply.content,
                embed=reply.embed,  # type: ignore[arg-type]
                view=reply.view,  # type: ignore[arg-type]
                allowed_mentions=NO_PINGS,
                mention_author=False,
            )
        except discord.HTTPException:
            logger.exception("could not reply to a %s question", source)
            self.bot.metrics.command(source, "error")
