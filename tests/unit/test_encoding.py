"""Mojibake in an article is repaired on load and reported by `forum-bot check`."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from bot.corpus.encoding import repair_mojibake
from bot.knowledge import build_knowledge

BROKEN = "\n\n".join(
    [
        "---\ntitle: Harbour cafÃ© reopens\npublisher: Test Gazette\ndate: 2026-04-01\n---",
        "The cafÃ© on the quay reopened on Monday after a flood.",
        "â€œItâ€™s good to be back,â€\x9d said Mara Aalto, the owner.",
    ]
)


def test_mis_decoded_text_is_decoded_right() -> None:
    assert repair_mojibake("itâ€™s a cafÃ©") == ("it’s a café", True)


def test_sound_text_is_left_as_it_is() -> None:
    text = "“Quotes”, café, 서울 and 'straight' ones — untouched."
    assert repair_mojibake(text) == (text, False)


def test_an_article_with_mojibake_loads_repaired_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "cafe.md").write_text(BROKEN, encoding="utf-8")
    knowledge = build_knowledge(tmp_path)
    article = knowledge.articles[0]
    assert article.title == "Harbour café reopens"
    assert article.paragraphs[1].text.startswith("“It’s good to be back,”")
    assert [q.speaker for q in knowledge.quotes] == ["Mara Aalto"]
    assert any("mojibake" in str(warning) for warning in knowledge.warnings)


def test_check_reports_the_repair(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "cafe.md").write_text(BROKEN, encoding="utf-8")
    assert main(["check", "--corpus", str(tmp_path)]) == 0
    assert "cafe.md: repaired mojibake" in capsys.readouterr().out
