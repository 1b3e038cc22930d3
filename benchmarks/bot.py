"""The real bot process against the loopback Discord: burst, sustained rate, reload stalls.

    python -m benchmarks.bot [--rate 50] [--seconds 30] [--burst 200]

1. A burst of concurrent /ask interactions: all answered? dispatch-to-reply p50/p99, and the
   same burst against a trivial discord.py bot that replies "ok" (benchmarks/trivial_bot.py).
2. A sustained rate of /ask for N seconds: interactions per second and p50/p99 latency.
3. The same rate while an admin reloads a 100k-paragraph corpus: latency, the longest
   event-loop stall inside the bot, and how long the reload took; then again after one of
   its files changed (the build cache reads only that one).
Inside-the-bot figures come from its /metrics: reply time (handler start to reply sent) and
event-loop lag (how late a 50 ms timer fires).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import aiohttp

from benchmarks.common import DATA_DIR, machine, percentile
from benchmarks.generate import write_corpus
from tests.e2e.conftest import free_port
from tests.e2e.fake import FakeDiscord, Interaction

PROJECT = Path(__file__).resolve().parent.parent
QUESTIONS = [
    "What did the science minister say about AI?",
    "Who gave the keynote speech?",
    "What did experts from the OECD highlight?",
    "research security policies",
    "What is the capital of France?",
]


class Harness:
    def __init__(
        self,
        fake: FakeDiscord,
        command: Sequence[str],
        corpus: Path,
        env: dict[str, str] | None = None,
    ) -> None:
        self.fake = fake
        self.command = command
        self.corpus = corpus
        self.data_dir = corpus.parent / "data"
        # By default the question log goes beside the corpus, never into the checkout.
        self.env = {"BOT_DATA_DIR": str(corpus.parent / "data"), **(env or {})}
        self.http_port = free_port()
        self.process: asyncio.subprocess.Process | None = None

    async def __aenter__(self) -> Harness:
        env = {
            "PATH": os.environ.get("PATH", ""),
            "DISCORD_TOKEN": self.fake.token,
            "BOT_DISCORD_API_BASE": self.fake.api_base,
            "BOT_CORPUS_DIR": str(self.corpus),
            "BOT_DATA_DIR": str(self.data_dir),
            "BOT_HTTP_PORT": str(self.http_port),
            "BOT_LOG_LEVEL": "WARNING",
            "BOT_QUESTIONS_PER_USER": "1000000",
            "PYTHONPATH": str(PROJECT),
            **self.env,
        }
        self.fake.ready.clear()
        self.process = await asyncio.create_subprocess_exec(
            *self.command, env=env, cwd=PROJECT, stdout=asyncio.subprocess.DEVNULL
        )
        await asyncio.wait_for(self.fake.ready.wait(), 60)
        await asyncio.sleep(0.5)  # let GUILD_CREATE settle before timing anything
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.terminate()
            await asyncio.wait_for(self.process.wait(), 10)

    async def metrics(self) -> dict[str, float]:
        url = f"http://127.0.0.1:{self.http_port}/metrics"
        async with aiohttp.ClientSession() as session, session.get(url) as response:
            text = await response.text()
        values = {}
        for line in text.splitlines():
            if line and not line.startswith("#"):
                name, _, value = line.rpartition(" ")
                values[name] = float(value)
        return values


def latencies_ms(interactions: list[Interaction]) -> list[float]:
    return [(i.responded_at - i.dispatched_at) * 1000 for i in interactions]


async def count_answered(sent: list[Interaction]) -> int:
    answered = 0
    for interaction in sent:
        try:
            await interaction.response(30)
            answered += 1
        except TimeoutError:
            pass
    return answered


async def burst(fake: FakeDiscord, size: int) -> tuple[int, list[float], float]:
    user = fake.new_user("burst")
    started = time.perf_counter()
    sent = await asyncio.gather(
        *(
            fake.slash("ask", {"question": QUESTIONS[n % len(QUESTIONS)]}, user=user)
            for n in range(size)
        )
    )
    answered = await count_answered(sent)
    return answered, latencies_ms(sent), time.perf_counter() - started


async def sustained(
    fake: FakeDiscord, rate: float, seconds: float
) -> tuple[int, int, list[float], float]:
    user = fake.new_user("steady")
    sent: list[Interaction] = []
    started = time.perf_counter()
    for n in range(int(rate * seconds)):
        delay = started + n / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        sent.append(await fake.slash("ask", {"question": QUESTIONS[n % len(QUESTIONS)]}, user=user))
    answered = await count_answered(sent)
    elapsed = time.perf_counter() - started
    return len(sent), answered, latencies_ms(sent), elapsed


def histogram_quantile(
    before: dict[str, float], after: dict[str, float], name: str, q: float
) -> float:
    """Upper bound of the bucket holding quantile q of what was observed between two scrapes
    (Prometheus histograms are coarse: this is a bound, not a value)."""
    buckets = sorted(
        (float(key.split('le="')[1].split('"')[0]), value - before.get(key, 0.0))
        for key, value in after.items()
        if key.startswith(f"{name}_bucket{{") and 'le="+Inf"' not in key
    )
    total = after.get(f"{name}_count", 0.0) - before.get(f"{name}_count", 0.0)
    for bound, count in buckets:
        if total and count >= q * total:
            return bound
    return float("inf")


async def measure_reload(
    bot: Harness, fake: FakeDiscord, args: argparse.Namespace, what: str
) -> None:
    before = await bot.metrics()
    reload = await fake.slash("reload", user=fake.owner, permissions="8")
    reload_started = time.perf_counter()
    count, answered, during, _ = await sustained(fake, args.rate, args.reload_seconds)
    await reload.response(60)
    followup = await reload.followup(120)
    reload_seconds = time.perf_counter() - reload_started
    after = await bot.metrics()
    stalls = (
        after.get("forumbot_event_loop_lag_seconds_count", 0)
        - after.get('forumbot_event_loop_lag_seconds_bucket{le="0.1"}', 0)
    ) - (
        before.get("forumbot_event_loop_lag_seconds_count", 0)
        - before.get('forumbot_event_loop_lag_seconds_bucket{le="0.1"}', 0)
    )
    print(
        f"during {what} ({reload_seconds:.1f} s until the reply; "
        f"{followup['content'].splitlines()[0]}): {answered}/{count} answered, {fmt(during)}"
    )
    print(
        f"  event-loop stalls over 100 ms during the reload: {stalls:.0f}; "
        "longest stall since start: "
        f"{after.get('forumbot_event_loop_lag_max_seconds', 0) * 1000:.0f} ms"
    )


def fmt(values: list[float]) -> str:
    return f"p50 {percentile(values, 50):.1f} ms, p99 {percentile(values, 99):.1f} ms"


async def run(args: argparse.Namespace) -> None:
    print(f"machine: {machine()}\n")
    workdir = Path(tempfile.mkdtemp(prefix="forumbot-bench-"))
    try:
        corpus = workdir / "corpus"
        shutil.copytree(PROJECT / "corpus", corpus)

        async with FakeDiscord(token="bench-token-0") as fake:
            async with Harness(fake, [sys.executable, "-m", "benchmarks.trivial_bot"], corpus):
                await burst(fake, 20)  # warm up
                trivials = [(await burst(fake, args.burst))[1] for _ in range(args.repeat)]
            for number, values in enumerate(trivials, start=1):
                print(f"trivial bot, burst {number} of {args.burst}: {fmt(values)}")

        async with (
            FakeDiscord(token="bench-token-1") as fake,
            Harness(fake, [sys.executable, "-m", "bot", "run"], corpus) as bot,
        ):
            await burst(fake, 20)  # warm up
            for number in range(1, args.repeat + 1):  # back to back, as the trivial bot's
                answered, ours, elapsed = await burst(fake, args.burst)
                ratio = percentile(ours, 99) / percentile(trivials[number - 1], 99)
                print(
                    f"forum-bot,   burst {number} of {args.burst}: {answered} answered in "
                    f"{elapsed:.2f} s, {fmt(ours)}; p99 ratio to trivial burst {number} "
                    f"{ratio:.2f}x"
                )

            start_metrics = await bot.metrics()
            count, answered, steady, elapsed = await sustained(fake, args.rate, args.seconds)
            metrics = await bot.metrics()
            print(
                f"sustained {args.rate:.0f}/s for {args.seconds:.0f} s: {answered}/{count} "
                f"answered, {answered / elapsed:.1f}/s, dispatch-to-reply {fmt(steady)}"
            )
            p50, p99 = (
                histogram_quantile(start_metrics, metrics, "forumbot_reply_seconds", q) * 1000
                for q in (0.5, 0.99)
            )
            print(
                f"  inside the bot, handler start to reply sent: p50 <= {p50:.1f} ms, "
                f"p99 <= {p99:.1f} ms"
            )

            big = write_corpus(DATA_DIR / "c100000", 100_000)
            for path in big.glob("*.md"):
                shutil.copy(path, corpus / path.name)
            await measure_reload(bot, fake, args, "a reload to 100k paragraphs (cold cache)")
            edited = sorted(corpus.glob("article-*.md"))[0]
            with edited.open("a", encoding="utf-8") as file:
                file.write("\nOne more paragraph, added before the next reload.\n")
            await measure_reload(bot, fake, args, "a reload after one of those files changed")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--burst", type=int, default=200)
    parser.add_argument("--rate", type=float, default=50.0)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--reload-seconds", type=float, default=20.0)
    parser.add_argument("--repeat", type=int, default=3, help="bursts back to back")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
