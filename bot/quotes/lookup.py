"""Finding speakers by what a user types: any alias, a unique prefix, or close spellings."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.quotes.mentions import name_key
from bot.quotes.models import Speaker

SUGGESTION_CUTOFF = 60


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _labels(speaker: Speaker) -> list[str]:
    return [speaker.name, *speaker.aliases]


@dataclass(frozen=True, slots=True)
class Lookup:
    speaker: Speaker | None  # the one speaker meant, when there is exactly one
    candidates: tuple[Speaker, ...]  # several matched, or close spellings when none did
    ambiguous: bool = False  # True: the candidates all matched; False: they are suggestions


def find_speaker(speakers: Sequence[Speaker], query: str) -> Lookup:
    wanted = _fold(query)
    if not wanted:
        return Lookup(None, ())
    # Names are compared as word sets (name_key): Korean and other names are written in
    # both orders, "Cho Hyun-suk" and "Hyun-suk Cho".
    wanted_words = name_key(wanted)
    exact = [
        s
        for s in speakers
        if any(
            folded == wanted or (" " in wanted and name_key(folded) == wanted_words)
            for folded in map(_fold, _labels(s))
        )
    ]
    if len(exact) == 1 and " " not in wanted:
        # A surname that is one speaker's alias may be part of other speakers' names too
        # ("Webb" for two brothers in different articles): then it names none of them.
        exact += [s for s in speakers if s not in exact and wanted in _fold(s.name).split()]
    if len(exact) == 1:
        return Lookup(exact[0], ())
    prefixed = exact or [
        s
        for s in speakers
        if any(
            _fold(label).startswith(wanted) or wanted in _fold(label).split()
            for label in _labels(s)
        )
    ]
    if len(prefixed) == 1:
        return Lookup(prefixed[0], ())
    if prefixed:
        return Lookup(None, tuple(prefixed), ambiguous=True)
    return Lookup(None, tuple(suggest(speakers, query)))


def suggest(speakers: Sequence[Speaker], query: str, limit: int = 5) -> list[Speaker]:
    """Speakers whose names or aliases are spelled close to `query`, best first."""
    choices = {
        (index, label): _fold(label) for index, s in enumerate(speakers) for label in _labels(s)
    }
    matches = process.extract(
        _fold(query), choices, scorer=fuzz.WRatio, limit=limit * 3, score_cutoff=SUGGESTION_CUTOFF
    )
    ordered: list[Speaker] = []
    for _, _, (index, _) in matches:
        if speakers[index] not in ordered:
            ordered.append(speakers[index])
    return ordered[:limit]
