"""Replies to the questions asked lately, so that a question asked again is not searched again.

In a burst many people ask the same thing (a link was shared, an event happened), and the
search is most of the work of a reply. What is kept is what a reply says (bot.chat.answering
.Said); its buttons, which carry the asker and the logged question, are made for each reply.
"""

from __future__ import annotations

from collections import OrderedDict

from bot.chat.answering import Reply, Said, said_to, strip_discord_markup
from bot.knowledge import Knowledge

# (question without markup, locale, digits of the asker's id): see Said
_Key = tuple[str, str, int]


class RecentReplies:
    def __init__(self, size: int = 1024) -> None:
        self.size = size
        self._generation: int | None = None  # the snapshot the replies were read from
        self._said: OrderedDict[_Key, Said] = OrderedDict()

    def reply(
        self,
        knowledge: Knowledge,
        question: str,
        asker_id: int,
        locale: str,
        feedback_id: int | None = None,
    ) -> Reply:
        """As bot.chat.answering.reply_to_question, from memory when the question is recent."""
        if knowledge.generation != self._generation:
            self._said.clear()  # a reload: every answer may have changed
            self._generation = knowledge.generation
        words = strip_discord_markup(question)
        key = (words, locale, len(str(asker_id)))
        said = self._said.get(key)
        if said is None:
            said = said_to(knowledge, words, asker_id, locale)
            self._said[key] = said
            if len(self._said) > self.size:
                self._said.popitem(last=False)
        else:
            self._said.move_to_end(key)
        return said.reply(asker_id, locale, feedback_id)

    def __len__(self) -> int:
        return len(self._said)
