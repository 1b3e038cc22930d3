"""The real bot process against the loopback Discord: burst, sustained rate, reload stalls.

    python -m benchmarks.bot [--burst 200] [--repeat 6] [--warmup 1] [--bursts-only]
                             [--rate 50] [--seconds 30]

1. Bursts of concurrent /ask interactions: all answered? dispatch-to-reply p50/p99, against
   a trivial discord.py bot that replies "ok" (benchmarks/trivial_bot.py). Both bots run at
   once, each with its own loopback Discord, get the same warm-up (full bursts: the first
   burst of a process opens its HTTP connections), then take turns burst by burst, so that
   each pair is measured under the same load of the shared machine; the first of a pair
   alternates. Then the same with 200 different questions (nothing a bot could remember).
   Besides latency, the CPU time each bot's event-loop thread used for the burst, which the
   shared machine's load blurs much less than latency. Only that thread: forum-bot's
   question-log writer thread (SQLite, one row per question) is not counted.
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
import itertools
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from benchmarks.common import DATA_DIR, machine, percentile
from benchmarks.generate import write_corpus
from bot.knowledge import build_knowledge
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

    def loop_cpu_ms(self) -> float:
        """CPU time the process's main thread (the event loop) has used so far (Linux)."""
        assert self.process is not None
        pid = self.process.pid
        schedstat = Path(f"/proc/{pid}/task/{pid}/schedstat").read_text()
        return int(schedstat.split()[0]) / 1e6

    def peak_rss_mb(self) -> float:
        assert self.process is not None
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        return float("nan")

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


async def burst(
    fake: FakeDiscord, size: int, questions: Sequence[str] = QUESTIONS
) -> tuple[int, list[float], float]:
    user = fake.new_user("burst")
    started = time.perf_counter()
    sent = await asyncio.gather(
        *(
            fake.slash("ask", {"question": questions[n % len(questions)]}, user=user)
            for n in range(size)
        )
    )
    answered = await count_answered(sent)
    return answered, latencies_ms(sent), time.perf_counter() - started


def distinct_questions(corpus: Path, count: int) -> Callable[[], list[str]]:
    """Bursts of `count` questions not asked lately: "What did <speaker> say about <words>?"
    for each speaker of the corpus and three longer words of their quotes, read when the
    benchmark runs. Every one must be searched (a question comes back only after more
    than RecentReplies keeps), most are answered, and none holds a word the corpus lacks
    (which would send the bot looking for a respelling, a cost of its own)."""
    knowledge = build_knowledge(corpus)
    per_speaker = []
    for speaker in knowledge.speakers:
        said = " ".join(quote.text for quote in speaker.quotes)
        words = list(dict.fromkeys(w.lower() for w in re.findall(r"[A-Za-z]{6,}", said)))
        per_speaker.append(
            [
                f"What did {speaker.name} say about {first}, {second} and {third}?"
                for first, second, third in itertools.islice(itertools.permutations(words, 3), 500)
            ]
        )
    # One speaker after another, so that a burst asks about everyone.
    every = [q for round_ in itertools.zip_longest(*per_speaker) for q in round_ if q]
    asked = itertools.cycle(every)

    def questions() -> list[str]:
        return list(itertools.islice(asked, count))

    return questions


@dataclass(frozen=True, slots=True)
class Burst:
    latencies: list[float]  # dispatch to reply, ms
    cpu_ms: float  # the bot's event-loop thread, ms of CPU

    @property
    def p99(self) -> float:
        return percentile(self.latencies, 99)


async def measured_burst(
    bot: Harness, args: argparse.Namespace, questions: Callable[[], Sequence[str]]
) -> Burst:
    asked = questions()
    before = bot.loop_cpu_ms()
    answered, latencies, _ = await burst(bot.fake, args.burst, asked)
    if answered != args.burst:
        raise RuntimeError(f"{answered}/{args.burst} answered")
    return Burst(latencies, bot.loop_cpu_ms() - before)


async def paired_bursts(
    trivial: Harness,
    ours: Harness,
    args: argparse.Namespace,
    questions: Callable[[], Sequence[str]],
) -> list[tuple[Burst, Burst]]:
    """(trivial, forum-bot) bursts fired in turns, the first of each pair alternating."""
    for _ in range(args.warmup):
        for bot in (trivial, ours):
            await burst(bot.fake, args.burst, questions())
    pairs = []
    for number in range(args.repeat):
        if number % 2 == 0:
            pairs.append(
                (
                    await measured_burst(trivial, args, questions),
                    await measured_burst(ours, args, questions),
                )
            )
        else:
            ours_first = await measured_burst(ours, args, questions)
            pairs.append((await measured_burst(trivial, args, questions), ours_first))
    return pairs


def report_bursts(what: str, pairs: list[tuple[Burst, Burst]]) -> None:
    ratios, cpu_ratios = [], []
    for number, (trivial, ours) in enumerate(pairs, start=1):
        ratios.append(ours.p99 / trivial.p99)
        cpu_ratios.append(ours.cpu_ms / trivial.cpu_ms)
        print(
            f"{what}, burst {number}: trivial {fmt(trivial.latencies)}, CPU "
            f"{trivial.cpu_ms:.0f} ms; forum-bot {fmt(ours.latencies)}, CPU {ours.cpu_ms:.0f} ms; "
            f"p99 ratio {ratios[-1]:.2f}x, CPU ratio {cpu_ratios[-1]:.2f}x"
        )
    # statistics.median, not percentile(…, 50): of an even count that takes the lower middle.
    print(
        f"{what}: p99 ratio median {statistics.median(ratios):.2f}x "
        f"(best {min(ratios):.2f}x, worst {max(ratios):.2f}x); "
        f"CPU ratio median {statistics.median(cpu_ratios):.2f}x"
    )


async def measure_bursts(corpus: Path, args: argparse.Namespace) -> None:
    async with (
        FakeDiscord(token="bench-token-0") as trivial_discord,
        FakeDiscord(token="bench-token-1") as our_discord,
        Harness(
            trivial_discord, [sys.executable, "-m", "benchmarks.trivial_bot"], corpus
        ) as trivial,
        Harness(our_discord, [sys.executable, "-m", "bot", "run"], corpus) as ours,
    ):
        for what, questions in (
            (f"{args.burst} /ask of {len(QUESTIONS)} questions", lambda: QUESTIONS),
            (f"{args.burst} different /ask", distinct_questions(corpus, args.burst)),
        ):
            report_bursts(what, await paired_bursts(trivial, ours, args, questions))


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
        f"{after.get('forumbot_event_loop_lag_max_seconds', 0) * 1000:.0f} ms; "
        f"peak RSS of the bot since start {bot.peak_rss_mb():.0f} MB"
    )


def fmt(values: list[float]) -> str:
    return f"p50 {percentile(values, 50):.1f} ms, p99 {percentile(values, 99):.1f} ms"


async def run(args: argparse.Namespace) -> None:
    print(f"machine: {machine()}\n")
    workdir = Path(tempfile.mkdtemp(prefix="forumbot-bench-"))
    try:
        corpus = workdir / "corpus"
        shutil.copytree(PROJECT / "corpus", corpus)

        await measure_bursts(corpus, args)
        if args.bursts_only:
            return
        async with (
            FakeDiscord(token="bench-token-2") as fake,
            Harness(fake, [sys.executable, "-m", "bot", "run"], corpus) as bot,
        ):
            await burst(fake, 20)  # warm up
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
    parser.add_argument("--repeat", type=int, default=6, help="bursts of each bot, in turns")
    parser.add_argument("--warmup", type=int, default=1, help="bursts before measuring")
    parser.add_argument("--bursts-only", action="store_true", help="skip the rate and reloads")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
