"""Shared paths and fixtures for the whole suite."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bot.knowledge import Knowledge, build_knowledge

PROJECT_ROOT = Path(__file__).resolve().parent.parent
CORPUS_DIR = PROJECT_ROOT / "corpus"
SECOND_ARTICLE_DIR = Path(__file__).resolve().parent / "unit" / "articles"
SEED_FILE = PROJECT_ROOT.parent / "shared" / "seed" / "000_325daa66f12467da.txt"


@pytest.fixture(autouse=True, scope="session")
def _data_dir_outside_the_checkout(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Commands under test keep their build cache in a temporary directory, not ./data."""
    os.environ["BOT_DATA_DIR"] = str(tmp_path_factory.mktemp("data"))


@pytest.fixture(scope="session")
def seed_knowledge() -> Knowledge:
    return build_knowledge(CORPUS_DIR)


@pytest.fixture(scope="session")
def second_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    directory = tmp_path_factory.mktemp("second")
    source = SECOND_ARTICLE_DIR / "busan_ocean_summit.md"
    (directory / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return build_knowledge(directory)
