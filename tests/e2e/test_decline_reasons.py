"""A decline says why, and how a typo was read, in the asker's language: the real bot process
against the loopback Discord, over the seed article."""

from __future__ import annotations

from tests.e2e.conftest import RunningBot
from tests.e2e.fake import FakeDiscord


async def ask(fake: FakeDiscord, question: str, locale: str) -> dict:
    interaction = await fake.slash(
        "ask", {"question": question}, user=fake.new_user(locale), locale=locale
    )
    return (await interaction.response())["data"]


async def test_an_unknown_topic_is_named_in_korean(bot: RunningBot, fake: FakeDiscord) -> None:
    reply = await ask(fake, "What did the minister say about the Eiffel Tower?", "ko")
    content = reply["content"]
    assert content.startswith("기사에는 *Eiffel Tower*에 관한 내용이 없습니다.")
    assert "`/발언자`" in content  # then what to try, in Korean too


async def test_an_unknown_person_is_named_in_english(bot: RunningBot, fake: FakeDiscord) -> None:
    reply = await ask(fake, "What did Jeon Do-yun say?", "en-US")
    assert reply["content"].startswith(
        "No one the articles quote or mention is called *Jeon Do-yun*."
    )
    assert "/speakers" in reply["content"]


async def test_the_users_words_cannot_format_the_decline(
    bot: RunningBot, fake: FakeDiscord
) -> None:
    reply = await ask(fake, "What did the minister say about the Eiffel_Tower?", "en-US")
    assert reply["content"].startswith("The articles have nothing about *Eiffel\\_Tower*.")


async def test_a_respelled_name_is_noted_on_the_answer_in_korean(
    bot: RunningBot, fake: FakeDiscord
) -> None:
    reply = await ask(fake, "What did Bae Hun say?", "ko")
    fields = {field["name"]: field["value"] for field in reply["embeds"][0]["fields"]}
    assert fields["참고"] == "“Bae Hun”을(를) Bae Hoon(으)로 읽었습니다."
