"""What a reload changed, compared between two snapshots."""

from __future__ import annotations

from pathlib import Path

from bot.changes import compare
from bot.knowledge import Knowledge, build_knowledge
from tests.conftest import CORPUS_DIR


def test_a_snapshot_against_itself_changes_nothing(seed_knowledge: Knowledge) -> None:
    changes = compare(seed_knowledge, seed_knowledge)
    assert changes.articles_added == changes.articles_changed == changes.articles_removed == ()
    assert changes.speakers_added == changes.speakers_removed == ()
    assert changes.quotes_before == changes.quotes_after == len(seed_knowledge.quotes)


def test_files_and_speakers_added_and_removed(
    seed_knowledge: Knowledge, second_knowledge: Knowledge
) -> None:
    changes = compare(seed_knowledge, second_knowledge)
    assert changes.articles_added == ("busan_ocean_summit.md",)
    assert changes.articles_removed == tuple(p.name for p in CORPUS_DIR.glob("*.md"))
    assert "Park Jiwoo" in changes.speakers_added
    assert set(changes.speakers_removed) == {s.name for s in seed_knowledge.speakers}


def test_an_edited_file_is_changed_a_copied_one_is_not(
    seed_knowledge: Knowledge, tmp_path: Path
) -> None:
    for source in CORPUS_DIR.glob("*.md"):
        (tmp_path / source.name).write_bytes(source.read_bytes())
    assert compare(seed_knowledge, build_knowledge(tmp_path)).articles_changed == ()
    for source in CORPUS_DIR.glob("*.md"):
        edited = source.read_text(encoding="utf-8").rstrip() + "\n\nOne more closing sentence.\n"
        (tmp_path / source.name).write_text(edited, encoding="utf-8")
    changes = compare(seed_knowledge, build_knowledge(tmp_path))
    assert changes.articles_changed == tuple(p.name for p in CORPUS_DIR.glob("*.md"))
    assert changes.articles_added == changes.articles_removed == ()
