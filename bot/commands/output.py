"""What every command shares: exit codes and how it reports on stdout and stderr."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.config import Settings
    from bot.corpus import CorpusError

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


def report_unloadable(args: argparse.Namespace, settings: Settings, exc: CorpusError) -> None:
    """Every problem of a corpus that cannot be loaded, on stderr and under --json."""
    print(
        f"forum-bot: the corpus in {settings.corpus_dir.resolve()} cannot be loaded "
        f"({counted(len(exc.problems), 'problems')}):",
        file=sys.stderr,
    )
    for problem in exc.problems:
        print(f"  {problem}", file=sys.stderr)
    if getattr(args, "json", False):  # a script reading stdout learns why, too
        print_json(
            {
                "error": "the corpus cannot be loaded",
                "problems": [str(problem) for problem in exc.problems],
            }
        )
