"""What the bot says to a question, whichever way it was asked (slash command, DM, mention)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import discord

from bot.chat import limits, render
from bot.chat.buttons import AnswerTrail, answer_view
from bot.knowledge import Knowledge
from bot.search.answer import answer
from bot.search.question import QuestionError

# Discord markup for users, roles, channels and @everyone: not words of the question.
_DISCORD_MARKUP = re.compile(r"<@[!&]?\d+>|<#\d+>|<a?:\w+:\d+>|@everyone|@here")
ANSWERS_PER_QUESTION = 5


class Outcome:
    ANSWERED = "answered"
    DECLINED = "declined"
    REFUSED = "refused"  # bad input or rate limit: the user gets a message, not an answer
    ERROR = "error"


@dataclass
class Reply:
    outcome: str
    content: str | None = None
    embed: discord.Embed | None = None
    view: discord.ui.View | None = None


def strip_discord_markup(text: str) -> str:
    return _DISCORD_MARKUP.sub(" ", text)


def reply_to_question(knowledge: Knowledge, question: str, asker_id: int) -> Reply:
    try:
        result = answer(knowledge, strip_discord_markup(question), top=ANSWERS_PER_QUESTION)
    except QuestionError as exc:
        return Reply(Outcome.REFUSED, content=limits.fit(str(exc), limits.MESSAGE_CONTENT))
    if result is None:
        return Reply(Outcome.DECLINED, content=render.decline_text(knowledge))
    trail = AnswerTrail.of(knowledge, asker_id, result)
    embed = render.answer_embed(result, 1, len(trail.locators))
    return Reply(Outcome.ANSWERED, embed=embed, view=answer_view(trail))


def rate_limited(retry_after: int) -> Reply:
    plural = "s" if retry_after != 1 else ""
    return Reply(
        Outcome.REFUSED,
        content=f"You are asking too fast: try again in {retry_after} second{plural}.",
    )
