"""Words that frame a question, not what it asks: a greeting, "exactly", "official"; and
the digits of a date, which count nothing a "how many" question asks."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge import Knowledge, build_knowledge
from bot.search.answer import answer
from bot.search.answer_types import AnswerType, carries
from tests.unit.test_namesakes import MARKET


@pytest.fixture(scope="module")
def market(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    corpus: Path = tmp_path_factory.mktemp("market")
    (corpus / "market.md").write_text(MARKET, encoding="utf-8")
    return build_knowledge(corpus)


@pytest.mark.parametrize(
    "question",
    [
        "What did Ada Marrowby say?",
        "What exactly did Ada Marrowby say?",
        "Hey bot, what did Ada Marrowby say?",
        "hello: what did Ada Marrowby actually say?",
    ],
)
def test_framing_words_ask_nothing_more(market: Knowledge, question: str) -> None:
    result = answer(market, question)
    assert result is not None and result.speaker is not None
    assert result.speaker.name == "Ada Marrowby"


def test_an_official_is_whoever_holds_the_role(market: Knowledge) -> None:
    result = answer(market, "What did the council official say about the depot?")
    assert result is not None and result.speaker is not None
    assert result.speaker.name == "Ada Marrowby"


def test_a_dates_digits_count_nothing() -> None:
    assert not carries(AnswerType.NUMBER, "On March 4, 2026, the depot opened in 2019.")
    assert carries(AnswerType.NUMBER, "About 3,000 residents came.")
    assert carries(AnswerType.NUMBER, "The 1500 stalls opened on March 4.")
    assert carries(AnswerType.DATE, "On March 4 the depot opened.")


def test_where_someone_spoke_is_no_topic_when_their_article_holds_it(market: Knowledge) -> None:
    """The council is in his article, not in his paragraph: the setting, not his topic."""
    result = answer(market, "What did Emeka Marrowby say at the council on Thursday?")
    assert result is not None and result.speaker is not None
    assert result.speaker.name == "Emeka Marrowby"
    assert answer(market, "What did Emeka Marrowby say at the ferry terminal?") is None
