"""Who said what: speakers and the quotes or reported statements attributed to them."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class QuoteKind(StrEnum):
    DIRECT = "quote"  # verbatim, inside quotation marks
    REPORTED = "statement"  # reported speech: "X stressed that ..."


class SpeakerKind(StrEnum):
    PERSON = "person"
    GROUP = "group"  # "experts from the IMO", "researchers from universities such as X and Y"


@dataclass(frozen=True, slots=True)
class Quote:
    paragraph_id: str
    text: str
    kind: QuoteKind
    speaker: str | None  # canonical speaker name in the registry
    role: str | None  # the role given where the speaker was introduced
    start: int  # character offsets of the text inside the paragraph it starts in
    end: int
    continues_into: tuple[str, ...] = ()  # ids of paragraphs the quote runs on into
    # Why this speaker (`forum-bot quotes --explain`): the attribution rule that found them
    # and the words of the article they were found by.
    rule: str = ""
    mention: str = ""


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    kind: SpeakerKind
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = field(default=(), compare=False)

    @property
    def role(self) -> str | None:
        return self.roles[0] if self.roles else None
