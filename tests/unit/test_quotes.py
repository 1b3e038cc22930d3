from __future__ import annotations

from pathlib import Path

import pytest

from bot.corpus.models import Article, Paragraph
from bot.knowledge import Knowledge
from bot.quotes.attribution import Attribution, attribute
from bot.quotes.models import QuoteKind


def article(*paragraphs: str, captions: tuple[str, ...] = ()) -> Article:
    return Article(
        slug="t",
        path=Path("t.md"),
        title="Test",
        paragraphs=tuple(Paragraph("t", n, text) for n, text in enumerate(paragraphs, 1)),
        captions=captions,
    )


def quotes_of(*paragraphs: str, captions: tuple[str, ...] = ()) -> Attribution:
    return attribute([article(*paragraphs, captions=captions)])


def direct(attribution: Attribution) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in attribution.quotes if q.kind is QuoteKind.DIRECT]


def reported(attribution: Attribution) -> list[str | None]:
    return [q.speaker for q in attribution.quotes if q.kind is QuoteKind.REPORTED]


# The seed article ----------------------------------------------------------------------

SEED_DIRECT = {
    "Hah Taekjip": (
        "Collaboration between academia and industry",
        "professor at Harvard University",
    ),
    "Hwang Sunghoon": (
        "We will strengthen strategic and practical",
        "Director-General for International Cooperation at the Ministry of Science and ICT",
    ),
    "Han Minyoung": (
        "Diplomacy centered on advanced technologies",
        "Director-General for Climate, Environment, and Science Diplomacy at the Ministry of "
        "Foreign Affairs",
    ),
    "Bae Hoon": ("Advanced science and technology have become", "Minister of Science and ICT"),
    "Kim Jina": (
        "Competitiveness in science and technology",
        "Second Vice Minister of Foreign Affairs",
    ),
}


def test_every_seed_quote_found_once_with_speaker_and_role(seed_knowledge: Knowledge) -> None:
    quotes = [q for q in seed_knowledge.quotes if q.kind is QuoteKind.DIRECT]
    assert len(quotes) == 6
    by_speaker = {q.speaker: q for q in quotes if q.speaker in SEED_DIRECT}
    assert set(by_speaker) == set(SEED_DIRECT)
    for name, (start, role) in SEED_DIRECT.items():
        assert by_speaker[name].text.startswith(start)
        assert by_speaker[name].role == role
    (group,) = [q for q in quotes if q.speaker not in SEED_DIRECT]
    assert group.text.startswith("the framework for international cooperation")
    assert group.speaker is not None and "scholars" in group.speaker
    assert "APCTP" in group.speaker


def test_multi_sentence_quote_is_one_quote(seed_knowledge: Knowledge) -> None:
    (bae,) = [q for q in seed_knowledge.quotes if q.speaker == "Bae Hoon"]
    assert bae.text.endswith("global innovation hub.")
    assert "security. We will" in bae.text


def test_seed_reported_statements(seed_knowledge: Knowledge) -> None:
    statements = [q for q in seed_knowledge.quotes if q.kind is QuoteKind.REPORTED]
    speakers = [q.speaker or "" for q in statements]
    assert "Koo Bonkyung" in speakers
    assert "Kim Kuktae" in speakers
    assert any(s.startswith("Experts from the OECD") for s in speakers)
    assert len(statements) == 3
    (koo,) = [q for q in statements if q.speaker == "Koo Bonkyung"]
    assert "multilateral cooperation is key" in koo.text


def test_titles_in_single_quotes_are_not_quotes(seed_knowledge: Knowledge) -> None:
    texts = " ".join(q.text for q in seed_knowledge.quotes if q.kind is QuoteKind.DIRECT)
    assert "From Biophysics to Global Impact" not in texts
    assert "2025 K-Science" not in texts


def test_caption_alias_and_role_join_the_body_name(seed_knowledge: Knowledge) -> None:
    bae = seed_knowledge.attribution.speaker("Bae Hoon")
    assert bae is not None
    assert "Hoon Bae" in bae.aliases
    assert bae.roles[0] == "Minister of Science and ICT"
    assert any("Deputy Prime Minister" in role for role in bae.roles)
    assert [s.name for s in seed_knowledge.speakers].count("Hoon Bae") == 0


# Patterns, one at a time -------------------------------------------------------------------


def test_curly_quote_after_name_said() -> None:
    found = quotes_of("Lee Jaemin, chief scientist at Orbit Labs, said: “We launch in May.”")
    assert direct(found) == [("Lee Jaemin", "We launch in May.")]
    assert found.quotes[0].role == "chief scientist at Orbit Labs"


def test_said_name_role_after_the_quote() -> None:
    found = quotes_of('"Prices will fall," said Maria Gonzalez, an economist at Banco Sur.')
    assert direct(found) == [("Maria Gonzalez", "Prices will fall")]
    assert found.quotes[0].role == "economist at Banco Sur"


def test_name_said_after_the_quote_and_surname_later() -> None:
    found = quotes_of(
        "Maria Gonzalez, an economist at Banco Sur, spoke first.",
        '"Rates are too high for small firms," Gonzalez said.',
    )
    assert direct(found) == [("Maria Gonzalez", "Rates are too high for small firms")]
    assert "Gonzalez" in found.speakers[0].aliases


def test_split_quote_is_one_quote() -> None:
    found = quotes_of(
        "Park Jiwoo, the environment minister, opened the day.",
        "“The sea is rising,” she said, “and our ports must rise with it.”",
    )
    assert direct(found) == [("Park Jiwoo", "The sea is rising, and our ports must rise with it.")]


def test_quote_running_into_the_next_paragraph() -> None:
    found = quotes_of(
        'Choi Minho, head of the Busan Port Authority, said, "We will double capacity by 2030.',
        '"We have the land, the money and the people to do it."',
    )
    assert direct(found) == [
        (
            "Choi Minho",
            "We will double capacity by 2030. We have the land, the money and the people to do it.",
        )
    ]
    assert found.quotes[0].continues_into == ("t-p2",)
    # The second paragraph's answers cite the same quote and speaker.
    assert found.quotes_in("t-p2") == (found.quotes[0],)


def test_pronoun_resolves_to_most_recent_person() -> None:
    found = quotes_of(
        "The talk was given by Anna Berg, a physicist at Lund University.",
        'She added, "Quantum sensors are ready for hospitals."',
    )
    assert direct(found) == [("Anna Berg", "Quantum sensors are ready for hospitals.")]


def test_title_before_name() -> None:
    found = quotes_of('Environment Minister Park Jiwoo stated, "Coal ends here and now."')
    assert direct(found) == [("Park Jiwoo", "Coal ends here and now.")]
    assert found.quotes[0].role == "Environment Minister"


def test_according_to() -> None:
    found = quotes_of('According to Sato Kenji, "the grid cannot wait another decade."')
    assert direct(found) == [("Sato Kenji", "the grid cannot wait another decade.")]


def test_talk_title_and_scare_quotes_are_not_quotes() -> None:
    found = quotes_of(
        'Anna Berg, a physicist, gave a talk titled "Quantum Bridges 2026" on Monday.',
        'The so-called "green premium" fell, she said.',
    )
    assert direct(found) == []


def test_group_speaker() -> None:
    found = quotes_of(
        "Researchers from institutions such as KAIST and Lund University recommended that "
        '"data sharing rules should be written together."'
    )
    ((speaker, _),) = direct(found)
    assert speaker == "Researchers from institutions such as KAIST and Lund University"


def test_reported_speech_with_role() -> None:
    found = quotes_of(
        "Kim Sora, director of the Ocean Institute, stressed that fishing quotas must fall.",
        "The ministries discussed budgets.",
    )
    assert reported(found) == ["Kim Sora"]
    assert found.quotes[0].text.startswith("Kim Sora, director of the Ocean Institute, stressed")


def test_narrative_without_speech_has_no_statements() -> None:
    found = quotes_of(
        "The final session featured presentations on major projects.",
        "Participating countries shared their policies and discussed how to balance them.",
    )
    assert found.quotes == ()


def test_unknown_pronoun_gives_an_unattributed_quote_not_a_crash() -> None:
    found = quotes_of('He said, "This will not be the last meeting of its kind."')
    assert direct(found) == [(None, "This will not be the last meeting of its kind.")]


@pytest.mark.parametrize(
    "text",
    ['"', "“", '""', 'He said "', '"unclosed and long enough to count as a quote here', "”stray”"],
)
def test_odd_quote_marks_never_crash(text: str) -> None:
    quotes_of(text, text)


def test_group_named_after_the_verb() -> None:
    found = quotes_of(
        '"We will not stop until the plant closes," said protesters outside the gate.'
    )
    assert direct(found) == [
        ("Protesters outside the gate", "We will not stop until the plant closes")
    ]


# Patterns of news English found by new-user articles ------------------------------------


def speakers_of(found: Attribution) -> dict[str, tuple[str, ...]]:
    return {speaker.name: speaker.roles for speaker in found.speakers}


def test_surname_alone_in_narrative_is_the_latest_mention() -> None:
    found = quotes_of(
        'Gloria Vance, the defense lawyer, said "the case is weak and the jury will see it."',
        "Gary Whitfield sat in silence. Whitfield addressed the court before the sentence.",
        '"I am ashamed of what I did," he said.',
    )
    assert direct(found)[-1] == ("Gary Whitfield", "I am ashamed of what I did")


def test_possessive_surname_is_a_mention() -> None:
    found = quotes_of(
        "Dr. Amara Nwosu led the study. Professor James Whitaker called it careful.",
        "Nwosu's team plans a trial. \"That's the only way we'll know for sure,\" she said.",
    )
    assert direct(found) == [("Amara Nwosu", "That's the only way we'll know for sure")]


def test_gender_learned_from_a_pronoun_after_the_only_name() -> None:
    found = quotes_of(
        "Judge Helen Marsh said the fraud weighed heavily in her decision.",
        "Gary Whitfield, the defendant, bowed his head.",
        '"This was a choice you made again and again," she said.',
    )
    assert direct(found) == [("Helen Marsh", "This was a choice you made again and again")]


def test_gender_from_honorific_and_title() -> None:
    found = quotes_of(
        "Councilwoman Patricia Hale voted no. Mr. Tom Brennan runs a hardware store.",
        '"We were never asked about any of this at all," she said.',
    )
    assert direct(found) == [("Patricia Hale", "We were never asked about any of this at all")]


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ('Councilman David Reyes said, "We heard from hundreds."', "David Reyes", "Councilman"),
        (
            'Alderwoman Jane Doe said, "We heard from hundreds."',
            "Jane Doe",
            "Alderwoman",
        ),
        (
            'It left head coach Maria Santos fuming. "No foul there at all," she said.',
            "Maria Santos",
            "head coach",
        ),
        ('Statistician Peter Lang said, "It shrinks the problem."', "Peter Lang", "Statistician"),
        (
            'The author, statistician Peter Lang, said, "It shrinks the problem."',
            "Peter Lang",
            "statistician",
        ),
        (
            'Former Dale County treasurer Gary Whitfield said, "I am ashamed."',
            "Gary Whitfield",
            "Former Dale County treasurer",
        ),
        (
            'Assistant U.S. Attorney Raymond Cole said, "He treated it as his own."',
            "Raymond Cole",
            "Assistant U.S. Attorney",
        ),
        (
            'U.S. District Judge Helen Marsh said, "Remorse came too late."',
            "Helen Marsh",
            "U.S. District Judge",
        ),
        (
            'Harbor City manager Ian Fletcher said: "We were the better side."',
            "Ian Fletcher",
            "Harbor City manager",
        ),
        (
            'City engineer Sandra Liu said, "No block closes for long."',
            "Sandra Liu",
            "City engineer",
        ),
        (
            '"It is the best feeling," said Jordan Webb, a 19-year-old forward who joined in '
            "January.",
            "Jordan Webb",
            "19-year-old forward who joined in January",
        ),
        ('Forecaster Priya Nair said, "It will stay dry."', "Priya Nair", "Forecaster"),
        (
            'The shadow housing secretary, Tom Whitaker, said, "We will vote against it."',
            "Tom Whitaker",
            "shadow housing secretary",
        ),
        (
            'Liberal Democrat housing spokesperson Amira Hussain said, "It does too little."',
            "Amira Hussain",
            "Liberal Democrat housing spokesperson",
        ),
        (
            "The Conservative MP for North Dorset, James Carter, who is no relation, said, "
            '"My constituents are not against homes."',
            "James Carter",
            "Conservative MP for North Dorset",
        ),
        (
            'Janet Okafor, 67, a retired teacher, said, "I looked up and the sky was orange."',
            "Janet Okafor",
            "retired teacher",
        ),
        (
            'Another resident, Tyler Brooks, said, "It was bumper to bumper."',
            "Tyler Brooks",
            "resident",
        ),
        (
            '"Young researchers want to go abroad," said keynote speaker Hyun-suk Cho.',
            "Hyun-suk Cho",
            "keynote speaker",
        ),
        # A lowercase word before a job word is part of the title only when a determiner
        # or a title word leads it, not a verb.
        (
            'The plan would help housing secretary Tom Whitaker. "It works for us," Whitaker said.',
            "Tom Whitaker",
            "secretary",
        ),
    ],
)
def test_titles_and_roles_around_names(sentence: str, name: str, role: str) -> None:
    found = quotes_of(sentence)
    assert speakers_of(found)[name][0] == role


def test_surname_freeman_is_not_a_title() -> None:
    found = quotes_of('"Acting is a long apprenticeship," said Morgan Freeman.')
    assert direct(found) == [("Morgan Freeman", "Acting is a long apprenticeship")]


@pytest.mark.parametrize(
    ("sentence", "speaker", "quoted"),
    [
        (
            "Marcus Webb, the team captain, said the goal was something they had practiced "
            '"a thousand times" in their backyard.',
            "Marcus Webb",
            'practiced "a thousand times" in their backyard.',
        ),
        (
            'Raymond Cole told the court that the defendant "treated the county treasury like '
            'a personal checking account."',
            "Raymond Cole",
            'that the defendant "treated the county treasury',
        ),
        (
            "Mark Chen, an analyst, said the price point was “aggressive” but warned that "
            "battery life could be a dealbreaker.",
            "Mark Chen",
            "battery life could be a dealbreaker",
        ),
        (
            'Ian Fletcher declined to comment, telling reporters he would "leave that to the '
            'people upstairs."',
            "Ian Fletcher",
            '"leave that to the people upstairs."',
        ),
    ],
)
def test_partial_quote_in_reported_clause_is_a_statement(
    sentence: str, speaker: str, quoted: str
) -> None:
    found = quotes_of(sentence)
    (statement,) = [q for q in found.quotes if q.kind is QuoteKind.REPORTED]
    assert statement.speaker == speaker and quoted in statement.text
    # Each quoted fragment of two words or more is the speaker's own words too.
    for who, fragment in direct(found):
        assert who == speaker and f"{fragment}" in statement.text


def test_quoted_fragment_inside_a_statement_is_a_quote_of_its_speaker() -> None:
    found = quotes_of(
        'Priya Raman, the union\'s negotiator, said the offer was "a slap in the face" and '
        "walked out.",
        'Raman said the "so-called compromise" changed nothing.',
    )
    assert direct(found) == [("Priya Raman", "a slap in the face")]
    assert len(reported(found)) == 2


def test_participle_statement_is_not_given_to_the_object() -> None:
    found = quotes_of(
        "A federal judge sentenced former treasurer Gary Whitfield to six years, calling the "
        'scheme "a betrayal of every taxpayer in this county."'
    )
    assert {q.speaker for q in found.quotes} == {None}


def test_unnamed_lede_subject_is_named_by_role_in_the_next_paragraph() -> None:
    found = quotes_of(
        "A federal judge sentenced former treasurer Gary Whitfield to six years, calling the "
        'scheme "a betrayal of every taxpayer in this county."',
        "U.S. District Judge Helen Marsh said the fraud weighed heavily in her decision.",
    )
    assert [q.speaker for q in found.quotes] == ["Helen Marsh"] * 3


def test_quote_right_after_the_verb_stays_direct() -> None:
    found = quotes_of(
        'Gloria Vance said "he has lost everything, his career and his marriage" and asked '
        "for mercy.",
        'Anna Berg explained that, given the delays, "we will build the plant next year."',
    )
    assert [speaker for speaker, _ in direct(found)] == ["Gloria Vance", "Anna Berg"]


def test_told_reporters_that_is_reported_speech() -> None:
    found = quotes_of(
        "Tom Brennan, owner of a hardware store, told reporters that his sales had already "
        "dropped.",
        "The mayor was told to wait for the report before the vote.",
    )
    assert reported(found) == ["Tom Brennan"]


def test_titles_and_markup_in_quotation_marks_are_no_quotes() -> None:
    found = quotes_of(
        'Senator Ana Ruiz said the plan was dead, speaking on Wednesday\'s "Harbor Morning Show."',
        'Ruiz said she had a small role in "The Long Road."',
        '<tweet tweet-date="May 2, 2031">Ruiz said she is "ready for the vote."</tweet>',
    )
    assert [text for _, text in direct(found)] == ["ready for the vote."]


def test_called_a_label_is_not_a_quote() -> None:
    found = quotes_of(
        'The council ended months of debate over what opponents have called a "war on cars."'
    )
    assert found.quotes == ()


@pytest.mark.parametrize(
    ("sentence", "speaker", "fragment"),
    [
        (
            'Mayor Ines Calder called the rezoning plan "a gift to developers."',
            "Ines Calder",
            "a gift to developers.",
        ),
        (
            'Councillor Raj Mehta called Calder "out of touch" at the hearing.',
            "Raj Mehta",
            "out of touch",
        ),
        (
            'Dora Lind accused the board of "hiding the real costs" from parents.',
            "Dora Lind",
            "hiding the real costs",
        ),
        (
            'Owen Kell dismissed the audit as "a political stunt" on Friday.',
            "Owen Kell",
            "a political stunt",
        ),
        (
            'Tess Varga is promising to build "a harbour for everyone" by 2030.',
            "Tess Varga",
            "a harbour for everyone",
        ),
        (
            'Pavel Oru condemned what he called a "reckless gamble" with pensions.',
            "Pavel Oru",
            None,
        ),
    ],
)
def test_quoted_object_is_the_subjects_words(
    sentence: str, speaker: str, fragment: str | None
) -> None:
    found = quotes_of(sentence)
    (statement,) = [q for q in found.quotes if q.kind is QuoteKind.REPORTED]
    assert (statement.speaker, statement.rule) == (speaker, "quoted-object")
    # A fragment of two words or more is a quote; "what he called a ..." is his label.
    assert direct(found) == ([(speaker, fragment)] if fragment else [])


def test_speech_verb_in_its_plain_form_reports_a_groups_words() -> None:
    found = quotes_of(
        'Economists warn that the tariff is "a tax on every family" and will raise prices.'
    )
    assert reported(found) == ["Economists"]
    assert direct(found) == [("Economists", "a tax on every family")]


@pytest.mark.parametrize(
    ("sentence", "speaker", "fragment"),
    [
        (
            '"Troops on the border" would be wise, Republican candidate Dan Moss said after '
            "the vote.",
            "Dan Moss",
            "Troops on the border",
        ),
        (
            '"Farmers have no choice" but to sell the land, says Ana Ruiz, an economist at the '
            "state bank in Lima, Peru.",
            "Ana Ruiz",
            "Farmers have no choice",
        ),
        (
            'The port has been "effectively closed" since May, the shipping agency said.',
            "The shipping agency",
            "effectively closed",
        ),
    ],
)
def test_quote_inside_a_clause_attributed_at_its_end(
    sentence: str, speaker: str, fragment: str
) -> None:
    found = quotes_of(sentence)
    (statement,) = [q for q in found.quotes if q.kind is QuoteKind.REPORTED]
    assert (statement.speaker, statement.rule) == (speaker, "trailing-attribution")
    assert statement.text == sentence
    assert direct(found) == [(speaker, fragment)]


def test_one_quoted_word_mid_clause_before_the_attribution() -> None:
    sentence = (
        'The new tariff may be "strategic," said Jo Hale, an assistant professor at the state '
        "university."
    )
    found = quotes_of(sentence)
    assert [(q.speaker, q.rule, q.text) for q in found.quotes] == [
        ("Jo Hale", "trailing-attribution", sentence)
    ]


def test_short_quote_the_clause_goes_on_after_is_a_fragment() -> None:
    found = quotes_of(
        'Mayor Tom Reyes boasted that "everybody" now copies his timetable.',
        'Reyes said that "we will build it" and left the hall.',
    )
    assert reported(found) == ["Tom Reyes", "Tom Reyes"]
    assert direct(found) == [("Tom Reyes", "we will build it")]


def test_quote_after_a_speech_noun_is_its_owners() -> None:
    found = quotes_of(
        "Senator Ana Ruiz spoke to the harbor board on Monday.",
        'Critics doubted her claim that she had "never seen one invoice" about the deal.',
        'Ruiz\'s recent claim that "thousands" of boats left the port went unchallenged.',
        'The claim that "nobody knew about it" was false.',
    )
    assert [(q.speaker, q.rule) for q in found.quotes if q.kind is QuoteKind.REPORTED] == [
        ("Ana Ruiz", "speech-noun"),
        ("Ana Ruiz", "speech-noun"),
    ]
    assert direct(found) == [("Ana Ruiz", "never seen one invoice")]


def test_fragment_in_a_clause_whose_subject_is_a_person_is_their_statement() -> None:
    found = quotes_of(
        "Ana Ruiz, the port's chief, visited the docks on Monday.",
        'On Tuesday, Ruiz openly admired the deal as "a strong start" for the region.',
    )
    assert [(q.speaker, q.rule) for q in found.quotes] == [("Ana Ruiz", "subjects-clause")]
    # The statement keeps the clause; its fragment is no quote (writers scare-quote too).
    assert found.quotes[0].text.startswith("On Tuesday, Ruiz openly admired")


@pytest.mark.parametrize(
    "sentence",
    [
        'Ruiz was accused of "playing games with the budget" by her rival.',
        'Ruiz and Tom Hale shared "a long and bitter rivalry" for years.',
        'Ruiz\'s new album "Harbor nights and days" sold well.',
        'Ruiz stars in "Harbor Nights" at the Globe.',
        'The city bought a "smart and green" bus fleet in May.',
    ],
)
def test_fragment_in_a_clause_not_of_its_subjects_saying(sentence: str) -> None:
    found = quotes_of("Ana Ruiz, the port's chief, visited the docks on Monday.", sentence)
    assert found.quotes == ()


def test_quoted_object_of_a_passive_or_unnamed_label_is_nobodys() -> None:
    found = quotes_of(
        'Greta Holm was accused of "playing games with the budget" by her rival.',
        'The district bought a reading app called a "tutor in every pocket" last year.',
        'A new ferry dubbed "Sea Swift 2" starts service in May.',
    )
    assert found.quotes == ()


def test_the_company_said_is_the_company_the_article_named() -> None:
    found = quotes_of(
        "Lumora, the augmented-reality start-up, unveiled its first glasses on Tuesday.",
        "In a statement, the company said that it had received more than 40,000 pre-orders.",
        '"Privacy is not an afterthought for us," the company said in a statement.',
    )
    assert [q.speaker for q in found.quotes] == ["Lumora", "Lumora"]


def test_organizations_report_speech() -> None:
    found = quotes_of(
        "Northwind Foods opened a plant in Tacoma on Monday.",
        "The Ministry of Fisheries said in a statement that the quota would be cut by a third.",
        "The port will reopen in May, according to the shipping agency.",
        "The state-run news agency reported that the talks had collapsed.",
        "Separately, the ministry said that two boats had been seized.",
        "The firm reported a loss of $3 million for the quarter.",
    )
    assert [q.speaker for q in found.quotes] == [
        "Ministry of Fisheries",
        "The shipping agency",
        "The state-run news agency",
        "Ministry of Fisheries",  # "the ministry" is the ministry named, not the company
    ]


def test_the_company_said_without_a_named_company() -> None:
    found = quotes_of('"Privacy is not an afterthought for us," the company said.')
    assert direct(found) == [("The company", "Privacy is not an afterthought for us")]


def test_institution_named_before_the_verb_speaks() -> None:
    found = quotes_of(
        "The Alzheimer's Society said in a statement that the study \"adds to a growing body "
        'of evidence" on exercise.',
        "Experts from the World Health Organization stressed that walking helps the brain.",
    )
    assert [q.speaker for q in found.quotes] == [
        "Alzheimer's Society",
        "Alzheimer's Society",  # the quoted fragment of its statement
        "Experts from the World Health Organization",
    ]


def test_shared_surname_is_nobodys_alias_and_lookup_says_so() -> None:
    from bot.quotes.lookup import find_speaker

    found = quotes_of(
        '"It is the best feeling of my life," said Jordan Webb.',
        '"I just put it where I knew he would be," said Marcus Webb.',
        "Webb said he had not slept the night before the final.",
    )
    assert reported(found) == ["Marcus Webb"]  # the latest Webb
    assert all("Webb" not in s.aliases for s in found.speakers)
    lookup = find_speaker(found.speakers, "webb")
    assert lookup.ambiguous and len(lookup.candidates) == 2


def test_alias_of_one_speaker_and_name_of_another_is_ambiguous() -> None:
    from bot.quotes.lookup import find_speaker

    found = attribute(
        [
            article('"We have built the best plant in the state," Ana Webb said. Webb left.'),
            Article(
                slug="u",
                path=Path("u.md"),
                title="Other",
                paragraphs=(Paragraph("u", 1, '"Nobody saw it coming," said Jordan Webb.'),),
            ),
        ]
    )
    lookup = find_speaker(found.speakers, "Webb")
    assert lookup.speaker is None and lookup.ambiguous


def test_being_told_is_not_saying() -> None:
    attribution = quotes_of(
        "Mayor Ann Lee spoke on Monday. She was told that the plant would close next year.",
        "The manager, Tom Hart, told reporters that the plant would stay open.",
    )
    assert [(q.speaker, q.kind) for q in attribution.quotes] == [("Tom Hart", QuoteKind.REPORTED)]


def test_the_speaker_of_the_house_is_a_role() -> None:
    found = quotes_of(
        "The Speaker, Sir Lindsay Hoyle, intervened twice to ask members to lower their voices. "
        '"Order! Order! The House will hear the member," the Speaker said.'
    )
    assert direct(found) == [("Lindsay Hoyle", "Order! Order! The House will hear the member")]
    assert speakers_of(found)["Lindsay Hoyle"] == ("Speaker",)


def test_unattributed_quote_paragraph_continues_the_previous_speaker() -> None:
    found = quotes_of(
        '"What surprised us was the timing," said Dr. Helen Marsh, an epidemiologist.',
        '"We had assumed that the hours alone would protect people. That is not what we saw.',
        '"Even among people who slept enough, chaotic schedules had worse outcomes."',
        "The study was funded by a charity.",
        '"Nobody could have predicted how much this would matter to patients."',
    )
    assert [speaker for speaker, _ in direct(found)] == ["Helen Marsh", "Helen Marsh", None]
    assert found.quotes[1].continues_into == ("t-p3",)


def test_short_quote_after_an_attributed_one_is_the_same_speakers() -> None:
    found = quotes_of(
        "Housing Secretary Rachel Carter opened the debate. "
        '"Every year we fail to build, another generation is locked out," Carter said. '
        '"This bill ends that."'
    )
    assert direct(found)[1] == ("Rachel Carter", "This bill ends that.")
    # Still not after a narrative word: a scare-quoted label is no quote.
    labelled = quotes_of(
        "Housing Secretary Rachel Carter opened the debate. "
        '"We will win this," Carter said. Critics call it the "green corridor."'
    )
    assert [text for _, text in direct(labelled)] == ["We will win this"]


def test_business_words_end_a_company_name_not_a_persons() -> None:
    found = quotes_of(
        "Halvorsen Foods cut its annual profit outlook.",
        "Analyst Sophie Turnbull of Greystone Securities said Northwind was winning share. "
        "She cautioned, however, that Halvorsen's problems were outside management's control.",
    )
    assert "Halvorsen Foods" not in speakers_of(found)
    assert reported(found) == ["Sophie Turnbull", "Sophie Turnbull"]


def test_names_found_in_either_order() -> None:
    from bot.quotes.lookup import find_speaker

    found = quotes_of('"Our job is to build labs," said Hyun-suk Cho, a professor of physics.')
    assert find_speaker(found.speakers, "Cho Hyun-suk").speaker is not None
    assert find_speaker(found.speakers, "hyun-suk cho").speaker is not None


def test_an_attribution_trailing_its_statement() -> None:
    attribution = quotes_of(
        "About 12,000 residents were ordered to evacuate on Tuesday, officials said.",
        "The study cannot prove that poor sleep causes heart disease, the authors noted.",
        "Mayor Ann Lee opened the bridge. Traffic will resume on Monday, she said.",
        "The plant will close next year, the company said in a statement.",
        "Prices rose again in March and April, while wages fell.",
    )
    assert [(q.paragraph_id[-2:], q.speaker) for q in attribution.quotes] == [
        ("p1", "Officials"),
        ("p2", "The authors"),
        ("p3", "Ann Lee"),
        ("p4", "The company"),
    ]
    assert all(q.kind is QuoteKind.REPORTED for q in attribution.quotes)


# Speakers named by capitalized words next to the verb -------------------------------------


def test_lone_surname_before_the_verb_is_a_speaker_never_introduced() -> None:
    found = quotes_of('"The bridge will reopen in June," Okonkwo said.')
    assert direct(found) == [("Okonkwo", "The bridge will reopen in June")]


def test_lone_surname_after_the_verb_and_after_a_title() -> None:
    found = quotes_of(
        '"We counted every ballot twice," said Sen. Valdivia.',
        '"Nobody asked us first," said Mr. Brannigan, who chairs the board.',
    )
    assert direct(found) == [
        ("Valdivia", "We counted every ballot twice"),
        ("Brannigan", "Nobody asked us first"),
    ]


def test_lone_surname_joins_the_full_name_introduced_before() -> None:
    found = quotes_of(
        "Teodora Lindqvist, 52, walked the flooded street on Monday.",
        '"I have never seen water this high," Lindqvist said.',
    )
    assert direct(found) == [("Teodora Lindqvist", "I have never seen water this high")]
    assert "Lindqvist" in found.speaker("Teodora Lindqvist").aliases


def test_capitalized_words_that_are_no_name_are_an_organization() -> None:
    found = quotes_of('"The talks were productive," the Harbor Council said.')
    assert direct(found) == [("Harbor Council", "The talks were productive")]


@pytest.mark.parametrize(
    "sentence",
    [
        '"The plan is dead," Several said.',
        '"The plan is dead," Canadian officials said.',
        '"The plan is dead," VERMONTVILLE said.',
    ],
)
def test_quantifiers_nationalities_and_datelines_are_never_speakers(sentence: str) -> None:
    assert direct(quotes_of(sentence)) == [(None, "The plan is dead")]


def test_organization_after_a_preposition_leaves_the_group_speaking() -> None:
    found = quotes_of(
        "Engineers from the Tidewater Institute warned that the levee needs urgent repairs."
    )
    assert reported(found) == ["Engineers from the Tidewater Institute"]


def test_long_appositive_between_the_name_and_the_verb() -> None:
    found = quotes_of(
        '"We will appeal," Dana Whitcombe, who has chaired the zoning board for more than a '
        "decade and lives two streets from the site, told reporters."
    )
    assert direct(found) == [("Dana Whitcombe", "We will appeal")]


def test_quote_ending_in_its_own_stop_mark_is_attributed_by_the_next_short_sentence() -> None:
    found = quotes_of(
        "Former Gov. Ines Carvalho toured the plant.",
        '"What a day for this town!" Carvalho said. The plant opens in May.',
    )
    assert direct(found) == [("Ines Carvalho", "What a day for this town!")]


def test_the_next_sentence_attributes_only_when_it_opens_with_the_attribution() -> None:
    found = quotes_of('"We are ready." Later that week the council said the vote would wait.')
    assert direct(found) == []


def test_pronoun_prefers_the_subject_of_the_previous_sentence() -> None:
    found = quotes_of(
        "Rosa Delgado, who once worked for Victor Lindgren, backs the measure.",
        '"It is overdue," she said.',
        "Omar Haddad spoke next.",
        '"He said Lindgren would oppose it," he said.',
    )
    assert [speaker for speaker, _ in direct(found)] == ["Rosa Delgado", "Omar Haddad"]


def test_pronoun_does_not_take_a_person_named_later_in_its_sentence() -> None:
    found = quotes_of(
        "Kwame Mensah chairs the committee.",
        'He said Ines Morel had "misread the whole budget line by line."',
    )
    assert direct(found) == [("Kwame Mensah", "misread the whole budget line by line.")]


def test_more_ways_of_saying_and_speech_words_used_as_nouns() -> None:
    found = quotes_of(
        'Okafor tweeted that the vote was "a win for every renter in the city."',
        "The answers to the survey were mixed, according to the report.",
        'The board passed a motion declaring June "Clean River Month."',
    )
    assert direct(found) == [("Okafor", "a win for every renter in the city.")]
    assert reported(found) == ["Okafor"]


def test_verb_after_an_appositive_belongs_to_the_name_it_describes() -> None:
    found = quotes_of(
        "Ana Ruiz, a consultant who used to work for Tom Hale, wrote in an email: "
        '"This was the worst opening night in years."',
        "Ivo Marek, a professor who advised Sen. Greta Holm (R-Ore.), one of the bill's "
        'authors, called it "a slow fix for a fast problem in the schools."',
    )
    assert [speaker for speaker, _ in direct(found)] == ["Ana Ruiz", "Ivo Marek"]


def test_participle_after_an_introductory_phrase_belongs_to_the_main_subject() -> None:
    found = quotes_of(
        "Paulo Brandt spoke on Monday.",
        "In a long speech, Brandt attacked Mayor Irene Soto, calling her "
        '"the most careless mayor this city has had."',
    )
    assert direct(found) == [("Paulo Brandt", "the most careless mayor this city has had.")]


def test_full_name_after_the_verb_beats_a_word_that_describes_it() -> None:
    found = quotes_of(
        "Ted Oduya toured the county.",
        '"We are ready," said Oduya volunteer Mina Park.',
        '"We are not," said former Vermont Gov. Lena Brook.',
    )
    assert [speaker for speaker, _ in direct(found)] == ["Mina Park", "Lena Brook"]


def test_korean_names_in_either_order_and_spelling_are_one_person() -> None:
    found = quotes_of(
        'Lee Jae-min, director of the Seoul Robotics Lab, said: "We ship in May."',
        '"The chips are ready," said Jaemin Lee.',
        '"Costs fell by half," Lee added.',
        'Park Soo-ah, a rival engineer, said: "Not before autumn."',
    )
    assert direct(found) == [
        ("Lee Jae-min", "We ship in May."),
        ("Lee Jae-min", "The chips are ready"),
        ("Lee Jae-min", "Costs fell by half"),
        ("Park Soo-ah", "Not before autumn."),
    ]


def test_two_people_sharing_a_korean_surname_stay_apart() -> None:
    found = quotes_of(
        'Kim Min-jun, a trader, said: "Prices will rise."',
        'Kim Seo-yeon, an economist, said: "Prices will fall."',
    )
    assert [speaker for speaker, _ in direct(found)] == ["Kim Min-jun", "Kim Seo-yeon"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            'Commission President Helga von der Brink said: "We agree with them."',
            "Helga von der Brink",
        ),
        ('"We agree with them," said Pieter de Wolde, a farmer.', "Pieter de Wolde"),
        ('"We agree with them," said Faisal bin Qarun, the envoy.', "Faisal bin Qarun"),
    ],
)
def test_names_with_lowercase_particles(sentence: str, name: str) -> None:
    ((speaker, text),) = direct(quotes_of(sentence))
    assert speaker == name and text.startswith("We agree with them")


def test_signed_quote_party_in_parentheses_and_title_before_a_name_word() -> None:
    found = quotes_of(
        '"The river is the town." ― Marisol Quiroga',
        '"We will fund it," Rep. Dane Holloway (D-Vt.) said.',
        '"We vote at noon on the new budget." US Senator Ada Hedges said after the break.',
    )
    assert [speaker for speaker, _ in direct(found)] == [
        "Marisol Quiroga",
        "Dane Holloway",
        "Ada Hedges",
    ]


@pytest.mark.parametrize("name", ["Fiona McTavish", "Liam O'Rourke", "Ana DeLuca"])
def test_names_with_an_inner_capital_or_an_apostrophe(name: str) -> None:
    found = quotes_of(f'"The harbor needs dredging now," said {name}, a pilot.')
    assert direct(found) == [(name, "The harbor needs dredging now")]


def test_a_surname_that_spoke_first_joins_the_full_name_given_later() -> None:
    found = quotes_of(
        '"The dam will hold," Okereke said.',
        "Ada Okereke, the county engineer, inspected it again on Friday.",
        '"It held through the night," she said.',
    )
    assert [speaker for speaker, _ in direct(found)] == ["Ada Okereke", "Ada Okereke"]
    (speaker,) = found.speakers
    assert speaker.aliases == ("Okereke",) and speaker.roles == ("county engineer",)


def test_programme_and_slogan_titles_in_quotes_are_not_speech() -> None:
    found = quotes_of(
        'Mendes said on the "Harbor Morning Show" that the "Green Start 2030" plan would '
        "cut emissions by half.",
        'Rallies closed with "Build The Bridge Now" chants.',
    )
    assert direct(found) == []
    assert reported(found) == ["Mendes"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Since Portugal joined the union, the Harbor Charter says that ports must share data.",
        "Some Flemish settlers wrote that the valley was fertile and the winters were mild.",
        "Roman Catholic clergy argued that the tax was unjust to every parish in the land.",
        "The T-cell response suggests that the vaccine works in older patients as well.",
    ],
)
def test_places_faiths_documents_and_sentence_openers_are_not_people(sentence: str) -> None:
    found = quotes_of(sentence)
    assert all(
        speaker.kind.value == "group" or " " not in speaker.name for speaker in found.speakers
    )
    assert not {"Since Portugal", "Some Flemish", "Roman Catholic", "T-cell", "Harbor Charter"} & {
        speaker.name for speaker in found.speakers
    }


def test_a_name_with_an_initial_next_to_the_verb_is_a_person() -> None:
    found = quotes_of('The historian Amos Q. Whitlock wrote that "the harbor made the town."')
    assert [(s.name, s.kind.value) for s in found.speakers] == [("Amos Q. Whitlock", "person")]


def test_a_role_ends_where_the_next_person_begins() -> None:
    found = quotes_of(
        "The panel included Ana Ruiz, minister of transport, and Tomas Berg, director of the "
        "port authority.",
        '"We agree on the plan," Ruiz said.',
        '"So do we, for now," Berg added.',
    )
    assert found.speaker("Ana Ruiz").roles == ("minister of transport",)
    assert found.speaker("Tomas Berg").roles == ("director of the port authority",)


def test_according_to_makes_a_statement_of_a_person_or_organization_not_a_study() -> None:
    found = quotes_of(
        "According to the agency, the port will reopen in May after repairs.",
        "Fees will rise by a third next year, according to Ana Ruiz.",
        "According to the study, sleep matters more than diet.",
    )
    assert reported(found) == ["The agency", "Ana Ruiz"]
    assert {q.rule for q in found.quotes} == {"according-to"}


def test_gender_from_a_common_given_name_guides_she_and_he() -> None:
    found = quotes_of(
        "Peter Halvard met Margaret Oyelaran at the depot.",
        '"We signed the lease this morning," she said.',
    )
    assert direct(found) == [("Margaret Oyelaran", "We signed the lease this morning")]


def test_a_two_word_quote_right_after_its_attribution_is_a_quote() -> None:
    found = quotes_of(
        'Htun Aye, the party chairman, told reporters simply, "We lost."',
        'The phone has a setting the maker calls "Quiet Hours," which mutes alerts.',
    )
    assert direct(found) == [("Htun Aye", "We lost.")]


@pytest.mark.parametrize(
    "sentence",
    [
        '"The count is wrong," said an Idaho Democrat who asked not to be named.',
        '"The count is wrong," said a Lisbon-based lawyer.',
        '"The count is wrong," Senate Minority Leader Odile Brandt said.',
    ],
)
def test_descriptions_are_not_names(sentence: str) -> None:
    names = {speaker.name for speaker in quotes_of(sentence).speakers}
    assert not names & {"Idaho Democrat", "Lisbon-based", "Senate Minority"}


def test_a_caption_position_is_no_role() -> None:
    found = quotes_of(
        'Harbor Minister Tomas Adebayo said, "The new berths open in May."',
        captions=("Harbor Minister Tomas Adebayo, left, and envoy Ilse Marten shake hands.",),
    )
    roles = {s.name: s.roles for s in found.speakers}
    assert roles["Tomas Adebayo"]
    assert not any("left" in role or "shake" in role for role in roles["Tomas Adebayo"])


def test_a_courtesy_title_is_no_role() -> None:
    found = quotes_of(
        'Nadia Ferreira, who leads the tidal project, said, "We are two years ahead."',
        'Dr. Ferreira added, "The turbines are quiet enough for the seals."',
    )
    speaker = next(s for s in found.speakers if s.name == "Nadia Ferreira")
    assert "Dr" not in speaker.roles
    assert [q for q, _ in direct(found)] == ["Nadia Ferreira", "Nadia Ferreira"]


def test_a_subordinate_clause_conjunction_is_no_part_of_a_group() -> None:
    found = quotes_of(
        "The fair drew a record crowd on Sunday, as organizers said the ferry had doubled "
        "its sailings."
    )
    assert not any(s.name.lower().startswith("as ") for s in found.speakers)
