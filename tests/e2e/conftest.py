"""The bot as a real process, connected to the loopback Discord in tests/e2e/fake.py."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import signal
import socket
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import pytest_asyncio

from tests.conftest import CORPUS_DIR
from tests.e2e.fake import FakeDiscord

STARTUP_TIMEOUT = 20.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class RunningBot:
    process: asyncio.subprocess.Process
    fake: FakeDiscord
    corpus: Path
    log_path: Path
    http_port: int

    @property
    def health_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    async def log_match(self, pattern: str, timeout: float = 5.0) -> list[re.Match[str]]:
        """The log lines matching `pattern`, waiting for a first one: the bot writes its log
        line after its reply has been sent, so after the test may already have seen it."""
        deadline = asyncio.get_running_loop().time() + timeout
        while True:
            found = list(re.finditer(pattern, self.log()))
            if found or asyncio.get_running_loop().time() > deadline:
                return found
            await asyncio.sleep(0.02)

    async def get(self, path: str) -> tuple[int, str]:
        async with aiohttp.ClientSession() as session, session.get(self.health_url + path) as r:
            return r.status, await r.text()

    async def stop(self, timeout: float = 10.0) -> int:
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
            await asyncio.wait_for(self.process.wait(), timeout)
        return int(self.process.returncode or 0)


async def spawn_bot(
    environment: dict[str, str], stdout: Any, cwd: Path | None = None
) -> asyncio.subprocess.Process:
    """`python -m bot run` as users start it, its output (stderr too) going to `stdout`."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        env=environment,
        stdout=stdout,
        stderr=asyncio.subprocess.STDOUT,
        cwd=cwd,
    )


async def run_bot_to_exit(environment: dict[str, str], timeout: float) -> tuple[int, str]:
    """A bot process that is expected to stop by itself: its exit code and its output."""
    process = await spawn_bot(environment, asyncio.subprocess.PIPE)
    out, _ = await asyncio.wait_for(process.communicate(), timeout)
    return int(process.returncode or 0), out.decode()


async def start_bot(fake: FakeDiscord, corpus: Path, log_path: Path, **env: str) -> RunningBot:
    http_port = free_port()
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DISCORD_TOKEN": fake.token,
        "BOT_DISCORD_API_BASE": fake.api_base,
        "BOT_CORPUS_DIR": str(corpus),
        "BOT_HTTP_PORT": str(http_port),
        "BOT_LOG_LEVEL": "DEBUG",
        # The loopback Discord sends its one server at once: no need to wait for more.
        "BOT_GUILD_READY_TIMEOUT": "0.1",
        # Nor does it limit how often a bot identifies (each further shard, a new session).
        "BOT_IDENTIFY_INTERVAL": "0",
        **env,
    }
    fake.ready.clear()
    with log_path.open("ab") as log:
        process = await spawn_bot(environment, log, cwd=corpus.parent)
    bot = RunningBot(process, fake, corpus, log_path, http_port)
    ready = asyncio.ensure_future(fake.ready.wait())
    exited = asyncio.ensure_future(process.wait())
    done, _ = await asyncio.wait(
        {ready, exited}, timeout=STARTUP_TIMEOUT, return_when=asyncio.FIRST_COMPLETED
    )
    exited.cancel()
    if ready not in done:
        ready.cancel()
        await bot.stop()
        raise AssertionError(f"the bot did not connect:\n{bot.log()[-3000:]}")
    await wait_for_health(bot)
    return bot


async def wait_for_health(bot: RunningBot, timeout: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while asyncio.get_running_loop().time() < deadline:
        try:
            status, _ = await bot.get("/healthz")
            if status == 200:
                return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.05)
    raise AssertionError(f"the bot never became healthy:\n{bot.log()[-3000:]}")


def copy_corpus(target: Path) -> Path:
    corpus = target / "corpus"
    shutil.copytree(CORPUS_DIR, corpus)
    return corpus


@pytest_asyncio.fixture(scope="session")
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server


@pytest_asyncio.fixture(scope="session")
async def bot(
    fake: FakeDiscord, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[RunningBot]:
    """One bot process for the tests that only ask and read (they must not reload)."""
    home = tmp_path_factory.mktemp("bot")
    running = await start_bot(fake, copy_corpus(home), home / "bot.log")
    yield running
    assert await running.stop() == 0
    assert "Traceback" not in running.log(), "the bot logged an unexpected error"
