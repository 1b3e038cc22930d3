"""The version of the code a cached piece was made by: any change to it is a new version."""

from __future__ import annotations

import hashlib
import sys
from functools import cache
from pathlib import Path

import bot

_PACKAGE = Path(bot.__file__).resolve().parent
# Everything a piece is computed by: parsing, attribution, tokenizing (bot/index), and the
# cache's own format. Hashing the sources, not a hand-kept number, means nobody has to
# remember to bump it; a change anywhere here costs one cold build.
_SOURCES = ("corpus", "quotes", "index", "search", "buildcache", "knowledge.py")


@cache
def code_version() -> str:
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"python {sys.version_info.major}.{sys.version_info.minor}\0".encode())
    for name in _SOURCES:
        root = _PACKAGE / name
        files = sorted(root.rglob("*.py")) if root.is_dir() else [root]
        for path in files:
            digest.update(str(path.relative_to(_PACKAGE)).encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()
