"""What every command shares: exit codes and how it reports on stdout and stderr."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

EXIT_OK = 0
EXIT_DECLINED = 1
EXIT_USAGE = 2


class CommandExit(Exception):
    """A command has said why it cannot go on and exits with `code`."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def failed(args: argparse.Namespace, message: str, code: int) -> int:
    """A command that cannot do its job says why on stderr, and in JSON under --json."""
    print(f"forum-bot: {message}", file=sys.stderr)
    if getattr(args, "json", False):
        print_json({"error": message})
    return code


def counted(number: int, plural: str) -> str:
    return f"{number} {plural[:-1] if number == 1 else plural}"
