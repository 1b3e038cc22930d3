"""A name two speakers share: the answer says so and names both, unless the question decides."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli import main
from bot.knowledge import Knowledge, build_knowledge
from bot.search.answer import answer

MARKET = """---
title: Riverside market moves to the old tram depot
publisher: Test Courier
date: 2026-05-09
---

The Saturday market will move to the old tram depot in June, the council said on Thursday.

"The depot has a roof, toilets and room for ninety stalls," said Ada Marrowby, the council's \
director of markets.

Emeka Marrowby, who sells bread at the market, said the new bus lanes would keep his customers \
away. "Nobody will carry six loaves to a bus stop," he said.

Stallholders will pay the same rent for the first year.
"""


@pytest.fixture(scope="module")
def market_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("market")
    (corpus / "market.md").write_text(MARKET, encoding="utf-8")
    return corpus


@pytest.fixture(scope="module")
def market(market_dir: Path) -> Knowledge:
    return build_knowledge(market_dir)


def test_a_shared_surname_names_both_speakers(market: Knowledge) -> None:
    result = answer(market, "What did Marrowby say?")
    assert result is not None and result.speaker is not None
    assert result.namesakes is not None
    assert result.namesakes.called == "Marrowby"
    names = [speaker.name for speaker in result.namesakes.speakers]
    assert sorted(names) == ["Ada Marrowby", "Emeka Marrowby"]
    assert names[0] == result.speaker.name  # the answer's speaker first
    others = {a.speaker.name for a in result.alternatives if a.speaker is not None}
    assert names[1] in others  # and the other's words among the next answers


def test_the_message_names_each_with_their_role_in_the_askers_language(
    market: Knowledge,
) -> None:
    result = answer(market, "What did Marrowby say?")
    assert result is not None and result.namesakes is not None
    english = result.namesakes.message("en-GB")
    assert english.startswith("More than one speaker is called Marrowby: ")
    assert "Ada Marrowby (council's director of markets) and Emeka Marrowby." in english
    assert english.endswith("Ask with the full name.")
    korean = result.namesakes.message("ko", escape=lambda s: f"<{s}>")
    assert korean.startswith("<Marrowby>(이)라는 발언자가 여러 명입니다: ")
    assert "<Ada Marrowby>(<council's director of markets>), <Emeka Marrowby>." in korean


@pytest.mark.parametrize(
    ("question", "speaker"),
    [
        ("What did Ada Marrowby say?", "Ada Marrowby"),  # the full name
        (
            "What did Marrowby say about the bus lanes?",
            "Emeka Marrowby",
        ),  # a topic only he spoke on
        ("What did Marrowby say about the stalls?", "Ada Marrowby"),
    ],
)
def test_a_full_name_or_a_topic_decides(market: Knowledge, question: str, speaker: str) -> None:
    result = answer(market, question)
    assert result is not None and result.speaker is not None
    assert result.speaker.name == speaker
    assert result.namesakes is None


def test_the_cli_says_it_in_text_and_json(
    market_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["ask", "What did Marrowby say?", "--corpus", str(market_dir)]) == 0
    assert "  More than one speaker is called Marrowby: " in capsys.readouterr().out
    assert main(["ask", "What did Marrowby say?", "--json", "--corpus", str(market_dir)]) == 0
    data = json.loads(capsys.readouterr().out)
    namesakes = data["answer"]["namesakes"]
    assert namesakes["called"] == "Marrowby"
    assert {s["name"] for s in namesakes["speakers"]} == {"Ada Marrowby", "Emeka Marrowby"}
    assert namesakes["message"].startswith("More than one speaker is called Marrowby")
    assert all(alternative["namesakes"] is None for alternative in data["alternatives"])


def test_a_lowercase_surname_names_both_speakers_too(market: Knowledge) -> None:
    result = answer(market, "what did marrowby say")
    assert result is not None and result.namesakes is not None
    assert result.namesakes.called == "marrowby"
    assert len(result.namesakes.speakers) == 2


@pytest.mark.parametrize(
    "question",
    [
        "what did emeka marrowby say",  # the full name decides
        "what did the director of markets say about the depot",  # no name asked
    ],
)
def test_a_lowercase_question_names_no_namesakes_when_it_decides(
    market: Knowledge, question: str
) -> None:
    result = answer(market, question)
    assert result is not None and result.namesakes is None
