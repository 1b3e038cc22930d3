"""What the question log costs the bot: the same sustained /ask rate with the log off and on.

    python -m benchmarks.question_log [--rate 50] [--seconds 20] [--rounds 2]

Each round starts a fresh `forum-bot run` with BOT_LOG_RETENTION_DAYS=0 (no log), then one
with the log on (its SQLite file in a temporary data directory), and sends the same questions
at the same rate. Printed: dispatch-to-reply latency seen from the loopback Discord, the
bot's own handler-start-to-reply histogram, and the time handlers spent handing questions to
the log (forumbot_question_log_seconds: the only work logging adds to a handler; the writing
is on the log's thread). Rounds alternate off/on to spread the shared machine's noise.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

from benchmarks.bot import PROJECT, Harness, fmt, histogram_quantile, sustained
from benchmarks.common import machine, percentile
from tests.e2e.fake import FakeDiscord


async def one_run(
    corpus: Path, data_dir: Path, retention: str, rate: float, seconds: float
) -> tuple[list[float], float, float]:
    env = {"BOT_DATA_DIR": str(data_dir), "BOT_LOG_RETENTION_DAYS": retention}
    async with (
        FakeDiscord(token="bench-log-token") as fake,
        Harness(fake, [sys.executable, "-m", "bot", "run"], corpus, env) as bot,
    ):
        await sustained(fake, rate, 2)  # warm up
        before = await bot.metrics()
        count, answered, latencies, _ = await sustained(fake, rate, seconds)
        after = await bot.metrics()
        assert answered == count, f"{answered}/{count} answered"
    handler_p99 = histogram_quantile(before, after, "forumbot_reply_seconds", 0.99) * 1000
    log_p99 = histogram_quantile(before, after, "forumbot_question_log_seconds", 0.99) * 1000
    return latencies, handler_p99, log_p99


async def run(args: argparse.Namespace) -> None:
    print(f"machine: {machine()}\n")
    workdir = Path(tempfile.mkdtemp(prefix="forumbot-log-bench-"))
    try:
        corpus = workdir / "corpus"
        shutil.copytree(PROJECT / "corpus", corpus)
        results: dict[str, list[float]] = {"off": [], "on": []}
        handler: dict[str, list[float]] = {"off": [], "on": []}
        log_p99 = []
        for round_number in range(args.rounds):
            for mode, retention in (("off", "0"), ("on", "90")):
                latencies, handler_p99, handoff_p99 = await one_run(
                    corpus, workdir / "data", retention, args.rate, args.seconds
                )
                results[mode] += latencies
                handler[mode].append(handler_p99)
                if mode == "on":
                    log_p99.append(handoff_p99)
                print(f"round {round_number + 1}, log {mode}: dispatch-to-reply {fmt(latencies)}")
        with sqlite3.connect(workdir / "data" / "questions.sqlite3") as connection:
            rows = connection.execute("SELECT count(*) FROM questions").fetchone()[0]
        off, on = results["off"], results["on"]
        print(
            f"\n{args.rate:.0f} /ask per second, {args.rounds} x {args.seconds:.0f} s each way"
            f" ({len(on)} measured questions per mode; {rows} rows in the log file,"
            " warm-ups included)"
        )
        print(f"  log off: dispatch-to-reply {fmt(off)}")
        print(f"  log on:  dispatch-to-reply {fmt(on)}")
        print(
            f"  difference at p99: {percentile(on, 99) - percentile(off, 99):+.2f} ms, "
            f"at p50: {percentile(on, 50) - percentile(off, 50):+.2f} ms"
        )
        print(
            "  inside the bot, handler start to reply sent, p99 <= "
            f"{max(handler['off']):.1f} ms (off) / {max(handler['on']):.1f} ms (on)"
        )
        print(f"  handing a question to the log, p99 <= {max(log_p99) * 1000:.0f} µs")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rate", type=float, default=50.0)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--rounds", type=int, default=2)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
