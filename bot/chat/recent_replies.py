"""Replies to the questions asked lately, so that a question asked again is not searched again.

In a burst many people ask the same thing (a link was shared, an event happened), and the
search is most of the work of a reply. What is kept is what a reply says (bot.chat.answering
.Said) and whether the question could be searched at all; the buttons, which carry the asker
and the logged question, are made for each reply.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import TypeVar

from bot.chat.answering import Reply, Said, check_question, said_to
from bot.knowledge import Knowledge
from bot.search.question import strip_chat_markup

Key = TypeVar("Key")
Value = TypeVar("Value")


class RecentReplies:
    def __init__(self, size: int = 1024) -> None:
        self.size = size
        self._generation: int | None = None  # the snapshot the replies were read from
        # (question without markup, locale, digits of the asker's id): see Said
        self._said: OrderedDict[tuple[str, str, int], Said] = OrderedDict()
        self._refusals: OrderedDict[tuple[str, str], Reply | None] = OrderedDict()

    def refusal(self, knowledge: Knowledge, question: str, locale: str) -> Reply | None:
        """As bot.chat.answering.check_question, from memory when the question is recent."""
        return self._recall(
            knowledge,
            self._refusals,
            (question, locale),
            lambda: check_question(knowledge, question, locale),
        )

    def reply(
        self,
        knowledge: Knowledge,
        question: str,
        asker_id: int,
        locale: str,
        feedback_id: int | None = None,
    ) -> Reply:
        """As bot.chat.answering.reply_to_question, from memory when the question is recent."""
        words = strip_chat_markup(question)
        said = self._recall(
            knowledge,
            self._said,
            (words, locale, len(str(asker_id))),
            lambda: said_to(knowledge, words, asker_id, locale),
        )
        return said.reply(asker_id, locale, feedback_id)

    def __len__(self) -> int:
        return len(self._said) + len(self._refusals)

    def _recall(
        self,
        knowledge: Knowledge,
        memory: OrderedDict[Key, Value],
        key: Key,
        make: Callable[[], Value],
    ) -> Value:
        if knowledge.generation != self._generation:
            self._said.clear()  # a reload: every answer may have changed
            self._refusals.clear()
            self._generation = knowledge.generation
        if key in memory:
            memory.move_to_end(key)
            return memory[key]
        value = memory[key] = make()
        if len(memory) > self.size:
            memory.popitem(last=False)
        return value
