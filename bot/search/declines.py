"""Why a question was declined, in words a user can act on, with close speakers to try."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from bot.index.tokenize import tokenize
from bot.knowledge import Knowledge
from bot.quotes.lookup import suggest
from bot.quotes.models import SpeakerKind
from bot.search.answer import candidates
from bot.search.asked import Asked, named_speakers, phrases, read_question

SUGGESTIONS = 3


class DeclineReason(StrEnum):
    UNKNOWN_PERSON = "unknown person"  # a name no article mentions
    UNKNOWN_WORDS = "unknown words"  # words no article uses
    SPEAKER_OFF_TOPIC = "speaker off topic"  # the person is quoted, on other things
    WORDS_APART = "words apart"  # the words are there, never together


@dataclass(frozen=True, slots=True)
class Decline:
    reason: DeclineReason
    missing: tuple[str, ...]  # what the articles lack, as the user typed it
    suggestions: tuple[str, ...] = ()  # speakers' names to try instead

    def message(self, emphasis: Callable[[str], str] = "*{}*".format) -> str:
        """`emphasis` marks the user's words (the chat layer escapes them first)."""
        missing = " or ".join(emphasis(words) for words in self.missing)
        if self.reason is DeclineReason.UNKNOWN_PERSON:
            text = f"No one the articles quote or mention is called {missing}."
        elif self.reason is DeclineReason.UNKNOWN_WORDS:
            text = f"The articles have nothing about {missing}."
        elif self.reason is DeclineReason.SPEAKER_OFF_TOPIC:
            who, *topic = self.missing
            about = " or ".join(emphasis(words) for words in topic) or "that"
            text = f"{who} is quoted in the articles, but not about {about}."
        else:
            mentioned = ", ".join(emphasis(words) for words in self.missing)
            text = f"The articles mention {mentioned}, but no passage is about them together."
        if self.suggestions:
            text += " Did you mean " + " or ".join(self.suggestions) + "?"
        return text


def why_declined(knowledge: Knowledge, question: str) -> Decline:
    """The reason `answer` returned None for this question (raises QuestionError as it does)."""
    asked = read_question(knowledge, question)
    # "What did *Jeon Do-yun* say?" asks for a person; "the *Eiffel Tower*" is a thing, and so
    # is a name asked about with someone the articles quote.
    names = [words for words in asked.unknown if _looks_like_a_name(words)]
    if names and asked.wants_words and not _named_besides(knowledge, asked, names):
        close = _close_speakers(knowledge, names)
        return Decline(DeclineReason.UNKNOWN_PERSON, tuple(names), close)
    if asked.unknown:
        return Decline(DeclineReason.UNKNOWN_WORDS, asked.unknown)
    if asked.named and asked.topic:
        who = " or ".join(sorted(asked.named))
        return Decline(DeclineReason.SPEAKER_OFF_TOPIC, (who, *_topic_words(asked)))
    return Decline(DeclineReason.WORDS_APART, _words_held_apart(knowledge, asked))


def _named_besides(knowledge: Knowledge, asked: Asked, names: list[str]) -> set[str]:
    """Speakers the question names outside the unknown names ("Felix" of "Felix Okonkwo"
    names nobody)."""
    text = asked.text
    for name in names:
        text = text.replace(name, " ")
    return named_speakers(knowledge, text)


def _looks_like_a_name(words: str) -> bool:
    return all(word[:1].isupper() for word in words.split() if tokenize(word, question=True))


def _close_speakers(knowledge: Knowledge, typed: list[str]) -> tuple[str, ...]:
    """Speakers sharing a word of the name typed ("Jeon" of "Jeon Do-yun"), then those
    spelled close to it."""
    people = [s for s in knowledge.speakers if s.kind is SpeakerKind.PERSON]
    found: list[str] = []
    for words in typed:
        found += sorted(named_speakers(knowledge, words))
        found += [s.name for s in suggest(people, words, limit=SUGGESTIONS)]
    return tuple(dict.fromkeys(found))[:SUGGESTIONS]


def _typed_words(asked: Asked, terms: set[str]) -> tuple[str, ...]:
    """The question's words, as typed, whose terms are among `terms`."""
    return phrases(asked.text, lambda word: bool(set(tokenize(word, question=True)) & terms))


def _topic_words(asked: Asked) -> tuple[str, ...]:
    return _typed_words(asked, set(asked.topic))


def _words_held_apart(knowledge: Knowledge, asked: Asked) -> tuple[str, ...]:
    """The question's words that some paragraph has, one by one: each is there, just not
    together."""
    found = candidates(knowledge, asked)
    held = {t for c in found for t in asked.weights if knowledge.index.contains(c.document, t)}
    words = [w.strip("?!.,;:\"'“”‘’") for w in asked.text.split()]
    return tuple(dict.fromkeys(w for w in words if set(tokenize(w, question=True)) & held))
