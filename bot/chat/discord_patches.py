"""Every change this bot makes to discord.py's own classes, in one place.

discord.py reads these from class attributes, with no per-client option; whoever upgrades
discord.py checks this module, and nothing else in the bot assigns to the library.
"""

from __future__ import annotations

import discord
import yarl
from discord.gateway import DiscordWebSocket


def silence_voice_warnings() -> None:
    """The bot never joins voice: the warnings about missing voice libraries are noise."""
    discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False


def use_api_base(base: str) -> None:
    """Send REST calls to `base` (BOT_DISCORD_API_BASE: tests and self-hosted proxies)."""
    discord.http.Route.BASE = base.rstrip("/")


def use_gateway(url: str) -> None:
    """Connect the gateway to `url`, as GET /gateway/bot named it (Discord asks clients not
    to hard-code it, and a self-hosted API base brings its own)."""
    DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url)
