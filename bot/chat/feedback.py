"""👍 and 👎 under answers, and the 👎 form asking what was wrong.

The buttons carry the question's id (the Discord id of the interaction or message that
asked) in their custom ids, like the other buttons: no memory in the bot, and votes cast
after a restart land on the same logged question.
"""

from __future__ import annotations

import logging
import re
import time
from typing import TYPE_CHECKING, Any

import discord

from bot.chat.embeds import NO_PINGS
from bot.chat.localization import locale_of
from bot.chat.request_log import apologize, guarded, started_at
from bot.chat.sent_buttons import Look
from bot.i18n import text
from bot.questionlog import Outcome, Vote, VoteRecord
from bot.questionlog.records import MAX_COMMENT_CHARS, Reason

if TYPE_CHECKING:
    from bot.chat.client import ForumBot

logger = logging.getLogger(__name__)

_VOTE_ID = re.compile(r"fv:(?P<question>\d+):(?P<vote>[ud])")
_EMOJI = {Vote.UP: "👍", Vote.DOWN: "👎"}


def feedback_id_of(message: discord.Message | None) -> int | None:
    """The question id an answer message's vote buttons carry, to keep them when it changes."""
    if message is None:
        return None
    for row in message.components:
        for component in getattr(row, "children", ()):
            match = _VOTE_ID.fullmatch(getattr(component, "custom_id", None) or "")
            if match:
                return int(match["question"])
    return None


class VoteButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=_VOTE_ID.pattern,
):
    def __init__(self, question_id: int, vote: Vote) -> None:
        super().__init__(self.look(question_id, vote).button())
        self.question_id = question_id
        self.vote = vote

    @staticmethod
    def look(question_id: int, vote: Vote) -> Look:
        return Look(
            f"fv:{question_id}:{'u' if vote is Vote.UP else 'd'}",
            discord.ButtonStyle.secondary,
            emoji=_EMOJI[vote],
        )

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> VoteButton:
        return cls(int(match["question"]), Vote.UP if match["vote"] == "u" else Vote.DOWN)

    @guarded("vote")
    async def callback(self, interaction: discord.Interaction[Any]) -> str:
        bot: ForumBot = interaction.client
        locale = locale_of(interaction)
        if self.vote is Vote.DOWN:
            await interaction.response.send_modal(ReasonForm(self.question_id, locale))
            return Outcome.ANSWERED
        bot.question_log.record(
            VoteRecord(
                self.question_id, bot.question_log.voter(interaction.user.id), Vote.UP, time.time()
            )
        )
        await interaction.response.send_message(
            text(locale, "feedback.thanks_up"), ephemeral=True, allowed_mentions=NO_PINGS
        )
        return Outcome.ANSWERED


class ReasonForm(discord.ui.Modal):
    """What was wrong: one of the reasons, and optional words of the user's own."""

    def __init__(self, question_id: int, locale: str) -> None:
        super().__init__(
            title=text(locale, "feedback.form_title"), timeout=900, custom_id=f"fm:{question_id}"
        )
        self.question_id = question_id
        self.locale = locale
        self.reason: discord.ui.Select[Any] = discord.ui.Select(
            custom_id="reason",
            options=[
                discord.SelectOption(
                    label=text(locale, f"feedback.reason.{reason.value}"), value=reason.value
                )
                for reason in Reason
            ],
            min_values=1,
            max_values=1,
        )
        self.comment: discord.ui.TextInput[Any] = discord.ui.TextInput(
            custom_id="comment",
            style=discord.TextStyle.paragraph,
            placeholder=text(locale, "feedback.comment_placeholder"),
            max_length=MAX_COMMENT_CHARS,
            required=False,
        )
        self.add_item(
            discord.ui.Label(text=text(locale, "feedback.reason_label"), component=self.reason)
        )
        self.add_item(
            discord.ui.Label(text=text(locale, "feedback.comment_label"), component=self.comment)
        )

    async def on_submit(self, interaction: discord.Interaction[Any], /) -> None:
        started_at(interaction)
        bot: ForumBot = interaction.client
        reason = Reason(self.reason.values[0]) if self.reason.values else Reason.OTHER
        comment = (self.comment.value or "").strip()[:MAX_COMMENT_CHARS] or None
        bot.question_log.record(
            VoteRecord(
                self.question_id,
                bot.question_log.voter(interaction.user.id),
                Vote.DOWN,
                time.time(),
                reason,
                comment,
            )
        )
        await interaction.response.send_message(
            text(self.locale, "feedback.thanks_down"), ephemeral=True, allowed_mentions=NO_PINGS
        )
        bot.record("vote-form", interaction.user.id, Outcome.ANSWERED, started_at(interaction))

    async def on_error(self, interaction: discord.Interaction[Any], error: Exception, /) -> None:
        logger.error("the feedback form failed", exc_info=error)
        await apologize(interaction, "the feedback form")
