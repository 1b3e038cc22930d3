"""`forum-bot run`: start the bot, stop it cleanly on SIGTERM or Ctrl-C."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Sequence
from typing import TextIO

import aiohttp
import discord

from bot.buildcache import CorpusCache
from bot.chat import discord_patches
from bot.chat.client import ForumBot, make_bot
from bot.config import Settings
from bot.ops.health import HealthServer
from bot.store import KnowledgeStore

logger = logging.getLogger("bot")

EXIT_OK = 0
EXIT_CONFIG = 2
EXIT_UNAVAILABLE = 1


class RedactingFormatter(logging.Formatter):
    """Defence in depth: whatever logs it, the token never reaches a log line.

    Redacts the fully formatted text, so exception text in a traceback, stack info and
    arguments are covered too, not only the message (an exception raised with the token in
    its text, e.g. by an HTTP library echoing a header, would otherwise print it).
    """

    def __init__(self, fmt: str, datefmt: str, secrets: Sequence[str]) -> None:
        super().__init__(fmt, datefmt)
        self.secrets = [secret for secret in secrets if secret]

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "[redacted]")
        return text

    def format(self, record: logging.LogRecord) -> str:
        return self.redact(super().format(record))


def configure_logging(level: str, *secrets: str, stream: TextIO | None = None) -> None:
    handler = logging.StreamHandler(stream)
    handler.setFormatter(
        RedactingFormatter(
            "%(asctime)s %(levelname)s %(name)s: %(message)s", "%Y-%m-%dT%H:%M:%S", secrets
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)


def run(settings: Settings, token: str) -> int:
    configure_logging(settings.log_level, token)
    if settings.discord_api_base:
        discord_patches.use_api_base(settings.discord_api_base)
    store = KnowledgeStore.open(settings.corpus_dir, CorpusCache.in_data_dir(settings.data_dir))
    logger.info("corpus loaded: %s", store.current.counts())
    for warning in store.current.warnings:
        logger.warning("corpus: %s", warning)
    return asyncio.run(_serve(settings, store, token))


async def _serve(settings: Settings, store: KnowledgeStore, token: str) -> int:
    bot = make_bot(settings, store)
    health = None
    if settings.http_port:
        health = HealthServer(bot, store, bot.metrics, settings.http_host, settings.http_port)
        try:
            await health.start()
        except (OSError, UnicodeError) as exc:  # UnicodeError: a host name IDNA rejects
            logger.error(
                "cannot serve health on %s:%d (%s): check BOT_HTTP_HOST and BOT_HTTP_PORT, "
                "or set BOT_HTTP_PORT=0 to turn it off",
                settings.http_host,
                settings.http_port,
                getattr(exc, "strerror", None) or exc,
            )
            return EXIT_CONFIG
        logger.info("health and metrics on http://%s:%d", settings.http_host, settings.http_port)
    try:
        return await _run_until_stopped(bot, token)
    finally:
        if health is not None:
            await health.stop()


async def _run_until_stopped(bot: ForumBot, token: str) -> int:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    async with bot:
        running = asyncio.create_task(bot.start(token))
        stopping = asyncio.create_task(stop.wait())
        done, _ = await asyncio.wait({running, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if stopping in done:
            logger.info("stopping: closing the gateway connection")
            await bot.close()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await running
            return EXIT_OK
        stopping.cancel()
        try:
            running.result()
        except discord.LoginFailure:
            logger.error("Discord rejected DISCORD_TOKEN: check the bot token")
            return EXIT_CONFIG
        except discord.PrivilegedIntentsRequired:
            logger.error("Discord refused the intents; this bot needs no privileged intents")
            return EXIT_CONFIG
        except (aiohttp.ClientError, OSError, TimeoutError, discord.DiscordException) as exc:
            logger.error("cannot reach Discord (%s): %s", type(exc).__name__, exc)
            return EXIT_UNAVAILABLE
    return EXIT_OK
