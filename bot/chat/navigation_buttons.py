"""The buttons under answers and quote lists, with their state in their custom ids.

"Next answer" carries the snapshot fingerprint, the asker, the position and the locators of
every answer (bot.search.answer.answer_at); "Show paragraph" carries the paragraph; the
page buttons of /quote carry the speaker and the page. So the buttons need no memory in the
bot: they keep working after a restart, and after a reload that changed the articles they
say so instead of showing something else.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import discord

from bot.chat import embeds
from bot.chat.embeds import NO_PINGS
from bot.chat.feedback import VoteButton, feedback_id_of
from bot.chat.localization import locale_of
from bot.chat.request_log import Outcome, guarded
from bot.chat.sent_buttons import Look, SentButtons
from bot.i18n import text
from bot.knowledge import Knowledge
from bot.questionlog import Vote
from bot.search.answer import Answer, answer_at

if TYPE_CHECKING:
    from bot.chat.client import ForumBot

logger = logging.getLogger(__name__)

CUSTOM_ID_LIMIT = 100


@dataclass(frozen=True, slots=True)
class AnswerTrail:
    fingerprint: str
    owner_id: int
    position: int
    locators: tuple[tuple[int, int], ...]  # (document, passage) of each answer, best first

    @classmethod
    def of(cls, knowledge: Knowledge, owner_id: int, best: Answer) -> AnswerTrail:
        locators = tuple((a.document, a.passage) for a in (best, *best.alternatives))
        trail = cls(knowledge.fingerprint, owner_id, 0, locators)
        while len(trail.locators) > 1 and len(trail.next_id()) > CUSTOM_ID_LIMIT:
            trail = cls(trail.fingerprint, owner_id, 0, trail.locators[:-1])
        return trail

    def next_id(self) -> str:
        steps = ";".join(f"{document}.{passage}" for document, passage in self.locators)
        return f"fa:n:{self.fingerprint}:{self.owner_id}:{self.position}:{steps}"

    def moved(self) -> AnswerTrail:
        position = (self.position + 1) % len(self.locators)
        return AnswerTrail(self.fingerprint, self.owner_id, position, self.locators)

    @property
    def current(self) -> tuple[int, int]:
        return self.locators[self.position]


def _knowledge(interaction: discord.Interaction[Any]) -> Knowledge:
    bot: ForumBot = interaction.client
    return bot.store.current


async def _is_owner(interaction: discord.Interaction[Any], owner_id: int, command: str) -> bool:
    """True for the asker; anyone else is told, privately, to run the command themselves."""
    if interaction.user.id == owner_id:
        return True
    locale = locale_of(interaction)
    await interaction.response.send_message(
        text(locale, "buttons.not_yours", command=text(locale, f"command.{command}.name")),
        ephemeral=True,
        allowed_mentions=NO_PINGS,
    )
    return False


async def _say_stale(interaction: discord.Interaction[Any]) -> None:
    await interaction.response.send_message(
        text(locale_of(interaction), "buttons.stale"), ephemeral=True, allowed_mentions=NO_PINGS
    )


class NextAnswerButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"fa:n:(?P<fingerprint>[0-9a-f]+):(?P<owner>\d+):(?P<position>\d+):"
    r"(?P<steps>-?\d+\.-?\d+(?:;-?\d+\.-?\d+)*)",
):
    def __init__(self, trail: AnswerTrail, locale: str) -> None:
        super().__init__(self.look(trail, locale).button())
        self.trail = trail

    @staticmethod
    def look(trail: AnswerTrail, locale: str) -> Look:
        return Look(
            trail.next_id(),
            discord.ButtonStyle.primary,
            label=text(locale, "buttons.next_answer"),
            disabled=len(trail.locators) < 2,
        )

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> NextAnswerButton:
        locators = tuple(
            (int(document), int(passage))
            for document, passage in (step.split(".") for step in match["steps"].split(";"))
        )
        position = min(int(match["position"]), len(locators) - 1)
        trail = AnswerTrail(match["fingerprint"], int(match["owner"]), position, locators)
        return cls(trail, locale_of(interaction))

    @guarded("next")
    async def callback(self, interaction: discord.Interaction[Any]) -> str:
        if not await _is_owner(interaction, self.trail.owner_id, "ask"):
            return Outcome.REFUSED
        knowledge = _knowledge(interaction)
        locale = locale_of(interaction)
        trail = self.trail.moved()
        try:
            if trail.fingerprint != knowledge.fingerprint:
                raise IndexError(trail.fingerprint)
            shown = answer_at(knowledge, *trail.current)
        except IndexError:
            await _say_stale(interaction)
            return Outcome.REFUSED
        embed = embeds.answer_embed(shown, locale, trail.position + 1, len(trail.locators))
        view = answer_view(trail, locale, feedback_id_of(interaction.message))
        await interaction.response.edit_message(embed=embed, view=view, allowed_mentions=NO_PINGS)
        return Outcome.ANSWERED


class ShowParagraphButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"fa:p:(?P<fingerprint>[0-9a-f]+):(?P<document>\d+)",
):
    def __init__(self, fingerprint: str, document: int, locale: str) -> None:
        super().__init__(self.look(fingerprint, document, locale).button())
        self.fingerprint = fingerprint
        self.document = document

    @staticmethod
    def look(fingerprint: str, document: int, locale: str) -> Look:
        return Look(
            f"fa:p:{fingerprint}:{document}",
            discord.ButtonStyle.secondary,
            label=text(locale, "buttons.show_paragraph"),
        )

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> ShowParagraphButton:
        return cls(match["fingerprint"], int(match["document"]), locale_of(interaction))

    @guarded("paragraph")
    async def callback(self, interaction: discord.Interaction[Any]) -> str:
        knowledge = _knowledge(interaction)
        locale = locale_of(interaction)
        outcome = Outcome.ANSWERED
        try:
            if self.fingerprint != knowledge.fingerprint:
                raise IndexError(self.fingerprint)
            shown = embeds.paragraph_text(answer_at(knowledge, self.document, -1), locale)
        except IndexError:
            shown, outcome = text(locale, "buttons.stale"), Outcome.REFUSED
        await interaction.response.send_message(shown, ephemeral=True, allowed_mentions=NO_PINGS)
        return outcome


def answer_view(trail: AnswerTrail, locale: str, feedback_id: int | None = None) -> discord.ui.View:
    """Next answer and Show paragraph, and 👍 👎 when answers are logged (`feedback_id`, the
    logged question); the view itself holds nothing and never times out."""
    looks = [
        NextAnswerButton.look(trail, locale),
        ShowParagraphButton.look(trail.fingerprint, trail.current[0], locale),
    ]
    if feedback_id is not None:
        looks += [VoteButton.look(feedback_id, vote) for vote in (Vote.UP, Vote.DOWN)]
    return SentButtons(looks)


def _page_turn(locale: str, step: str, custom_id: str, disabled: bool) -> discord.ui.Button[Any]:
    """The Previous (`step` "p") or Next ("n") button of a paged list."""
    return discord.ui.Button(
        label=text(locale, "buttons.next" if step == "n" else "buttons.previous"),
        style=discord.ButtonStyle.primary if step == "n" else discord.ButtonStyle.secondary,
        custom_id=custom_id,
        disabled=disabled,
    )


def _page_view(
    page: int, pages: int, button: Callable[[int, str, bool], discord.ui.Item[Any]]
) -> discord.ui.View:
    """Previous and Next under page `page` of `pages`; `button(to, step, disabled)` makes each."""
    view = discord.ui.View(timeout=None)
    view.add_item(button(max(page - 1, 0), "p", page == 0))
    view.add_item(button(min(page + 1, pages - 1), "n", page >= pages - 1))
    return view


class QuotePageButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"fq:(?P<fingerprint>[0-9a-f]+):(?P<owner>\d+):(?P<speaker>\d+):(?P<page>\d+)"
    r":(?P<step>[pn])",
):
    """Previous or Next page of a speaker's quotes; `page` is the page it turns to."""

    def __init__(
        self,
        fingerprint: str,
        owner_id: int,
        speaker: int,
        page: int,
        step: str,
        locale: str,
        disabled: bool = False,
    ) -> None:
        super().__init__(
            _page_turn(
                locale, step, f"fq:{fingerprint}:{owner_id}:{speaker}:{page}:{step}", disabled
            )
        )
        self.fingerprint, self.owner_id, self.speaker, self.page = (
            fingerprint,
            owner_id,
            speaker,
            page,
        )

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> QuotePageButton:
        return cls(
            match["fingerprint"],
            int(match["owner"]),
            int(match["speaker"]),
            int(match["page"]),
            match["step"],
            locale_of(interaction),
        )

    @guarded("quote-page")
    async def callback(self, interaction: discord.Interaction[Any]) -> str:
        if not await _is_owner(interaction, self.owner_id, "quote"):
            return Outcome.REFUSED
        knowledge = _knowledge(interaction)
        locale = locale_of(interaction)
        try:
            if self.fingerprint != knowledge.fingerprint:
                raise IndexError(self.fingerprint)
            speaker = knowledge.speakers[self.speaker]
            pages = len(embeds.quote_pages(speaker, locale))
            if not 0 <= self.page < pages:
                raise IndexError(self.page)
        except IndexError:
            await _say_stale(interaction)
            return Outcome.REFUSED
        view = quote_view(knowledge, self.owner_id, self.speaker, self.page, locale)
        embed = embeds.quotes_embed(speaker, self.page, locale)
        await interaction.response.edit_message(embed=embed, view=view, allowed_mentions=NO_PINGS)
        return Outcome.ANSWERED


def quote_view(
    knowledge: Knowledge, owner_id: int, speaker: int, page: int, locale: str
) -> discord.ui.View:
    """Previous and Next under page `page` of speaker number `speaker`'s quotes."""
    pages = len(embeds.quote_pages(knowledge.speakers[speaker], locale))
    return _page_view(
        page,
        pages,
        lambda to, step, disabled: QuotePageButton(
            knowledge.fingerprint, owner_id, speaker, to, step, locale, disabled
        ),
    )


class SpeakersPageButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"fs:(?P<fingerprint>[0-9a-f]+):(?P<owner>\d+):(?P<page>\d+):(?P<step>[pn])",
):
    """Previous or Next page of /speakers; `page` is the page it turns to."""

    def __init__(
        self,
        fingerprint: str,
        owner_id: int,
        page: int,
        step: str,
        locale: str,
        disabled: bool = False,
    ) -> None:
        super().__init__(
            _page_turn(locale, step, f"fs:{fingerprint}:{owner_id}:{page}:{step}", disabled)
        )
        self.fingerprint, self.owner_id, self.page = fingerprint, owner_id, page

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> SpeakersPageButton:
        return cls(
            match["fingerprint"],
            int(match["owner"]),
            int(match["page"]),
            match["step"],
            locale_of(interaction),
        )

    @guarded("speakers-page")
    async def callback(self, interaction: discord.Interaction[Any]) -> str:
        if not await _is_owner(interaction, self.owner_id, "speakers"):
            return Outcome.REFUSED
        knowledge = _knowledge(interaction)
        locale = locale_of(interaction)
        pages = len(embeds.speaker_pages(knowledge.speakers, locale))
        if self.fingerprint != knowledge.fingerprint or not 0 <= self.page < pages:
            await _say_stale(interaction)
            return Outcome.REFUSED
        await interaction.response.edit_message(
            embed=embeds.speakers_embed(knowledge.speakers, self.page, locale),
            view=speakers_view(knowledge, self.owner_id, self.page, locale),
            allowed_mentions=NO_PINGS,
        )
        return Outcome.ANSWERED


def speakers_view(
    knowledge: Knowledge, owner_id: int, page: int, locale: str
) -> discord.ui.View | None:
    """Previous and Next under page `page` of /speakers; None when everyone fits on one."""
    pages = len(embeds.speaker_pages(knowledge.speakers, locale))
    if pages <= 1:
        return None
    return _page_view(
        page,
        pages,
        lambda to, step, disabled: SpeakersPageButton(
            knowledge.fingerprint, owner_id, to, step, locale, disabled
        ),
    )
