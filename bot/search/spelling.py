"""Question words one typo away from the corpus's words: "Maastrich" finds "Maastricht"."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from bot.knowledge import Knowledge

# Shorter words are one letter away from too many others ("cat", "car", "bat") to guess.
MIN_CORRECTED_LENGTH = 6


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
            _by_generation.clear()  # only the snapshot being served is asked about
            _by_generation[knowledge.generation] = cached
        return cached

    def correct(self, term: str) -> str | None:
        """The most common corpus term one edit from `term` (a term the corpus lacks), or
        None. The first letter is trusted: typos there are rare, and it keeps this fast."""
        if len(term) < MIN_CORRECTED_LENGTH or not term.isalpha():
            return None
        found = process.extractOne(
            term, self.by_initial.get(term[0], ()), scorer=Levenshtein.distance, score_cutoff=1
        )
        return found[0] if found is not None else None


_by_generation: dict[int, Spelling] = {}
