"""The Discord layer's pure parts: limits, rate limit, sync diff, rendering."""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path

import discord
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.chat import discord_limits, embeds
from bot.chat.answering import Outcome, check_question, reply_to_question
from bot.chat.question_quota import RateLimiter
from bot.chat.run import configure_logging
from bot.chat.sync import commands_differ
from bot.chat.user_commands import speaker_choices
from bot.knowledge import Knowledge, build_knowledge
from bot.search.question import strip_chat_markup


def test_fit_cuts_at_a_sentence_with_an_ellipsis() -> None:
    text = "First sentence here. Second sentence is longer than the room we have left."
    assert discord_limits.fit(text, 40) == "First sentence here.…"
    assert discord_limits.fit(text, 500) == text


@given(st.text(max_size=3000), st.integers(min_value=2, max_value=2000))
def test_fit_never_exceeds_the_limit(text: str, limit: int) -> None:
    assert len(discord_limits.fit(text, limit)) <= limit


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
    assert strip_chat_markup("<@123> hi <@!4> <@&5> <#6> @everyone @here").split() == ["hi"]


def embed_size_ok(embed: discord.Embed) -> bool:
    return (
        len(embed) <= discord_limits.EMBED_TOTAL
        and len(embed.description or "") <= discord_limits.EMBED_DESCRIPTION
        and all(len(f.value or "") <= discord_limits.EMBED_FIELD_VALUE for f in embed.fields)
        and all(len(f.name or "") <= discord_limits.EMBED_FIELD_NAME for f in embed.fields)
        and len(embed.fields) <= 25
    )


def test_answer_embed_leads_with_quote_speaker_role_and_citation(
    seed_knowledge: Knowledge,
) -> None:
    reply = reply_to_question(
        seed_knowledge, "What did the science minister say about AI?", 1, "en-US"
    )
    assert reply.outcome == Outcome.ANSWERED and reply.embed is not None
    description = reply.embed.description or ""
    assert description.startswith("“Advanced science and technology")
    assert "**Bae Hoon**, Minister of Science and ICT" in description
    source = reply.embed.fields[0].value or ""
    assert "The Asia Business Daily" in source and "paragraph 8" in source
    assert embed_size_ok(reply.embed)


def test_declined_reply_suggests_speakers_and_examples(seed_knowledge: Knowledge) -> None:
    reply = reply_to_question(seed_knowledge, "What is the capital of France?", 1, "en-US")
    assert reply.outcome == Outcome.DECLINED
    assert reply.content is not None and "/speakers" in reply.content
    assert "What did" in reply.content


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_any_question_gives_a_reply_within_limits(seed_knowledge: Knowledge, question: str) -> None:
    reply = reply_to_question(seed_knowledge, question, 1, "en-US")
    assert reply.outcome in {Outcome.ANSWERED, Outcome.DECLINED, Outcome.REFUSED}
    if reply.content is not None:
        assert 0 < len(reply.content) <= discord_limits.MESSAGE_CONTENT
    if reply.embed is not None:
        assert embed_size_ok(reply.embed)


def test_speaker_lists_and_quote_pages_fit(seed_knowledge: Knowledge) -> None:
    for page in range(len(embeds.speaker_pages(seed_knowledge.speakers, "en-US"))):
        assert embed_size_ok(embeds.speakers_embed(seed_knowledge.speakers, page, "en-US"))
    for speaker in seed_knowledge.speakers:
        assert embed_size_ok(embeds.quotes_embed(speaker, 0, "en-US"))
    assert embed_size_ok(embeds.about_embed(seed_knowledge, "en-US"))


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

    from bot.chat.navigation_buttons import AnswerTrail, NextAnswerButton
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


def test_rate_limit_notice_is_due_once_per_window() -> None:
    now = [0.0]
    limiter = RateLimiter(limit=1, window=10, clock=lambda: now[0])
    assert [limiter.notice_due(1) for _ in range(3)] == [True, False, False]
    assert limiter.notice_due(2)
    now[0] = 10.0
    assert limiter.notice_due(1)


def test_bad_input_is_refused_before_any_search(seed_knowledge: Knowledge) -> None:
    assert check_question(seed_knowledge, "Who gave the keynote speech?", "en-US") is None
    for bad in ("", " <@123> ", "\u200b\n", "?!", "x" * 400, "what did they say about it"):
        refusal = check_question(seed_knowledge, bad, "en-US")
        assert refusal is not None and refusal.outcome == Outcome.REFUSED, bad
        assert refusal.content and len(refusal.content) <= discord_limits.MESSAGE_CONTENT


def test_example_questions_come_from_the_corpus_and_are_answered(
    seed_knowledge: Knowledge, second_knowledge: Knowledge
) -> None:
    for knowledge in (seed_knowledge, second_knowledge):
        examples = embeds.example_questions(knowledge)
        assert len(examples) == 2
        names = {s.name for s in knowledge.speakers}
        for question in examples:
            assert re.fullmatch(r"What did (.+) say about \S+\?", question), question
            assert any(f" {name} " in question for name in names)
            assert reply_to_question(knowledge, question, 1, "en-US").outcome == Outcome.ANSWERED
        hint = embeds.empty_question_text(knowledge, "en-US")
        assert examples[0] in hint and "minister" not in hint


@pytest.fixture(scope="module")
def sprawling_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    """An article whose every front matter field and quote is as long as it can get."""
    corpus = tmp_path_factory.mktemp("sprawling")
    words = " ".join(f"harbour{n} expansion" for n in range(500))
    (corpus / "long.md").write_text(
        f"---\ntitle: {'Very long title ' * 120}\nslug: {'s' * 5000}\n"
        f"url: https://example.com/{'x' * 300}\npublisher: The Daily\n---\n\n"
        f'"{words} is on time," said Noh Minseo, the port director.\n',
        encoding="utf-8",
    )
    return build_knowledge(corpus)


def test_long_slug_title_and_quote_stay_within_6000(sprawling_knowledge: Knowledge) -> None:
    reply = reply_to_question(sprawling_knowledge, "harbour expansion", 1, "en-US")
    assert reply.embed is not None
    assert (
        embed_size_ok(reply.embed) and embeds.embed_size(reply.embed) <= discord_limits.EMBED_TOTAL
    )
    footer = reply.embed.footer.text or ""
    assert len(footer) <= 100 and footer.endswith("…-p1") and "sss" in footer


def test_citation_keeps_the_link_whole_when_the_title_is_cut(
    sprawling_knowledge: Knowledge,
) -> None:
    reply = reply_to_question(sprawling_knowledge, "harbour expansion", 1, "en-US")
    assert reply.embed is not None
    source = reply.embed.fields[0].value or ""
    link = re.fullmatch(
        r"\[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\) — The Daily — paragraph 1", source
    )
    assert link is not None, source
    assert link["url"] == "https://example.com/" + "x" * 300
    assert link["title"].endswith("…") and len(source) <= discord_limits.EMBED_FIELD_VALUE


def test_fit_embed_trims_the_description_to_the_total() -> None:
    embed = discord.Embed(title="t" * 256, description="word " * 819)
    embed.add_field(name="n", value="v" * 1024)
    embed.set_footer(text="f" * 2048)
    assert embeds.embed_size(embed) > discord_limits.EMBED_TOTAL
    fitted = embeds.fit_embed(embed)
    assert embeds.embed_size(fitted) <= discord_limits.EMBED_TOTAL
    assert (fitted.description or "").endswith("…") and fitted.footer.text == "f" * 2048


def test_many_speakers_are_paged_within_limits_and_none_dropped(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_many_speakers(corpus, 320)
    knowledge = build_knowledge(corpus)
    assert len(knowledge.speakers) > 250
    pages = embeds.speaker_pages(knowledge.speakers, "en-US")
    shown = []
    for page in range(len(pages)):
        embed = embeds.speakers_embed(knowledge.speakers, page, "en-US")
        assert embed_size_ok(embed)
        assert (embed.footer.text or "").startswith(f"Page {page + 1} of {len(pages)}")
        shown += [field.name for field in embed.fields]
    assert shown == [s.name for s in knowledge.speakers]


SURNAMES = "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang".split()
GIVEN = "Minseo Jiwoo Seojin Hayun Doyun Siwoo Jihoon Yerin Sumin Taeyang".split()
GIVEN += "Eunji Hyunwoo Dahye Junho Somin Kyungmin Nari Sangwoo Yejin Woojin".split()


def write_many_speakers(corpus: Path, count: int) -> None:
    """`count` differently named speakers with long roles, over articles of 40 paragraphs."""
    names = [f"{s} {g}" for g in GIVEN for s in SURNAMES][:count]
    for start in range(0, len(names), 40):
        paragraphs = "\n\n".join(
            f'"Phase {n} of the regional programme will open on time," said {name}, the '
            f"director of the {'regional research and development ' * 6}institute {n}."
            for n, name in enumerate(names[start : start + 40], start=start)
        )
        (corpus / f"part{start}.md").write_text(
            f"---\ntitle: Part {start}\n---\n\n{paragraphs}\n", encoding="utf-8"
        )


def test_log_output_redacts_the_token_in_tracebacks_and_stacks() -> None:
    secret = "tok-3f9c.secret"
    stream = io.StringIO()
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        configure_logging("DEBUG", secret, stream=stream)
        log = logging.getLogger("bot.test")
        try:
            raise RuntimeError(f"401 for Authorization: Bot {secret}")
        except RuntimeError:
            log.exception("request failed")
        log.info("token %s", secret, stack_info=True)
    finally:
        root.handlers[:], level = saved
        root.setLevel(level)
    output = stream.getvalue()
    assert "Traceback" in output and "RuntimeError: 401 for Authorization: Bot [redacted]" in output
    assert "token [redacted]" in output and "Stack (most recent call last)" in output
    assert secret not in output
