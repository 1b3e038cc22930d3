"""The attribution of a whole corpus: every quote and statement, and the speakers registry."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.corpus.models import Article
from bot.quotes.models import Quote, Speaker


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


def attribute(articles: Sequence[Article]) -> Attribution:
    return Attribution.of([], [])
