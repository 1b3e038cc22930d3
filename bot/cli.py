"""Command line: the same engine the Discord bot uses, in a terminal.

This module parses the command line and imports only the module of the command asked for:
the engine (numpy, wordfreq, the index) costs about a second to import, which `forum-bot
health`, the container's health check, would pay every 30 seconds.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from bot.commands.output import EXIT_OK, EXIT_USAGE, CommandExit, print_json
from bot.config import Settings, SettingsError, load_settings
from bot.ops.probe import UNHEALTHY

Command = Callable[[argparse.Namespace, Settings], int]


def _command(module: str, name: str) -> Command:
    def run(args: argparse.Namespace, settings: Settings) -> int:
        handler: Command = getattr(importlib.import_module(f"bot.commands.{module}"), name)
        return handler(args, settings)

    return run


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="forum-bot",
        description="Answer questions about the news coverage in the corpus, with cited quotes.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--corpus", type=Path, help="corpus directory (default: BOT_CORPUS_DIR)")
        return sub

    ask = add("ask", "answer a question with the best passage and its citation")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="print one JSON object")
    ask.add_argument("--top", type=answer_count, default=3, help="answers to show (default 3)")
    ask.set_defaults(handler=_command("corpus", "cmd_ask"))

    quotes = add("quotes", "list quotes and statements, of one speaker or of everyone")
    quotes.add_argument("--speaker", help="a name, alias or unique prefix of a name")
    quotes.add_argument("--json", action="store_true", help="print a JSON list")
    quotes.add_argument(
        "--explain",
        action="store_true",
        help="show which attribution rule gave each speaker, and from which words",
    )
    quotes.set_defaults(handler=_command("corpus", "cmd_quotes"))

    speakers = add("speakers", "list speakers with their roles, aliases and quote counts")
    speakers.add_argument("--json", action="store_true", help="print a JSON list")
    speakers.set_defaults(handler=_command("corpus", "cmd_speakers"))

    run = add("run", "start the Discord bot (needs DISCORD_TOKEN)")
    run.set_defaults(handler=_command("service", "cmd_run"))

    check = add("check", "validate the corpus and print its counts and warnings")
    check.set_defaults(handler=_command("corpus", "cmd_check"))

    health = commands.add_parser(
        "health",
        help="check the running bot's /healthz (exit 0 healthy, 1 not)",
        description="Ask the running bot's /healthz at BOT_HTTP_HOST:BOT_HTTP_PORT; "
        "exit 0 when it answers 200, 1 otherwise (the container health check).",
    )
    health.add_argument("--timeout", type=float, default=4.0, help="seconds (default 4)")
    # Docker reserves exit code 2 of a health check: a bad setting is plain unhealthy.
    health.set_defaults(handler=_command("service", "cmd_health"), settings_error=UNHEALTHY)

    stats = commands.add_parser(
        "stats",
        help="what people asked and how they voted, from the question log in BOT_DATA_DIR",
        description="What people asked and how they voted, from the question log in "
        "BOT_DATA_DIR: questions per day, unanswered questions, 👎 answers, speakers.",
    )
    stats.add_argument("--days", type=day_count, default=30, help="days back (default 30)")
    stats.add_argument("--json", action="store_true", help="print one JSON object")
    stats.set_defaults(handler=_command("service", "cmd_stats"), corpus=None)
    return parser


def answer_count(value: str) -> int:
    """--top's type, with messages of its own: argparse's default names the function."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number") from None
    if not 1 <= number <= 25:
        raise argparse.ArgumentTypeError("must be between 1 and 25")
    return number


def day_count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number") from None
    if not 1 <= number <= 3650:
        raise argparse.ArgumentTypeError("must be between 1 and 3650")
    return number


class _Parser(argparse.ArgumentParser):
    """Under --json a script reads stdout: a usage error is one JSON object there too."""

    json_errors = False  # set for the command line being parsed; subcommands share it

    def error(self, message: str) -> NoReturn:
        if _Parser.json_errors:
            print_json({"error": message})
        super().error(message)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _Parser.json_errors = "--json" in argv
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings(corpus_dir=getattr(args, "corpus", None))
    except SettingsError as exc:
        print(f"forum-bot: bad setting: {exc}", file=sys.stderr)
        if getattr(args, "json", False):
            print_json({"error": f"bad setting: {exc}"})
        return int(getattr(args, "settings_error", EXIT_USAGE))
    try:
        return int(args.handler(args, settings))
    except BrokenPipeError:  # `forum-bot ask ... | head` closed the pipe: not an error
        sys.stderr.close()
        return EXIT_OK
    except CommandExit as exc:
        return exc.code


def __getattr__(name: str) -> object:
    """`answer_to_dict`, loaded when asked for: the SQuAD scorer
    (../shared/datasets/squad/eval.py) imports it from here to measure in one process, and
    falls back to one `ask` process per question (minutes) when it cannot."""
    if name == "answer_to_dict":
        return importlib.import_module("bot.commands.corpus").answer_to_dict
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
