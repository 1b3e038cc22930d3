"""The attribution of a whole corpus: every quote and statement, and the speakers registry."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.corpus.models import Article
from bot.quotes.extract import ArticleReader, Extracted, Person
from bot.quotes.mentions import name_key
from bot.quotes.models import Quote, Speaker, SpeakerKind


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


@dataclass
class _Entry:
    """A speaker being assembled from the people of every article."""

    name: str
    kind: SpeakerKind
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def absorb(self, person: Person) -> None:
        for alias in (person.name, *person.aliases):
            if alias != self.name and alias not in self.aliases:
                self.aliases.append(alias)
        ordered = [person.intro_role, *person.roles] if person.intro_role else person.roles
        for role in ordered:
            if role and role.lower() not in (r.lower() for r in self.roles):
                self.roles.append(role)


def _key(person: Person) -> tuple[SpeakerKind, frozenset[str]]:
    return person.kind, name_key(person.name)


def attribute(articles: Sequence[Article]) -> Attribution:
    entries: dict[tuple[SpeakerKind, frozenset[str]], _Entry] = {}
    extracted: list[tuple[Extracted, Person | None]] = []
    for article in articles:
        reader = ArticleReader(article)
        found = reader.read()
        speaking = {id(item.speaker): item.speaker for item in found if item.speaker is not None}
        for person in speaking.values():
            entry = entries.setdefault(_key(person), _Entry(person.name, person.kind))
            entry.absorb(person)
        extracted.extend((item, item.speaker) for item in found)
    quotes: list[Quote] = []
    for item, person in extracted:
        entry = entries[_key(person)] if person is not None else None
        quote = Quote(
            paragraph_id=item.paragraph.id,
            text=item.text,
            kind=item.kind,
            speaker=entry.name if entry else None,
            role=(person.intro_role or (person.roles[0] if person.roles else None))
            if person
            else None,
            start=item.start,
            end=item.end,
            continues_into=tuple(item.continues_into),
            rule=item.rule,
            mention=item.mention,
        )
        quotes.append(quote)
        if entry is not None:
            entry.quotes.append(quote)
    speakers = [
        Speaker(
            name=entry.name,
            kind=entry.kind,
            aliases=tuple(entry.aliases),
            roles=tuple(entry.roles),
            quotes=tuple(entry.quotes),
        )
        for entry in entries.values()
    ]
    return Attribution.of(quotes, speakers)
