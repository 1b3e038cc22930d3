"""An answer's buttons are sent as plain components, exactly as their DynamicItems write
them, so that a click reaches the same registered item."""

from __future__ import annotations

import discord
import pytest

from bot.chat.feedback import VoteButton
from bot.chat.navigation_buttons import (
    AnswerTrail,
    NextAnswerButton,
    ShowParagraphButton,
    answer_view,
)
from bot.chat.sent_buttons import Look, SentButtons
from bot.questionlog import Vote


def items_view(trail: AnswerTrail, locale: str, feedback_id: int | None) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    view.add_item(NextAnswerButton(trail, locale))
    view.add_item(ShowParagraphButton(trail.fingerprint, trail.current[0], locale))
    if feedback_id is not None:
        view.add_item(VoteButton(feedback_id, Vote.UP))
        view.add_item(VoteButton(feedback_id, Vote.DOWN))
    return view


@pytest.mark.parametrize("locale", ["en-US", "ko"])
@pytest.mark.parametrize("feedback_id", [None, 1447000000000000001])
@pytest.mark.parametrize("locators", [((4, 0), (9, -1), (2, 1)), ((4, 0),)])
def test_answer_buttons_are_written_as_their_items_write_them(
    locale: str, feedback_id: int | None, locators: tuple[tuple[int, int], ...]
) -> None:
    trail = AnswerTrail("0a1b2c3d", 312000000000000042, 0, locators)
    sent = answer_view(trail, locale, feedback_id)
    assert sent.to_components() == items_view(trail, locale, feedback_id).to_components()
    # Nothing kept per message, by a channel's send or an interaction's reply (which asks
    # only is_finished): the items are registered.
    assert not sent.is_dispatchable() and sent.is_finished()


def test_each_look_keeps_its_own_custom_id() -> None:
    looks = [Look(f"fv:{n}:u", discord.ButtonStyle.secondary, emoji="👍") for n in range(3)]
    row = SentButtons(looks).to_components()[0]["components"]
    assert [button["custom_id"] for button in row] == ["fv:0:u", "fv:1:u", "fv:2:u"]


def test_more_buttons_than_a_row_holds_are_refused() -> None:
    with pytest.raises(ValueError, match="one row"):
        SentButtons([Look(f"b{n}", discord.ButtonStyle.primary, label="b") for n in range(6)])
