"""Turning what a user typed into a bounded, clean question, or a clear reason why not."""

from __future__ import annotations

import re
import unicodedata

MAX_QUESTION_CHARS = 300
# Mentions, channel links and custom emoji as Discord writes them: a question pasted from a
# chat or typed at the bot carries them, and they are no words of it (nor to be echoed).
_CHAT_MARKUP = re.compile(r"<@[!&]?\d+>|<#\d+>|<a?:\w+:\d+>|@everyone|@here")


class QuestionError(ValueError):
    """The input is not a question we can search for; the message is for the user."""


def _visible(char: str) -> str:
    # Control and format characters (zero-width joiners, RTL marks, NULs) carry no words
    # and would split or glue tokens unpredictably.
    return " " if unicodedata.category(char) in {"Cc", "Cf", "Zl", "Zp"} else char


# ASCII's only invisible characters are its controls, and NFKC leaves ASCII as it is: most
# questions are ASCII, read here without a Unicode lookup per character.
_ASCII_CONTROLS = dict.fromkeys((*range(0x20), 0x7F), " ")


def visible_words(raw: str) -> str:
    """The text as a reader sees it: normalized, invisible characters as spaces, spaces
    collapsed; empty when nothing visible was typed."""
    if raw.isascii():
        text = raw.translate(_ASCII_CONTROLS)
    else:
        text = "".join(_visible(char) for char in unicodedata.normalize("NFKC", raw))
    return " ".join(text.split())


def strip_chat_markup(text: str) -> str:
    return _CHAT_MARKUP.sub(" ", text)


def clean_question(raw: str) -> str:
    text = visible_words(strip_chat_markup(raw))
    if not text:
        raise QuestionError(
            "The question is empty: ask who said what about a person, an event or a topic of "
            "the articles."
        )
    if len(text) > MAX_QUESTION_CHARS:
        raise QuestionError(
            f"The question is {len(text)} characters long; the limit is {MAX_QUESTION_CHARS}. "
            "Ask about one thing at a time."
        )
    if not any(char.isalnum() for char in text):
        raise QuestionError("The question has no words in it: ask in words about the articles.")
    return text
