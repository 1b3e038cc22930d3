"""Precision and recall of quote and statement extraction against hand-written ground truth."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.corpus.loader import parse_article
from bot.quotes.attribution import Attribution, attribute
from bot.quotes.lookup import find_speaker
from bot.quotes.models import QuoteKind
from tests.conftest import PROJECT_ROOT

EXPECTED_FILES = sorted((Path(__file__).parent / "articles").glob("*.expected.yaml"))


@dataclass
class Score:
    found: int
    expected: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0


def load(expected_file: Path) -> tuple[dict[str, Any], Attribution, str]:
    truth = yaml.safe_load(expected_file.read_text(encoding="utf-8"))
    path = PROJECT_ROOT / truth["article"]
    article, _ = parse_article(path, path.read_text(encoding="utf-8"))
    return truth, attribute([article]), article.slug


def _matches(item: dict[str, Any], quote: Any, slug: str, key: str) -> bool:
    same_place = quote.paragraph_id == f"{slug}-p{item['paragraph']}"
    text_ok = (
        quote.text.startswith(item[key]) if key == "text_startswith" else item[key] in quote.text
    )
    return same_place and text_ok


def score(
    truth: list[dict[str, Any]],
    found: list[Any],
    slug: str,
    key: str,
    known_misses: list[dict[str, Any]] | None = None,
) -> Score:
    """Score `found` against `truth`; a known miss is neither expected nor, when it was
    found with the wrong speaker, counted against precision."""
    unmatched = list(found)
    correct = 0
    missed = []
    for item in truth:
        for quote in unmatched:
            if _matches(item, quote, slug, key) and quote.speaker == item["speaker"]:
                correct += 1
                unmatched.remove(quote)
                break
        else:
            missed.append(item)
    # A known miss is written as its truth entry plus a `why`.
    known = [{k: v for k, v in m.items() if k != "why"} for m in known_misses or []]
    waived = [item for item in missed if item in known]
    for item in waived:
        unmatched = [q for q in unmatched if not _matches(item, q, slug, key)]
    fixed = [item for item in known if item in truth and item not in missed]
    assert not fixed, f"known misses now found, take them off the list: {fixed}"
    return Score(found=correct + len(unmatched), expected=len(truth) - len(waived), correct=correct)


@pytest.mark.parametrize("expected_file", EXPECTED_FILES, ids=[p.stem for p in EXPECTED_FILES])
def test_extraction_precision_and_recall(expected_file: Path) -> None:
    truth, attribution, slug = load(expected_file)
    direct = [q for q in attribution.quotes if q.kind is QuoteKind.DIRECT]
    reported = [q for q in attribution.quotes if q.kind is QuoteKind.REPORTED]
    misses = truth.get("known_misses", [])
    quotes = score(truth["quotes"], direct, slug, "text_startswith", misses)
    statements = score(truth.get("statements", []), reported, slug, "text_contains", misses)
    print(
        f"\n{expected_file.stem}: quotes P={quotes.precision:.2f} R={quotes.recall:.2f} "
        f"({quotes.correct}/{quotes.expected}, {quotes.found} found); statements "
        f"P={statements.precision:.2f} R={statements.recall:.2f} "
        f"({statements.correct}/{statements.expected}, {statements.found} found)"
    )
    assert (quotes.precision, quotes.recall) == (1.0, 1.0)
    assert (statements.precision, statements.recall) == (1.0, 1.0)
    texts = " ".join(q.text for q in direct)  # a statement may carry a title in its clause
    for phrase in truth.get("not_quotes", []):
        assert phrase not in texts


@pytest.mark.parametrize("expected_file", EXPECTED_FILES, ids=[p.stem for p in EXPECTED_FILES])
def test_speakers_roles_and_aliases(expected_file: Path) -> None:
    truth, attribution, _ = load(expected_file)
    for expected in truth.get("speakers", []):
        speaker = attribution.speaker(expected["name"])
        assert speaker is not None, expected["name"]
        assert set(expected.get("aliases", [])) <= set(speaker.aliases)
        assert list(speaker.roles[: len(expected["roles"])]) == expected["roles"]


@pytest.mark.parametrize("expected_file", EXPECTED_FILES, ids=[p.stem for p in EXPECTED_FILES])
def test_shared_surnames_are_ambiguous(expected_file: Path) -> None:
    """A surname two people of the article share names neither of them alone."""
    truth, attribution, _ = load(expected_file)
    for surname in truth.get("shared_surnames", []):
        found = find_speaker(attribution.speakers, surname)
        assert found.speaker is None and found.ambiguous, surname
        assert len(found.candidates) >= 2, surname
