"""Question words one typo away from the corpus's words: "Rotterdm" finds "Rotterdam",
"Rottredam" too (two letters swapped)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from bot.index.tokenize import tokenize
from bot.knowledge import Knowledge, drop_older_snapshots

# Shorter words are one letter away from too many others ("cat", "car", "bat") to guess.
MIN_CORRECTED_LENGTH = 6
# How alike (rapidfuzz ratio, 0-100) a corpus word must be to one a question has and the
# corpus lacks to be suggested instead: "harbor" and "harbour", "festivals" and "festival".
CLOSE_RATIO = 75


@dataclass(frozen=True, slots=True)
class Spelling:
    """The corpus's terms by first letter, most common first, built once per snapshot."""

    by_initial: dict[str, list[str]]

    @classmethod
    def of(cls, knowledge: Knowledge) -> Spelling:
        cached = _by_generation.get(knowledge.generation)
        if cached is None:
            index = knowledge.index
            terms = sorted(
                (t for t in index.vocabulary() if len(t) >= MIN_CORRECTED_LENGTH - 1),
                key=lambda t: -index.document_frequency(t),
            )
            by_initial: dict[str, list[str]] = {}
            for term in terms:
                by_initial.setdefault(term[0], []).append(term)
            cached = cls(by_initial)
            drop_older_snapshots(_by_generation, lambda generation: generation)
            _by_generation[knowledge.generation] = cached
        return cached

    def correct(self, term: str) -> str | None:
        """The most common corpus term one edit from `term` (a term the corpus lacks), or
        None; two letters swapped are one edit. The first letter is trusted: typos there
        are rare, and it keeps this fast."""
        if len(term) < MIN_CORRECTED_LENGTH or not term.isalpha():
            return None
        found = process.extractOne(
            term, self.by_initial.get(term[0], ()), scorer=OSA.distance, score_cutoff=1
        )
        return found[0] if found is not None else None

    def close(self, term: str, limit: int = 3) -> list[str]:
        """Corpus terms spelled close to one it lacks (same first letter, rapidfuzz ratio
        of at least CLOSE_RATIO), most alike first: topics to suggest, not corrections."""
        if len(term) < MIN_CORRECTED_LENGTH - 1:
            return []
        found = process.extract(
            term,
            self.by_initial.get(term[0], ()),
            scorer=fuzz.ratio,
            score_cutoff=CLOSE_RATIO,
            limit=limit,
        )
        return [match[0] for match in found]


_by_generation: dict[int, Spelling] = {}


def unswapped(word: str, known: Callable[[str], bool]) -> str | None:
    """The word with two neighbouring letters swapped back, when that makes it one the
    corpus has ("paitned" is painted): a swap often changes the stem ("paitn", too short to
    correct, against "paint"), which correcting terms one edit away cannot see."""
    if len(word) < MIN_CORRECTED_LENGTH or not word.isalpha():
        return None
    for i in range(1, len(word) - 1):  # the first letter is trusted, as above
        swapped = f"{word[:i]}{word[i + 1]}{word[i]}{word[i + 2 :]}"
        if swapped != word and known(swapped):
            return swapped
    return None


def written_form(knowledge: Knowledge, term: str) -> str:
    """A word of the articles with that index term, as the paragraph that has it most writes
    it (terms are stems: "festiv" is read as "festival"); empty when none has it."""
    for document, _ in knowledge.index.top([term], 1):
        for word in knowledge.paragraphs[document].text.split():
            word = word.strip(_PUNCTUATION)
            if tokenize(word) == [term]:
                return word
    return ""


_PUNCTUATION = "?!.,;:\"'“”‘’()[]"
