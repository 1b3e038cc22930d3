"""Questions in a script the articles do not use: the answer says the articles' language and
how they write names, instead of "nothing about <the words>"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.knowledge import Knowledge, build_knowledge
from bot.search.answer import answer, other_script_note
from bot.search.declines import DeclineReason, why_declined
from bot.search.romanize import romanized

FERRIES = """---
title: Night ferries return to the southern port
publisher: Test Courier
date: 2026-06-01
---

The southern port will run night ferries to the islands again from July, six nights a week.

"Islanders who work late in the city can finally get home," said Seo Minjun, director of \
the port authority.

Ticket prices stay at 9,000 won, and the ferries will carry bicycles free of charge.

"The night crossings will need two more crews," said Ilse Vandrell, a union representative.
"""

KOREAN = """---
title: 야간 여객선 운항 재개
publisher: Test Courier
language: ko
date: 2026-06-01
---

남부 항구는 7월부터 섬으로 가는 야간 여객선을 다시 운항한다.
"""


@pytest.fixture(scope="module")
def ferries_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("ferries")
    (corpus / "ferries.md").write_text(FERRIES, encoding="utf-8")
    return corpus


@pytest.fixture(scope="module")
def ferries(ferries_dir: Path) -> Knowledge:
    return build_knowledge(ferries_dir)


def test_hangul_is_romanized_by_its_letters() -> None:
    assert romanized("서민준") == "seominjun"
    assert romanized("항구") == "hanggu"  # a final ㅇ is "ng"
    assert romanized("Port 7 항") == "Port 7 hang"  # other letters stay


def test_a_question_in_hangul_names_the_language_and_how_names_are_written(
    ferries: Knowledge,
) -> None:
    question = "야간 여객선은 언제 다시 운항하나요?"
    assert answer(ferries, question) is None
    decline = why_declined(ferries, question)
    assert decline.reason is DeclineReason.OTHER_LANGUAGE
    assert decline.suggestions == ("Seo Minjun", "Ilse Vandrell")  # the most quoted
    assert decline.message("en-US") == (
        "The articles are in English: please ask in English. "
        "Write names as the articles do, e.g. Seo Minjun or Ilse Vandrell."
    )
    assert decline.message("ko") == (
        "기사는 영어로 되어 있습니다. 영어로 질문해 주세요. "
        "이름은 기사에 쓰인 대로 적어 주세요. 예: Seo Minjun 또는 Ilse Vandrell."
    )
    assert "nothing about" not in decline.message()


@pytest.mark.parametrize(
    "question",
    [
        "서민준은 무엇을 말했나요?",  # the name, then a particle
        "서민준 국장은 여객선에 대해 뭐라고 했나요?",
        "What did 서민준 say about the ferries?",
    ],
)
def test_a_speakers_name_in_hangul_is_read_as_the_articles_write_it(
    ferries: Knowledge, question: str
) -> None:
    result = answer(ferries, question)
    assert result is not None and result.speaker is not None
    assert result.speaker.name == "Seo Minjun"
    assert result.read_as == (("서민준", "Seo Minjun"),)


def test_a_name_in_hangul_that_spells_no_speaker_is_not_guessed(ferries: Knowledge) -> None:
    decline = why_declined(ferries, "박도윤은 무엇을 말했나요?")
    assert decline.reason is DeclineReason.OTHER_LANGUAGE


def test_a_question_in_cyrillic_gets_names_as_the_articles_write_them(
    ferries: Knowledge,
) -> None:
    decline = why_declined(ferries, "Что сказал директор порта?")
    assert decline.reason is DeclineReason.OTHER_LANGUAGE
    assert set(decline.suggestions) == {"Seo Minjun", "Ilse Vandrell"}


def test_a_mixed_question_is_searched_by_its_english_words_and_says_so(
    ferries: Knowledge,
) -> None:
    result = answer(ferries, "How much is a ticket for the 야간 ferries?")
    assert result is not None
    assert result.text.startswith("Ticket prices stay at 9,000 won")
    assert result.other_script == ("야간",)
    assert (
        other_script_note(result) == "The articles are in English: “야간” left out of the search."
    )
    assert (
        other_script_note(result, "ko") == "기사는 영어로 되어 있어 “야간”은(는) 검색에서 뺐습니다."
    )


def test_a_mixed_question_about_someone_named_in_hangul_is_declined(ferries: Knowledge) -> None:
    # Searched without the name, it would answer with whoever else spoke about ferries.
    question = "What did 박도윤 say about the ferries?"
    assert answer(ferries, question) is None
    assert why_declined(ferries, question).reason is DeclineReason.OTHER_LANGUAGE


def test_words_an_article_in_that_script_has_are_searched(tmp_path: Path) -> None:
    (tmp_path / "ferries.md").write_text(FERRIES, encoding="utf-8")
    (tmp_path / "korean.md").write_text(KOREAN, encoding="utf-8")
    result = answer(build_knowledge(tmp_path), "야간 여객선")
    assert result is not None and result.article.language == "ko"
    assert result.other_script == ()


def test_the_cli_says_it_in_text_and_json(
    ferries_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = ["--corpus", str(ferries_dir)]
    assert main(["ask", "야간 여객선은 언제 운항하나요?", *corpus]) == 1
    assert capsys.readouterr().out.startswith("The articles are in English: please ask in English.")
    assert main(["ask", "야간 여객선은 언제 운항하나요?", "--json", *corpus]) == 1
    declined = json.loads(capsys.readouterr().out)["declined"]
    assert declined["reason"] == "other language"
    assert declined["suggestions"] == ["Seo Minjun", "Ilse Vandrell"]
    assert main(["ask", "How much is a ticket for the 야간 ferries?", *corpus]) == 0
    assert (
        "  The articles are in English: “야간” left out of the search." in capsys.readouterr().out
    )
    assert main(["ask", "How much is a ticket for the 야간 ferries?", "--json", *corpus]) == 0
    assert json.loads(capsys.readouterr().out)["answer"]["left_out"] == ["야간"]


def test_an_acronym_in_a_hangul_question_is_not_read_as_shouting(ferries: Knowledge) -> None:
    from bot.search.asked import read_question

    asked = read_question(ferries, "서민준 국장은 EU에 대해 뭐라고 했나요?")
    assert "EU" in asked.text.split()  # kept as typed, its particle left out
    assert "에" in asked.other_script and "Seo Minjun" in asked.text
