"""Replies from memory (bot.chat.recent_replies): the same as a fresh reply, buttons per asker,
forgotten on a reload, bounded."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.chat.answering import Outcome, Reply, check_question, reply_to_question
from bot.chat.recent_replies import RecentReplies
from bot.knowledge import Knowledge, build_knowledge

ARTICLE = """---
title: Riverton opens a night ferry
publisher: Riverton Ledger
date: 2026-04-02
---

The Riverton harbour board opened a night ferry on Monday, running every forty minutes.

"The ferry serves the east bank after late shifts," said Ines Maro, the harbour board chair.

Fares stay at two coins, and the {colour} boats carry bicycles free of charge.
"""
QUESTION = "What did the harbour board chair say about the night ferry?"


def corpus(tmp_path: Path, name: str, colour: str) -> Knowledge:
    directory = tmp_path / name
    directory.mkdir()
    (directory / "ferry.md").write_text(ARTICLE.format(colour=colour), encoding="utf-8")
    return build_knowledge(directory)


@pytest.fixture
def ferry(tmp_path: Path) -> Knowledge:
    return corpus(tmp_path, "first", "green")


def same_reply(got: Reply, fresh: Reply) -> bool:
    return (
        got.outcome == fresh.outcome
        and got.content == fresh.content
        and (got.embed.to_dict() if got.embed else None)
        == (fresh.embed.to_dict() if fresh.embed else None)
        and (got.view.to_components() if got.view else None)
        == (fresh.view.to_components() if fresh.view else None)
        and got.answer == fresh.answer
    )


def custom_ids(reply: Reply) -> list[str]:
    assert reply.view is not None
    return [row["custom_id"] for block in reply.view.to_components() for row in block["components"]]


def test_a_repeated_question_is_said_from_memory_with_the_askers_own_buttons(
    ferry: Knowledge,
) -> None:
    recent = RecentReplies()
    first = recent.reply(ferry, QUESTION, 111111111111111111, "en-US", 501)
    again = recent.reply(ferry, QUESTION, 222222222222222222, "en-US", 502)
    assert first.outcome == Outcome.ANSWERED and "Ines Maro" in (first.embed.description or "")
    assert again.embed is first.embed  # not searched nor rendered again
    assert same_reply(first, reply_to_question(ferry, QUESTION, 111111111111111111, "en-US", 501))
    assert same_reply(again, reply_to_question(ferry, QUESTION, 222222222222222222, "en-US", 502))
    assert ":222222222222222222:" in custom_ids(again)[0]  # Next answer: only the asker's
    assert {"fv:502:u", "fv:502:d"} <= set(custom_ids(again))
    assert len(recent) == 1


def test_declines_refusals_and_other_languages_come_back_the_same(ferry: Knowledge) -> None:
    recent = RecentReplies()
    for question, locale in [
        ("How tall is the lighthouse on the moon?", "en-US"),
        ("?!?", "en-US"),
        (QUESTION, "ko"),
        ("<@123> " + QUESTION, "en-US"),
    ]:
        for asker in (7, 8):
            fresh = reply_to_question(ferry, question, asker, locale, 9)
            assert same_reply(recent.reply(ferry, question, asker, locale, 9), fresh), question


def test_a_reload_forgets_every_reply(ferry: Knowledge, tmp_path: Path) -> None:
    recent = RecentReplies()
    question = "Which boats carry bicycles?"
    before = recent.reply(ferry, question, 5, "en-US")
    reloaded = corpus(tmp_path, "second", "yellow")
    after = recent.reply(reloaded, question, 5, "en-US")
    assert "green" in (before.embed.description or "")
    assert "yellow" in (after.embed.description or "") and len(recent) == 1


def test_only_the_latest_questions_are_kept(ferry: Knowledge) -> None:
    recent = RecentReplies(size=2)
    questions = [QUESTION, "Which boats carry bicycles?", "How often does the night ferry run?"]
    first = recent.reply(ferry, questions[0], 5, "en-US")
    for question in questions[1:]:
        recent.reply(ferry, question, 5, "en-US")
    assert len(recent) == 2
    assert recent.reply(ferry, questions[0], 5, "en-US").embed is not first.embed


def test_askers_whose_ids_differ_in_length_get_exactly_their_fresh_reply(
    ferry: Knowledge,
) -> None:
    recent = RecentReplies()
    for asker in (3, 12345678901234567890, 4, 98765432109876543210):
        fresh = reply_to_question(ferry, QUESTION, asker, "en-US", 77)
        assert same_reply(recent.reply(ferry, QUESTION, asker, "en-US", 77), fresh)
    assert len(recent) == 2


def test_checks_of_questions_are_remembered_and_the_same_as_fresh_ones(
    ferry: Knowledge, tmp_path: Path
) -> None:
    recent = RecentReplies()
    for question in ["", "<@123>", "?!?", "the and of", "x" * 400, QUESTION]:
        fresh = check_question(ferry, question, "en-US")
        remembered = recent.refusal(ferry, question, "en-US")
        assert (remembered and (remembered.outcome, remembered.content)) == (
            fresh and (fresh.outcome, fresh.content)
        ), question
        again = recent.refusal(ferry, question, "en-US")
        assert again is remembered
    blank = recent.refusal(ferry, "<@123>", "en-US")
    reloaded = corpus(tmp_path, "second", "yellow")
    assert recent.refusal(reloaded, "<@123>", "en-US") is not blank  # read again after a reload
