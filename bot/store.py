"""The one mutable thing: which Knowledge snapshot is serving. Reloads swap it atomically."""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bot.buildcache import CorpusCache
from bot.changes import KnowledgeChanges, compare
from bot.corpus import CorpusError
from bot.knowledge import Knowledge, build_knowledge
from bot.search.prepare import prepare

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ReloadResult:
    before: dict[str, int]
    after: dict[str, int] | None  # None when the new corpus failed to load
    seconds: float
    problems: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    changes: KnowledgeChanges | None = None  # None when the new corpus failed to load

    @property
    def ok(self) -> bool:
        return self.after is not None


# While a reload's thread computes, the event loop takes the GIL back after each wait for
# I/O; CPython hands it over only after the switch interval, and an answer that waits a
# dozen times (numpy releases the GIL) waited up to 95 ms at the default 5 ms. At 1 ms
# the longest such wait fell under 40 ms and the reload took no longer.
RELOAD_SWITCH_INTERVAL = 0.001


@contextmanager
def _responsive_loop() -> Iterator[None]:
    previous = sys.getswitchinterval()
    sys.setswitchinterval(min(previous, RELOAD_SWITCH_INTERVAL))
    try:
        yield
    finally:
        sys.setswitchinterval(previous)


class ReloadInProgress(RuntimeError):
    """Another reload is running; two never run at once."""


class KnowledgeStore:
    def __init__(
        self, corpus_dir: Path, knowledge: Knowledge, cache: CorpusCache | None = None
    ) -> None:
        self.corpus_dir = corpus_dir
        self._current = knowledge
        self._cache = cache  # reloads read only the articles that changed
        self._lock = asyncio.Lock()

    @classmethod
    def open(cls, corpus_dir: Path, cache: CorpusCache | None = None) -> KnowledgeStore:
        """The store over what loads of the corpus: at start there is no earlier index to
        keep serving, so a broken file is left out with a warning (a reload refuses it
        and keeps the index it has)."""
        knowledge = build_knowledge(corpus_dir, cache, skip_broken=True)
        prepare(knowledge)
        return cls(corpus_dir, knowledge, cache)

    @property
    def current(self) -> Knowledge:
        """Read this once per request: it is the snapshot the whole request answers from."""
        return self._current

    @property
    def reloading(self) -> bool:
        return self._lock.locked()

    async def reload(self) -> ReloadResult:
        """Build a new snapshot off the event loop; keep the old one if the corpus is bad."""
        if self._lock.locked():
            raise ReloadInProgress
        async with self._lock:
            with _responsive_loop():
                return await self._reload()

    async def _reload(self) -> ReloadResult:
        before = self._current.counts()
        started = time.perf_counter()
        try:
            knowledge = await asyncio.to_thread(build_knowledge, self.corpus_dir, self._cache)
        except CorpusError as exc:
            problems = tuple(str(problem) for problem in exc.problems)
        except Exception as exc:  # a bug must not take the serving snapshot down with it
            logger.exception("reload failed unexpectedly")
            problems = (f"unexpected error while building the index: {type(exc).__name__}",)
        else:
            try:  # the new snapshot's first questions would build these on the loop
                await asyncio.to_thread(prepare, knowledge)
            except Exception:  # answering builds them itself when this fails
                logger.exception("cannot prepare the new snapshot's tables")
            previous, self._current = self._current, knowledge
            try:  # comparing every paragraph of a large corpus takes a while: off the loop
                changes: KnowledgeChanges | None = await asyncio.to_thread(
                    compare, previous, knowledge
                )
            except Exception:  # the report is a courtesy: the new snapshot serves anyway
                logger.exception("cannot say what the reload changed")
                changes = None
            return ReloadResult(
                before=before,
                after=knowledge.counts(),
                seconds=time.perf_counter() - started,
                warnings=tuple(str(warning) for warning in knowledge.warnings),
                changes=changes,
            )
        return ReloadResult(
            before=before, after=None, seconds=time.perf_counter() - started, problems=problems
        )
