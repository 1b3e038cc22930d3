"""Question words weighed by their rarity in general English, and what that declines."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.index.tokenize import tokenize
from bot.knowledge import Knowledge, build_knowledge
from bot.search.answer import (
    MIN_COVERAGE,
    MIN_INFORMATION,
    SCANT_INFORMATION,
    SCANT_SHARE,
    answer,
    candidates,
)
from bot.search.asked import read_question
from bot.search.declines import DeclineReason, why_declined
from bot.search.information import (
    CEILING,
    FLOOR,
    UNINDEXED_WORD_SHARE,
    is_rare,
    question_information,
    share,
    word_information,
)

HARBOUR = """---
title: Varnholm harbour reopens after a two-year rebuild
publisher: Test Courier
date: 2026-03-14
---

The harbour of Varnholm reopened on Friday after a two-year rebuild that cost 48 million euros.

Harbour master Ilse Brandvik said the new breakwater would protect the fishing fleet from \
winter storms. "We can finally sleep through a gale," Brandvik said.

The town council voted in 2024 to fund the rebuild from a regional development grant. Council \
member Tomas Eklund called the vote "the easiest decision of my career."

Local schools painted the old lighthouse in the colours of the town's football club.

Tourism officials expect the ferry to Skarnö to carry twice as many passengers this summer as \
last year.
"""


@pytest.fixture(scope="module")
def harbour(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    corpus = tmp_path_factory.mktemp("harbour")
    (corpus / "harbour.md").write_text(HARBOUR, encoding="utf-8")
    return build_knowledge(corpus)


def test_rare_words_tell_more_than_common_ones() -> None:
    assert word_information("the") == FLOOR  # no word tells nothing
    assert word_information("the") < word_information("science") < word_information("sculptor")
    # A word wordfreq has never seen (a name, a typo) tells the most.
    assert word_information("zqxvarnholm") == CEILING
    assert word_information("Sculptor") == word_information("sculptor")


def test_a_lowercase_word_no_paragraph_has_weighs_half_a_name_it_lacks_all() -> None:
    indexed = {"harbour"}.__contains__
    weights, _ = question_information("harbour drizzle Drizzle", lambda t: t, indexed)
    # "drizzle" (lowercase, then capitalized past the first word): the most of the two.
    assert weights == {
        "harbour": word_information("harbour"),
        "drizzl": word_information("Drizzle"),
    }
    lowercase, _ = question_information("harbour drizzle", lambda t: t, indexed)
    assert lowercase["drizzl"] == pytest.approx(word_information("drizzle") * UNINDEXED_WORD_SHARE)


def test_common_lowercase_words_are_told_from_names() -> None:
    _, common = question_information("How many people came to Bay Harbour?", str, bool)
    assert common == {"peopl", "came"}  # "Bay" is a name, however common a word


def test_share_weighs_the_terms_present() -> None:
    weights = {"a": 1.0, "b": 3.0}
    assert share(weights, {"b"}) == 0.75
    assert share(weights, {"a", "c"}) == 0.25
    assert share({}, {"a"}) == 0.0


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("How much did the harbour rebuild cost?", "48 million euros"),
        ("When did the council vote?", "2024"),
        ("Who painted the lighthouse?", "Local schools"),
        ("What did Brandvik say about the gale?", "sleep through a gale"),
    ],
)
def test_questions_about_the_article_are_answered(
    harbour: Knowledge, question: str, shown: str
) -> None:
    result = answer(harbour, question)
    assert result is not None and shown in result.text


def test_common_words_shared_with_a_paragraph_do_not_answer(harbour: Knowledge) -> None:
    """ "old" and "town" are in the lighthouse paragraph; tourists visiting are not: the
    paragraph holds enough of the question's index weight, too little of what it is about."""
    question = "How many tourists visit the old town?"
    asked = read_question(harbour, question)
    lighthouse = next(
        number for number, p in enumerate(harbour.paragraphs) if "lighthouse" in p.text
    )
    held = set(tokenize(harbour.paragraphs[lighthouse].text))
    assert share(asked.information, held) < MIN_INFORMATION
    assert answer(harbour, question) is None
    decline = why_declined(harbour, question)
    assert decline.reason is DeclineReason.UNKNOWN_WORDS
    assert decline.missing == ("visit",)


def test_a_rare_word_the_articles_lack_is_what_a_question_is_about(harbour: Knowledge) -> None:
    """ "desalination" is no other way of saying "rebuild": the harbour's cost is no answer."""
    assert is_rare("desalination") and not is_rare("attended")
    assert not is_rare("zqxvarnholm")  # never seen: a typo as often as a term
    assert answer(harbour, "How much did the harbour rebuild cost?") is not None
    assert answer(harbour, "How much did the harbour desalination plant cost?") is None


def test_a_few_common_words_are_too_little_of_a_question(harbour: Knowledge) -> None:
    """ "club" is in the lighthouse paragraph, its members are nowhere: more than half of the
    question's information by share, but what it holds is one common word, which a question
    about another subject shares with many paragraphs."""
    question = "How many members does the club have?"
    asked = read_question(harbour, question)
    best = max(candidates(harbour, asked), key=lambda c: c.information)
    assert MIN_INFORMATION <= best.information < SCANT_SHARE
    assert best.information * sum(asked.information.values()) < SCANT_INFORMATION
    assert answer(harbour, question) is None


def test_a_name_the_articles_lack_is_what_a_question_is_about(harbour: Knowledge) -> None:
    question = "How many passengers did the ferry to Lindqvarn carry?"
    assert answer(harbour, question) is None
    assert why_declined(harbour, question).missing == ("Lindqvarn",)


TRAWLERS = """---
title: Trawler fleet returns to a quiet harbour
publisher: Test Courier
date: 2026-03-14
---

The Qestrel trawler crews of Danport returned on Friday after a week at sea, and hauled their \
nets onto the quay by dusk.

Grain traders react quickly to changes in the spring market, a broker said.

Storm warnings were posted along the northern coast on Thursday.

Ferry crews will work shorter shifts next month, the port authority said.
"""


def test_a_paragraph_with_what_a_question_is_about_answers_without_its_common_words(
    tmp_path: Path,
) -> None:
    """In four paragraphs, "react", "storm" and "warnings" weigh as much in the index as the
    fleet's name: the fleet's paragraph holds too little of the question's index weight,
    most of what it is about in general English."""
    (tmp_path / "trawlers.md").write_text(TRAWLERS, encoding="utf-8")
    fleet = build_knowledge(tmp_path)
    question = "How did the Qestrel crews react to the storm warnings?"
    found = candidates(fleet, read_question(fleet, question))
    held = next(c for c in found if "Qestrel" in fleet.paragraphs[c.document].text)
    assert held.coverage < MIN_COVERAGE
    result = answer(fleet, question)
    assert result is not None and "Qestrel trawler crews" in result.text
    # Another fleet's crews: the name the articles lack is what it is about.
    assert answer(fleet, question.replace("Qestrel", "Velmora")) is None


@pytest.mark.parametrize(
    ("question", "typed", "read_as"),
    [
        ("Who paitned the lighthouse?", "paitned", "painted"),  # two letters swapped
        ("Who painted the lihgthouse?", "lihgthouse", "lighthouse"),
        ("Who painted the lighthose?", "lighthose", "lighthouse"),  # one letter left out
    ],
)
def test_a_typo_is_read_as_the_articles_word_and_said(
    harbour: Knowledge, question: str, typed: str, read_as: str
) -> None:
    result = answer(harbour, question)
    assert result is not None and "Local schools" in result.text
    assert result.read_as == ((typed, read_as),)
    # Weighed as the word it was read as, not as a word never seen.
    correct = read_question(harbour, question.replace(typed, read_as))
    assert read_question(harbour, question).information == correct.information


def test_decades_are_indexed_by_their_year() -> None:
    assert tokenize("in the 1980s and the '90s") == ["1980", "90"]
