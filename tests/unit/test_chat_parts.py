"""The Discord layer's pure parts: limits, rate limit, sync diff, rendering."""

from __future__ import annotations

import discord
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.chat import limits, render
from bot.chat.commands import speaker_choices
from bot.chat.ratelimit import RateLimiter
from bot.chat.replies import Outcome, reply_to_question, strip_discord_markup
from bot.chat.sync import commands_differ
from bot.knowledge import Knowledge


def test_fit_cuts_at_a_sentence_with_an_ellipsis() -> None:
    text = "First sentence here. Second sentence is longer than the room we have left."
    assert limits.fit(text, 40) == "First sentence here.…"
    assert limits.fit(text, 500) == text


@given(st.text(max_size=3000), st.integers(min_value=2, max_value=2000))
def test_fit_never_exceeds_the_limit(text: str, limit: int) -> None:
    assert len(limits.fit(text, limit)) <= limit


def test_rate_limiter_allows_n_then_says_when() -> None:
    now = [0.0]
    limiter = RateLimiter(limit=5, window=15, clock=lambda: now[0])
    assert [limiter.retry_after(1) for _ in range(5)] == [None] * 5
    now[0] = 4.2
    assert limiter.retry_after(1) == 11
    assert limiter.retry_after(2) is None  # other users are not affected
    now[0] = 15.0
    assert limiter.retry_after(1) is None


LOCAL = {
    "name": "ask",
    "description": "Ask",
    "type": 1,
    "options": [{"name": "question", "description": "q", "type": 3, "required": True}],
    "contexts": [0, 1, 2],
    "integration_types": [0, 1],
    "nsfw": False,
    "default_member_permissions": None,
}


def test_sync_diff_ignores_what_discord_adds() -> None:
    remote = dict(LOCAL, id="123", application_id="9", version="77", contexts=[2, 1, 0])
    remote["options"] = [dict(LOCAL["options"][0], autocomplete=False)]
    assert not commands_differ([LOCAL], [remote])


@pytest.mark.parametrize(
    "change",
    [
        {"description": "Ask something"},
        {"options": []},
        {"default_member_permissions": "8"},
        {"integration_types": [0]},
        {"name": "question"},
    ],
)
def test_sync_diff_sees_real_changes(change: dict[str, object]) -> None:
    assert commands_differ([LOCAL], [dict(LOCAL, **change)])


def test_sync_diff_sees_added_or_removed_commands() -> None:
    assert commands_differ([LOCAL], [])
    assert commands_differ([LOCAL, dict(LOCAL, name="about")], [LOCAL])


def test_markup_is_not_part_of_the_question() -> None:
    assert strip_discord_markup("<@123> hi <@!4> <@&5> <#6> @everyone @here").split() == ["hi"]


def embed_size_ok(embed: discord.Embed) -> bool:
    return (
        len(embed) <= limits.EMBED_TOTAL
        and len(embed.description or "") <= limits.EMBED_DESCRIPTION
        and all(len(f.value or "") <= limits.EMBED_FIELD_VALUE for f in embed.fields)
        and all(len(f.name or "") <= limits.EMBED_FIELD_NAME for f in embed.fields)
        and len(embed.fields) <= 25
    )


def test_answer_embed_leads_with_quote_speaker_role_and_citation(
    seed_knowledge: Knowledge,
) -> None:
    reply = reply_to_question(seed_knowledge, "What did the science minister say about AI?", 1)
    assert reply.outcome == Outcome.ANSWERED and reply.embed is not None
    description = reply.embed.description or ""
    assert description.startswith("“Advanced science and technology")
    assert "**Bae Hoon**, Minister of Science and ICT" in description
    source = reply.embed.fields[0].value or ""
    assert "The Asia Business Daily" in source and "paragraph 8" in source
    assert embed_size_ok(reply.embed)


def test_declined_reply_suggests_speakers_and_examples(seed_knowledge: Knowledge) -> None:
    reply = reply_to_question(seed_knowledge, "What is the capital of France?", 1)
    assert reply.outcome == Outcome.DECLINED
    assert reply.content is not None and "/speakers" in reply.content
    assert "What did" in reply.content


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_any_question_gives_a_reply_within_limits(seed_knowledge: Knowledge, question: str) -> None:
    reply = reply_to_question(seed_knowledge, question, 1)
    assert reply.outcome in {Outcome.ANSWERED, Outcome.DECLINED, Outcome.REFUSED}
    if reply.content is not None:
        assert 0 < len(reply.content) <= limits.MESSAGE_CONTENT
    if reply.embed is not None:
        assert embed_size_ok(reply.embed)


def test_speaker_lists_and_quote_pages_fit(seed_knowledge: Knowledge) -> None:
    for embed in render.speakers_embeds(seed_knowledge.speakers):
        assert embed_size_ok(embed)
    for speaker in seed_knowledge.speakers:
        assert embed_size_ok(render.quotes_embed(speaker, 0))
    assert embed_size_ok(render.about_embed(seed_knowledge))


def test_autocomplete_prefix_then_fuzzy_and_at_most_25(seed_knowledge: Knowledge) -> None:
    names = [c.name for c in speaker_choices(seed_knowledge.speakers, "ki")]
    assert names[:2] == ["Kim Kuktae", "Kim Jina"]
    values = [c.value for c in speaker_choices(seed_knowledge.speakers, "hoon b")]
    assert values[0] == "Bae Hoon" and len(values) == len(set(values))
    assert "Bae Hoon" in [c.value for c in speaker_choices(seed_knowledge.speakers, "bea hon")]
    everyone = speaker_choices(seed_knowledge.speakers, "")
    assert 0 < len(everyone) <= 25
    assert all(len(c.name) <= 100 and len(c.value) <= 100 for c in everyone)


def test_answer_buttons_fit_their_state_in_100_characters(seed_knowledge: Knowledge) -> None:
    from dataclasses import replace

    from bot.chat.buttons import AnswerTrail, NextAnswerButton
    from bot.search.answer import answer

    best = answer(seed_knowledge, "international cooperation in science and technology", top=5)
    assert best is not None
    huge = tuple(replace(a, document=999_999, passage=-12) for a in best.alternatives)
    trail = AnswerTrail.of(
        seed_knowledge, 1_234_567_890_123_456_789, replace(best, alternatives=huge)
    )
    assert len(trail.next_id()) <= 100
    assert len(trail.locators) >= 2
    assert NextAnswerButton.__discord_ui_compiled_template__.fullmatch(trail.moved().next_id())
