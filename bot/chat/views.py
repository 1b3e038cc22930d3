"""Buttons under answers and quote lists."""

from __future__ import annotations

import contextlib
from collections.abc import Sequence

import discord

from bot.chat import render
from bot.quotes.models import Speaker
from bot.search.answer import Answer

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


class AnswerView(OwnedView):
    def __init__(self, owner_id: int, answers: Sequence[Answer]) -> None:
        super().__init__(owner_id)
        self.answers = list(answers)
        self.position = 0
        self.next_answer.disabled = len(self.answers) < 2

    @property
    def current(self) -> Answer:
        return self.answers[self.position]

    def embed(self) -> discord.Embed:
        return render.answer_embed(self.current, self.position + 1, len(self.answers))

    @discord.ui.button(label="Next answer", style=discord.ButtonStyle.primary)
    async def next_answer(
        self, interaction: discord.Interaction, button: discord.ui.Button[AnswerView]
    ) -> None:
        if not await self.is_owner(interaction, "ask"):
            return
        self.position = (self.position + 1) % len(self.answers)
        await interaction.response.edit_message(
            embed=self.embed(), view=self, allowed_mentions=NO_PINGS
        )

    @discord.ui.button(label="Show paragraph", style=discord.ButtonStyle.secondary)
    async def show_paragraph(
        self, interaction: discord.Interaction, button: discord.ui.Button[AnswerView]
    ) -> None:
        await interaction.response.send_message(
            render.paragraph_text(self.current), ephemeral=True, allowed_mentions=NO_PINGS
        )


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
