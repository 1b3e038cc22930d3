"""CorpusCache: builds a Knowledge snapshot, reading only the articles it has not seen.

A piece is found, in order, in memory (the previous build of this process: a reload
touches nothing else), in the cache directory (a restart, another command), or made by
reading the article. Pieces are keyed by a hash of the code version, the file name and
the file's bytes, so an edited file, a renamed one or new code is simply a new key; the
entries each corpus directory's builds no longer use are removed after a build
(bot.buildcache.prune).
"""

from __future__ import annotations

import hashlib
import logging
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from bot.buildcache.assemble import IndexAssembler
from bot.buildcache.entries import EntryFiles
from bot.buildcache.piece import ArticlePiece, DamagedPiece, from_stored, read_piece, to_stored
from bot.buildcache.prune import CacheUsage, prune, usage
from bot.buildcache.version import code_version
from bot.corpus.loader import decode_article, load_corpus, parse_article
from bot.corpus.models import Article, Problem
from bot.knowledge import Knowledge, snapshot
from bot.quotes.attribution import join

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BuildCounts:
    """Where the last build found its articles' pieces."""

    memory: int = 0
    disk: int = 0
    read: int = 0
    removed: int = 0  # entries the build's pruning removed


class CorpusCache:
    def __init__(self, directory: Path | None) -> None:
        """Pieces are kept in `directory` (created when first written); None keeps them
        in memory only, for this process's reloads."""
        self._files = EntryFiles(directory) if directory is not None else None
        self._memory: dict[str, ArticlePiece] = {}
        self._index = IndexAssembler()
        self._lock = threading.Lock()  # one build at a time shares the memory
        self.last = BuildCounts()

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> CorpusCache:
        return cls(data_dir / "cache" / "articles")

    @property
    def writable(self) -> bool:
        return self._files is not None and self._files.writable

    def usage(self) -> CacheUsage:
        """What the cache directory holds, for every corpus directory together."""
        return usage(self._files.directory) if self._files is not None else CacheUsage()

    def summary(self) -> str:
        """One line for `forum-bot check`: how big the cache is and where."""
        if self._files is None:
            return "build cache: none (memory only)"
        if not self._files.writable:
            return f"build cache: off (cannot write to {self._files.directory})"
        held = self.usage()
        entries = f"{held.entries} {'entry' if held.entries == 1 else 'entries'}"
        return f"build cache: {entries}, {held.bytes / 1e6:.1f} MB in {self._files.directory}"

    def build(self, corpus_dir: Path, *, skip_broken: bool = False) -> Knowledge:
        """What build_knowledge(corpus_dir) builds; raises CorpusError the same way."""
        with self._lock:
            return self._build(corpus_dir, skip_broken)

    def _build(self, corpus_dir: Path, skip_broken: bool) -> Knowledge:
        pieces: dict[Path, ArticlePiece] = {}
        found: dict[str, ArticlePiece] = {}
        counts = {"memory": 0, "disk": 0, "read": 0}
        folder = _folder(corpus_dir)
        if self._files is not None:
            self._files.mark_used(folder)

        def read(path: Path) -> tuple[Article, list[Problem]]:
            data = path.read_bytes()
            key = _key(path.name, data)
            piece, where = self._find(folder, key, path)
            if piece is None:
                article, warnings = parse_article(path, decode_article(data))
                piece, where = read_piece(article, warnings), "read"
                if self._files is not None:
                    self._files.write(folder, key, to_stored(piece))
            counts[where] += 1
            pieces[path] = found[key] = piece
            return piece.article, list(piece.warnings)

        loaded = load_corpus(corpus_dir, read, skip_broken=skip_broken)
        # Only the current corpus stays in memory: an edited article's old piece goes.
        self._memory = found
        if self._files is not None and self._files.writable:
            counts["removed"] = prune(self._files.directory, folder, set(found))
        self.last = BuildCounts(**counts)
        ordered = [pieces[article.path] for article in loaded.articles]
        attribution = join(ordered)
        return snapshot(loaded, attribution, self._index.build(ordered, attribution))

    def _find(self, folder: str, key: str, path: Path) -> tuple[ArticlePiece | None, str]:
        piece = self._memory.get(key)
        if piece is not None:
            if piece.article.path != path:  # same name and bytes, another directory
                piece = _moved(piece, path)
            return piece, "memory"
        if self._files is None:
            return None, "read"
        stored = self._files.read(folder, key)
        if stored is None:
            return None, "read"
        try:
            return from_stored(stored, path), "disk"
        except DamagedPiece as exc:
            logger.debug("cache entry for %s ignored: %s", path.name, exc)
            return None, "read"


def _folder(corpus_dir: Path) -> str:
    """The cache folder of a corpus directory: each directory's builds prune their own."""
    return hashlib.blake2b(str(corpus_dir.resolve()).encode(), digest_size=8).hexdigest()


def _key(name: str, data: bytes) -> str:
    digest = hashlib.blake2b(digest_size=20)
    digest.update(f"{code_version()}\0{name}\0".encode())
    digest.update(data)
    return digest.hexdigest()


def _moved(piece: ArticlePiece, path: Path) -> ArticlePiece:
    return replace(
        piece,
        article=replace(piece.article, path=path),
        warnings=tuple(replace(w, path=path) for w in piece.warnings),
    )
