"""The pure word tests attribution relies on, one example set per function."""

from __future__ import annotations

import pytest

from bot.quotes.wording import (
    anonymous_source,
    capitalized_run,
    clause_goes_on,
    ends_mid_clause,
    is_passive_voice,
    is_speech_verb,
    looks_like_title,
    may_be_surname,
    names_a_work,
    takes_quoted_object,
    without_verb_lead,
    words_of,
)


def _verb_at(text: str, word: str) -> bool:
    words = words_of(text)
    return is_speech_verb(words, [w.text for w in words].index(word))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Okafor said the vote was close", "said", True),
        ("his remarks were short", "remarks", False),
        ("the answers were mixed", "answers", False),
        ("a motion declaring June a month of rivers", "declaring", False),
        ("she opened by saying the plan was late", "saying", True),
        ("Brown endorsed her, claiming she had won", "claiming", True),
        ("Okafor fired back at once", "fired", True),
        ("Okafor was quoted as saying so", "saying", True),
        ("the guards fired at the gate", "fired", False),
    ],
)
def test_is_speech_verb(text: str, word: str, expected: bool) -> None:
    assert _verb_at(text, word) is expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Okafor accused the mayor of lying", "accused", True),
        ("Okafor was accused of lying", "accused", False),
        ("Okafor is accusing the mayor of lying", "accusing", True),
        ("they slammed the new plan", "slammed", True),
        ("the defended title", "defended", False),
        ("Okafor said the vote was close", "said", False),
        ("Okafor praised her, citing her record", "citing", True),
    ],
)
def test_takes_quoted_object(text: str, word: str, expected: bool) -> None:
    words = words_of(text)
    assert takes_quoted_object(words, [w.text for w in words].index(word)) is expected


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ("Harbor Morning Show", True),
        ("Green Start 2030", True),
        ("Growth Through Trade", True),
        ("We will win this", False),
        ("Build It Now.", False),
        ("I Will Not Go", False),
        ("Take Harwick. Then Delmont,", False),  # two spoken sentences
        ("Dr. Quill Returns", True),
        ("St. Aldric Fair", True),
    ],
)
def test_looks_like_title(inner: str, expected: bool) -> None:
    assert looks_like_title(inner) is expected


@pytest.mark.parametrize(
    ("inner", "after", "expected"),
    [
        ("nobody", " has signed the petition yet.", True),
        ("we will win,", " she said.", False),
        ("we will win", ", she said.", False),
    ],
)
def test_clause_goes_on(inner: str, after: str, expected: bool) -> None:
    assert clause_goes_on(inner, after) is expected


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("was accused of lying", True),
        ("has long been called a liar", True),
        ("openly admired the plan", False),
        ("is a host of the show", False),
    ],
)
def test_is_passive_voice(clause: str, expected: bool) -> None:
    assert is_passive_voice(words_of(clause)) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    [("The plan may be ", True), ("Asked about it, ", False), ("He said: ", False), ("", False)],
)
def test_ends_mid_clause(before: str, expected: bool) -> None:
    assert ends_mid_clause(before) is expected


@pytest.mark.parametrize(
    ("inner", "previous", "expected"),
    [
        ("Harbor Morning Show.", "Wednesday's", True),
        ("The Long Road.", "in", True),
        ("Build It Now.", "shouted", False),
        ("we will win.", "on", False),
    ],
)
def test_names_a_work(inner: str, previous: str, expected: bool) -> None:
    assert names_a_work(inner, previous) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Okafor", True),
        ("McTavish", True),
        ("O'Rourke", True),
        ("CNN", True),
        ("VERMONTVILLE", False),
        ("Canadian", False),
        ("Several", False),
        ("T-cell", False),
        ("Ministry", False),
        ("He", False),
    ],
)
def test_may_be_surname(word: str, expected: bool) -> None:
    assert may_be_surname(word) is expected


@pytest.mark.parametrize(
    ("region", "forward", "expected"),
    [
        (" Sen. Ana Okafor", True, ["Sen", "Ana", "Okafor"]),
        ("Meanwhile Okafor ", False, ["Okafor"]),
        ("the Harbor Council ", False, ["Harbor", "Council"]),
        ("experts from the Harbor Council ", False, []),
        ("Okafor's aide ", False, []),
        (" Lumora's chief executive", True, []),
        ("Harbor Weekly's Oren P. Callis ", False, ["Oren", "P", "Callis"]),
        (" Rep. T.J. Wexley (D-Ore.)", True, ["Rep", "T", "J", "Wexley"]),
    ],
)
def test_capitalized_run(region: str, forward: bool, expected: list[str]) -> None:
    run = capitalized_run(region, words_of(region), forward=forward)
    assert [word.text for word in run] == expected


def test_without_verb_lead() -> None:
    assert without_verb_lead("Ana Ruiz, a strategist, had ") == "Ana Ruiz, a strategist, "
    assert without_verb_lead("Ana Ruiz also quickly ") == "Ana Ruiz "
    assert without_verb_lead("The Harbor Council") == "The Harbor Council"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("a Dorset County Republican", "Dorset County Republican"),
        ("yet another Tarn Valley Democrat,", "Tarn Valley Democrat"),
        ("one senior official", "senior official"),
        ("a spokesman for the ferry company", None),  # the company is named: not unnamed
        ("a long line of riders", None),
        ("the harbour master", None),
        ("a Wexley", None),  # a capitalized last word is a name, not a role
    ],
)
def test_anonymous_source(phrase: str, expected: str | None) -> None:
    assert anonymous_source(phrase) == expected


def test_a_capitalized_word_inside_a_name_in_prose_is_no_speech_verb() -> None:
    words = words_of("sailed to the Faroe Islands and added")
    assert not is_speech_verb(words, 4)  # "Islands"
    assert is_speech_verb(words, 6)  # "added"
    headline = words_of("Vennor Says She Will Run")
    assert is_speech_verb(headline, 1)


def test_went_on_reports_speech() -> None:
    assert _verb_at("Ruiz went on, as if she had not heard", "went")
    assert not _verb_at("Ruiz went home", "went")


def test_put_it_ending_the_words_reports_speech() -> None:
    assert _verb_at("As Ruiz put it", "put")
    assert not _verb_at("Ruiz put it on hold", "put")


def test_a_capitalized_noun_before_of_opening_the_words_is_no_verb() -> None:
    assert not _verb_at("Estimates of turnout vary", "Estimates")
    assert _verb_at("Vennor said of the mayor", "said")
