from __future__ import annotations

import pytest

from bot.index import tokenize as tokenize_module
from bot.index.tokenize import tokenize


def test_case_folded_stemmed_and_stop_words_removed() -> None:
    assert tokenize("The Researchers were researching") == ["research", "research"]


def test_acronyms_and_numbers_are_kept() -> None:
    assert tokenize("AI, ICT and KAIST in 2025: IT US") == [
        "ai",
        "ict",
        "kaist",
        "2025",
        "it",
        "us",
    ]


def test_lowercase_pronouns_that_look_like_acronyms_are_stop_words() -> None:
    assert tokenize("it is up to us") == []


def test_hyphens_and_possessives_split() -> None:
    assert tokenize("Korea's K-Science") == ["korea", "scienc"]


def test_unicode_words_survive_and_fullwidth_is_normalized() -> None:
    assert tokenize("서울 café ＡＩ") == ["서울", "cafe", "ai"]


def test_question_framing_words_are_dropped_only_from_questions() -> None:
    assert tokenize("What did the minister say?", question=True) == ["minist"]
    assert tokenize("the minister said", question=False) == ["minist", "said"]


def test_punctuation_and_emoji_give_no_terms() -> None:
    assert tokenize("?!… 🙂🙂 ---") == []


def test_a_full_cache_starts_afresh_without_losing_terms(monkeypatch: pytest.MonkeyPatch) -> None:
    text = " ".join(f"harbour{n} cranes" for n in range(50))
    expected = tokenize(text)
    monkeypatch.setattr(tokenize_module, "_CACHE_LIMIT", 5)
    assert tokenize(text) == expected  # the first call fills the cache past its limit
    assert tokenize(text) == expected  # the next starts a new one
    assert len(tokenize_module._document_terms) <= 51


def test_accents_are_folded_so_typed_names_match() -> None:
    assert tokenize("Céloron Müller") == tokenize("Celoron Muller")
    assert tokenize("서울") == ["서울"]  # Hangul syllables recompose


def test_a_questions_terms_are_a_new_list_each_time() -> None:
    first = tokenize("What did the harbourmaster say about cranes?", question=True)
    first.append("changed")
    assert tokenize("What did the harbourmaster say about cranes?", question=True) == [
        "harbourmast",
        "crane",
    ]
