"""Answer types, the passage shown and the reasons for declining, on an invented article."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.knowledge import Knowledge, build_knowledge
from bot.quotes.models import QuoteKind
from bot.search.answer import answer
from bot.search.answer_types import AnswerType, carries, expected_type
from bot.search.asked import read_question
from bot.search.declines import DeclineReason, why_declined

ARTICLES = Path(__file__).parent / "answers"


@pytest.fixture(scope="module")
def festival() -> Knowledge:
    return build_knowledge(ARTICLES)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("When did the festival open?", AnswerType.DATE),
        ("In what year was the pier built?", AnswerType.DATE),
        ("How many visitors came?", AnswerType.NUMBER),
        ("How much did the kits cost?", AnswerType.NUMBER),
        ("What percentage of tickets sold?", AnswerType.NUMBER),
        ("Where was the festival held?", AnswerType.PLACE),
        ("Which city hosted it?", AnswerType.PLACE),
        ("Who designed the whale?", AnswerType.PERSON),
        ("What did Okoro say?", AnswerType.ANY),
        ("lantern kits", AnswerType.ANY),
    ],
)
def test_the_kind_of_answer_a_question_wants(question: str, kind: AnswerType) -> None:
    assert expected_type(question) is kind


@pytest.mark.parametrize(
    ("kind", "passage", "expected"),
    [
        (AnswerType.DATE, "It opened on Saturday, May 2.", True),
        (AnswerType.DATE, "The pier was built in 1908.", True),
        (AnswerType.DATE, "The pier is old.", False),
        (AnswerType.NUMBER, "Roughly 12,000 visitors came.", True),
        (AnswerType.NUMBER, "Two hundred boats sailed.", True),
        (AnswerType.NUMBER, "Many visitors came.", False),
        (AnswerType.PLACE, "It opened at the old terminal in Port Ellery.", True),
        (AnswerType.PLACE, "It opened in the morning.", False),
        (AnswerType.PERSON, "It was designed by the sculptor Mirela Santos.", True),
        (AnswerType.PERSON, "It was designed by a local sculptor.", False),
        (AnswerType.ANY, "Anything at all.", True),
    ],
)
def test_whether_a_passage_carries_it(kind: AnswerType, passage: str, expected: bool) -> None:
    assert carries(kind, passage) is expected


@pytest.mark.parametrize(
    ("question", "shown"),
    [
        ("When did the festival open?", "May 2"),
        ("Where was the festival held?", "Port Ellery"),
        # "attended" is not the article's word: the sentence with the number answers.
        ("How many visitors attended the festival?", "12,000"),
        # A paragraph with quotes: its narrative sentence answers a question of place.
        ("Where were the lanterns launched from?", "Pier 4"),
        ("Who designed the largest lantern?", "Mirela Santos"),
    ],
)
def test_the_sentence_with_the_wanted_kind_is_shown(
    festival: Knowledge, question: str, shown: str
) -> None:
    result = answer(festival, question)
    assert result is not None and shown in result.text
    assert result.quote is None


def test_a_quote_leads_when_asked_what_someone_said(festival: Knowledge) -> None:
    result = answer(festival, "What did Dana Okoro say about the lanterns?")
    assert result is not None and result.speaker is not None
    assert result.speaker.name == "Dana Okoro" and result.quote is not None


def test_who_said_the_words_of_a_quote_returns_that_quote(festival: Knowledge) -> None:
    result = answer(festival, "Who said every lantern was folded by a child?")
    assert result is not None and result.quote is not None
    assert result.quote.kind is QuoteKind.DIRECT
    assert result.text.startswith("Every lantern here was folded")
    assert result.speaker is not None and result.speaker.name == "Dana Okoro"


def test_a_surname_two_speakers_share_answers_with_both(festival: Knowledge) -> None:
    result = answer(festival, "What did Okoro say?")
    assert result is not None
    speakers = {a.speaker.name for a in (result, *result.alternatives) if a.speaker}
    assert {"Dana Okoro", "Felix Okoro"} <= speakers


def test_a_misspelt_speaker_is_read_as_the_close_name(festival: Knowledge) -> None:
    result = answer(festival, "What did Dana Okora say?")
    assert result is not None and result.speaker is not None
    assert result.speaker.name == "Dana Okoro"
    assert result.read_as == (("Dana Okora", "Dana Okoro"),)


@pytest.mark.parametrize(
    ("question", "reason", "missing"),
    [
        ("Tell me about the Eiffel Tower", DeclineReason.UNKNOWN_WORDS, ("Eiffel Tower",)),
        (
            "What did Dana Okoro say about the Eiffel Tower?",
            DeclineReason.UNKNOWN_WORDS,
            ("Eiffel Tower",),
        ),
        (
            "What did Priya Raman say about the lanterns?",
            DeclineReason.UNKNOWN_PERSON,
            ("Priya Raman",),
        ),
        (
            "What did Felix Okoro say about the whale?",
            DeclineReason.SPEAKER_OFF_TOPIC,
            ("Felix Okoro", "whale"),
        ),
        (
            "pause sunset noon sculptor",
            DeclineReason.WORDS_APART,
            ("pause", "sunset", "noon", "sculptor"),
        ),
    ],
)
def test_each_decline_says_why(
    festival: Knowledge, question: str, reason: DeclineReason, missing: tuple[str, ...]
) -> None:
    assert answer(festival, question) is None
    decline = why_declined(festival, question)
    assert decline.reason is reason
    assert decline.missing == missing
    message = decline.message()
    assert all(f"*{words}*" in message or words in message for words in missing)


def test_an_unknown_person_close_to_a_speaker_gets_a_suggestion(festival: Knowledge) -> None:
    question = "What did Felix Okonkwo-Brandt say?"
    assert answer(festival, question) is None
    decline = why_declined(festival, question)
    assert decline.reason is DeclineReason.UNKNOWN_PERSON
    assert "Felix Okoro" in decline.suggestions
    assert "Did you mean Felix Okoro" in decline.message()


def test_a_word_one_typo_away_finds_the_corpus_word(festival: Knowledge) -> None:
    question = "Which scultor made the whale?"
    assert "sculptor" in read_question(festival, question).terms
    result = answer(festival, question)
    assert result is not None and "Mirela Santos" in result.text


def test_a_word_the_articles_lack_suggests_close_ones_they_use(festival: Knowledge) -> None:
    question = "Tell me about the lanternmakers"
    assert answer(festival, question) is None
    decline = why_declined(festival, question)
    assert decline.reason is DeclineReason.UNKNOWN_WORDS
    assert decline.topics == ("lanterns",)
    assert decline.message().endswith("The articles do cover *lanterns*.")


def test_an_unknown_name_after_the_verb_of_speech_is_a_topic(festival: Knowledge) -> None:
    decline = why_declined(festival, "What did the council chair say about Varnholm Castle?")
    assert decline.reason is DeclineReason.UNKNOWN_WORDS
    assert decline.missing == ("Varnholm Castle",)


def test_declines_say_why_in_korean_with_names_escaped(festival: Knowledge) -> None:
    decline = why_declined(festival, "What did Felix Okonkwo-Brandt say?")
    korean = decline.message("ko", escape=lambda name: name.replace("O", "\\O"))
    assert korean.startswith("기사에 인용되거나 언급된 사람 중 *Felix Okonkwo-Brandt*")
    assert "혹시 Felix \\Okoro" in korean
