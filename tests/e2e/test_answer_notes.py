"""What an answer or a decline tells beyond the passage, in the asker's language: a name two
speakers share, a question in a script the articles do not use. The real bot process
against the loopback Discord, over the seed article."""

from __future__ import annotations

from tests.e2e.conftest import RunningBot
from tests.e2e.fake import FakeDiscord


async def ask(fake: FakeDiscord, question: str, locale: str) -> dict:
    interaction = await fake.slash(
        "ask", {"question": question}, user=fake.new_user(locale), locale=locale
    )
    return (await interaction.response())["data"]


def notes(reply: dict) -> dict[str, str]:
    return {field["name"]: field["value"] for field in reply["embeds"][0]["fields"]}


async def test_a_shared_surname_is_said_on_the_answer(bot: RunningBot, fake: FakeDiscord) -> None:
    reply = await ask(fake, "What did Kim say?", "en-US")
    assert notes(reply)["Note"] == (
        "More than one speaker is called Kim: Kim Jina (Second Vice Minister of Foreign "
        "Affairs) and Kim Kuktae (Senior Researcher at KAIST). Ask with the full name."
    )
    assert "Kim Jina" in reply["embeds"][0]["description"]  # the best of the two first


async def test_a_shared_surname_is_said_in_korean(bot: RunningBot, fake: FakeDiscord) -> None:
    reply = await ask(fake, "What did Kim say?", "ko")
    assert notes(reply)["참고"].startswith("Kim(이)라는 발언자가 여러 명입니다: Kim Jina(")


async def test_a_topic_decides_between_namesakes(bot: RunningBot, fake: FakeDiscord) -> None:
    reply = await ask(fake, "What did Kim say about research security?", "en-US")
    assert "Kim Kuktae" in reply["embeds"][0]["description"]
    assert "More than one speaker" not in notes(reply)["Note"]  # only that it is reported


async def test_a_question_in_hangul_is_told_to_ask_in_english_in_korean(
    bot: RunningBot, fake: FakeDiscord
) -> None:
    reply = await ask(fake, "과학기술 외교에 대해 뭐라고 했나요?", "ko")
    assert reply["content"].startswith(
        "기사는 영어로 되어 있습니다. 영어로 질문해 주세요. "
        "이름은 기사에 쓰인 대로 적어 주세요. 예: "
    )
    assert "내용이 없습니다" not in reply["content"]  # not "nothing about 과학기술"


async def test_a_speakers_name_in_hangul_is_read_as_written_in_the_articles(
    bot: RunningBot, fake: FakeDiscord
) -> None:
    reply = await ask(fake, "김진아 차관은 무엇을 말했나요?", "ko")
    assert "Kim Jina" in reply["embeds"][0]["description"]
    note = notes(reply)["참고"]
    assert "“김진아”을(를) Kim Jina(으)로 읽었습니다." in note
    assert "기사는 영어로 되어 있어 *차관은*, *무엇을*, *말했나요*은(는) 검색에서 뺐습니다." in note


async def test_a_mixed_question_says_what_it_left_out(bot: RunningBot, fake: FakeDiscord) -> None:
    reply = await ask(fake, "Which hotel hosted the 포럼?", "en-US")
    assert "Conrad Hotel" in reply["embeds"][0]["description"]
    assert notes(reply)["Note"] == "The articles are in English: *포럼* left out of the search."
