"""The kind of answer a question wants, and whether a passage carries one.

"When was the forum held?" wants a date, "How many attended?" a number, "Where ...?" a
place and "Who ...?" a person: of two passages with the question's words, the one that
carries such a thing is the answer.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache


class AnswerType(StrEnum):
    ANY = "any"
    DATE = "date"
    NUMBER = "number"
    PLACE = "place"
    PERSON = "person"


# Dates, numbers and places are told reliably by their form; persons are not (a name opens
# many sentences), and letting them lead cost SQuAD 1.5 points of right paragraphs.
DECISIVE_TYPES = frozenset({AnswerType.DATE, AnswerType.NUMBER, AnswerType.PLACE})

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    "fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|"
    "dozens?|half|twice|double|single|percent|per cent"
)
_PLACE_NOUNS = (
    "city|country|town|village|state|region|place|venue|location|hotel|province|continent|"
    "island|area|district|county|capital|site|building|port|street|river|nation|territory"
)
_PERSON_NOUNS = (
    "person|people|man|woman|king|queen|president|leader|minister|official|scientist|"
    "professor|author|ruler|emperor|general|pope|governor|mayor|chief|director|founder|"
    "inventor|writer|player|coach|spokesperson|spokesman|spokeswoman|member|individual"
)

_ASKS = {
    AnswerType.DATE: re.compile(
        r"^(?:and |so )?when\b|\b(?:what|which)\s+(?:year|years|date|day|month|century|decade|"
        r"era|period|time)\b|\bhow long ago\b|\bsince when\b",
        re.IGNORECASE,
    ),
    AnswerType.NUMBER: re.compile(
        r"\bhow\s+(?:many|much|long|far|old|large|big|high|tall|often|fast|heavy|wide|deep|"
        r"big)\b|\bwhat\s+(?:percentage|percent|proportion|number|amount|share|size|"
        r"population|fraction|portion)\b",
        re.IGNORECASE,
    ),
    AnswerType.PLACE: re.compile(
        rf"^(?:and |so )?where\b|\b(?:what|which)\s+(?:{_PLACE_NOUNS})\b", re.IGNORECASE
    ),
    AnswerType.PERSON: re.compile(
        rf"^(?:and |so )?(?:who|whom|whose)\b|\b(?:what|which)\s+(?:{_PERSON_NOUNS})\b",
        re.IGNORECASE,
    ),
}

_CARRIES = {
    AnswerType.DATE: re.compile(
        rf"\b(?:1\d{{3}}|20\d{{2}})s?\b|\b(?:{_MONTHS})\.?\s+\d|\b(?:{_MONTHS}|{_DAYS})\b|"
        r"\b(?:century|centuries|yesterday|today|tomorrow|ago|decade)\b"
    ),
    AnswerType.NUMBER: re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", re.IGNORECASE),
    # A capitalized word after a preposition of place, not the sentence's first word.
    AnswerType.PLACE: re.compile(
        r"\b(?:in|at|near|from|to|across|outside|inside|within|into|throughout)\s+"
        r"(?:the\s+)?[A-Z][\w'’-]+"
    ),
    # Two capitalized words in a row past a sentence's start ("... by Nam Sooyeon"), or a
    # courtesy title before a name.
    AnswerType.PERSON: re.compile(
        r"(?<=[\w,;:] )[A-Z][a-z][\w'’-]*\s+[A-Z][a-z][\w'’-]*|"
        r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sir|King|Queen|President)\.?\s+[A-Z]"
    ),
}


def expected_type(question: str) -> AnswerType:
    """The kind of answer a question asks for; ANY when it names none."""
    text = question.strip()
    for kind, pattern in _ASKS.items():
        if pattern.search(text):
            return kind
    return AnswerType.ANY


# Digits that date something rather than count it: "December 9", "9 December", "2025".
_DATE_DIGITS = re.compile(
    rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}\b(?:,\s*\d{{4}})?|\b\d{{1,2}}\s+(?:{_MONTHS})\b|"
    r"\b(?:19|20)\d{2}s?\b"
)


@lru_cache(maxsize=16_384)
def carries(kind: AnswerType, passage: str) -> bool:
    """Whether the passage holds something of that kind (always, for ANY). A number asked
    for ("How many attended?") is not a date's: "On December 9, in 2025" counts nothing."""
    pattern = _CARRIES.get(kind)
    if kind is AnswerType.NUMBER:
        passage = _DATE_DIGITS.sub(" ", passage)
    return pattern is None or pattern.search(passage) is not None
