"""The baseline for benchmarks.bot: a discord.py bot whose /ask replies "ok", nothing else.

It runs through the same harness (loopback Discord, same process model), so the ratio of
forum-bot's latency to this one's is what forum-bot itself adds.
"""

from __future__ import annotations

import os

import discord
import yarl
from discord import app_commands
from discord.gateway import DiscordWebSocket


class TrivialBot(discord.Client):
    def __init__(self) -> None:
        super().__init__(intents=discord.Intents.none())
        self.tree = app_commands.CommandTree(self)

        @self.tree.command(name="ask", description="Replies ok")
        async def ask(interaction: discord.Interaction, question: str) -> None:
            await interaction.response.send_message("ok")

    async def setup_hook(self) -> None:
        _, url, _ = await self.http.get_bot_gateway()
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url)
        await self.tree.sync()


def main() -> None:
    discord.http.Route.BASE = os.environ["BOT_DISCORD_API_BASE"]
    TrivialBot().run(os.environ["DISCORD_TOKEN"], log_handler=None)


if __name__ == "__main__":
    main()
