"""Buttons under quote lists, which page through them for the person who asked."""

from __future__ import annotations

import contextlib

import discord

from bot.chat import render
from bot.quotes.models import Speaker

VIEW_TIMEOUT = 600.0
NO_PINGS = discord.AllowedMentions.none()


class OwnedView(discord.ui.View):
    """Only the person who asked can page; everyone else is told so, privately."""

    def __init__(self, owner_id: int) -> None:
        super().__init__(timeout=VIEW_TIMEOUT)
        self.owner_id = owner_id
        self.message: discord.Message | discord.InteractionMessage | None = None

    async def is_owner(self, interaction: discord.Interaction, command: str) -> bool:
        """True for the asker; anyone else is told, privately, to run the command themselves."""
        if interaction.user.id == self.owner_id:
            return True
        await interaction.response.send_message(
            f"Only the person who asked can use these buttons; try `/{command}` yourself.",
            ephemeral=True,
            allowed_mentions=NO_PINGS,
        )
        return False

    async def on_timeout(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        if self.message is not None:
            # The message may be gone or too old to edit: then there is nothing to tidy.
            with contextlib.suppress(discord.HTTPException):
                await self.message.edit(view=self, allowed_mentions=NO_PINGS)


class QuotePagesView(OwnedView):
    def __init__(self, owner_id: int, speaker: Speaker) -> None:
        super().__init__(owner_id)
        self.speaker = speaker
        self.page = 0
        self.pages = len(render.quote_pages(speaker))
        self._update_buttons()

    def embed(self) -> discord.Embed:
        return render.quotes_embed(self.speaker, self.page)

    def _update_buttons(self) -> None:
        self.previous_page.disabled = self.page == 0
        self.next_page.disabled = self.page >= self.pages - 1

    async def _turn(self, interaction: discord.Interaction, step: int) -> None:
        if not await self.is_owner(interaction, "quote"):
            return
        self.page = min(max(self.page + step, 0), self.pages - 1)
        self._update_buttons()
        await interaction.response.edit_message(
            embed=self.embed(), view=self, allowed_mentions=NO_PINGS
        )

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous_page(
        self, interaction: discord.Interaction, button: discord.ui.Button[QuotePagesView]
    ) -> None:
        await self._turn(interaction, -1)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.primary)
    async def next_page(
        self, interaction: discord.Interaction, button: discord.ui.Button[QuotePagesView]
    ) -> None:
        await self._turn(interaction, 1)
