"""The durable question log: what people asked, what they got, and how they voted.

No discord import: the bot writes it, `forum-bot stats` reads it, through the same code.
"""

from bot.questionlog.log import LOG_FILE, QuestionLog
from bot.questionlog.records import Outcome, QuestionRecord, Vote, VoteRecord

__all__ = ["LOG_FILE", "Outcome", "QuestionLog", "QuestionRecord", "Vote", "VoteRecord"]
