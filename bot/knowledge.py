"""The Knowledge snapshot: everything answering needs, built by one pure function."""

from __future__ import annotations

import gc
import hashlib
import itertools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from bot.corpus import Article, CorpusLoad, Paragraph, Problem, load_corpus
from bot.index.bm25 import SearchIndex
from bot.index.tokenize import tokenize
from bot.quotes.attribution import Attribution, attribute
from bot.quotes.lexicon import expand_title_abbreviations, spell_out_role_initials
from bot.quotes.models import Quote, Speaker

if TYPE_CHECKING:  # the cache builds on this module, not the other way round
    from bot.buildcache import CorpusCache

_generations = itertools.count(1)
_Key = TypeVar("_Key")


def drop_older_snapshots(cache: dict[_Key, object], generation_of: Callable[[_Key], int]) -> None:
    """Before a per-snapshot cache takes a new entry: keep only the newest snapshot's, so
    that the one serving and the one a reload is preparing both keep theirs. Safe beside
    another thread doing the same (a reload prepares in a worker thread)."""
    keys = list(cache)
    if keys:
        newest = max(generation_of(key) for key in keys)
        for key in keys:
            if generation_of(key) != newest:
                cache.pop(key, None)


@dataclass(frozen=True, slots=True)
class Knowledge:
    """Immutable: a reload builds a new one and swaps the reference."""

    articles: tuple[Article, ...]
    paragraphs: tuple[Paragraph, ...]  # index document i is paragraphs[i]
    attribution: Attribution
    index: SearchIndex
    warnings: tuple[Problem, ...]
    generation: int
    fingerprint: str  # changes whenever answer locators (bot.search.answer.answer_at) would

    @property
    def quotes(self) -> tuple[Quote, ...]:
        return self.attribution.quotes

    @property
    def speakers(self) -> tuple[Speaker, ...]:
        return self.attribution.speakers

    articles_by_slug: dict[str, Article]
    paragraphs_by_id: dict[str, Paragraph]

    def paragraph(self, paragraph_id: str) -> Paragraph:
        return self.paragraphs_by_id[paragraph_id]

    def article_of(self, paragraph: Paragraph) -> Article:
        return self.articles_by_slug[paragraph.article_slug]

    def counts(self) -> dict[str, int]:
        return {
            "articles": len(self.articles),
            "paragraphs": len(self.paragraphs),
            "quotes": len(self.quotes),
            "speakers": len(self.speakers),
        }


def index_terms(paragraph: Paragraph, attribution: Attribution) -> list[str]:
    """A paragraph's terms, plus the names and roles of the people it quotes.

    Only speaker terms the paragraph lacks are added, once each: "the deputy prime minister"
    then finds the minister's quote, without longer documents being penalized for
    repeating what they already say.
    """
    terms = tokenize(paragraph.text)
    terms.extend(quoted_speaker_terms(paragraph.id, attribution, set(terms)))
    return terms


def quoted_speaker_terms(
    paragraph_id: str, attribution: Attribution, present: set[str]
) -> list[str]:
    """The terms of the people a paragraph quotes that are not in `present` (updated)."""
    added = []
    for quote in attribution.quotes_in(paragraph_id):
        speaker = attribution.speaker(quote.speaker)
        if speaker is None:
            continue
        about = " ".join((speaker.name, *speaker.aliases, *speaker.roles))
        for term in _speaker_terms(about):
            if term not in present:
                present.add(term)
                added.append(term)
    return added


@lru_cache(maxsize=4096)
def _speaker_terms(about: str) -> tuple[str, ...]:
    # One speaker is quoted in many paragraphs: their name and roles are tokenized once.
    return tuple(tokenize(spell_out_role_initials(expand_title_abbreviations(about))))


@contextmanager
def _without_cyclic_gc() -> Iterator[None]:
    """A snapshot is millions of objects and hardly any cycles. Full collections walking
    them while they are built free nothing and hold the GIL 50-100 ms each, stalling the
    event loop that a reload runs beside; frozen afterwards, they are not walked again."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _fingerprint(paragraphs: tuple[Paragraph, ...], attribution: Attribution) -> str:
    digest = hashlib.blake2b(digest_size=4)
    for paragraph in paragraphs:
        quotes = len(attribution.quotes_in(paragraph.id))
        digest.update(f"{paragraph.id}\0{quotes}\0{paragraph.text}\0".encode())
    return digest.hexdigest()


def build_knowledge(
    corpus_dir: Path, cache: CorpusCache | None = None, *, skip_broken: bool = False
) -> Knowledge:
    """Load, attribute and index a corpus; raises CorpusError when it cannot be loaded
    (with `skip_broken`, only when no article can: see load_corpus).

    With a cache, articles unchanged since a previous build are not read again.
    """
    with _without_cyclic_gc():
        if cache is not None:
            return cache.build(corpus_dir, skip_broken=skip_broken)
        return _build(corpus_dir, skip_broken)


def _build(corpus_dir: Path, skip_broken: bool) -> Knowledge:
    loaded = load_corpus(corpus_dir, skip_broken=skip_broken)
    paragraphs = tuple(p for article in loaded.articles for p in article.paragraphs)
    attribution = attribute(loaded.articles)
    index = SearchIndex(index_terms(p, attribution) for p in paragraphs)
    return snapshot(loaded, attribution, index)


def snapshot(loaded: CorpusLoad, attribution: Attribution, index: SearchIndex) -> Knowledge:
    """The snapshot of a loaded corpus, its attribution and its index (in paragraph order)."""
    paragraphs = tuple(p for article in loaded.articles for p in article.paragraphs)
    return Knowledge(
        articles=loaded.articles,
        paragraphs=paragraphs,
        attribution=attribution,
        index=index,
        warnings=loaded.warnings,
        generation=next(_generations),
        fingerprint=_fingerprint(paragraphs, attribution),
        articles_by_slug={article.slug: article for article in loaded.articles},
        paragraphs_by_id={paragraph.id: paragraph for paragraph in paragraphs},
    )
