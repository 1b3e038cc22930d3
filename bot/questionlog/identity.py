"""Voters as keyed hashes: enough to count one vote per person, useless to identify anyone.

The key is generated once into the data directory. Without it the hashes cannot be
recomputed from a user id, so a copy of the log alone says nothing about who voted.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import secrets
from pathlib import Path

logger = logging.getLogger(__name__)

SECRET_FILE = "voter-key"
_SECRET_BYTES = 32


def load_or_create_secret(data_dir: Path) -> bytes:
    """The data directory's key, created on first use (readable by its owner only).

    If it cannot be read or written, a key for this process only: votes are then deduplicated
    until the next restart, and answering goes on.
    """
    path = data_dir / SECRET_FILE
    try:
        if path.exists():
            secret = bytes.fromhex(path.read_text(encoding="ascii").strip())
            if len(secret) >= 16:
                return secret
            logger.error("%s is damaged; votes are deduplicated per process only", path)
            return secrets.token_bytes(_SECRET_BYTES)
        secret = secrets.token_bytes(_SECRET_BYTES)
        # O_EXCL: two processes starting at once must not each write a different key.
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="ascii") as file:
            file.write(secret.hex())
        return secret
    except FileExistsError:
        return load_or_create_secret(data_dir)
    except (OSError, ValueError) as exc:
        logger.error(
            "cannot keep the voter key in %s (%s); votes are deduplicated per process only",
            path,
            exc,
        )
        return secrets.token_bytes(_SECRET_BYTES)


def voter_hash(secret: bytes, user_id: int) -> str:
    return hmac.new(secret, str(user_id).encode(), hashlib.sha256).hexdigest()[:32]
