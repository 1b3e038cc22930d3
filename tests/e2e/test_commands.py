"""Slash commands, DMs and mentions, through the real discord.py and the loopback Discord."""

from __future__ import annotations

import asyncio
import json
import os
import re
import sys

from tests.e2e.conftest import RunningBot, free_port
from tests.e2e.fake import FakeDiscord

EPHEMERAL = 64


def no_pings(body: dict) -> bool:
    mentions = body.get("allowed_mentions")
    return (
        mentions == {"parse": []}
        or mentions == {"parse": [], "replied_user": False}
        or (
            mentions is not None
            and not mentions.get("parse")
            and not mentions.get("users")
            and not mentions.get("roles")
            and not mentions.get("replied_user")
        )
    )


async def test_commands_are_registered_globally(bot: RunningBot, fake: FakeDiscord) -> None:
    names = {command["name"] for command in fake.commands[None]}
    assert names == {"ask", "quote", "speakers", "about", "reload", "stats", "Ask forum-bot"}
    menu = next(c for c in fake.commands[None] if c["name"] == "Ask forum-bot")
    assert menu["type"] == 3  # a message command, in the Apps menu of any message
    assert sorted(menu["integration_types"]) == [0, 1] and sorted(menu["contexts"]) == [0, 1, 2]
    ask = next(c for c in fake.commands[None] if c["name"] == "ask")
    assert sorted(ask["integration_types"]) == [0, 1]
    assert sorted(ask["contexts"]) == [0, 1, 2]
    reload = next(c for c in fake.commands[None] if c["name"] == "reload")
    assert reload["default_member_permissions"] == "8"


async def test_ask_answers_with_quote_speaker_and_citation(
    bot: RunningBot, fake: FakeDiscord
) -> None:
    interaction = await fake.slash(
        "ask", {"question": "What did the science minister say about AI?"}
    )
    body = await interaction.response()
    assert body["type"] == 4
    embed = body["data"]["embeds"][0]
    assert embed["description"].startswith("“Advanced science and technology")
    assert "**Bae Hoon**, Minister of Science and ICT" in embed["description"]
    assert "paragraph 8" in embed["fields"][0]["value"]
    assert no_pings(body["data"])
    labels = [
        b.get("label") or b["emoji"]["name"]
        for row in body["data"]["components"]
        for b in row["components"]
    ]
    assert labels == ["Next answer", "Show paragraph", "👍", "👎"]


async def test_ask_about_a_message_from_its_apps_menu(bot: RunningBot, fake: FakeDiscord) -> None:
    posted = fake.user_message("What did the science minister say about AI?", fake.new_user())
    for where in ("guild", "dm", "user_install"):
        asker = fake.new_user("right-clicker")
        interaction = await fake.message_command("Ask forum-bot", posted, user=asker, where=where)
        body = await interaction.response()
        assert body["type"] == 4 and body["data"]["flags"] & EPHEMERAL, where
        assert "Bae Hoon" in body["data"]["embeds"][0]["description"]
        labels = [
            b.get("label") or b["emoji"]["name"]
            for row in body["data"]["components"]
            for b in row["components"]
        ]
        assert labels == ["Next answer", "Show paragraph", "👍", "👎"]
        assert no_pings(body["data"])
    declined = fake.user_message("Lovely weather for a picnic today")
    body = await (await fake.message_command("Ask forum-bot", declined)).response()
    assert body["data"]["flags"] & EPHEMERAL and "/speakers" in body["data"]["content"]


async def test_next_answer_and_show_paragraph_buttons(bot: RunningBot, fake: FakeDiscord) -> None:
    asker = fake.new_user("asker")
    interaction = await fake.slash(
        "ask", {"question": "international cooperation in science and technology"}, user=asker
    )
    first = (await interaction.response())["data"]["embeds"][0]
    message_id = interaction.payload["_original"]

    press = await fake.click(message_id, "Next answer", user=asker)
    update = await press.response()
    assert update["type"] == 7
    second = update["data"]["embeds"][0]
    assert second["footer"]["text"].startswith("Answer 2 of")
    assert second["description"] != first["description"]

    stranger = await fake.click(message_id, "Next answer", user=fake.new_user("stranger"))
    refusal = await stranger.response()
    assert refusal["type"] == 4 and refusal["data"]["flags"] & EPHEMERAL

    show = await fake.click(message_id, "Show paragraph", user=asker)
    shown = await show.response()
    assert shown["data"]["flags"] & EPHEMERAL
    assert shown["data"]["content"].startswith("**Paragraph")


async def test_declined_question_is_friendly_and_private(
    bot: RunningBot, fake: FakeDiscord
) -> None:
    interaction = await fake.slash(
        "ask", {"question": "What is the capital of France?"}, user=fake.new_user()
    )
    body = await interaction.response()
    assert body["data"]["flags"] & EPHEMERAL
    assert "/speakers" in body["data"]["content"]


async def test_quote_lists_a_speakers_quotes_and_suggests_on_typos(
    bot: RunningBot, fake: FakeDiscord
) -> None:
    found = await (await fake.slash("quote", {"speaker": "Hoon Bae"})).response()
    embed = found["data"]["embeds"][0]
    assert embed["title"] == "Bae Hoon"
    assert "Advanced science and technology" in embed["fields"][0]["value"]

    typo = await (await fake.slash("quote", {"speaker": "Bea Hon"})).response()
    assert "Did you mean: Bae Hoon" in typo["data"]["content"]
    assert typo["data"]["flags"] & EPHEMERAL


async def test_quote_autocomplete(bot: RunningBot, fake: FakeDiscord) -> None:
    interaction = await fake.autocomplete("quote", "speaker", "ki")
    body = await interaction.response()
    assert body["type"] == 8
    names = [choice["name"] for choice in body["data"]["choices"]]
    assert names[:2] == ["Kim Kuktae", "Kim Jina"]
    assert len(names) <= 25


async def test_speakers_and_about(bot: RunningBot, fake: FakeDiscord) -> None:
    speakers = await (await fake.slash("speakers")).response()
    fields = speakers["data"]["embeds"][0]["fields"]
    assert any(f["name"] == "Hah Taekjip" and "1 quote" in f["value"] for f in fields)
    about = await (await fake.slash("about", where="dm", user=fake.new_user())).response()
    text = json.dumps(about["data"])
    assert "The Asia Business Daily" in text and "8 paragraphs" in text
    assert fake.token not in text


async def test_commands_work_in_dms_and_user_installs(bot: RunningBot, fake: FakeDiscord) -> None:
    for where in ("dm", "user_install"):
        interaction = await fake.slash(
            "ask", {"question": "Who gave the keynote speech?"}, user=fake.new_user(), where=where
        )
        body = await interaction.response()
        assert "Hah Taekjip" in body["data"]["embeds"][0]["description"]


async def test_direct_message_is_a_question(bot: RunningBot, fake: FakeDiscord) -> None:
    await fake.send_message("What did the Harvard professor say?", author=fake.new_user())
    reply = await fake.next_channel_message()
    assert "Collaboration between academia and industry" in reply["embeds"][0]["description"]
    assert no_pings(reply)


async def test_mention_in_a_server_gets_a_reply(bot: RunningBot, fake: FakeDiscord) -> None:
    sent = await fake.send_message(
        f"<@{fake.bot_user.id}> who spoke about research security?",
        author=fake.new_user(),
        where="guild",
        mention_bot=True,
    )
    reply = await fake.next_channel_message()
    assert str(reply["message_reference"]["message_id"]) == sent["id"]
    assert reply["embeds"]
    assert no_pings(reply)
    assert "CommandNotFound" not in bot.log()  # a mention is a question, not a prefix command


async def test_other_messages_and_bots_are_ignored(bot: RunningBot, fake: FakeDiscord) -> None:
    await fake.send_message("just chatting", author=fake.new_user(), where="guild")
    robot = fake.new_user("robot")
    robot.bot = True
    await fake.send_message("Who gave the keynote speech?", author=robot)
    await fake.send_message("What did the Harvard professor say?", author=fake.new_user())
    reply = await fake.next_channel_message()  # only the last one is answered
    assert "Collaboration" in reply["embeds"][0]["description"]
    assert fake.channel_messages.empty()


async def test_hostile_text_pings_nobody(bot: RunningBot, fake: FakeDiscord) -> None:
    question = "@everyone <@&123> <@456> **what** did `the` minister say? ||spoiler||"
    body = await (await fake.slash("ask", {"question": question}, user=fake.new_user())).response()
    assert no_pings(body["data"])


async def test_rate_limit_says_when_to_retry(bot: RunningBot, fake: FakeDiscord) -> None:
    user = fake.new_user("eager")
    replies = []
    for _ in range(6):
        interaction = await fake.slash("ask", {"question": "keynote"}, user=user)
        replies.append(await interaction.response())
    assert all("embeds" in r["data"] for r in replies[:5])
    assert "try again in" in replies[5]["data"]["content"]


async def test_non_admin_cannot_reload(bot: RunningBot, fake: FakeDiscord) -> None:
    for where in ("guild", "dm", "user_install"):
        interaction = await fake.slash(
            "reload", user=fake.new_user("mallory"), where=where, permissions="8"
        )
        body = await interaction.response()
        assert body["data"]["flags"] & EPHEMERAL
        assert "Only the bot's admins" in body["data"]["content"]
    assert "refused /reload" in bot.log()


async def test_health_and_metrics(bot: RunningBot, fake: FakeDiscord) -> None:
    status, text = await bot.get("/healthz")
    health = json.loads(text)
    assert status == 200 and health["gateway"] == "connected"
    assert health["index"]["paragraphs"] == 8
    status, metrics = await bot.get("/metrics")
    assert status == 200
    assert 'forumbot_commands_total{command="ask",outcome="answered"}' in metrics
    assert "forumbot_answer_seconds_bucket" in metrics


async def test_the_health_command_asks_the_running_bot(bot: RunningBot) -> None:
    async def health(port: int) -> tuple[int, str]:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "health",
            env={"PATH": os.environ.get("PATH", ""), "BOT_HTTP_PORT": str(port)},
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        out, _ = await asyncio.wait_for(process.communicate(), 30)
        return int(process.returncode or 0), out.decode()

    code, out = await health(bot.http_port)
    assert code == 0 and "gateway connected" in out
    code, out = await health(free_port())  # a port nothing listens on
    assert code == 1 and "no answer" in out


HANDLED = r"INFO bot\.chat\.request_log: handled command={command} user={user} outcome={outcome} "
HANDLED += r"latency_ms=(?P<ms>\d+\.\d)\n"


async def test_each_interaction_and_message_logs_one_line(
    bot: RunningBot, fake: FakeDiscord
) -> None:
    user = fake.new_user("logged")
    asked = await fake.slash("ask", {"question": "Who gave the keynote speech?"}, user=user)
    await asked.response()
    lines = await bot.log_match(HANDLED.format(command="ask", user=user.id, outcome="answered"))
    assert len(lines) == 1 and float(lines[0]["ms"]) < 5000
    shown = await fake.click(asked.payload["_original"], "Show paragraph", user=user)
    await shown.response()
    pattern = HANDLED.format(command="button:paragraph", user=user.id, outcome="answered")
    assert len(await bot.log_match(pattern)) == 1
    await fake.send_message("What is the capital of France?", author=user)
    await fake.next_channel_message()
    assert len(await bot.log_match(HANDLED.format(command="dm", user=user.id, outcome="declined")))
    assert len(re.findall(rf"handled command=\S+ user={user.id} ", bot.log())) == 3
    assert fake.token not in bot.log()


async def test_a_reply_ping_is_not_a_question(bot: RunningBot, fake: FakeDiscord) -> None:
    user = fake.new_user("replier")
    asked = await fake.send_message(
        f"<@{fake.bot_user.id}> who gave the keynote speech?",
        author=user,
        where="guild",
        mention_bot=True,
    )
    answer = await fake.next_channel_message()
    assert str(answer["message_reference"]["message_id"]) == asked["id"]
    answer_id = next(
        m["message"]["id"]
        for m in fake.messages.values()
        if str(m["request"].get("message_reference", {}).get("message_id")) == asked["id"]
    )
    # Discord puts the bot in `mentions` of a reply that pings the replied-to author.
    await fake.send_message(
        "thanks!", author=user, where="guild", mention_bot=True, reply_to=answer_id
    )
    await fake.send_message(
        f"<@!{fake.bot_user.id}> and what did the Harvard professor say?",
        author=user,
        where="guild",
        mention_bot=True,
        reply_to=answer_id,
    )
    reply = await fake.next_channel_message()  # the nickname-style mention, not "thanks!"
    assert "Collaboration between academia" in reply["embeds"][0]["description"]
    await asyncio.sleep(0.2)
    assert fake.channel_messages.empty()


async def test_a_mention_of_the_bots_role_is_a_question(bot: RunningBot, fake: FakeDiscord) -> None:
    await fake.send_message(
        f"<@&{fake.bot_role_id}> who gave the keynote speech?",
        author=fake.new_user(),
        where="guild",
    )
    reply = await fake.next_channel_message()
    assert "Hah Taekjip" in reply["embeds"][0]["description"]


async def test_a_deleted_question_is_still_answered(bot: RunningBot, fake: FakeDiscord) -> None:
    await fake.send_message(
        f"<@{fake.bot_user.id}> who gave the keynote speech?",
        author=fake.new_user(),
        where="guild",
        mention_bot=True,
        deleted=True,
    )
    reply = await fake.next_channel_message()
    assert reply["message_reference"]["fail_if_not_exists"] is False
    assert "Hah Taekjip" in reply["embeds"][0]["description"]


async def test_bad_questions_cost_no_quota(bot: RunningBot, fake: FakeDiscord) -> None:
    user = fake.new_user("clumsy")
    for _ in range(6):
        empty = await (await fake.slash("ask", {"question": "  "}, user=user)).response()
        assert empty["data"]["flags"] & EPHEMERAL
        assert "The question is empty" in empty["data"]["content"]
        assert "minister say about AI" not in empty["data"]["content"]
    for _ in range(5):
        body = await (await fake.slash("ask", {"question": "keynote"}, user=user)).response()
        assert body["data"].get("embeds"), body


async def test_over_limit_mentions_get_one_public_notice(
    bot: RunningBot, fake: FakeDiscord
) -> None:
    spammer = fake.new_user("spammer")
    for _ in range(9):
        await fake.send_message(
            f"<@{fake.bot_user.id}> keynote", author=spammer, where="guild", mention_bot=True
        )
    await fake.send_message("Who gave the keynote speech?", author=fake.new_user())  # a marker
    replies = [await fake.next_channel_message() for _ in range(7)]  # in any order
    notices = [r for r in replies if "try again in" in (r.get("content") or "")]
    assert len(notices) == 1 and sum(bool(r.get("embeds")) for r in replies) == 6
    await asyncio.sleep(0.2)
    assert fake.channel_messages.empty()
    lines = await bot.log_match(HANDLED.format(command="mention", user=spammer.id, outcome=r"\w+"))
    assert len(lines) == 9


async def test_blank_mentions_cannot_flood_a_channel(bot: RunningBot, fake: FakeDiscord) -> None:
    pest = fake.new_user("pest")
    for _ in range(9):
        await fake.send_message(
            f"<@{fake.bot_user.id}>", author=pest, where="guild", mention_bot=True
        )
    replies = [await fake.next_channel_message() for _ in range(6)]
    notices = [r for r in replies if "try again in" in (r.get("content") or "")]
    assert len(notices) == 1  # five refusals within the quota, then one notice
    await asyncio.sleep(0.2)
    assert fake.channel_messages.empty()


async def test_synced_commands_carry_korean_localizations(
    bot: RunningBot, fake: FakeDiscord
) -> None:
    registered = {command["name"]: command for command in fake.commands[None]}
    ask = registered["ask"]
    assert ask["name_localizations"]["ko"] == "질문"
    assert ask["description_localizations"]["ko"]
    assert ask["options"][0]["description_localizations"]["ko"]
    assert "ko" not in ask["name_localizations"].get("en-US", "")
    for command in registered.values():
        assert command["name_localizations"].get("ko"), command["name"]
    assert registered["Ask forum-bot"]["name_localizations"]["ko"] == "forum-bot에게 묻기"


async def test_a_korean_user_sees_korean_buttons_and_declines(
    bot: RunningBot, fake: FakeDiscord
) -> None:
    asker = fake.new_user("ko-user")
    question = {"question": "What did the science minister say about AI?"}
    interaction = await fake.slash("ask", question, user=asker, locale="ko")
    body = (await interaction.response())["data"]
    labels = [
        b.get("label") or b["emoji"]["name"]
        for row in body["components"]
        for b in row["components"]
    ]
    assert labels == ["다음 답변", "문단 보기", "👍", "👎"]
    embed = body["embeds"][0]
    assert embed["fields"][0]["name"] == "출처"
    assert embed["description"].startswith("“Advanced science and technology")  # as written

    press = await fake.click(interaction.payload["_original"], "다음 답변", user=asker, locale="ko")
    update = (await press.response())["data"]
    assert update["embeds"][0]["footer"]["text"].startswith("답변 2/")

    declined = await fake.slash(
        "ask", {"question": "What is the capital of France?"}, user=asker, locale="ko"
    )
    content = (await declined.response())["data"]["content"]
    # The reason first, in Korean; the user's own words stay as typed.
    assert content.startswith("기사에는 *capital* 또는 *France*에 관한 내용이 없습니다.")
    assert "제가 아는 기사에서 찾지 못했습니다" in content

    down = await fake.click(interaction.payload["_original"], "👎", user=asker, locale="ko")
    form = (await down.response())["data"]
    assert form["title"] == "무엇이 잘못되었나요?"
    options = form["components"][0]["component"]["options"]
    assert [o["label"] for o in options] == [
        "발언자가 틀림",
        "인용문이 틀림",
        "질문에 대한 답이 아님",
        "기타",
    ]
