"""Every catalog says everything the bot says, with the same placeholders."""

from __future__ import annotations

import string

import pytest

from bot.i18n import CATALOGS, language, text


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(set(CATALOGS) - {"en"}))
def test_no_key_is_missing_and_placeholders_match(code: str) -> None:
    english, other = CATALOGS["en"], CATALOGS[code]
    assert sorted(set(english) - set(other)) == [], f"missing in {code}"
    assert sorted(set(other) - set(english)) == [], f"unknown in {code}"
    for key, template in english.items():
        assert placeholders(other[key]) == placeholders(template), key


def test_locales_pick_their_catalog() -> None:
    assert language("ko") == "ko"
    assert language("en-US") == language("fr") == language(None) == "en"
    assert text("ko", "feedback.thanks_up") != text("en-GB", "feedback.thanks_up")
