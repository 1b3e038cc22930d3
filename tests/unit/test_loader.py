from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from bot.corpus import CorpusError, load_corpus
from bot.corpus.cleaning import clean_page
from tests.conftest import CORPUS_DIR, SEED_FILE

GOOD = """---
title: A Test Article
publisher: Test Daily
date: 2026-01-02
---

First paragraph of the story, which is long enough to count.

Second paragraph, also a sentence.
"""


def write(directory: Path, name: str, content: str | bytes) -> Path:
    path = directory / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def problems_of(directory: Path) -> list[str]:
    with pytest.raises(CorpusError) as caught:
        load_corpus(directory)
    return [str(problem) for problem in caught.value.problems]


def test_curated_article_has_front_matter_fields_and_captions() -> None:
    (article,) = load_corpus(CORPUS_DIR).articles
    assert article.publisher == "The Asia Business Daily"
    assert article.site == "www.asiae.co.kr"
    assert article.date == "2025-12-09"
    assert article.language == "en"
    assert article.subtitle and article.subtitle.startswith("Ministries of Science and ICT")
    assert len(article.paragraphs) == 8
    assert len(article.captions) == 1 and "Photo by" in article.captions[0]
    assert all("Photo by" not in p.text for p in article.paragraphs)
    assert [p.id for p in article.paragraphs[:2]] == [
        f"{article.slug}-p1",
        f"{article.slug}-p2",
    ]


@pytest.mark.skipif(not SEED_FILE.exists(), reason="shared/seed is not beside the project")
def test_raw_seed_gives_the_same_body_as_the_curated_file(tmp_path: Path) -> None:
    write(tmp_path, "seed.txt", SEED_FILE.read_text(encoding="utf-8"))
    (raw,) = load_corpus(tmp_path).articles
    (curated,) = load_corpus(CORPUS_DIR).articles
    assert [p.text for p in raw.paragraphs] == [p.text for p in curated.paragraphs]
    assert raw.title == curated.title
    assert raw.subtitle == curated.subtitle
    assert raw.publisher == "The Asia Business Daily"
    assert raw.captions == curated.captions


def test_raw_page_of_another_site_drops_its_chrome() -> None:
    page = "\n\n".join(
        [
            "Skip to content",
            "Menu",
            "Share on Facebook",
            "City Council Approves New Solar Farm Near the River",
            "The project will power 4,000 homes by 2027",
            "The city council voted 7-2 on Tuesday to approve a solar farm on the east bank.",
            "[Photo by Jane Doe] Council members at the vote.",
            'Mayor Ana Ruiz said, "This is a good day for the city."',
            "Advertisement",
            "Copyright 2026 Riverside Herald. All rights reserved.",
            "Most read stories",
        ]
    )
    cleaned = clean_page(page)
    assert cleaned is not None
    assert cleaned.title == "City Council Approves New Solar Farm Near the River"
    assert cleaned.subtitle == "The project will power 4,000 homes by 2027"
    assert [text for _, text in cleaned.body] == [
        "The city council voted 7-2 on Tuesday to approve a solar farm on the east bank.",
        'Mayor Ana Ruiz said, "This is a good day for the city."',
    ]
    assert cleaned.captions == ("[Photo by Jane Doe] Council members at the vote.",)
    assert cleaned.publisher == "Riverside Herald"


def test_bom_and_crlf_are_read_like_plain_text(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "\ufeff" + GOOD.replace("\n", "\r\n"))
    (article,) = load_corpus(tmp_path).articles
    assert article.title == "A Test Article"
    assert len(article.paragraphs) == 2


def test_markdown_images_become_captions_and_headings_are_skipped(tmp_path: Path) -> None:
    body = GOOD + "\n## A heading\n\n![The mayor at the podium. Photo by X](img.jpg)\n"
    write(tmp_path, "a.md", body)
    (article,) = load_corpus(tmp_path).articles
    assert article.captions == ("The mayor at the podium. Photo by X",)
    assert len(article.paragraphs) == 2


def test_empty_directory_is_an_error(tmp_path: Path) -> None:
    assert problems_of(tmp_path) == [f"{tmp_path.name}: no articles found (.md or .txt files)"]


def test_missing_directory_is_an_error(tmp_path: Path) -> None:
    assert "does not exist" in problems_of(tmp_path / "nope")[0]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\x00\x01\x02binary\x00", "bad.md: cannot be read: looks like a binary file"),
        (GOOD.encode() + b"\nbroken \xff\xfe byte\n", "bad.md: cannot be read: is not valid UTF-8"),
        ("---\ntitle: [unclosed\n---\nbody text here.\n", "bad.md:2: front matter is not valid"),
        ("---\ntitle: x\npublisher: [1, 2]\n---\nBody.\n", "bad.md:3: field 'publisher' must be"),
        ("---\ntitle: x\ncaptions: {a: 1}\n---\nBody.\n", "bad.md:3: field 'captions' must be"),
        ("---\n- a\n- b\n---\nBody.\n", "bad.md:2: front matter must be a mapping"),
        ("---\ntitle: Only a title\n---\n\n", "bad.md: cannot be read: the article has no body"),
        ("---\ntitle: never closed\nBody.\n", "bad.md:1: front matter opened with '---'"),
        ("---\npublisher: P\n---\nBody text.\n", "bad.md:2: front matter has no 'title'"),
        ("Just markdown without front matter.\n", "bad.md:1: a Markdown article must start"),
    ],
)
def test_bad_files_are_named_with_their_problem(
    tmp_path: Path, content: str | bytes, expected: str
) -> None:
    write(tmp_path, "good.md", GOOD)
    write(tmp_path, "bad.md", content)
    (problem,) = problems_of(tmp_path)
    assert problem.startswith(expected), problem


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    write(tmp_path, "bad.md", GOOD.encode() + b"\nbroken \xff byte\n")
    (problem,) = problems_of(tmp_path)
    assert "line 11" in problem


def test_oversized_file_is_refused(tmp_path: Path) -> None:
    write(tmp_path, "big.txt", "word " * 1_200_000)
    (problem,) = problems_of(tmp_path)
    assert "too large" in problem


def test_raw_text_with_no_story_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, "empty.txt", "Menu\n\nClose\n\n메뉴\n")
    (problem,) = problems_of(tmp_path)
    assert problem == "empty.txt: cannot be read: no headline or body text found"


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    write(tmp_path, "a.md", "no front matter")
    write(tmp_path, "b.md", b"\x00")
    assert [p.split(":")[0] for p in problems_of(tmp_path)] == ["a.md", "b.md"]


def test_duplicate_slugs_are_refused(tmp_path: Path) -> None:
    write(tmp_path, "a.md", GOOD.replace("date:", "slug: same\ndate:"))
    write(tmp_path, "b.md", GOOD.replace("date:", "slug: same\ndate:"))
    (problem,) = problems_of(tmp_path)
    assert "duplicate article slug 'same'" in problem


def test_symlink_outside_the_corpus_is_refused(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    outside = write(tmp_path, "secret.md", GOOD)
    write(corpus, "good.md", GOOD.replace("slug", "x"))
    os.symlink(outside, corpus / "link.md")
    (problem,) = problems_of(corpus)
    assert problem == "link.md: refused: it points outside the corpus directory"


def test_other_files_are_skipped_with_a_warning(tmp_path: Path) -> None:
    write(tmp_path, "a.md", GOOD)
    write(tmp_path, "notes.json", "{}")
    write(tmp_path, ".hidden.md", "ignored")
    loaded = load_corpus(tmp_path)
    assert len(loaded.articles) == 1
    assert [str(w) for w in loaded.warnings] == ["notes.json: skipped: not a .md or .txt article"]


def test_unknown_front_matter_field_is_a_warning(tmp_path: Path) -> None:
    write(tmp_path, "a.md", GOOD.replace("date:", "author: Someone\ndate:"))
    loaded = load_corpus(tmp_path)
    assert [str(w) for w in loaded.warnings] == [
        "a.md: unknown front matter field 'author' ignored"
    ]


PAGES_DIR = Path(__file__).parent / "pages"
PAGES = sorted(p for p in PAGES_DIR.glob("*.txt") if p.with_suffix(".expected.yaml").exists())
# Pages of the same event in other outlets' layouts, with the story as paragraph openings.
STORY_PAGES = sorted(p for p in PAGES_DIR.glob("*.txt") if p.with_suffix(".truth.yaml").exists())


@pytest.mark.parametrize("page", STORY_PAGES, ids=[p.stem for p in STORY_PAGES])
def test_raw_pages_of_other_outlets_give_exactly_their_story(page: Path) -> None:
    truth = yaml.safe_load(page.with_suffix(".truth.yaml").read_text(encoding="utf-8"))
    cleaned = clean_page(page.read_text(encoding="utf-8"))
    assert cleaned is not None
    found = {key: getattr(cleaned, key) for key in ("title", "subtitle", "publisher", "date")}
    assert found == {key: truth[key] for key in found}
    body = [text for _, text in cleaned.body]
    assert len(body) == len(truth["paragraphs"]), body
    for text, opening in zip(body, truth["paragraphs"], strict=True):
        assert text.startswith(opening)
    assert len(cleaned.captions) == len(truth["captions"])
    for caption, opening in zip(cleaned.captions, truth["captions"], strict=True):
        assert caption.startswith(opening)


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_raw_pages_of_other_sites_clean_to_their_story(page: Path) -> None:
    expected = yaml.safe_load(page.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
    cleaned = clean_page(page.read_text(encoding="utf-8"))
    assert cleaned is not None
    assert cleaned.title == expected["title"]
    assert cleaned.subtitle == expected["subtitle"]
    assert cleaned.publisher == expected["publisher"]
    assert cleaned.date == expected["date"]
    assert len(cleaned.captions) == expected["captions"]
    body = [text for _, text in cleaned.body]
    assert len(body) == expected["paragraphs"], body
    assert body[0].startswith(expected["first_paragraph"])
    assert body[-1].startswith(expected["last_paragraph"])
    for chrome in expected["not_in_body"]:
        assert not any(chrome in text for text in body), chrome


def test_a_page_without_date_or_publisher_loads_with_warnings(tmp_path: Path) -> None:
    write(tmp_path, "bare.txt", "A headline for a bare page\n\nThe story has one sentence.\n")
    warnings = [str(w) for w in load_corpus(tmp_path).warnings]
    assert warnings == [
        "bare.txt: no date found on the page; citations will show none",
        "bare.txt: no publisher found (no copyright line); citations will show none",
    ]


@pytest.mark.parametrize(
    ("written", "stored"), [("2025-12-09", "2025-12-09"), ("9 December 2025", "2025-12-09")]
)
def test_front_matter_dates_are_stored_as_iso(tmp_path: Path, written: str, stored: str) -> None:
    write(tmp_path, "a.md", f"---\ntitle: T\ndate: {written}\n---\n\nBody text here.\n")
    (article,) = load_corpus(tmp_path).articles
    assert article.date == stored


@pytest.mark.parametrize("written", ["2025-13-45", "2025-02-30", "soon"])
def test_a_bad_front_matter_date_names_the_field_and_line(tmp_path: Path, written: str) -> None:
    write(tmp_path, "a.md", f"---\ntitle: T\ndate: {written}\n---\n\nBody text here.\n")
    (problem,) = problems_of(tmp_path)
    assert problem == f"a.md:3: field 'date' must be a date written YYYY-MM-DD, not '{written}'"


def test_dated_sentences_and_slashes_stay_story() -> None:
    cleaned = clean_page(
        "\n\n".join(
            [
                "A headline for the test page",
                "He died on March 3, 2025.",
                "Residents and/or their families can apply, the clerk said.",
                "The figures are below. (See chart.)",
                "3 of 5 victims were children, police said.",
                "Published ſep 5, 2025",  # a long s is no month: no date from this line
            ]
        )
    )
    assert cleaned is not None
    assert [text for _, text in cleaned.body] == [
        "He died on March 3, 2025.",
        "Residents and/or their families can apply, the clerk said.",
        "The figures are below. (See chart.)",
        "3 of 5 victims were children, police said.",
    ]
    assert cleaned.captions == ()


@pytest.mark.parametrize(
    ("make_tail", "size"),
    [
        (lambda n: "x" * n + "@" + "y" * (n // 10) + ".", 100_000),
        (lambda n: "© (" * n, 100_000),
        (lambda n: "Gary Smith " * n, 20_000),
    ],
    ids=["long-address", "copyright-brackets", "names"],
)
def test_hostile_long_lines_clean_in_linear_time(
    make_tail: Callable[[int], str], size: int
) -> None:
    def cpu_seconds(n: int) -> float:
        page = f"A headline for the test page\n\nThe story has one sentence.\n\n{make_tail(n)}"
        started = time.process_time()
        clean_page(page)
        return time.process_time() - started

    # Growth from n to 2n in CPU time, so that a busy machine doesn't count: the quadratic
    # patterns this guards against took minutes and quadruple; linear work doubles.
    assert cpu_seconds(2 * size) < 3 * cpu_seconds(size) + 0.2


def test_wire_credit_and_biography_lines_are_not_story() -> None:
    cleaned = clean_page(
        "\n\n".join(
            [
                "Flooding closes schools across the valley",
                "Schools across the valley closed on Monday after the river rose overnight.",
                "The team covers the costs for families in need.",
                "Associated Press writer Jo Kim in Seoul contributed to this report.",
                "Kim covers North and South Korea for The Associated Press.",
            ]
        )
    )
    assert cleaned is not None
    assert [text for _, text in cleaned.body] == [
        "Schools across the valley closed on Monday after the river rose overnight.",
        "The team covers the costs for families in need.",
    ]
