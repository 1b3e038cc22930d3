"""Who said it: speaker rules of direct quotes, each with invented sentences."""

from __future__ import annotations

from pathlib import Path

from bot.corpus.models import Article, Paragraph
from bot.quotes.attribution import Attribution, attribute
from bot.quotes.mentions import find_names
from bot.quotes.models import QuoteKind
from bot.quotes.spans import double_quote_spans


def quotes_of(*paragraphs: str) -> Attribution:
    return attribute(
        [
            Article(
                slug="t",
                path=Path("t.md"),
                title="Test",
                paragraphs=tuple(Paragraph("t", n, text) for n, text in enumerate(paragraphs, 1)),
            )
        ]
    )


def direct(attribution: Attribution) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.rule) for q in attribution.quotes if q.kind is QuoteKind.DIRECT]


def test_lead_in_ending_a_paragraph_names_the_speaker_of_the_next() -> None:
    found = quotes_of(
        "Marta Quillon, the harbour master, spoke after the vote. Quillon continued:",
        '"We will dredge the channel this winter and open the new berth in spring."',
    )
    assert direct(found) == [("Marta Quillon", "lead-in-paragraph")]


def test_lead_in_by_an_organization() -> None:
    found = quotes_of(
        "The Harbor Gazette reported on Tuesday:",
        '"Three ferries were held in port for most of the morning as fog rolled in."',
    )
    assert direct(found) == [("Harbor Gazette", "lead-in-paragraph")]


def test_a_colon_naming_nobody_gives_no_speaker() -> None:
    found = quotes_of(
        "Marta Quillon spoke after the vote. The notice read as follows:",
        '"All vessels must report to the harbour office before mooring overnight."',
    )
    assert direct(found) == [(None, "")]


def test_appositive_head_before_an_auxiliary_and_its_verb() -> None:
    found = quotes_of(
        "Ilse Marchetti, whom Tobias Brandvold beat in the primary, had warned that "
        'the levy was "a burden on every family in the valley."'
    )
    assert [q.speaker for q in found.quotes] == ["Ilse Marchetti", "Ilse Marchetti"]


def test_surname_opening_a_sentence_is_the_person_he_refers_to() -> None:
    found = quotes_of(
        "Tobias Brandvold spoke first and promised lower fares.",
        'Marchetti waved his hand. "The fares will not fall this year," he said.',
    )
    assert direct(found) == [("Marchetti", "verb-after-quote")]


def test_a_place_before_a_preposition_is_no_subject() -> None:
    found = quotes_of(
        "Tobias Brandvold spoke first and promised lower fares.",
        'Harwick in winter is quiet. "The fares will not fall this year," he said.',
    )
    assert direct(found) == [("Tobias Brandvold", "verb-after-quote")]


def test_a_state_opening_a_sentence_is_no_person() -> None:
    found = quotes_of(
        "Tobias Brandvold spoke first and promised lower fares.",
        'Ostland was only doing its job, he told the court. "The fares will fall," he said.',
    )
    assert direct(found) == [("Tobias Brandvold", "verb-after-quote")]


def test_title_words_and_sentence_openers_are_no_names() -> None:
    def names(text: str) -> list[str]:
        return [name for _, _, name in find_names(text)]

    assert names("Former Ostland governor Ilse Marchetti spoke.") == ["Ilse Marchetti"]
    assert names("Was Marchetti right about the fares?") == []
    assert names("Evening co-Anchor Dara Whitcombe asked.") == ["Dara Whitcombe"]
    assert names("Harbor General Counsel Ines Alvaro wrote.") == ["Ines Alvaro"]
    assert names("Kentuckian Ilse Marchetti said.") == ["Ilse Marchetti"]
    assert names("Then Ilse Marchetti took the floor.") == ["Ilse Marchetti"]
    assert names("When Ilse Marchetti arrived, the vote began.") == ["Ilse Marchetti"]
    assert names("Harbor Watch president Ines Alvaro said.") == ["Ines Alvaro"]
    assert names("Ines Alvaro told reporter Dara Okafor.") == ["Ines Alvaro", "Dara Okafor"]


def test_said_the_rev_and_dotted_initials_stay_in_one_sentence() -> None:
    found = quotes_of(
        '"The doors stay open all night," said the Rev. Ines Alvaro of the harbour chapel.',
        '"We agree with the plan," said A.E. Dara Whitcombe, a retired pilot.',
    )
    assert [q.speaker for q in found.quotes] == ["Ines Alvaro", "Dara Whitcombe"]


def test_quote_after_one_running_on_from_the_paragraph_before_keeps_its_speaker() -> None:
    found = quotes_of(
        '"The ferry is late again," Dara Whitcombe said. "We wait and we wait.',
        '"Nobody answers the phone," she said. "Nobody at all wants to hear about it."',
    )
    assert [q.speaker for q in found.quotes] == ["Dara Whitcombe"] * 3


def test_words_opening_a_clause_are_not_part_of_the_speaker_name() -> None:
    found = quotes_of(
        'Even Ilse Marchetti said, "the ferry is late again."',
        '"The ferry is late again," From Dara Whitcombe wrote.',
        'When Alvaro asked, "will the ferry be late again?"',
    )
    assert [q.speaker for q in found.quotes] == ["Ilse Marchetti", "Dara Whitcombe", "Alvaro"]


def test_pronoun_after_a_name_in_its_own_sentence_refers_to_that_name() -> None:
    found = quotes_of(
        "Tobias Brandvold opened the meeting.",
        "Ilse Marchetti spoke next, telling the council, "
        '"the ferry is late again," and she added, "nobody answers the phone."',
    )
    assert [q.speaker for q in found.quotes] == ["Ilse Marchetti", "Ilse Marchetti"]


def test_pronoun_before_a_name_in_its_own_sentence_is_not_that_name() -> None:
    found = quotes_of(
        "Tobias Brandvold opened the meeting.",
        'He said Dara Okafor had lied: "the ferry was never late."',
    )
    assert [q.speaker for q in found.quotes if q.kind is QuoteKind.DIRECT] == [
        "Tobias Brandvold"
    ]


def test_surname_naming_whose_aide_someone_is_is_not_the_subject() -> None:
    found = quotes_of(
        "Tobias Brandvold opened the meeting.",
        'Brandvold aide Ilse Marchetti defended the plan. "The ferry runs on time," she said.',
        'Brandvold told Dara Okafor to wait. "Later," he said, "we will talk about it."',
    )
    assert [q.speaker for q in found.quotes if q.kind is QuoteKind.DIRECT] == [
        "Ilse Marchetti",
        "Tobias Brandvold",
    ]


def test_a_common_given_name_tells_she_from_he() -> None:
    found = quotes_of(
        "Tobias Brandvold spoke first. Wendy Marchetti took the floor next.",
        '"The ferry runs on time," he said.',
    )
    assert [q.speaker for q in found.quotes] == ["Tobias Brandvold"]


def test_employer_before_a_job_title_and_title_abbreviations_after_the_verb() -> None:
    found = quotes_of(
        '"The ferry is late again," said Harbor Watch President Ines Alvaro.',
        '"The ferry is late again," said Navy spokesman Capt. Dara Okafor.',
    )
    assert [q.speaker for q in found.quotes] == ["Ines Alvaro", "Dara Okafor"]


def test_a_title_and_a_surname_alone_introduce_a_person() -> None:
    found = quotes_of(
        "Ms. Alvaro opened the meeting. Mr. Okafor spoke about the harbor for an hour.",
        '"The ferry is late again," he said.',
        'Sen. Whitcombe listened. "It always is," the senator said.',
    )
    assert [q.speaker for q in found.quotes] == ["Okafor", "Whitcombe"]


def test_bill_is_a_given_name_and_the_listener_is_no_speaker() -> None:
    found = quotes_of(
        "Hannah Okafor and her husband, Bill Okafor, run the harbor cafe.",
        '"We open at six," Bill Okafor said.',
        '"The ferry is late again," told Harbor Radio on Monday.',
    )
    assert [q.speaker for q in found.quotes] == ["Bill Okafor", None]


def test_appositive_head_after_an_age() -> None:
    found = quotes_of(
        "81-year-old Ines Alvaro, a retired pilot who flew with Tobias Brandvold, said "
        'the ferry was "late every single day."'
    )
    assert {q.speaker for q in found.quotes} == {"Ines Alvaro"}


def test_more_verbs_of_speech_name_their_speaker() -> None:
    found = quotes_of(
        '"The ferry is late again," Ines Alvaro chimed in.',
        'Dara Okafor agreed: "It always is, and nobody answers the phone."',
        'Tobias Brandvold scolded him: "You never call ahead of time."',
    )
    assert [q.speaker for q in found.quotes] == ["Ines Alvaro", "Dara Okafor", "Tobias Brandvold"]


def test_the_verb_nearest_the_quote_introduces_it() -> None:
    found = quotes_of(
        "Tobias Brandvold and Ines Alvaro met the press.",
        'Asked on Tuesday about Brandvold, Alvaro said "the ferry is late again."',
    )
    assert [q.speaker for q in found.quotes] == ["Ines Alvaro"]


def test_an_earlier_verb_names_the_speaker_when_the_nearest_names_nobody() -> None:
    found = quotes_of(
        "The talk was given by Ines Alvaro, a harbor pilot.",
        'Under the theme of safety, she stressed the risks, stating, "fog kills more '
        'sailors than storms do."',
    )
    assert [q.speaker for q in found.quotes if q.kind is QuoteKind.DIRECT] == ["Ines Alvaro"]


def test_the_party_word_finds_the_person_given_that_standing() -> None:
    found = quotes_of(
        "Ines Alvaro, a Republican from the coast, and Dara Okafor, a teacher, spoke.",
        '"The ferry is late again," the Republican said.',
    )
    assert direct(found) == [("Ines Alvaro", "verb-after-quote")]


def test_it_after_an_organization_is_that_organization() -> None:
    found = quotes_of(
        "Lumora, the augmented-reality start-up, closed its harbor office on Friday.",
        'It said, "we will reopen the office in the spring with twice the staff."',
    )
    assert [q.speaker for q in found.quotes] == ["Lumora"]


def test_transcript_labels_name_each_speaker() -> None:
    found = quotes_of(
        "A partial transcript follows.",
        '"ALVARO: Let us start with the ferry. Is it late again?',
        '"OKAFOR: It is late every single day, and nobody answers the phone."',
    )
    assert direct(found) == [("Alvaro", "transcript-label"), ("Okafor", "transcript-label")]


def test_participle_after_introductory_phrases_belongs_to_the_main_subject() -> None:
    found = quotes_of(
        "Before the vote, Harbor Police Chief Ines Alvaro lobbied to close the pier, "
        'saying, "The fewer boats, the better."',
        "On Thursday, after staying neutral for months, Okafor endorsed the plan, "
        'saying, "I think it is exactly what this town needs."',
    )
    assert [q.speaker for q in found.quotes] == ["Ines Alvaro", "Okafor"]


def test_adding_after_said_belongs_to_the_subject_of_said() -> None:
    found = quotes_of(
        "Ines Alvaro and Dara Okafor will meet next week, Whitcombe said, adding, "
        '"They need to sit down and talk about the ferry."'
    )
    assert [q.speaker for q in found.quotes if q.kind is QuoteKind.DIRECT] == ["Whitcombe"]


def test_a_surname_that_is_also_a_word_after_a_given_name() -> None:
    found = quotes_of(
        "Linda Sessions, a harbor pilot, spoke first.",
        '"The ferry is late again," Sessions said.',
    )
    assert direct(found) == [("Linda Sessions", "verb-after-quote")]


def test_unnamed_sources_speak_as_one_group_per_description() -> None:
    found = quotes_of(
        '"The levy will pass by a wide margin," said a Dorset County Republican, who asked '
        "not to be named.",
        '"Nobody expected the turnout," one senior Democrat said.',
        '"We will see about that," said another Dorset County Republican.',
    )
    assert direct(found) == [
        ("Dorset County Republican", "anonymous-source"),
        ("Senior Democrat", "anonymous-source"),
        ("Dorset County Republican", "anonymous-source"),
    ]
    sources = [s for s in found.speakers if s.name == "Dorset County Republican"]
    assert len(sources) == 1 and sources[0].role == "unnamed source"


def test_an_indefinite_phrase_that_names_no_role_is_no_source() -> None:
    found = quotes_of('"The ferry runs late again," said a long line of riders.')
    assert direct(found) == [(None, "")]


def test_an_opening_mark_typed_as_the_closing_one_still_closes_the_quote() -> None:
    found = quotes_of(
        "“The bridge will reopen before the winter fair,“ said Odile Farrant, the county "
        "engineer. “Crews are working nights.”"
    )
    assert [(q.text, q.speaker) for q in found.quotes if q.kind is QuoteKind.DIRECT] == [
        (
            "The bridge will reopen before the winter fair, Crews are working nights.",
            "Odile Farrant",
        ),
    ]


def test_only_an_opening_mark_after_a_word_and_before_a_space_closes() -> None:
    text = "Farrant called it “bold,“ then “thin “ and “late”."
    spans = [text[s.start : s.end] for s in double_quote_spans(text)]
    # "thin “" is written between spaces: it closes nothing, the curly closer does
    assert spans == ["“bold,“", "“thin “ and “late”"]


def test_short_capitalized_sentences_in_quotes_are_speech_not_a_title() -> None:
    found = quotes_of('"Take Harwick. Then Delmont," Quill said. "The ferry numbers are worse."')
    assert [q.speaker for q in found.quotes if q.kind is QuoteKind.DIRECT] == ["Quill", "Quill"]


def test_a_verb_with_back_reports_speech() -> None:
    found = quotes_of(
        "Tobias Brandvold and Ines Quill spoke at the pier.",
        '"We are all here for the ferry," Quill shot back at once.',
        'Brandvold fired back: "If they close the pier, they will lose the vote."',
        '"The pier stays open," Quill retaliated within the hour.',
    )
    assert [q.speaker for q in found.quotes if q.kind is QuoteKind.DIRECT] == [
        "Ines Quill",
        "Tobias Brandvold",
        "Ines Quill",
    ]


def test_a_name_after_its_owner_and_a_name_with_initials_written_together() -> None:
    found = quotes_of(
        '"The tide was lower than forecast," Harbor Weekly\'s Oren P. Callis wrote in April.',
        '"This is a sad day," said Rep. T.J. Wexley (D-Ore.), head of the ferry caucus.',
    )
    assert direct(found) == [
        ("Oren P. Callis", "verb-after-quote"),
        ("T.J. Wexley", "verb-after-quote"),
    ]


def test_a_short_sentence_with_a_speech_verb_announces_the_next_quote() -> None:
    found = quotes_of(
        "Oren Callis spoke first. Ana Ruiz replied sharply. "
        '"The ferry plan needs money before the spring."',
        # no speech verb ends the sentence before: nobody is announced
        'The guard waved at Ana Ruiz. "The ferry plan needs money before the spring."',
    )
    assert direct(found) == [("Ana Ruiz", "lead-in-sentence"), (None, "")]


def test_quoted_as_saying_reports_speech() -> None:
    found = quotes_of('"The ferry needs money," Oren Callis was quoted as saying.')
    assert direct(found) == [("Oren Callis", "verb-after-quote")]


def test_a_party_in_parentheses_before_a_comma_is_no_subject() -> None:
    found = quotes_of(
        "On Tuesday at Lakeview College in Dunmore, NM, after winning the county, Gov. Ana "
        'Ruiz (D-NM), said, "We will take the ferry to every town this spring."'
    )
    assert direct(found) == [("Ana Ruiz", "verb-before-quote")]


def test_the_role_opening_a_sentence_before_a_participle_is_its_holder() -> None:
    found = quotes_of(
        'Harbor Minister Tomas Adebayo said, "The new berths open in May."',
        'The minister rejected the criticism, saying the budget was "a floor, not a roof."',
    )
    statements = [q for q in found.quotes if q.kind is QuoteKind.REPORTED]
    assert [q.speaker for q in statements] == ["Tomas Adebayo"]


def test_a_second_speech_verb_in_the_sentence_starts_its_own_statement() -> None:
    found = quotes_of(
        'Tova Lind accuses Olaf Brandt of "hiding the numbers" and Brandt says she is '
        '"making things up again."'
    )
    assert [(q.speaker, q.text) for q in found.quotes] == [
        ("Tova Lind", 'Tova Lind accuses Olaf Brandt of "hiding the numbers"'),
        ("Tova Lind", "hiding the numbers"),
        ("Olaf Brandt", 'and Brandt says she is "making things up again."'),
        ("Olaf Brandt", "making things up again."),
    ]


def test_a_participle_after_a_statement_goes_on_in_the_same_voice() -> None:
    found = quotes_of(
        'Oskar Venn said the budget was "a careful compromise," adding: "Nobody got '
        'everything they wanted, and that is how it should be."'
    )
    assert {q.speaker for q in found.quotes} == {"Oskar Venn"}


def test_a_speech_verb_after_and_shares_the_subject_opening_the_sentence() -> None:
    found = quotes_of(
        "Mayor Ilse Marchetti rejected the claim.",
        "Marchetti said the move was made by harbour chief Tomas Brandvold and said, "
        '"Who are you going to trust on the ferries?"',
        "As the crowd cheered, Dana Moss was joined on stage by Senator Rolf Hale and joked, "
        '"You are all being very patient tonight."',
    )
    assert direct(found) == [
        ("Ilse Marchetti", "verb-before-quote"),
        ("Dana Moss", "verb-before-quote"),
    ]


def test_a_verb_after_and_takes_the_subject_of_the_speech_verb_before_it() -> None:
    found = quotes_of(
        "In a long interview with reporter Olaf Lind, Kai Dorn said he welcomed the move to "
        'the United States and added, "I will plead guilty, no problem."'
    )
    assert direct(found) == [("Kai Dorn", "verb-before-quote")]


def test_a_long_appositive_without_its_closing_comma_before_the_verb() -> None:
    found = quotes_of(
        '"They are clearly drawing more from her side of the ledger now," Nils Varga, the '
        "polling analyst who founded a forecasting site tweeted on Wednesday.",
        '"Tritium would enable designs with a greater yield than plutonium alone," nuclear '
        "experts Ada Brunn and Sofie Kell of the Institute for Science and Security wrote.",
    )
    assert direct(found) == [
        ("Nils Varga", "appositive-then-verb"),
        ("Ada Brunn", "appositive-then-verb"),
    ]


def test_a_name_after_a_preposition_in_a_long_subject_is_not_the_speaker() -> None:
    found = quotes_of(
        '"We are ready for the storm season and the floods that follow it," a spokesperson '
        "for Senator Ana Ruiz of the Harbor Committee on Fisheries said."
    )
    assert [q.speaker for q in found.quotes] == [None]


def test_the_name_in_the_appositive_after_an_owned_job_is_the_speaker() -> None:
    found = quotes_of(
        '"Eventually, positions are going to soften on the deal," Rep. Dara Hune\'s chief of '
        "staff, Joe Kasper, told reporters before the vote.",
        '"We are ready," Dara Hune\'s aide, Mila Strand, said.',
    )
    assert direct(found) == [
        ("Joe Kasper", "appositive-then-verb"),
        ("Mila Strand", "verb-after-quote"),
    ]


def test_dashes_around_an_appositive_read_as_its_commas() -> None:
    found = quotes_of(
        "Ronan Vey spoke. Olaf Brandt spoke.",
        "A former candidate -- Vey, who lost the 2008 race to Brandt -- said the mayor "
        '"offered no changes to his timid strategy."',
        'Vey — who lost to Brandt — said: "We will be back next year with a better plan."',
    )
    assert {q.speaker for q in found.quotes} == {"Ronan Vey"}


def test_a_colon_after_a_prepositions_object_gives_the_sentences_subject() -> None:
    found = quotes_of(
        "Donald Brandt spoke.",
        "Senate Majority Leader Mitch Hollis, R-Ky., delivered a blunt message to Brandt: "
        '"It is time to quit attacking various people and get on message."',
        "Former Republican candidate Jeb Lorne broke down what was wrong to the Dutch daily "
        'Harbor Daily: "What he did was so insensitive to everyone."',
    )
    assert direct(found) == [
        ("Mitch Hollis", "colon-before-quote"),
        ("Jeb Lorne", "colon-before-quote"),
    ]


def test_a_colon_right_after_a_name_that_is_no_prepositions_object_gives_that_name() -> None:
    found = quotes_of(
        "The timing of the surge does not surprise Republican pollster Daron Shaw: "
        '"Historically, lesser-known candidates do well early."'
    )
    assert direct(found) == [("Daron Shaw", "colon-before-quote")]


def test_a_colon_lead_in_skips_the_subject_of_a_subordinate_clause() -> None:
    found = quotes_of(
        "Ada Wallis and Bill Clenn met.",
        "When Wallis died in 1998, President Clenn released the following statement:",
        '"We offer our condolences to the family and friends of a good man."',
    )
    assert direct(found) == [("Bill Clenn", "lead-in-paragraph")]


def test_a_surname_that_is_also_a_job_names_its_person() -> None:
    found = quotes_of(
        "Howard Dean spoke first. Ms. Bishop, the treasurer, spoke next.",
        '"You know, it happens, right?" Dean went on, as if he did not hear her.',
        '"It is all about creating some enthusiasm around this race," Ms. Bishop added.',
    )
    assert direct(found) == [("Howard Dean", "next-sentence"), ("Bishop", "verb-after-quote")]


def test_a_time_word_opening_a_sentence_is_nobody() -> None:
    found = quotes_of(
        "Ada Morial met the donors.",
        "Hours later, Morial returned the compliment, telling the radio host, "
        '"She is an amazing woman and a friend."',
    )
    assert direct(found) == [("Ada Morial", "verb-before-quote")]


def test_a_participle_after_a_comma_belongs_to_the_subject_opening_the_sentence() -> None:
    found = quotes_of(
        "Ada Lund spoke.",
        "Republican presidential candidate Tom Verhoek quickly took to social media, writing: "
        '"Another horrific storm, this time in the north. Many roads closed."',
        'And then Lund went fully on the attack, saying, "Is the mayor going to finally '
        'mention the flood plan?"',
    )
    assert [q.speaker for q in found.quotes] == ["Tom Verhoek", "Ada Lund"]


def test_a_participle_after_an_earlier_quote_of_the_sentence_finds_its_subject() -> None:
    found = quotes_of(
        "Ada Lund spoke.",
        'Later on Sunday, Lund shared a syllabus for a class called "Perception" on her '
        'page, writing "Allow me also to do the research for the reporter."',
        'In June, after the storm, Lund emailed her condolences, addressing her as "Ada" and '
        'telling her, "you are an all-star player and we need you for the long run!"',
    )
    assert direct(found) == [("Ada Lund", "verb-before-quote"), ("Ada Lund", "verb-before-quote")]


def test_according_to_right_after_the_quote() -> None:
    found = quotes_of(
        '"The inspectors expect to complete their work in the next few weeks," according to '
        "the Harbor Gazette.",
        '"We are done here," Tom Hale said, according to the Gazette.',
    )
    assert direct(found) == [("Harbor Gazette", "according-to"), ("Tom Hale", "verb-after-quote")]


def test_as_someone_put_it_reports_speech() -> None:
    found = quotes_of(
        "As the Gazette's Pia Holm puts it, \"Nobody on the council is moved, and nobody in "
        'the port is inspired."'
    )
    assert direct(found) == [("Pia Holm", "verb-before-quote")]


def test_a_statement_saying_is_its_senders_and_an_adverb_may_lead_a_participle() -> None:
    found = quotes_of(
        "Ada Lund and Tom Verhoek spoke.",
        'On Saturday, Verhoek issued a statement saying that Lund was "a remarkable person '
        'and a brilliant engineer."',
        "Lund and Verhoek used the harshest words, with Lund recently promising to "
        '"flatten the old harbour wall."',
    )
    assert [q.speaker for q in found.quotes if q.kind is QuoteKind.DIRECT] == [
        "Tom Verhoek",
        "Ada Lund",
    ]


def test_a_participle_after_upon_belongs_to_the_sentences_subject() -> None:
    found = quotes_of(
        "Ada Lund and Tom Verhoek spoke.",
        "Lund, herself a Verhoek supporter during the race, drew boos upon saying, "
        '"The mayor heard the passion of the people."',
    )
    assert direct(found) == [("Ada Lund", "verb-before-quote")]


def test_a_verb_right_after_a_clause_ending_in_a_comma_is_the_main_verb() -> None:
    found = quotes_of(
        "Hilde Brandt and Bo Sand ran.",
        "Brandt, who called Sand shortly after the winner was declared, told her supporters, "
        '"I still love the north, and I always will."',
    )
    assert direct(found) == [("Hilde Brandt", "verb-before-quote")]


def test_a_quote_after_another_speakers_verb_is_no_second_part_of_the_first() -> None:
    found = quotes_of(
        "Hilde Brandt and Bo Sand ran.",
        '"She did it again and I will say it again," Sand tweeted after Brandt argued in the '
        'debate that "if everyone had voted as he voted, we would not have rescued the port."',
    )
    assert direct(found) == [
        ("Bo Sand", "verb-after-quote"),
        ("Hilde Brandt", "fragment-of-statement"),
    ]


def test_a_participle_after_the_attribution_joins_the_quote_parts() -> None:
    found = quotes_of(
        '"There is a sense of urgency," Dara Okoye said, noting that donors feel "we have to '
        'find a place that is safe."'
    )
    assert direct(found) == [("Dara Okoye", "verb-after-quote")]


def test_a_headline_in_capitals_before_a_colon_holds_no_verb() -> None:
    found = quotes_of(
        "RED BOATS OUTNUMBER BLUE BOATS FOR THE FIRST TIME - Jeffrey M. Jones: \"The analysis "
        'finds that 20 ports are busy, compared with 14 quiet ones."'
    )
    assert [q.speaker for q in found.quotes] == ["Jeffrey M. Jones"]


def test_an_owner_opening_the_sentence_is_not_the_subject_of_its_participle() -> None:
    found = quotes_of(
        "Hilde Brandt and Bo Sand ran.",
        "Hilde Brandt's campaign manager Tom Hale said as much in an interview, arguing that "
        'Sand "lashed out at our generals when he was asked."',
    )
    assert {q.speaker for q in found.quotes} == {"Tom Hale"}


def test_a_surname_that_is_also_a_word_names_the_person_known_by_it() -> None:
    found = quotes_of(
        "Steven Law runs the fund.",
        '"We are ready for the next round of races," Law said.',
    )
    assert direct(found) == [("Steven Law", "verb-after-quote")]


def test_a_state_after_a_place_in_an_appositive_is_nobody() -> None:
    found = quotes_of(
        "Sandy Pohl, who lost her daughter during the storm in Aurora, Colorado, in July "
        'last year, said that the mayor had "treated my family with disrespect."',
        '"We did have a telephone conversation, he was 15 minutes late," she said.',
    )
    assert {q.speaker for q in found.quotes} == {"Sandy Pohl"}
    levine = quotes_of(
        "Eric Levine and Marco Rubio came.",
        'Of Carson, Levine, who has given money to Marco Rubio, said, "He is flat-out scary."',
    )
    assert direct(levine) == [("Eric Levine", "verb-before-quote")]


def test_as_for_someone_introduces_the_he_that_follows() -> None:
    found = quotes_of(
        "Ted Cruz and Donald Trump spoke.",
        "Cruz warned against a brokered convention.",
        'As for Trump, he said he is not worried. "First of all, I think I am going to have '
        'the delegates," he said.',
    )
    assert direct(found) == [("Donald Trump", "verb-after-quote")]


def test_thanked_estimated_and_advising_take_the_speakers_words() -> None:
    found = quotes_of(
        "Kerry Wash and Julie Moor spoke.",
        'Moor thanked him for "stepping up and taking action when the council will not."',
        'Hilda Hoover estimated that there are "somewhere between 23 and 28 people opposed."',
        'Wash has promoted a humble approach, advising graduates in 2007 to "become members of '
        'the two-H club."',
    )
    assert [q.speaker for q in found.quotes if q.kind is QuoteKind.DIRECT] == [
        "Julie Moor",
        "Hilda Hoover",
        "Kerry Wash",
    ]


def test_estimated_without_that_reports_nothing() -> None:
    assert quotes_of("The agency estimated the cost of the new pier at five million.").quotes == ()


def test_a_participle_opening_its_sentence_goes_on_in_the_paragraphs_voice() -> None:
    found = quotes_of(
        "Julie Moor spoke.",
        'Later in the show, Moor stated that the report "was not good." Adding, "Now, like '
        'with all scandals, what they do is never that bad."',
    )
    assert direct(found)[-1] == ("Julie Moor", "verb-before-quote")


def test_a_middle_initial_is_part_of_the_name() -> None:
    assert [n for _, _, n in find_names("Attorney General Loretta E. Lynch, who told them")] == [
        "Loretta E. Lynch"
    ]
    found = quotes_of(
        "The decision would involve Attorney General Loretta E. Lynch, who told the council: "
        '"That matter is being handled by career agents."',
        'She added, "We will review all the facts and come to a conclusion."',
    )
    assert {q.speaker for q in found.quotes} == {"Loretta E. Lynch"}


def test_it_after_the_company_said_is_that_company() -> None:
    found = quotes_of(
        '"Mr. Lowe never contacted anyone at our site about the listing," the company wrote '
        "in its statement.",
        'It added, "We want no part in the listing on our web site or in its publicity."',
    )
    assert [q.speaker for q in found.quotes] == ["The company", "The company"]


def test_her_remark_is_the_remark_of_the_woman_named_before_it_in_her_sentence() -> None:
    found = quotes_of(
        "Danny Vito and Bette Mills came.",
        "Former envoy Madeline Albro, a party supporter, fanned controversy this year over "
        'her remark that "there is a special place for people who do not help each other."',
    )
    assert {q.speaker for q in found.quotes} == {"Madeline Albro"}


def test_a_lone_surname_opening_the_sentence_before_he_said_is_a_person() -> None:
    found = quotes_of(
        "Ted Cruz spoke first.",
        "Carson defied the question, and did not make a choice. "
        '"With certainty, I will predict the winner, it will be one of the two," he said.',
    )
    assert direct(found) == [("Carson", "verb-after-quote")]


def test_a_plural_opening_a_sentence_before_he_said_is_nobody() -> None:
    found = quotes_of(
        "Tom Zell listed the rifle.",
        'Similar listings drew bids. "The rifle is the one that was used that night," he said.',
    )
    assert direct(found) == [("Tom Zell", "verb-after-quote")]
