"""The build cache: a warm build equals a fresh one, reads only what changed, and treats
anything odd on disk (damage, another code version, no write access) as a miss."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import numpy as np
import pytest

from bot.buildcache import CorpusCache
from bot.buildcache import corpus as cache_corpus
from bot.corpus import CorpusError
from bot.knowledge import Knowledge, build_knowledge
from tests.conftest import CORPUS_DIR, SECOND_ARTICLE_DIR


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    directory = tmp_path / "corpus"
    directory.mkdir()
    for source in [*SECOND_ARTICLE_DIR.glob("*.md"), *SECOND_ARTICLE_DIR.glob("*.txt")]:
        shutil.copy(source, directory / source.name)
    shutil.copy(next(CORPUS_DIR.glob("*.md")), directory)
    return directory


def assert_same(built: Knowledge, expected: Knowledge) -> None:
    assert built.articles == expected.articles
    assert built.warnings == expected.warnings
    assert built.quotes == expected.quotes
    assert built.speakers == expected.speakers
    assert [s.quotes for s in built.speakers] == [s.quotes for s in expected.speakers]
    assert built.fingerprint == expected.fingerprint
    index, reference = built.index, expected.index
    assert index.model.idf == reference.model.idf
    assert list(index.model.doc_len) == list(reference.model.doc_len)
    assert index.model.avgdl == reference.model.avgdl
    assert index._postings.keys() == reference._postings.keys()
    for term, posting in reference._postings.items():
        assert np.array_equal(index._postings[term].documents, posting.documents), term
        assert np.array_equal(index._postings[term].counts, posting.counts), term


def test_cold_and_warm_builds_equal_a_build_without_cache(corpus: Path, tmp_path: Path) -> None:
    expected = build_knowledge(corpus)
    cold = CorpusCache.in_data_dir(tmp_path / "data")
    assert_same(build_knowledge(corpus, cold), expected)
    assert cold.last.read == len(expected.articles)

    restarted = CorpusCache.in_data_dir(tmp_path / "data")
    assert_same(build_knowledge(corpus, restarted), expected)
    assert (restarted.last.disk, restarted.last.read) == (len(expected.articles), 0)

    assert_same(build_knowledge(corpus, restarted), expected)
    assert restarted.last.memory == len(expected.articles)


def test_speakers_quoted_in_several_articles_merge_as_in_one_build(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for number, role in enumerate(["mayor of Tarrow", "chair of the harbour board"]):
        (corpus / f"story-{number}.md").write_text(
            f"---\ntitle: Harbour story {number}\n---\n\n"
            f'Edda Munsel, {role}, said, "The new quay opens for traffic in the spring."\n\n'
            f'"We will keep the old pier for fishing boats," Munsel said.\n',
            encoding="utf-8",
        )
    expected = build_knowledge(corpus)
    assert len(expected.speakers) == 1
    assert_same(build_knowledge(corpus, CorpusCache.in_data_dir(tmp_path / "data")), expected)


def test_a_role_learned_from_an_edited_article_reaches_the_unchanged_ones(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    story = '---\ntitle: Story {n}\n---\n\n{who} said, "The ferry timetable changes next week."\n'
    (corpus / "a.md").write_text(story.format(n=1, who="Orla Benning"), encoding="utf-8")
    (corpus / "b.md").write_text(story.format(n=2, who="Orla Benning"), encoding="utf-8")
    cache = CorpusCache.in_data_dir(tmp_path / "data")
    build_knowledge(corpus, cache)
    (corpus / "b.md").write_text(
        story.format(n=2, who="Orla Benning, chief economist at Veldt Bank,"), encoding="utf-8"
    )
    after = build_knowledge(corpus, cache)
    assert cache.last.read == 1
    assert_same(after, build_knowledge(corpus))
    economist = after.index.document_frequency("economist")
    assert economist == 2  # both articles' quote paragraphs now find her by her role


def test_one_changed_file_is_the_only_one_read_again(corpus: Path, tmp_path: Path) -> None:
    cache = CorpusCache.in_data_dir(tmp_path / "data")
    before = build_knowledge(corpus, cache)
    changed = corpus / "wildfire_evacuation.md"
    changed.write_text(
        changed.read_text(encoding="utf-8")
        + '\n"We counted every house twice," a fire captain said.\n',
        encoding="utf-8",
    )
    after = build_knowledge(corpus, cache)
    assert (cache.last.read, cache.last.memory) == (1, len(before.articles) - 1)
    assert len(after.paragraphs) == len(before.paragraphs) + 1
    assert_same(after, build_knowledge(corpus))

    restarted = CorpusCache.in_data_dir(tmp_path / "data")
    build_knowledge(corpus, restarted)
    assert restarted.last.read == 0  # the changed article's piece was written too


def test_damaged_cache_files_are_ignored_and_rebuilt(corpus: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    expected = build_knowledge(corpus, CorpusCache.in_data_dir(data))
    files = sorted((data / "cache" / "articles").glob("*/*.msgpack"))
    assert len(files) == len(expected.articles)
    files[0].write_bytes(b"\x93not msgpack at all")
    files[1].write_bytes(files[1].read_bytes()[:-40])  # cut short
    files[2].write_bytes(files[3].read_bytes())  # another article's entry under this key

    cache = CorpusCache.in_data_dir(data)
    assert_same(build_knowledge(corpus, cache), expected)
    assert cache.last.read == 3
    assert_same(build_knowledge(corpus, CorpusCache.in_data_dir(data)), expected)


def test_a_new_code_version_misses_every_entry(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    build_knowledge(corpus, CorpusCache.in_data_dir(data))
    monkeypatch.setattr(cache_corpus, "code_version", lambda: "another version of the code")
    cache = CorpusCache.in_data_dir(data)
    build_knowledge(corpus, cache)
    assert cache.last.disk == 0
    assert cache.last.read == len(list(corpus.iterdir()))


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only directories")
def test_an_unwritable_data_dir_builds_without_cache_and_says_so_once(
    corpus: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    data.chmod(0o555)
    try:
        cache = CorpusCache.in_data_dir(data)
        with caplog.at_level(logging.WARNING):
            assert_same(build_knowledge(corpus, cache), build_knowledge(corpus))
            build_knowledge(corpus, cache)
    finally:
        data.chmod(0o755)
    assert not cache.writable
    assert [r.getMessage() for r in caplog.records].count(caplog.records[0].getMessage()) == 1
    assert "build cache off" in caplog.records[0].getMessage()


def test_a_data_dir_that_is_a_file_builds_without_cache_and_says_so_once(
    corpus: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Unwritable even for root, unlike a read-only directory.
    data = tmp_path / "data"
    data.write_text("not a directory", encoding="utf-8")
    cache = CorpusCache.in_data_dir(data)
    with caplog.at_level(logging.WARNING):
        assert_same(build_knowledge(corpus, cache), build_knowledge(corpus))
        build_knowledge(corpus, cache)
    warnings = [r.getMessage() for r in caplog.records if "build cache off" in r.getMessage()]
    assert len(warnings) == 1 and str(data) in warnings[0]
    assert cache.last.memory == len(list(corpus.iterdir()))  # reloads still skip reading


def test_a_bad_corpus_is_refused_the_same_way_with_a_cache(corpus: Path, tmp_path: Path) -> None:
    (corpus / "broken.md").write_text("no front matter here\n", encoding="utf-8")
    with pytest.raises(CorpusError) as plain:
        build_knowledge(corpus)
    with pytest.raises(CorpusError) as cached:
        build_knowledge(corpus, CorpusCache.in_data_dir(tmp_path / "data"))
    assert [str(p) for p in cached.value.problems] == [str(p) for p in plain.value.problems]


def test_no_temporary_files_are_left_behind(corpus: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    build_knowledge(corpus, CorpusCache.in_data_dir(data))
    assert not list((data / "cache" / "articles").glob("*/.tmp-*"))


def test_the_command_line_keeps_its_cache_in_the_data_dir(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    from bot.cli import main

    monkeypatch.setenv("BOT_DATA_DIR", str(tmp_path / "state"))
    assert main(["check", "--corpus", str(corpus)]) == 0
    first = capsys.readouterr().out
    entries = list((tmp_path / "state" / "cache" / "articles").glob("*/*.msgpack"))
    assert len(entries) == len(list(corpus.iterdir()))
    assert main(["check", "--corpus", str(corpus)]) == 0
    assert capsys.readouterr().out == first
