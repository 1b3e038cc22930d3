"""Which people spoke: the people quoted, each one's first words, not a sentence with "spoke"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.chat.answering import Outcome, check_question
from bot.cli import main
from bot.knowledge import Knowledge, build_knowledge
from bot.search.answer import answer
from bot.search.declines import DeclineReason, why_declined
from tests.unit.test_namesakes import MARKET
from tests.unit.test_other_scripts import FERRIES


@pytest.fixture(scope="module")
def two_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("two")
    (corpus / "a-market.md").write_text(MARKET, encoding="utf-8")
    (corpus / "b-ferries.md").write_text(FERRIES, encoding="utf-8")
    return corpus


@pytest.fixture(scope="module")
def two(two_dir: Path) -> Knowledge:
    return build_knowledge(two_dir)


EVERYONE = ["Ada Marrowby", "Emeka Marrowby", "Seo Minjun", "Ilse Vandrell"]


@pytest.mark.parametrize(
    "question",
    [
        "Who was quoted?",
        "Who were the speakers?",
        "Which people were quoted in the articles?",
        "Who spoke?",  # no word to search, and a question all the same
        "who spoke",
    ],
)
def test_who_was_quoted_lists_everyone_quoted(two: Knowledge, question: str) -> None:
    result = answer(two, question, top=2)
    assert result is not None
    assert [s.name for s in result.who_spoke] == EVERYONE  # in the articles' order
    assert result.speaker is not None and result.speaker.name == "Ada Marrowby"
    assert result.text.startswith("The depot has a roof")  # her first words
    assert [a.speaker.name for a in result.alternatives if a.speaker] == ["Emeka Marrowby"]


@pytest.mark.parametrize(
    ("question", "people"),
    [
        ("Who spoke at the market?", ["Ada Marrowby", "Emeka Marrowby"]),
        ("Which people spoke at the southern port?", ["Seo Minjun", "Ilse Vandrell"]),
    ],
)
def test_where_they_spoke_picks_the_articles(
    two: Knowledge, question: str, people: list[str]
) -> None:
    result = answer(two, question)
    assert result is not None
    assert [s.name for s in result.who_spoke] == people


def test_a_topic_asks_for_the_passage_not_the_list(two: Knowledge) -> None:
    result = answer(two, "Who spoke about the night crossings?")
    assert result is not None and result.who_spoke == ()
    assert result.speaker is not None and result.speaker.name == "Ilse Vandrell"


def test_a_place_no_article_holds_is_declined(two: Knowledge) -> None:
    assert answer(two, "Who spoke at the Brackwater regatta?") is None
    decline = why_declined(two, "Who spoke at the Brackwater regatta?")
    assert decline.reason is DeclineReason.UNKNOWN_WORDS


def test_the_cli_lists_them(two_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "Who was quoted?", "--corpus", str(two_dir)]) == 0
    out = capsys.readouterr().out
    assert "  Quoted in the articles: Ada Marrowby (council's director of markets); Emeka" in out
    assert main(["ask", "Who was quoted?", "--json", "--corpus", str(two_dir)]) == 0
    listed = json.loads(capsys.readouterr().out)["answer"]["who_spoke"]
    assert [person["name"] for person in listed] == EVERYONE


def test_the_discord_answer_lists_them_in_the_askers_language(two: Knowledge) -> None:
    from bot.chat.embeds import answer_embed

    result = answer(two, "Who was quoted?")
    assert result is not None
    fields = {field.name: field.value for field in answer_embed(result, "ko").fields}
    listed = fields["기사에 인용된 사람"].splitlines()
    assert listed[0] == "**Ada Marrowby**, council's director of markets"
    assert listed[1:] == [
        "**Emeka Marrowby**",
        "**Seo Minjun**, director of the port authority",
        "**Ilse Vandrell**, union representative",
    ]


def test_who_spoke_alone_is_not_refused_as_common_words(two: Knowledge) -> None:
    assert check_question(two, "Who spoke?", "en-US") is None
    refusal = check_question(two, "Who said what?", "en-US")  # asks nothing it can search
    assert refusal is not None and refusal.outcome == Outcome.REFUSED
