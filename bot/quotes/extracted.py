"""A quote or a reported statement as the reader found it, before the corpus registry."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.corpus.models import Paragraph
from bot.quotes.models import QuoteKind
from bot.quotes.people import Person


@dataclass
class Extracted:
    paragraph: Paragraph
    text: str
    kind: QuoteKind
    speaker: Person | None
    start: int
    end: int
    continues_into: list[str] = field(default_factory=list)
    within: Extracted | None = None  # the reported statement a quoted fragment belongs to
    rule: str = ""  # which attribution rule gave the speaker (see Rule)
    mention: str = ""  # the words the speaker was found by, and how they were read
