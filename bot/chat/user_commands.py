"""Commands everyone can use: /ask, /quote, /speakers, /about, and "Ask forum-bot" on a
message (Apps menu), which asks the message's text privately."""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands
from rapidfuzz import fuzz, process

from bot.chat import discord_limits, embeds, request_log
from bot.chat.answering import Outcome, Reply
from bot.chat.embeds import NO_PINGS
from bot.chat.localization import command_text, locale_of
from bot.chat.navigation_buttons import quote_view, speakers_view
from bot.i18n import text
from bot.quotes.lookup import find_speaker
from bot.quotes.models import Speaker
from bot.search.question import MAX_QUESTION_CHARS

if TYPE_CHECKING:
    from bot.chat.client import ForumBot


async def send_reply(
    interaction: discord.Interaction, reply: Reply, *, private: bool = False
) -> None:
    ephemeral = private or reply.embed is None  # refusals and declines don't clutter it
    kwargs: dict[str, object] = {"allowed_mentions": NO_PINGS, "ephemeral": ephemeral}
    if reply.content is not None:
        kwargs["content"] = reply.content
    if reply.embed is not None:
        kwargs["embed"] = reply.embed
    if reply.view is not None:
        kwargs["view"] = reply.view
    await interaction.response.send_message(**kwargs)  # type: ignore[arg-type]


ASK_MESSAGE = command_text("command.ask_message.name")


class UserCommands(commands.Cog):
    def __init__(self, bot: ForumBot) -> None:
        self.bot = bot
        # Context menus cannot be declared in a cog's body; no privileged intent is needed:
        # Discord sends the chosen message's text with the interaction.
        self.ask_message_menu = app_commands.ContextMenu(
            name=ASK_MESSAGE,
            callback=self.ask_message,
            allowed_installs=app_commands.AppInstallationType(guild=True, user=True),
            allowed_contexts=app_commands.AppCommandContext(
                guild=True, dm_channel=True, private_channel=True
            ),
        )

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.ask_message_menu)

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(ASK_MESSAGE.message, type=discord.AppCommandType.message)

    async def ask_message(self, interaction: discord.Interaction, message: discord.Message) -> None:
        """A message's text as the question; the answer is for the one who asked only."""
        started = request_log.started_at(interaction)
        question = message.content
        reply = self.bot.answer_question(
            interaction.user.id,
            question,
            question_id=interaction.id,
            locale=locale_of(interaction),
        )
        await send_reply(interaction, reply, private=True)
        self.bot.metrics.reply_seconds.observe(time.perf_counter() - started)
        self.bot.record("ask-message", interaction.user.id, reply.outcome, started)
        self.bot.log_question(
            interaction.id, "ask-message", question, reply, started, interaction.guild_id
        )

    @app_commands.command(
        name=command_text("command.ask.name"), description=command_text("command.ask.description")
    )
    # Registered once with Discord, so it cannot name a speaker of the current articles.
    @app_commands.describe(question=command_text("command.ask.question"))
    @app_commands.allowed_installs(guilds=True, users=True)
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    async def ask(
        self,
        interaction: discord.Interaction,
        question: app_commands.Range[str, 1, MAX_QUESTION_CHARS],
    ) -> None:
        started = request_log.started_at(interaction)
        reply = self.bot.answer_question(
            interaction.user.id,
            question,
            question_id=interaction.id,
            locale=locale_of(interaction),
        )
        await send_reply(interaction, reply)
        self.bot.metrics.reply_seconds.observe(time.perf_counter() - started)
        self.bot.record("ask", interaction.user.id, reply.outcome, started)
        self.bot.log_question(interaction.id, "ask", question, reply, started, interaction.guild_id)

    @app_commands.command(
        name=command_text("command.quote.name"),
        description=command_text("command.quote.description"),
    )
    @app_commands.describe(speaker=command_text("command.quote.speaker"))
    @app_commands.allowed_installs(guilds=True, users=True)
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    async def quote(self, interaction: discord.Interaction, speaker: str) -> None:
        started = request_log.started_at(interaction)
        knowledge = self.bot.store.current
        locale = locale_of(interaction)
        found = find_speaker(knowledge.speakers, speaker)
        if found.speaker is None:
            names = ", ".join(embeds.safe(c.name) for c in found.candidates)
            if found.ambiguous:
                said = text(locale, "quote.several", names=names)
            elif names:
                said = text(locale, "quote.did_you_mean", names=names)
            else:
                said = text(locale, "quote.unknown")
            await interaction.response.send_message(
                discord_limits.fit(said, discord_limits.MESSAGE_CONTENT),
                ephemeral=True,
                allowed_mentions=NO_PINGS,
            )
            self.bot.record("quote", interaction.user.id, Outcome.DECLINED, started)
            return
        embed = embeds.quotes_embed(found.speaker, 0, locale)
        if len(embeds.quote_pages(found.speaker, locale)) <= 1:
            await interaction.response.send_message(embed=embed, allowed_mentions=NO_PINGS)
        else:
            speaker_number = knowledge.speakers.index(found.speaker)
            view = quote_view(knowledge, interaction.user.id, speaker_number, 0, locale)
            await interaction.response.send_message(
                embed=embed, view=view, allowed_mentions=NO_PINGS
            )
        self.bot.record("quote", interaction.user.id, Outcome.ANSWERED, started)

    @quote.autocomplete("speaker")
    async def speaker_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return speaker_choices(self.bot.store.current.speakers, current)

    @app_commands.command(
        name=command_text("command.speakers.name"),
        description=command_text("command.speakers.description"),
    )
    @app_commands.allowed_installs(guilds=True, users=True)
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    async def speakers(self, interaction: discord.Interaction) -> None:
        started = request_log.started_at(interaction)
        knowledge = self.bot.store.current
        locale = locale_of(interaction)
        embed = embeds.speakers_embed(knowledge.speakers, 0, locale)
        view = speakers_view(knowledge, interaction.user.id, 0, locale)
        if view is None:
            await interaction.response.send_message(embed=embed, allowed_mentions=NO_PINGS)
        else:
            await interaction.response.send_message(
                embed=embed, view=view, allowed_mentions=NO_PINGS
            )
        self.bot.record("speakers", interaction.user.id, Outcome.ANSWERED, started)

    @app_commands.command(
        name=command_text("command.about.name"),
        description=command_text("command.about.description"),
    )
    @app_commands.allowed_installs(guilds=True, users=True)
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=True)
    async def about(self, interaction: discord.Interaction) -> None:
        started = request_log.started_at(interaction)
        embed = embeds.about_embed(self.bot.store.current, locale_of(interaction))
        await interaction.response.send_message(embed=embed, allowed_mentions=NO_PINGS)
        self.bot.record("about", interaction.user.id, Outcome.ANSWERED, started)


def speaker_choices(speakers: Sequence[Speaker], current: str) -> list[app_commands.Choice[str]]:
    """Prefix matches first, then word and fuzzy ones, over names and aliases; at most 25."""
    labels: dict[str, Speaker] = {}
    for speaker in speakers:
        for label in (speaker.name, *speaker.aliases):
            labels.setdefault(label, speaker)
    typed = " ".join(current.casefold().split())
    ordered = list(labels)
    if typed:
        prefix = [label for label in labels if label.casefold().startswith(typed)]
        words = [
            label
            for label in labels
            if label not in prefix and any(w.startswith(typed) for w in label.casefold().split())
        ]
        matches = process.extract(
            typed,
            list(labels),
            scorer=fuzz.WRatio,
            processor=str.casefold,
            limit=25,
            score_cutoff=60,
        )
        fuzzy = [label for label, _, _ in matches if label not in prefix and label not in words]
        ordered = prefix + words + fuzzy
    choices: list[app_commands.Choice[str]] = []
    offered: set[str] = set()
    for label in ordered:
        speaker = labels[label]
        if speaker.name in offered:  # "Seojin Lee" and "Lee Seojin" are one choice
            continue
        offered.add(speaker.name)
        # A value is at most 100 characters too; /quote accepts a unique prefix of a name.
        choices.append(
            app_commands.Choice(
                name=discord_limits.fit(label, discord_limits.CHOICE_NAME), value=speaker.name[:100]
            )
        )
    return choices[: discord_limits.AUTOCOMPLETE_CHOICES]
