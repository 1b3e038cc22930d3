"""The user's language: which catalog (bot/i18n) a reply uses, and command names and
descriptions in the users' languages from the same catalogs.

Discord shows each user the command names, descriptions and option descriptions of their
client's language when a command carries localizations; discord.py asks a Translator for them
when it syncs. Strings made with `command_text` carry their catalog key for it.
"""

from __future__ import annotations

from typing import Any

import discord
from discord import Locale, app_commands

from bot.i18n import CATALOGS, DEFAULT_LANGUAGE, language, text


def locale_of(interaction: discord.Interaction[Any]) -> str:
    """The user's Discord language ("ko", "en-US", ...), which picks the bot's words."""
    return interaction.locale.value


def command_text(key: str) -> app_commands.locale_str:
    """The English text of a catalog key, as the command's own, with the key attached."""
    return app_commands.locale_str(text(DEFAULT_LANGUAGE, key), key=key)


class CatalogTranslator(app_commands.Translator):
    async def translate(
        self,
        string: app_commands.locale_str,
        locale: Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        key = string.extras.get("key")
        wanted = language(locale.value)
        if key is None or wanted == DEFAULT_LANGUAGE:
            return None  # the command's own text is the English one
        return CATALOGS[wanted][key]
