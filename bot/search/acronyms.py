"""A question's acronyms that a text spells out: asked about the "NRA", an article writing
"the Northern Rail Authority" holds it, though the index sees two different words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.index.tokenize import tokenize

# Words an organisation's name may hold that its acronym skips ("Bank *of* England": BoE).
_SKIPPED = frozenset({"of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "&"})
_ACRONYM = re.compile(r"(?<![\w'’])[A-Z]{2,6}(?![\w'’])")
_WORD = re.compile(r"[\w&]+(?:[-'’][\w]+)*")


def acronyms(question: str) -> dict[str, str]:
    """The question's acronyms ("EU"), as written -> their index term."""
    found: dict[str, str] = {}
    for match in _ACRONYM.finditer(question):
        terms = tokenize(match.group(0), question=True)
        if terms:
            found[match.group(0)] = terms[0]
    return found


def spelled_out(asked: dict[str, str], text: str) -> frozenset[str]:
    """The terms of the acronyms in `asked` (as `acronyms` gives them) whose words `text`
    writes out in full, capitalized ("Coastal Ferry Board" for CFB)."""
    if not asked:
        return frozenset()
    return frozenset(term for acronym, term in asked.items() if _spelled_in(acronym, text))


# The texts are the paragraphs found for a question, found again and again for others: each
# is split once, and read once for each acronym asked of it.
@lru_cache(maxsize=16_384)
def _spelled_in(acronym: str, text: str) -> bool:
    return _written_out(acronym, _words(text))


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text))


def _written_out(acronym: str, words: Sequence[str]) -> bool:
    for start, word in enumerate(words):
        if word[:1] == acronym[0] and _spells(acronym, words, start):
            return True
    return False


def _is_name_word(word: str) -> bool:
    """Capitalized and no stop word: "In Tokyo" opens a sentence, it spells no IT."""
    return word[:1].isupper() and bool(tokenize(word))


def _spells(acronym: str, words: Sequence[str], start: int) -> bool:
    """The capitalized words from `start` on give the acronym's letters in order, the small
    words between them skipped."""
    letter = 0
    for word in words[start:]:
        if letter == len(acronym):
            return True
        if word[:1] == acronym[letter] and _is_name_word(word):
            letter += 1
        elif word.casefold() not in _SKIPPED or letter == 0:
            return False
    return letter == len(acronym)
