"""Cache files: one MessagePack file per piece, written atomically, damage read as a miss.

MessagePack through msgspec, decoded straight into the record classes with their types
checked: unlike pickle it cannot run code, so a file another process wrote can at worst
be wrong, and wrong is caught here (types) or when the piece is checked (references).
"""

from __future__ import annotations

import logging
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from bot.buildcache.piece import StoredPiece

logger = logging.getLogger(__name__)

FORMAT = 1  # of the file around a piece; raise it when the envelope itself changes
SUFFIX = ".msgpack"
TEMPORARY = ".tmp-"  # the prefix of an entry being written
USED_MARK = ".used"  # touched when a build of the folder's corpus starts


@dataclass(frozen=True, slots=True)
class _Entry:
    format: int
    key: str
    piece: StoredPiece


def _encode_path(value: Any) -> Any:
    if isinstance(value, Path):
        return str(value)
    raise NotImplementedError(f"cannot cache a {type(value).__name__}")


def _decode_path(kind: type, value: Any) -> Any:
    if kind is Path and isinstance(value, str):
        return Path(value)
    raise NotImplementedError(f"cannot read a {kind}")


_encoder = msgspec.msgpack.Encoder(enc_hook=_encode_path)
_decoder = msgspec.msgpack.Decoder(_Entry, dec_hook=_decode_path)


class EntryFiles:
    """`<directory>/<folder>/<key>.msgpack`, one folder per corpus directory (bot.buildcache
    .prune keeps each tidy). Writers never leave a half-written file under a key name: they
    write a temporary file beside it and rename it over, which is atomic, so processes
    sharing the directory read either nothing or a whole entry. Two writers of one key write
    the same content (the key is a hash of everything it depends on)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.writable = True

    def _path(self, folder: str, key: str) -> Path:
        return self.directory / folder / f"{key}{SUFFIX}"

    def mark_used(self, folder: str) -> None:
        """Say that a build of this folder's corpus is starting (bot.buildcache.prune)."""
        if not self.writable:
            return
        try:
            (self.directory / folder).mkdir(parents=True, exist_ok=True)
            (self.directory / folder / USED_MARK).touch()
        except OSError as exc:
            self._turn_off(exc)

    def read(self, folder: str, key: str) -> StoredPiece | None:
        """The stored piece for a key, or None when absent, unreadable or damaged."""
        try:
            entry = _decoder.decode(self._path(folder, key).read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, msgspec.DecodeError, TypeError, ValueError) as exc:
            logger.debug("cache entry %s ignored: %s", key, exc)
            return None
        if entry.format != FORMAT or entry.key != key:
            return None
        return entry.piece

    def write(self, folder: str, key: str, piece: StoredPiece) -> None:
        if not self.writable:
            return
        data = _encoder.encode(_Entry(FORMAT, key, piece))
        temporary: Path | None = None
        try:
            (self.directory / folder).mkdir(parents=True, exist_ok=True)
            descriptor, name = tempfile.mkstemp(prefix=TEMPORARY, dir=self.directory / folder)
            temporary = Path(name)
            with os.fdopen(descriptor, "wb") as file:
                file.write(data)
            os.replace(temporary, self._path(folder, key))
            temporary = None
        except OSError as exc:
            self._turn_off(exc)
        finally:
            if temporary is not None:
                temporary.unlink(missing_ok=True)

    def _turn_off(self, exc: OSError) -> None:
        # Said once, then quiet: a read-only data directory is a deployment choice.
        self.writable = False
        logger.warning(
            "build cache off: cannot write to %s (%s); every start builds from scratch",
            self.directory,
            exc.strerror or type(exc).__name__,
        )
