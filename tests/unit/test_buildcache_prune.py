"""Pruning the build cache: after a successful build, what no build will read again goes;
what another process may be using stays."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from bot.buildcache import CorpusCache
from bot.buildcache import corpus as cache_corpus
from bot.buildcache.prune import GRACE_SECONDS, UNUSED_FOLDER_SECONDS
from bot.corpus import CorpusError
from bot.knowledge import build_knowledge

STORY = '---\ntitle: {title}\n---\n\n{who} said, "{said}"\n'


def write(corpus: Path, name: str, said: str) -> None:
    corpus.mkdir(exist_ok=True)
    text = STORY.format(title=f"The {name} story", who="Tamsin Orrell, the ferry pilot,", said=said)
    (corpus / f"{name}.md").write_text(text, encoding="utf-8")


def entries(data: Path) -> set[Path]:
    return set((data / "cache" / "articles").glob("*/*.msgpack"))


def age(paths: set[Path] | list[Path], seconds: float) -> None:
    then = time.time() - seconds
    for path in paths:
        os.utime(path, (then, then))


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    directory = tmp_path / "corpus"
    for name in ("quay", "tide", "lighthouse"):
        write(directory, name, f"The {name} is ready for the season.")
    return directory


def test_entries_of_edited_and_removed_articles_go_after_the_next_build(
    corpus: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    build_knowledge(corpus, CorpusCache.in_data_dir(data))
    first = entries(data)
    age(first, GRACE_SECONDS + 60)
    write(corpus, "quay", "The quay opens a week late.")
    (corpus / "tide.md").unlink()

    cache = CorpusCache.in_data_dir(data)
    build_knowledge(corpus, cache)
    assert cache.last.removed == 2
    assert len(entries(data)) == 2  # the lighthouse's, kept, and the new quay's
    assert len(first & entries(data)) == 1

    restarted = CorpusCache.in_data_dir(data)
    build_knowledge(corpus, restarted)
    assert (restarted.last.disk, restarted.last.read, restarted.last.removed) == (2, 0, 0)


def test_entries_younger_than_the_grace_stay(corpus: Path, tmp_path: Path) -> None:
    """Another process may have just written them for a build of its own."""
    data = tmp_path / "data"
    build_knowledge(corpus, CorpusCache.in_data_dir(data))
    write(corpus, "quay", "The quay opens a week late.")
    cache = CorpusCache.in_data_dir(data)
    build_knowledge(corpus, cache)
    assert cache.last.removed == 0 and len(entries(data)) == 4


def test_a_new_code_version_removes_the_old_versions_entries(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    build_knowledge(corpus, CorpusCache.in_data_dir(data))
    old = entries(data)
    age(old, GRACE_SECONDS + 60)
    monkeypatch.setattr(cache_corpus, "code_version", lambda: "the next version of the code")
    cache = CorpusCache.in_data_dir(data)
    build_knowledge(corpus, cache)
    assert cache.last.removed == 3
    assert not old & entries(data) and len(entries(data)) == 3


def test_another_corpus_directorys_entries_stay_while_it_is_used(
    corpus: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    other = tmp_path / "other"
    write(other, "harbour", "The harbour dredging ends in May.")
    build_knowledge(other, CorpusCache.in_data_dir(data))
    theirs = entries(data)
    age(theirs, UNUSED_FOLDER_SECONDS + 60)  # old entries, but the folder was used just now

    build_knowledge(corpus, CorpusCache.in_data_dir(data))
    assert theirs <= entries(data)

    folder = next(iter(theirs)).parent
    age({folder / ".used", folder}, UNUSED_FOLDER_SECONDS + 60)
    cache = CorpusCache.in_data_dir(data)
    build_knowledge(corpus, cache)
    assert cache.last.removed == 1 and not folder.exists()
    assert len(entries(data)) == 3


def test_leftovers_of_crashed_writers_and_of_the_older_layout_go(
    corpus: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    build_knowledge(corpus, CorpusCache.in_data_dir(data))
    folder = next(iter(entries(data))).parent
    crashed = folder / ".tmp-abc123"
    crashed.write_bytes(b"half an entry")
    flat = folder.parent / f"{'0' * 40}.msgpack"  # entries once lay in one folder
    flat.write_bytes(b"an entry of the older layout")
    fresh = folder / ".tmp-def456"
    fresh.write_bytes(b"being written right now")
    age({crashed, flat}, GRACE_SECONDS + 60)

    cache = CorpusCache.in_data_dir(data)
    build_knowledge(corpus, cache)
    assert cache.last.removed == 2
    assert not crashed.exists() and not flat.exists() and fresh.exists()


def test_links_are_removed_never_what_they_point_to(corpus: Path, tmp_path: Path) -> None:
    """Pruning deletes inside the cache only: a link in it goes, its target stays."""
    data = tmp_path / "data"
    build_knowledge(corpus, CorpusCache.in_data_dir(data))
    articles = data / "cache" / "articles"
    outside = tmp_path / "outside"
    outside.mkdir()
    precious = outside / f"{'1' * 40}.msgpack"
    precious.write_bytes(b"not the cache's")
    linked_folder = articles / "linked"
    linked_folder.symlink_to(outside, target_is_directory=True)
    old_folder = articles / "old"
    old_folder.mkdir()
    (old_folder / precious.name).symlink_to(precious)
    then = time.time() - UNUSED_FOLDER_SECONDS - 60
    for path in (linked_folder, old_folder / precious.name, old_folder):
        os.utime(path, (then, then), follow_symlinks=False)
    age({outside, precious}, UNUSED_FOLDER_SECONDS + 60)

    cache = CorpusCache.in_data_dir(data)
    build_knowledge(corpus, cache)
    assert not linked_folder.exists() and not old_folder.exists()
    assert precious.read_bytes() == b"not the cache's"


def test_a_failed_build_removes_nothing(corpus: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    build_knowledge(corpus, CorpusCache.in_data_dir(data))
    before = entries(data)
    age(before, GRACE_SECONDS + 60)
    (corpus / "quay.md").unlink()
    (corpus / "broken.md").write_text("no front matter here\n", encoding="utf-8")
    with pytest.raises(CorpusError):
        build_knowledge(corpus, CorpusCache.in_data_dir(data))
    assert entries(data) == before


def test_a_folder_this_process_may_not_look_into_fails_no_build(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Say another user's process made it, mode 700. Root passes every permission check, so
    the refusal is injected where the system gives it: at the stat of the folder's mark."""
    data = tmp_path / "data"
    other = tmp_path / "other"
    write(other, "harbour", "The harbour dredging ends in May.")
    build_knowledge(other, CorpusCache.in_data_dir(data))
    theirs = entries(data)
    mark = next(iter(theirs)).parent / ".used"
    system_stat = Path.stat

    def stat(path: Path, *, follow_symlinks: bool = True) -> os.stat_result:
        if path == mark:
            raise PermissionError(13, "Permission denied", str(path))
        return system_stat(path, follow_symlinks=follow_symlinks)

    monkeypatch.setattr(Path, "stat", stat)
    cache = CorpusCache.in_data_dir(data)
    build_knowledge(corpus, cache)
    assert cache.last.read == 3 and theirs <= entries(data)


def test_usage_counts_every_corpus_folder(corpus: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    other = tmp_path / "other"
    write(other, "harbour", "The harbour dredging ends in May.")
    cache = CorpusCache.in_data_dir(data)
    assert cache.usage().entries == 0  # nothing written yet, no directory
    build_knowledge(corpus, cache)
    build_knowledge(other, cache)
    usage = cache.usage()
    assert usage.entries == 4
    assert usage.bytes == sum(path.stat().st_size for path in entries(data))


def test_check_reports_the_cache(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    from bot.cli import main

    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path / "state"))
    assert main(["check", "--corpus", str(corpus)]) == 0
    out = capsys.readouterr().out
    directory = tmp_path / "state" / "cache" / "articles"
    assert "build cache: 3 entries, " in out and str(directory) in out
