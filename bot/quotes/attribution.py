"""The attribution of a whole corpus: every quote and statement, and the speakers registry."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from bot.corpus.models import Article
from bot.quotes.extract import ArticleReader
from bot.quotes.mentions import name_key
from bot.quotes.models import Quote, Speaker, SpeakerKind
from bot.quotes.people import Person


@dataclass(frozen=True, slots=True)
class Attribution:
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    _by_paragraph: dict[str, tuple[Quote, ...]] = field(default_factory=dict, repr=False)
    _by_name: dict[str, Speaker] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, quotes: Sequence[Quote], speakers: Sequence[Speaker]) -> Attribution:
        by_paragraph: dict[str, list[Quote]] = {}
        for quote in quotes:
            by_paragraph.setdefault(quote.paragraph_id, []).append(quote)
            # A quote running on into the next paragraphs is theirs too: an answer citing
            # its second paragraph gives the same speaker as `forum-bot quotes` does.
            for paragraph_id in quote.continues_into:
                by_paragraph.setdefault(paragraph_id, []).append(quote)
        return cls(
            quotes=tuple(quotes),
            speakers=tuple(speakers),
            _by_paragraph={key: tuple(value) for key, value in by_paragraph.items()},
            _by_name={speaker.name: speaker for speaker in speakers},
        )

    def quotes_in(self, paragraph_id: str) -> tuple[Quote, ...]:
        return self._by_paragraph.get(paragraph_id, ())

    def speaker(self, name: str | None) -> Speaker | None:
        return None if name is None else self._by_name.get(name)


class AttributedArticle(Protocol):
    """One article's attribution as that article alone gives it: what `join` merges."""

    @property
    def quotes(self) -> tuple[Quote, ...]: ...
    @property
    def speakers(self) -> tuple[Speaker, ...]: ...  # `quotes` left empty
    @property
    def quote_speakers(self) -> tuple[int, ...]: ...  # per quote: its index in `speakers`, or -1


@dataclass(frozen=True, slots=True)
class ArticleAttribution:
    quotes: tuple[Quote, ...]
    speakers: tuple[Speaker, ...]
    quote_speakers: tuple[int, ...]


def attribute(articles: Sequence[Article]) -> Attribution:
    return join([attribute_article(article) for article in articles])


def attribute_article(article: Article) -> ArticleAttribution:
    """Every person who speaks is listed once, in order of first quote; people whose names
    are one (same kind and name words) are merged by `join`, here as across articles."""
    numbers: dict[int, int] = {}
    speakers: list[Speaker] = []
    quotes: list[Quote] = []
    quote_speakers: list[int] = []
    for item in ArticleReader(article).read():
        person = item.speaker
        if person is not None and id(person) not in numbers:
            numbers[id(person)] = len(speakers)
            speakers.append(_as_speaker(person))
        quotes.append(
            Quote(
                paragraph_id=item.paragraph.id,
                text=item.text,
                kind=item.kind,
                speaker=person.name if person else None,
                role=(person.intro_role or (person.roles[0] if person.roles else None))
                if person
                else None,
                start=item.start,
                end=item.end,
                continues_into=tuple(item.continues_into),
                rule=item.rule,
                mention=item.mention,
            )
        )
        quote_speakers.append(numbers[id(person)] if person is not None else -1)
    return ArticleAttribution(tuple(quotes), tuple(speakers), tuple(quote_speakers))


def _as_speaker(person: Person) -> Speaker:
    roles = [person.intro_role, *person.roles] if person.intro_role else person.roles
    return Speaker(
        name=person.name,
        kind=person.kind,
        aliases=tuple(person.aliases),
        roles=tuple(role for role in roles if role),
    )


@dataclass
class _Entry:
    """A speaker being assembled from the speakers of every article who are one person."""

    first: Speaker  # the first one met: its name and any further fields stand
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def absorb(self, speaker: Speaker) -> None:
        for alias in (speaker.name, *speaker.aliases):
            if alias != self.first.name and alias not in self.aliases:
                self.aliases.append(alias)
        for role in speaker.roles:
            if role and role.lower() not in (r.lower() for r in self.roles):
                self.roles.append(role)


def join(parts: Sequence[AttributedArticle]) -> Attribution:
    """One registry: speakers merged by kind and name words in order of first appearance,
    the first spelling as the name, aliases and roles in order without repeats."""
    entries: dict[tuple[SpeakerKind, frozenset[str]], _Entry] = {}
    quotes: list[Quote] = []
    for part in parts:
        local: list[_Entry] = []
        for speaker in part.speakers:
            entry = entries.setdefault((speaker.kind, name_key(speaker.name)), _Entry(speaker))
            entry.absorb(speaker)
            local.append(entry)
        for quote, number in zip(part.quotes, part.quote_speakers, strict=True):
            if number < 0:
                quotes.append(quote)
                continue
            entry = local[number]
            if quote.speaker != entry.first.name:
                quote = dataclasses.replace(quote, speaker=entry.first.name)
            quotes.append(quote)
            entry.quotes.append(quote)
    speakers = [
        dataclasses.replace(
            entry.first,
            aliases=tuple(entry.aliases),
            roles=tuple(entry.roles),
            quotes=tuple(entry.quotes),
        )
        for entry in entries.values()
    ]
    return Attribution.of(quotes, speakers)
