"""Why a question was declined, in words a user can act on, with close speakers or topics
to try, in the user's language (bot.i18n)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from bot.i18n import language_name, text
from bot.index.tokenize import tokenize
from bot.knowledge import Knowledge
from bot.quotes.lookup import suggest
from bot.quotes.models import SpeakerKind
from bot.search.answer import candidates
from bot.search.asked import (
    Asked,
    named_speakers,
    phrases,
    read_question,
    speech_verb_at,
)
from bot.search.spelling import Spelling, written_form

SUGGESTIONS = 3
SPEAKER_EXAMPLES = 2


class DeclineReason(StrEnum):
    UNKNOWN_PERSON = "unknown person"  # a name no article mentions
    UNKNOWN_WORDS = "unknown words"  # words no article uses
    SPEAKER_OFF_TOPIC = "speaker off topic"  # the person is quoted, on other things
    WORDS_APART = "words apart"  # the words are there, never together
    OTHER_LANGUAGE = "other language"  # asked in a script the articles do not use


@dataclass(frozen=True, slots=True)
class Decline:
    reason: DeclineReason
    missing: tuple[str, ...]  # what the articles lack, as the user typed it
    suggestions: tuple[str, ...] = ()  # speakers' names to try instead
    topics: tuple[str, ...] = ()  # words the articles use, spelled close to those they lack
    language: str = "en"  # the articles' language (ISO 639-1), for OTHER_LANGUAGE

    def message(
        self,
        locale: str | None = None,
        emphasis: Callable[[str], str] = "*{}*".format,
        escape: Callable[[str], str] = str,
    ) -> str:
        """In the locale's language. `emphasis` marks the user's words and `escape` the
        articles' names and words (the chat layer escapes markdown in both)."""
        either = text(locale, "decline.or")
        missing = either.join(emphasis(words) for words in self.missing)
        if self.reason is DeclineReason.OTHER_LANGUAGE:
            return self._other_language(locale, escape)
        if self.reason is DeclineReason.UNKNOWN_PERSON:
            said = text(locale, "decline.unknown_person", missing=missing)
        elif self.reason is DeclineReason.UNKNOWN_WORDS:
            said = text(locale, "decline.unknown_words", missing=missing)
        elif self.reason is DeclineReason.SPEAKER_OFF_TOPIC:
            who, *topic = self.missing
            about = either.join(emphasis(words) for words in topic)
            about = about or text(locale, "decline.that")
            said = text(locale, "decline.speaker_off_topic", who=escape(who), about=about)
        else:
            mentioned = text(locale, "decline.and").join(emphasis(w) for w in self.missing)
            said = text(locale, "decline.words_apart", mentioned=mentioned)
        if self.suggestions:
            names = either.join(escape(name) for name in self.suggestions)
            said += " " + text(locale, "decline.did_you_mean", names=names)
        if self.topics:
            topics = either.join(emphasis(escape(word)) for word in self.topics)
            said += " " + text(locale, "decline.topics", topics=topics)
        return said

    def _other_language(self, locale: str | None, escape: Callable[[str], str]) -> str:
        """Not "nothing about 과학기술", which is true of any word in another script."""
        said = text(locale, "decline.other_language", language=language_name(locale, self.language))
        if self.suggestions:
            names = text(locale, "decline.or").join(escape(name) for name in self.suggestions)
            said += " " + text(locale, "decline.names_as_written", names=names)
        return said


def why_declined(knowledge: Knowledge, question: str) -> Decline:
    """The reason `answer` returned None for this question (raises QuestionError as it does)."""
    asked = read_question(knowledge, question)
    if asked.other_script:
        # Whatever its other words found or missed, the way to an answer is the language.
        return Decline(
            DeclineReason.OTHER_LANGUAGE,
            asked.other_script,
            _names_read(asked) or _speakers_to_name(knowledge),
            language=articles_language(knowledge),
        )
    # "What did *Jeon Do-yun* say?" asks for a person; "the *Eiffel Tower*" is a thing, and so
    # is a name asked about with someone the articles quote, or after the verb of speech
    # ("What did the minister say about the *Eiffel Tower*?").
    speech = speech_verb_at(asked.text)
    names = [
        words
        for words in asked.unknown
        if _looks_like_a_name(words) and asked.text.find(words.split()[0]) < speech
    ]
    if names and asked.wants_words and not _named_besides(knowledge, asked, names):
        close = _close_speakers(knowledge, names)
        return Decline(DeclineReason.UNKNOWN_PERSON, tuple(names), close)
    if asked.unknown:
        return Decline(
            DeclineReason.UNKNOWN_WORDS, asked.unknown, topics=_close_topics(knowledge, asked)
        )
    if asked.named and asked.topic:
        who = " or ".join(sorted(asked.named))
        return Decline(DeclineReason.SPEAKER_OFF_TOPIC, (who, *_topic_words(asked)))
    return Decline(DeclineReason.WORDS_APART, _words_held_apart(knowledge, asked))


def articles_language(knowledge: Knowledge) -> str:
    """The language most of the articles are in."""
    languages = Counter(article.language for article in knowledge.articles)
    return languages.most_common(1)[0][0] if languages else "en"


def _names_read(asked: Asked) -> tuple[str, ...]:
    """The speakers' names the question typed in another script ("박서윤": Park Seoyun)."""
    return tuple(name for typed, name in asked.respelled.items() if not typed.isascii())


def _speakers_to_name(knowledge: Knowledge) -> tuple[str, ...]:
    """The most quoted people: how the articles write names, to ask about them."""
    people = [s for s in knowledge.speakers if s.kind is SpeakerKind.PERSON]
    people.sort(key=lambda s: -len(s.quotes))
    return tuple(s.name for s in people[:SPEAKER_EXAMPLES])


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


def _close_topics(knowledge: Knowledge, asked: Asked) -> tuple[str, ...]:
    """Words the articles use that are spelled close to the words they lack, as a paragraph
    writes them ("nothing about *lanterns festival*; the articles do cover *lantern*")."""
    spelling = Spelling.of(knowledge)
    found: list[str] = []
    for words in asked.unknown:
        for word in words.split():
            for term in tokenize(word, question=True):
                found += [written_form(knowledge, close) for close in spelling.close(term)]
    typed = {word.casefold() for words in asked.unknown for word in words.split()}
    return tuple(w for w in dict.fromkeys(found) if w and w.casefold() not in typed)[:SUGGESTIONS]
