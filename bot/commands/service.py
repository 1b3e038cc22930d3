"""The commands that serve or watch the bot: run, health and stats."""

from __future__ import annotations

import argparse
import sqlite3
import sys

from bot.commands.output import EXIT_DECLINED, EXIT_OK, EXIT_USAGE, failed, print_json
from bot.config import Settings
from bot.ops.probe import HEALTHY, probe
from bot.questionlog.report import stats_report
from bot.questionlog.stats import LogMissing, read_stats


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.chat.run import run  # the Discord layer loads only for the command that needs it

    return run(settings)


def cmd_health(args: argparse.Namespace, settings: Settings) -> int:
    result = probe(settings, timeout=args.timeout)
    print(result.message, file=sys.stdout if result.code == HEALTHY else sys.stderr)
    return result.code


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    try:
        stats = read_stats(settings.data_dir, args.days)
    except LogMissing:
        return failed(args, f"no question log in {settings.data_dir.resolve()}", EXIT_DECLINED)
    except sqlite3.Error as exc:
        return failed(args, f"cannot read the question log: {exc}", EXIT_USAGE)
    if args.json:
        print_json(stats.to_dict())
    else:
        print(stats_report(stats, "en"))
    return EXIT_OK
