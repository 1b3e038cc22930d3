"""Synthetic news corpora of a given size, written as corpus files the real loader reads.

Deterministic (seeded): Zipf-distributed vocabulary, paragraphs of 40-120 words, and about
one paragraph in four quoting a named speaker with a role, in the patterns news copy uses.
"""

from __future__ import annotations

import itertools
import random
import string
from pathlib import Path

PARAGRAPHS_PER_FILE = 500
VOCABULARY_SIZE = 30_000
_SYLLABLES = ["ka", "ro", "mi", "sen", "tal", "vor", "pe", "lun", "dra", "qui", "bos", "nek"]
_SURNAMES = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"]
_GIVEN = ["Minho", "Seojin", "Jiwoo", "Hyunwoo", "Sora", "Daeho", "Yuna", "Taemin", "Eunji"]
_ROLES = [
    "minister of ports",
    "professor of physics at Hanbit University",
    "chief economist",
    "director of the Ocean Institute",
    "senior researcher at the Energy Lab",
]


def vocabulary(rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < VOCABULARY_SIZE:
        syllables = rng.randint(2, 4)
        word = "".join(rng.choice(_SYLLABLES) for _ in range(syllables))
        if rng.random() < 0.1:
            word += rng.choice(string.ascii_lowercase)
        words.add(word)
    ordered = sorted(words)
    rng.shuffle(ordered)  # Zipf rank must not follow the alphabet
    return ordered


class ParagraphWriter:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.words = vocabulary(self.rng)
        self.cumulative = list(
            itertools.accumulate(1 / (rank + 1) for rank in range(VOCABULARY_SIZE))
        )

    def sentence(self, count: int) -> str:
        words = self.rng.choices(self.words, cum_weights=self.cumulative, k=count)
        return " ".join(words).capitalize() + "."

    def paragraph(self) -> str:
        length = self.rng.randint(40, 120)
        sentences = []
        while length > 0:
            size = min(length, self.rng.randint(8, 20))
            sentences.append(self.sentence(size))
            length -= size
        if self.rng.random() < 0.25:
            name = f"{self.rng.choice(_SURNAMES)} {self.rng.choice(_GIVEN)}"
            role = self.rng.choice(_ROLES)
            quote = self.sentence(self.rng.randint(8, 16))
            sentences[-1] = f'{name}, {role}, said, "{quote}"'
        return " ".join(sentences)


def write_corpus(directory: Path, paragraphs: int, seed: int = 7) -> Path:
    """Write `paragraphs` paragraphs into `directory` (created), unless it already holds them."""
    marker = directory / ".complete"
    if marker.exists() and marker.read_text() == f"{paragraphs} {seed}":
        return directory
    directory.mkdir(parents=True, exist_ok=True)
    for old in directory.glob("*.md"):
        old.unlink()
    writer = ParagraphWriter(seed)
    for number, start in enumerate(range(0, paragraphs, PARAGRAPHS_PER_FILE)):
        count = min(PARAGRAPHS_PER_FILE, paragraphs - start)
        body = "\n\n".join(writer.paragraph() for _ in range(count))
        front = (
            f"---\ntitle: Synthetic report {number}\npublisher: Bench Wire\n"
            f"date: 2026-01-{number % 28 + 1:02d}\n---\n\n"
        )
        (directory / f"article-{number:04d}.md").write_text(front + body + "\n", encoding="utf-8")
    marker.write_text(f"{paragraphs} {seed}")
    return directory


def questions(count: int, seed: int = 11) -> list[str]:
    """Questions drawn from the same vocabulary: a mix of common and rare words."""
    writer = ParagraphWriter(seed=7)  # same vocabulary as the corpus
    rng = random.Random(seed)
    asked = []
    for _ in range(count):
        words = writer.rng.choices(writer.words, cum_weights=writer.cumulative, k=rng.randint(2, 4))
        words += rng.sample(writer.words[:5000], k=rng.randint(1, 3))
        asked.append("What about " + " ".join(words) + "?")
    return asked
