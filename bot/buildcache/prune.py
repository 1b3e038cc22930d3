"""Removing cache entries no build will read again, safely beside other processes.

After a successful build of a corpus directory, whose entries live in their own folder, an
entry of that folder the build did not use is an older version of an article, a removed
article or older code: nothing will ask for its key again. Other corpus directories'
folders go once no build has used them for UNUSED_FOLDER_SECONDS.

Safe with several processes sharing the cache (shards, `forum-bot ask` beside the bot):
nothing younger than GRACE_SECONDS is removed, as it may belong to a build running right
now (say another code version during a deploy), and a removal is one atomic unlink: a
reader that loses the race finds no file, which is a miss, and reads the article again.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

from bot.buildcache.entries import SUFFIX, USED_MARK

logger = logging.getLogger(__name__)

GRACE_SECONDS = 3600.0
UNUSED_FOLDER_SECONDS = 30 * 86400.0


@dataclass(frozen=True, slots=True)
class CacheUsage:
    entries: int = 0
    bytes: int = 0


def prune(directory: Path, folder: str, used: set[str], now: float | None = None) -> int:
    """Remove what no build will read again from `directory` after a build of the corpus
    whose folder is `folder` used the keys `used`; the number of files removed."""
    now = time.time() if now is None else now
    removed = 0
    try:
        children = list(os.scandir(directory))
    except OSError:
        return 0
    for child in children:
        try:
            removed += _prune_child(child, folder, used, now)
        except OSError as exc:  # tidying up must never fail the build that just succeeded
            logger.warning("build cache: cannot prune %s (%s)", child.path, exc)
    return removed


def _prune_child(child: os.DirEntry[str], folder: str, used: set[str], now: float) -> int:
    if child.name == folder:
        return _prune_folder(Path(child.path), used, now)
    if child.is_dir(follow_symlinks=False):
        return _drop_unused_folder(Path(child.path), now)
    if _older(child, now, GRACE_SECONDS):  # no corpus folder: an older layout's file
        return _unlink(Path(child.path))
    return 0


def _prune_folder(folder: Path, used: set[str], now: float) -> int:
    removed = 0
    for entry in _entries(folder):
        if entry.name == USED_MARK or entry.name.removesuffix(SUFFIX) in used:
            continue
        if _older(entry, now, GRACE_SECONDS):  # also a temporary file a crash left behind
            removed += _unlink(Path(entry.path))
    return removed


def _drop_unused_folder(folder: Path, now: float) -> int:
    mark = folder / USED_MARK
    if not _older(mark if mark.exists() else folder, now, UNUSED_FOLDER_SECONDS):
        return 0
    removed = sum(_unlink(Path(e.path)) for e in _entries(folder) if e.name != USED_MARK)
    _unlink(mark)
    with contextlib.suppress(OSError):  # not empty: a build that just started writes to it
        folder.rmdir()
    return removed


def usage(directory: Path) -> CacheUsage:
    """Entries and their bytes in every corpus folder of `directory`."""
    entries = size = 0
    for child in _entries(directory):
        if not child.is_dir(follow_symlinks=False):
            continue
        for entry in _entries(Path(child.path)):
            if entry.name.endswith(SUFFIX):
                with contextlib.suppress(OSError):
                    size += entry.stat(follow_symlinks=False).st_size
                    entries += 1
    return CacheUsage(entries, size)


def _entries(directory: Path) -> list[os.DirEntry[str]]:
    try:
        return list(os.scandir(directory))
    except OSError:
        return []


def _older(item: os.DirEntry[str] | Path, now: float, seconds: float) -> bool:
    try:
        return now - item.stat(follow_symlinks=False).st_mtime > seconds
    except OSError:
        return False  # gone already, or unreadable: leave it


def _unlink(path: Path) -> int:
    try:
        path.unlink()
    except FileNotFoundError:
        return 0  # another process pruned it first
    except OSError as exc:
        logger.debug("cannot remove the cache file %s: %s", path, exc)
        return 0
    return 1
