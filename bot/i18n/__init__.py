"""The words the bot says, one catalog per language; article text and quotes never pass here.

`text(locale, key, **values)` picks the catalog for a Discord locale ("ko" -> Korean, any
other -> English) and fills in the values. A key missing in a catalog is a test failure
(tests/unit/test_i18n.py), never a silent fallback.
"""

from __future__ import annotations

from bot.i18n import en, ko

CATALOGS: dict[str, dict[str, str]] = {"en": en.MESSAGES, "ko": ko.MESSAGES}
DEFAULT_LANGUAGE = "en"


def language(locale: str | None) -> str:
    """The catalog for a Discord locale code ("ko", "en-US", ...)."""
    if locale:
        base = locale.split("-")[0].lower()
        if base in CATALOGS:
            return base
    return DEFAULT_LANGUAGE


def text(locale: str | None, key: str, /, **values: object) -> str:
    template = CATALOGS[language(locale)][key]
    return template.format(**values) if values else template


def language_name(locale: str | None, code: str) -> str:
    """A language's name in the locale's language ("English", "영어"), or its code."""
    key = f"language.{code}"
    return text(locale, key) if key in CATALOGS[DEFAULT_LANGUAGE] else code
