"""What the bot says to a question, whichever way it was asked (slash command, DM, mention)."""

from __future__ import annotations

from dataclasses import dataclass

import discord

from bot.chat import discord_limits, embeds
from bot.chat.navigation_buttons import AnswerTrail, answer_view
from bot.chat.request_log import Outcome
from bot.i18n import text
from bot.index.tokenize import tokenize
from bot.knowledge import Knowledge
from bot.search.answer import Answer, answer
from bot.search.declines import why_declined
from bot.search.question import (
    MAX_QUESTION_CHARS,
    QuestionError,
    clean_question,
    strip_chat_markup,
    visible_words,
)
from bot.search.who_spoke import asks_who_spoke

ANSWERS_PER_QUESTION = 5


@dataclass(frozen=True, slots=True)
class Reply:
    """Frozen: bot.chat.recent_replies hands one refusal to everyone who types the same
    words, and one answer's embed to everyone who asks it (never change an embed once made)."""

    outcome: str
    content: str | None = None
    embed: discord.Embed | None = None
    view: discord.ui.View | None = None
    answer: Answer | None = None  # what the question log records of an answer


def _unsearchable(question: str, locale: str) -> Reply:
    """Why clean_question refused `question`, in the user's language."""
    length = len(visible_words(question))
    if length > MAX_QUESTION_CHARS:
        why = text(locale, "question.too_long", length=length, limit=MAX_QUESTION_CHARS)
    else:
        why = text(locale, "question.no_words")
    return Reply(Outcome.REFUSED, content=discord_limits.fit(why, discord_limits.MESSAGE_CONTENT))


def check_question(knowledge: Knowledge, question: str, locale: str) -> Reply | None:
    """A refusal for input that cannot be searched, else None; cheap, and run before the rate
    limit so that a slip of the keyboard does not cost one of the user's questions."""
    words = strip_chat_markup(question)
    if not visible_words(words):  # a bare mention, typically: show what can be asked
        return Reply(Outcome.REFUSED, content=embeds.empty_question_text(knowledge, locale))
    try:
        cleaned = clean_question(words)
    except QuestionError:
        return _unsearchable(words, locale)
    if not tokenize(cleaned, question=True) and not asks_who_spoke(cleaned):
        return Reply(Outcome.REFUSED, content=embeds.common_words_text(knowledge, locale))
    return None


@dataclass(frozen=True, slots=True)
class Said:
    """A reply without its buttons: the same for everyone who asks the same words of the same
    snapshot in the same language and whose user id has as many digits (the buttons carry
    the asker's id, and how many answers fit in a button's 100 characters depends on it)."""

    outcome: str
    content: str | None = None
    embed: discord.Embed | None = None
    answer: Answer | None = None
    trail: AnswerTrail | None = None  # the answers "Next answer" steps through

    def reply(self, asker_id: int, locale: str, feedback_id: int | None = None) -> Reply:
        if self.trail is None:
            return Reply(self.outcome, content=self.content, answer=self.answer)
        trail = AnswerTrail(self.trail.fingerprint, asker_id, 0, self.trail.locators)
        view = answer_view(trail, locale, feedback_id)
        return Reply(self.outcome, embed=self.embed, view=view, answer=self.answer)


def said_to(knowledge: Knowledge, words: str, asker_id: int, locale: str) -> Said:
    """What to say to `words` (a question without Discord markup)."""
    try:
        result = answer(knowledge, words, top=ANSWERS_PER_QUESTION)
    except QuestionError:
        refusal = _unsearchable(words, locale)
        return Said(refusal.outcome, content=refusal.content)
    if result is None:
        decline = why_declined(knowledge, words)
        return Said(Outcome.DECLINED, content=embeds.decline_text(knowledge, locale, decline))
    trail = AnswerTrail.of(knowledge, asker_id, result)
    embed = embeds.answer_embed(result, locale, 1, len(trail.locators))
    return Said(Outcome.ANSWERED, embed=embed, answer=result, trail=trail)


def reply_to_question(
    knowledge: Knowledge,
    question: str,
    asker_id: int,
    locale: str,
    feedback_id: int | None = None,
) -> Reply:
    """`feedback_id`: the logged question's id, which the answer's 👍 👎 buttons carry."""
    said = said_to(knowledge, strip_chat_markup(question), asker_id, locale)
    return said.reply(asker_id, locale, feedback_id)


def rate_limited(retry_after: int, locale: str) -> Reply:
    return Reply(Outcome.REFUSED, content=text(locale, "rate_limited", seconds=retry_after))
