"""A row of buttons as sent under an answer: components written from plain data.

Every button the bot sends is a DynamicItem registered in ForumBot.setup_hook, and discord.py
dispatches a click to the registered class by the button's custom id, whatever view the
message went out with. So the view sent with a reply needs no discord.ui items, no place in
discord.py's view store and no timeout: it only has to write the components. Written from
the buttons' looks it costs a few microseconds, against about 0.1 ms for a View of four
DynamicItems, and an answer's buttons are made for every reply (they carry the asker and
the logged question), many times a second in a burst.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import discord

ROW_WIDTH = 5  # buttons in one action row, Discord's limit


@dataclass(frozen=True, slots=True)
class Look:
    """One button: what its DynamicItem wraps and what is sent are both made from this."""

    custom_id: str
    style: discord.ButtonStyle
    label: str | None = None
    emoji: str | None = None
    disabled: bool = False

    def button(self) -> discord.ui.Button[Any]:
        return discord.ui.Button(
            custom_id=self.custom_id,
            style=self.style,
            label=self.label,
            emoji=self.emoji,
            disabled=self.disabled,
        )

    def payload(self) -> dict[str, Any]:
        return {
            **_shape(self.style, self.label, self.emoji, self.disabled),
            "custom_id": self.custom_id,
        }


@functools.lru_cache(maxsize=256)
def _shape(
    style: discord.ButtonStyle, label: str | None, emoji: str | None, disabled: bool
) -> dict[str, Any]:
    """A button's payload but its custom id, as discord.py writes it: made once per look."""
    payload = dict(Look("-", style, label, emoji, disabled).button().to_component_dict())
    del payload["custom_id"]
    return payload


class SentButtons(discord.ui.View):
    """One row of buttons whose clicks the registered DynamicItems handle."""

    def __init__(self, looks: Sequence[Look]) -> None:
        if len(looks) > ROW_WIDTH:
            raise ValueError(f"{len(looks)} buttons do not fit in one row")
        super().__init__(timeout=None)
        self._row = [look.payload() for look in looks]

    def is_dispatchable(self) -> bool:
        return False  # nothing for discord.py to keep: clicks go by custom id to the items

    def is_finished(self) -> bool:
        # What discord.py asks before keeping a view sent as an interaction's reply: kept, an
        # ephemeral one would get a 15-minute timeout task of its own, per private answer.
        return True

    def to_components(self) -> list[dict[str, Any]]:
        return [{"type": discord.ComponentType.action_row.value, "components": self._row}]
