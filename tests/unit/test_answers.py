from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.knowledge import Knowledge, build_knowledge
from bot.quotes.models import QuoteKind
from bot.search.answer import answer
from bot.search.question import QuestionError

QUESTIONS: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "seed_questions.yaml").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("case", QUESTIONS, ids=[case["question"] for case in QUESTIONS])
def test_seed_questions(seed_knowledge: Knowledge, case: dict[str, Any]) -> None:
    result = answer(seed_knowledge, case["question"])
    if case.get("decline"):
        assert result is None, f"answered with {result and result.paragraph.id}"
        return
    assert result is not None, "declined"
    assert result.paragraph.number == case["paragraph"]
    assert result.text in result.paragraph.text or result.quote is not None
    if "speaker" in case:
        speaker = result.speaker.name if result.speaker else None
        assert speaker == case["speaker"]


def test_question_set_is_big_enough() -> None:
    assert len(QUESTIONS) >= 20
    assert sum(1 for case in QUESTIONS if case.get("decline")) >= 8


def test_quote_leads_when_the_paragraph_has_one(seed_knowledge: Knowledge) -> None:
    result = answer(seed_knowledge, "What did the science minister say about AI?")
    assert result is not None and result.quote is not None
    assert result.quote.kind is QuoteKind.DIRECT
    assert result.text.startswith("Advanced science and technology")
    assert result.role == "Minister of Science and ICT"


def test_statement_leads_when_there_is_no_quote(seed_knowledge: Knowledge) -> None:
    result = answer(seed_knowledge, "What did Koo Bonkyung stress?")
    assert result is not None and result.quote is not None
    assert result.quote.kind is QuoteKind.REPORTED


def test_alternatives_are_other_paragraphs(seed_knowledge: Knowledge) -> None:
    result = answer(seed_knowledge, "international cooperation in science and technology", top=4)
    assert result is not None
    chain = [result, *result.alternatives]
    assert len(chain) >= 2
    assert len({a.paragraph.id for a in chain}) == len(chain)


@pytest.mark.parametrize(
    "question", ["", " \t\n ", "?!?", "🙂🙂", "x" * 301, "\u200b\u200d\u202e", "what is it?"]
)
def test_unusable_questions_raise_a_clear_error(seed_knowledge: Knowledge, question: str) -> None:
    with pytest.raises(QuestionError) as caught:
        answer(seed_knowledge, question)
    assert str(caught.value)


def test_markdown_and_odd_unicode_are_just_text(seed_knowledge: Knowledge) -> None:
    result = answer(seed_knowledge, "**keynote** `speech` ＫＥＹＮＯＴＥ \u200bspeech")
    assert result is not None and result.paragraph.number == 3


SECOND_ARTICLE_QUESTIONS = [
    ("What did the fisheries minister say about climate policy?", 2, "Park Jiwoo"),
    ("What did the Korea Maritime Institute vice president say?", None, "Lee Seojin"),
    ("What did Seojin Lee say about connecting ports?", 4, "Lee Seojin"),
    ("What did the economist say about green fuel prices?", 6, "Maria Gonzalez"),
    ("Can quantum sensors replace satellite signals?", 7, "Okafor Daniel"),
    ("What did the researchers recommend about sensor data?", 8, None),
    ("How can older vessels cut fuel use?", 9, "Choi Hyunwoo"),
    ("Where will the next meeting be held?", 11, None),  # the sentence with the city
]


@pytest.mark.parametrize(("question", "paragraph", "speaker"), SECOND_ARTICLE_QUESTIONS)
def test_second_article_questions(
    second_knowledge: Knowledge, question: str, paragraph: int | None, speaker: str | None
) -> None:
    result = answer(second_knowledge, question)
    assert result is not None
    if paragraph is not None:  # None: any of the speaker's paragraphs answers it
        assert result.paragraph.number == paragraph
    if speaker is not None:
        assert result.speaker is not None and result.speaker.name == speaker


@pytest.mark.parametrize("question", ["What did the science minister say about AI?", "kimchi"])
def test_second_article_declines_seed_questions(second_knowledge: Knowledge, question: str) -> None:
    assert answer(second_knowledge, question) is None


def test_raw_wire_page_answers_by_abbreviated_title(tmp_path: Path) -> None:
    source = Path(__file__).parent / "articles" / "wire_chip_plant.txt"
    (tmp_path / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    knowledge = build_knowledge(tmp_path)
    result = answer(knowledge, "What did the Texas governor say?")
    assert result is not None and result.speaker is not None
    assert result.speaker.name == "Dana Whitfield"
    assert result.article.publisher == "Yonhap News Agency"


TWO_SPEAKERS = "\n\n".join(
    [
        "---\ntitle: Clinic hours extended\npublisher: Test Gazette\ndate: 2026-02-01\n---",
        "The health board extended clinic hours across the county on Monday.",
        '"Waiting times for appointments have fallen every month since the change," '
        "said Nora Quill, the board's chair.",
        'Waiting times still worry Dr. Omar Tane, a family doctor. "Patients wait too long '
        'for appointments in the rural clinics," Tane said.',
    ]
)


def test_a_named_speaker_answers_before_others_on_the_topic(tmp_path: Path) -> None:
    (tmp_path / "clinic.md").write_text(TWO_SPEAKERS, encoding="utf-8")
    knowledge = build_knowledge(tmp_path)
    for name in ("Tane", "Quill"):
        question = f"What did {name} say about waiting times for appointments in rural clinics?"
        result = answer(knowledge, question)
        assert result is not None and result.speaker is not None
        assert name in result.speaker.name.split()


def test_a_person_the_articles_never_mention_is_declined(tmp_path: Path) -> None:
    (tmp_path / "clinic.md").write_text(TWO_SPEAKERS, encoding="utf-8")
    knowledge = build_knowledge(tmp_path)
    assert answer(knowledge, "What did the board's chair say about clinic hours?") is not None
    assert answer(knowledge, "What did Marcel Quint say about clinic hours?") is None


BROTHERS = "\n\n".join(
    [
        "---\ntitle: Cup semifinal\npublisher: Test Gazette\ndate: 2026-03-01\n---",
        "Jordan Webb scored late as Riverside reached the final on Sunday.",
        '"I just put the ball where I knew Jordan would be," said Marcus Webb, the captain.',
        '"It is the best feeling of my life," said Jordan Webb, a forward.',
        "Webb said he had not slept the night before because of nerves.",
        "Lena Park, the club's chief executive, said ticket prices would stay the same.",
    ]
)


def test_the_speaker_matching_most_of_the_name_answers(tmp_path: Path) -> None:
    (tmp_path / "cup.md").write_text(BROTHERS, encoding="utf-8")
    knowledge = build_knowledge(tmp_path)
    result = answer(knowledge, "What did Jordan Webb say?")
    assert result is not None and result.speaker is not None
    assert result.speaker.name == "Jordan Webb"
    assert result.quote is not None and result.quote.kind is QuoteKind.DIRECT


def test_role_initials_find_the_title_spelled_out(tmp_path: Path) -> None:
    (tmp_path / "cup.md").write_text(BROTHERS, encoding="utf-8")
    knowledge = build_knowledge(tmp_path)
    result = answer(knowledge, "What did the CEO say?")
    assert result is not None and result.speaker is not None
    assert result.speaker.name == "Lena Park"


BRIDGE = "\n\n".join(
    [
        "---\ntitle: Bridge repairs\npublisher: Test Gazette\ndate: 2026-04-01\n---",
        "The bridge budget for the river crossing rose again; the bridge budget now covers "
        "new cables for the old bridge.",
        "Transport officials met on Monday to review several road projects in the county.",
        '"We cannot let the bridge budget grow every year," said Ada Lund, a county official.',
    ]
)


def test_what_was_said_leads_with_a_quote_over_narrative(tmp_path: Path) -> None:
    (tmp_path / "bridge.md").write_text(BRIDGE, encoding="utf-8")
    knowledge = build_knowledge(tmp_path)
    told = answer(knowledge, "Tell me about the bridge budget")
    assert told is not None and told.speaker is None  # the narrative ranks first by BM25
    said = answer(knowledge, "What was said about the bridge budget?")
    assert said is not None and said.speaker is not None
    assert said.speaker.name == "Ada Lund"


def test_lowercase_topic_words_do_not_name_a_speaker(tmp_path: Path) -> None:
    (tmp_path / "park.md").write_text(
        "\n\n".join(
            [
                "---\ntitle: Parks\n---",
                "The budget of the new park downtown doubled to $4 million this year.",
                '"Our budget for trees is tight," said Rose Park, a city planner.',
            ]
        ),
        encoding="utf-8",
    )
    knowledge = build_knowledge(tmp_path)
    result = answer(knowledge, "What is the budget of the new park?")
    assert result is not None and result.speaker is None
    said = answer(knowledge, "What did Park say about the budget?")
    assert said is not None and said.speaker is not None and said.speaker.name == "Rose Park"


FIRE = "\n\n".join(
    [
        "---\ntitle: Fire jumps highway\npublisher: Test Gazette\ndate: 2026-08-14\n---",
        "Fire Chief Maria Delgado said crews had pulled back from the ridgeline overnight.",
        '"The wind is the whole story right now," Delgado said.',
        "Analysts and residents watched the governor's briefing on the evacuation routes.",
        "The governor, Alan Whitfield, said 400 National Guard members would help with traffic.",
        '"Nobody should wait for a second warning," Whitfield said.',
        '"We trust the governor," said Ann Ruiz, a resident.',
        *(f"Crews cleared brush along road {n} before the winds returned." for n in range(10)),
    ]
)


@pytest.mark.parametrize(
    "question",
    ["What did Delgado say about the election?", "What did the mayor say about the evacuation?"],
)
def test_a_named_person_off_topic_or_an_absent_role_is_declined(
    tmp_path: Path, question: str
) -> None:
    (tmp_path / "fire.md").write_text(FIRE, encoding="utf-8")
    assert answer(build_knowledge(tmp_path), question) is None


def test_a_role_alone_leads_with_its_holders_verbatim_words(tmp_path: Path) -> None:
    (tmp_path / "fire.md").write_text(FIRE, encoding="utf-8")
    knowledge = build_knowledge(tmp_path)
    result = answer(knowledge, "What did the governor say?")
    assert result is not None and result.quote is not None
    assert (result.speaker.name if result.speaker else None) == "Alan Whitfield"
    assert result.quote.kind is QuoteKind.DIRECT
    wind = answer(knowledge, "What did Delgado say about the wind?")
    assert wind is not None and wind.text == "The wind is the whole story right now"


def test_a_title_written_as_initials_answers_a_question_spelling_it_out(tmp_path: Path) -> None:
    (tmp_path / "earnings.md").write_text(
        "\n\n".join(
            [
                "---\ntitle: Earnings\n---",
                "Northwind reported higher profits on Tuesday as online sales grew.",
                '"Our customers are shopping with us in more ways than ever," said Northwind '
                "CEO Rebecca Lindqvist.",
                '"Margins improved in every category," said Marcus Osei, the finance director.',
            ]
        ),
        encoding="utf-8",
    )
    result = answer(build_knowledge(tmp_path), "What did the chief executive say?")
    assert result is not None and result.speaker is not None
    assert result.speaker.name == "Rebecca Lindqvist"


def test_a_misspelt_seed_speaker_is_read_as_the_close_name(seed_knowledge: Knowledge) -> None:
    result = answer(seed_knowledge, "What did Bae Hun say?")
    assert result is not None and result.speaker is not None
    assert result.speaker.name == "Bae Hoon"
    assert result.read_as == (("Bae Hun", "Bae Hoon"),)


def test_a_shared_surname_answers_with_each_speaker(seed_knowledge: Knowledge) -> None:
    result = answer(seed_knowledge, "What did Kim say?")
    assert result is not None
    speakers = {a.speaker.name for a in (result, *result.alternatives) if a.speaker}
    assert {"Kim Jina", "Kim Kuktae"} <= speakers


_LAB_ARTICLE = """---
title: Open labs draw young researchers to Gwangju
publisher: Harbor Daily
date: 2026-03-02
---

The city of Gwangju opened three shared laboratories on Monday, its science office said.

Kang Ha-eun, director of the Gwangju Science Office, said, "Open laboratories draw young
researchers from every continent, and they stay when the work is good."

Park Do-hyun, a chemist who moved from Lyon, said the equipment was "better than anything
I had in France."
"""


@pytest.fixture(scope="module")
def lab_knowledge(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    directory = tmp_path_factory.mktemp("labs")
    (directory / "labs.md").write_text(_LAB_ARTICLE, encoding="utf-8")
    return build_knowledge(directory)


@pytest.mark.parametrize(
    "question",
    [
        "What did Kang Ha-eun say?",
        "What did Ha-eun Kang say?",  # given name first, as much English coverage writes it
        "What did Haeun Kang say?",
        "WHAT DID KANG HA-EUN SAY?",  # typed in capitals
    ],
)
def test_a_korean_name_in_either_order_or_in_capitals_finds_the_speaker(
    lab_knowledge: Knowledge, question: str
) -> None:
    result = answer(lab_knowledge, question)
    assert result is not None, "declined"
    assert result.speaker is not None and "Kang" in result.speaker.name
    assert "Open laboratories" in result.text


def test_example_questions_ask_about_what_the_speaker_talks_about(tmp_path: Path) -> None:
    from bot.search.examples import example_questions

    (tmp_path / "a.md").write_text(
        "---\ntitle: Ferry talks\n---\n\n"
        'Mira Solberg, the port director, said, "We already said it, we already know it: '
        'the ferries need new moorings."\n\n'
        "The council met on Tuesday to discuss the harbor budget.\n",
        encoding="utf-8",
    )
    questions = example_questions(build_knowledge(tmp_path), count=1)
    assert questions and questions[0].startswith("What did Mira Solberg say about ")
    assert "already" not in questions[0]


_ANOTHER_FORUM_STORY = """---
title: Young researchers ask for faster visas at science forum
publisher: Harbor Daily
date: 2025-12-10
---

A panel of early-career scientists held the largest audience of the forum's afternoon, as
speakers asked for faster visas and more joint laboratories.

"Talent does not wait for paperwork," said Mira Solberg, a marine chemist, adding that she
had attended three such forums abroad.

About 80 people attended the panel, which ran 30 minutes over schedule.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When was the forum held?", "December 9"),
        ("Where was the forum held?", "Conrad Hotel"),
        ("How many participants attended?", "200 participants"),
    ],
)
def test_seed_when_where_how_many_still_answer_with_another_article_beside_it(
    tmp_path: Path, question: str, expected: str
) -> None:
    from tests.conftest import CORPUS_DIR

    for source in CORPUS_DIR.glob("*.md"):
        (tmp_path / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "panel.md").write_text(_ANOTHER_FORUM_STORY, encoding="utf-8")
    result = answer(build_knowledge(tmp_path), question)
    assert result is not None, "declined"
    assert expected in result.text
