"""Speakers a question's name could mean ("What did *Marrowby* say?" when two Marrowbys
spoke): the answer says so plainly rather than silently picking one."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.i18n import text
from bot.index.tokenize import tokenize
from bot.knowledge import Knowledge
from bot.quotes.models import Speaker
from bot.search.asked import Asked, name_terms, phrases


@dataclass(frozen=True, slots=True)
class Namesakes:
    called: str  # the name as the question typed it ("Marrowby")
    speakers: tuple[Speaker, ...]  # the answer's speaker first

    def message(
        self,
        locale: str | None = None,
        escape: Callable[[str], str] = str,
    ) -> str:
        """In the locale's language; `escape` marks up the articles' names and roles."""
        people = [
            escape(s.name) + (text(locale, "namesakes.role", role=escape(s.role)) if s.role else "")
            for s in self.speakers
        ]
        listed = text(locale, "namesakes.and").join(
            [text(locale, "namesakes.comma").join(people[:-1]), people[-1]]
        )
        return text(locale, "namesakes", called=escape(self.called), people=listed)


def namesakes_of(
    knowledge: Knowledge, asked: Asked, answered_by: Iterable[str | None]
) -> Namesakes | None:
    """The people the question names by the same words, when the words of more than one of
    them answer it (`answered_by`: the speakers of the passages that hold the question, best
    first). A full name, or a topic only one of them spoke about, decides: None."""
    named = name_terms(knowledge, asked)
    answering = [name for name in dict.fromkeys(answered_by) if name in named]
    if len(answering) < 2:
        return None
    first = answering[0]
    same = [name for name in answering if named[name] == named[first]]
    if len(same) < 2:
        return None
    called = phrases(asked.text, lambda word: bool(set(tokenize(word)) & named[first]))
    speakers = tuple(
        speaker for name in same if (speaker := knowledge.attribution.speaker(name)) is not None
    )
    return Namesakes(" ".join(called), speakers) if len(speakers) > 1 else None
