"""The commands that serve or watch the bot: run, health and stats."""

from __future__ import annotations

import argparse
import sqlite3
import sys

from bot.commands.output import (
    EXIT_DECLINED,
    EXIT_OK,
    EXIT_USAGE,
    failed,
    print_json,
    report_unloadable,
)
from bot.config import Settings
from bot.ops.probe import HEALTHY, probe
from bot.questionlog.report import stats_report
from bot.questionlog.stats import LogMissing, read_stats


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    token = settings.discord_token.get_secret_value().strip() if settings.discord_token else ""
    if not token:  # told before the Discord layer loads: that takes a second or two
        print(
            "forum-bot: DISCORD_TOKEN is required to run the bot: set it in .env (copy "
            ".env.example) or the environment, or as the Docker secret discord_token",
            file=sys.stderr,
        )
        return EXIT_USAGE
    # The Discord layer and the engine load only for this command, not for `health`.
    from bot.chat.run import run
    from bot.corpus import CorpusError

    try:
        return run(settings, token)
    except CorpusError as exc:
        report_unloadable(args, settings, exc)
        return EXIT_USAGE


def cmd_health(args: argparse.Namespace, settings: Settings) -> int:
    result = probe(settings, timeout=args.timeout)
    print(result.message, file=sys.stdout if result.code == HEALTHY else sys.stderr)
    return result.code


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    try:
        stats = read_stats(settings.data_dir, args.days)
    except LogMissing:
        where = settings.data_dir.resolve()
        why = "the running Discord bot writes it; `forum-bot ask` does not"
        return failed(args, f"no question log in {where} ({why})", EXIT_DECLINED)
    except sqlite3.Error as exc:
        return failed(args, f"cannot read the question log: {exc}", EXIT_USAGE)
    if args.json:
        print_json(stats.to_dict())
    else:
        print(stats_report(stats, "en"))
    return EXIT_OK
