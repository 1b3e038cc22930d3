"""What a paragraph holds besides its words: its article's headline, the acronyms it spells
out; and typos that change a word's stem."""

from __future__ import annotations

import pytest

from bot.knowledge import Knowledge, build_knowledge
from bot.search.acronyms import acronyms, spelled_out
from bot.search.answer import answer

MILL = """---
title: Thornley mill reopens as a textile museum
publisher: Test Courier
date: 2026-04-02
---

The old Thornley mill on the river reopened on Saturday as a museum of weaving, with looms \
restored by volunteers.

About 3,400 visitors toured the looms in the first weekend, the organisers said.

The Eastern Heritage Fund paid for a new roof and for the restoration of the water wheel.

"We wanted the building to work again, not only to be looked at," said Orla Fenwick, who \
chairs the volunteers.
"""


@pytest.fixture(scope="module")
def mill(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    corpus = tmp_path_factory.mktemp("mill")
    (corpus / "mill.md").write_text(MILL, encoding="utf-8")
    return build_knowledge(corpus)


def test_a_questions_acronyms_are_found_with_their_terms() -> None:
    assert acronyms("Did the EHF or the UN fund it in 2026?") == {"EHF": "ehf", "UN": "un"}
    assert acronyms("Who founded Thornley?") == {}


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("the Eastern Heritage Fund paid", True),
        ("a grant from the Eastern and Highland Fund", True),  # "and" is skipped
        ("the eastern heritage fund", False),  # not written as a name
        ("the Eastern Fund for Heritage", False),  # not in the acronym's order
        ("East Heritage and then Fund", False),  # "then" is no part of a name
        ("Each Hall For the fund", False),  # a capitalized stop word spells nothing
    ],
)
def test_an_acronym_is_held_where_its_words_are_written_out(text: str, held: bool) -> None:
    found = spelled_out({"EHF": "ehf"}, text)
    assert found == ({"ehf"} if held else set())


def test_a_paragraph_spelling_out_the_acronym_asked_answers(mill: Knowledge) -> None:
    result = answer(mill, "What did the EHF restore?")
    assert result is not None
    assert result.text.startswith("The Eastern Heritage Fund paid")


def test_the_headline_says_what_each_paragraph_is_about(mill: Knowledge) -> None:
    # "textile" is only in the headline: the paragraph with the visitors is about it.
    result = answer(mill, "How many visitors came to the textile museum?")
    assert result is not None
    assert result.text.startswith("About 3,400 visitors")


def test_a_headline_word_alone_does_not_answer_another_subject(mill: Knowledge) -> None:
    assert answer(mill, "How many visitors came to the Brackwater museum?") is None


def test_a_typo_that_changes_the_stem_is_read_as_the_articles_word(mill: Knowledge) -> None:
    # "Thornly" stems to "thorn", too short to correct and far from "thornley".
    result = answer(mill, "How many visitors toured the Thornly mill?")
    assert result is not None
    assert result.text.startswith("About 3,400 visitors")
    assert result.read_as == (("Thornly", "Thornley"),)
