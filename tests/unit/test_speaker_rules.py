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
    assert names("Nevadan Ilse Marchetti said.") == ["Ilse Marchetti"]
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
    assert [q.speaker for q in found.quotes if q.kind is QuoteKind.DIRECT] == ["Tobias Brandvold"]


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
        '"The two of them should meet on the quay and settle the ferry."'
    )
    assert [q.speaker for q in found.quotes if q.kind is QuoteKind.DIRECT] == ["Whitcombe"]


def test_a_surname_that_is_also_a_word_after_a_given_name() -> None:
    found = quotes_of(
        "Linda Hedges, a harbor pilot, spoke first.",
        '"The ferry is late again," Hedges said.',
    )
    assert direct(found) == [("Linda Hedges", "verb-after-quote")]


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
        'Tova Lind accuses Olaf Brandt of "hiding the ferry accounts" and Brandt says she is '
        '"inventing a quarrel again."'
    )
    assert [(q.speaker, q.text) for q in found.quotes] == [
        ("Tova Lind", 'Tova Lind accuses Olaf Brandt of "hiding the ferry accounts"'),
        ("Tova Lind", "hiding the ferry accounts"),
        ("Olaf Brandt", 'and Brandt says she is "inventing a quarrel again."'),
        ("Olaf Brandt", "inventing a quarrel again."),
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
        "Marchetti said the ferry order was signed by harbour chief Tomas Brandvold and said, "
        '"Who will you trust with the night crossings?"',
        "As the choir finished, Edda Skarn was joined on the pier by Councillor Rolf Vey and "
        'joked, "You have all been very patient with the weather tonight."',
    )
    assert direct(found) == [
        ("Ilse Marchetti", "verb-before-quote"),
        ("Edda Skarn", "verb-before-quote"),
    ]


def test_a_verb_after_and_takes_the_subject_of_the_speech_verb_before_it() -> None:
    found = quotes_of(
        "In a long talk with the reporter Runa Vasse, Kai Nordvik said he welcomed his transfer "
        'to the Harbour States and added, "I will sign the papers, no trouble at all."'
    )
    assert direct(found) == [("Kai Nordvik", "verb-before-quote")]


def test_a_long_appositive_without_its_closing_comma_before_the_verb() -> None:
    found = quotes_of(
        '"The tide tables will need a second look before spring," Nils Varga, the '
        "surveyor who drew up the harbour charts wrote on Friday.",
        '"Salt spray wears the new railings down faster than the old iron ones," coastal '
        "engineers Ada Brunn and Sofie Kell of the Varnia Works Office wrote.",
    )
    assert direct(found) == [
        ("Nils Varga", "appositive-then-verb"),
        ("Ada Brunn", "appositive-then-verb"),
    ]


def test_a_name_after_a_preposition_in_a_long_subject_is_not_the_speaker() -> None:
    found = quotes_of(
        '"We are ready for the storm season and the floods that follow it," a spokesperson '
        "for Councillor Fenna Rask of the Harbor Committee on Moorings said."
    )
    assert [q.speaker for q in found.quotes] == [None]


def test_the_name_in_the_appositive_after_an_owned_job_is_the_speaker() -> None:
    found = quotes_of(
        '"The ferry timetable will change twice before the summer," Councillor Dara Hune\'s '
        "chief of staff, Teodor Mavik, told the committee on Tuesday.",
        '"We are ready," Dara Hune\'s aide, Mila Strand, said.',
    )
    assert direct(found) == [
        ("Teodor Mavik", "appositive-then-verb"),
        ("Mila Strand", "verb-after-quote"),
    ]


def test_dashes_around_an_appositive_read_as_its_commas() -> None:
    found = quotes_of(
        "Ronan Vey spoke. Olaf Brandt spoke.",
        "A former councillor -- Vey, who lost the 2029 vote to Brandt -- said the harbour "
        'board "offered nothing new for the night crossings."',
        'Vey — who lost to Brandt — said: "We will be back next year with a better plan."',
    )
    assert {q.speaker for q in found.quotes} == {"Ronan Vey"}


def test_a_colon_after_a_prepositions_object_gives_the_sentences_subject() -> None:
    found = quotes_of(
        "Jorun Tarn spoke.",
        "Harbour Board Chair Aslak Birk, of the east ward, had a blunt message for Tarn: "
        '"It is time to stop arguing over berths and fix the pier."',
        "Former ward councillor Hedda Solberg went through the flaws of the plan with the "
        'weekly Harbor Gazette: "The pier plan forgets the fishing boats entirely."',
    )
    assert direct(found) == [
        ("Aslak Birk", "colon-before-quote"),
        ("Hedda Solberg", "colon-before-quote"),
    ]


def test_a_colon_right_after_a_name_that_is_no_prepositions_object_gives_that_name() -> None:
    found = quotes_of(
        "The early rush of ferry bookings does not surprise the planner Ingrid Halvard: "
        '"Bookings always climb when the evenings get lighter."'
    )
    assert direct(found) == [("Ingrid Halvard", "colon-before-quote")]


def test_a_colon_lead_in_skips_the_subject_of_a_subordinate_clause() -> None:
    found = quotes_of(
        "Ada Wallis and Tormod Clenn met.",
        "When Wallis retired in 2030, Mayor Clenn released the following statement:",
        '"We thank her for thirty years of keeping the lighthouse lit."',
    )
    assert direct(found) == [("Tormod Clenn", "lead-in-paragraph")]


def test_a_surname_that_is_also_a_job_names_its_person() -> None:
    found = quotes_of(
        "Walter Provost spoke first. Ms. Bishop, the treasurer, spoke next.",
        '"The pier will hold, trust me on that?" Provost went on, as if nobody had asked.',
        '"The new berths will pay for themselves within ten years," Ms. Bishop added.',
    )
    assert direct(found) == [
        ("Walter Provost", "next-sentence"),
        ("Bishop", "verb-after-quote"),
    ]


def test_a_time_word_opening_a_sentence_is_nobody() -> None:
    found = quotes_of(
        "Mette Lindqvist met the boat owners.",
        "Hours later, Lindqvist thanked the crews, telling the harbour radio, "
        '"They kept every ferry running through the gale."',
    )
    assert direct(found) == [("Mette Lindqvist", "verb-before-quote")]


def test_a_participle_after_a_comma_belongs_to_the_subject_opening_the_sentence() -> None:
    found = quotes_of(
        "Oddny Kestrel spoke.",
        "Former harbour master Eskil Harwick quickly took to social media, writing: "
        '"The east pier is closed again. Ferries run from the west quay."',
        'And then Kestrel went on the offensive, saying, "Will the board ever publish the '
        'repair costs?"',
    )
    assert [q.speaker for q in found.quotes] == ["Eskil Harwick", "Oddny Kestrel"]


def test_a_participle_after_an_earlier_quote_of_the_sentence_finds_its_subject() -> None:
    found = quotes_of(
        "Oddny Kestrel spoke.",
        'Later on Sunday, Kestrel shared a chart of a shoal called "Grey Bank" on her page, '
        'writing "Here is the chart the board said did not exist."',
        'In June, after the gale, Kestrel sent the crews a note, calling them "the Bank crews" '
        'and telling them, "you kept this town supplied through the worst week in years!"',
    )
    assert {q.speaker for q in found.quotes} == {"Oddny Kestrel"}


def test_according_to_right_after_the_quote() -> None:
    found = quotes_of(
        '"The divers expect to finish their survey of the pier in a few weeks," according to '
        "the Harbor Gazette.",
        '"We are done here," Rolf Vey said, according to the Gazette.',
    )
    assert direct(found) == [("Harbor Gazette", "according-to"), ("Rolf Vey", "verb-after-quote")]


def test_as_someone_put_it_reports_speech() -> None:
    found = quotes_of(
        "As the Gazette's Pia Holmvik puts it, \"Nobody on the board is moved, and nobody on "
        'the quay is convinced."'
    )
    assert direct(found) == [("Pia Holmvik", "verb-before-quote")]


def test_a_statement_saying_is_its_senders_and_an_adverb_may_lead_a_participle() -> None:
    found = quotes_of(
        "Ada Marstrand and Tom Verhoek spoke.",
        'On Saturday, Verhoek issued a statement saying that Marstrand was "a patient '
        'builder and a fair neighbour."',
        "Marstrand and Verhoek used the harshest words, with Marstrand recently promising to "
        '"pull down the old harbour wall."',
    )
    assert [q.speaker for q in found.quotes if q.kind is QuoteKind.DIRECT] == [
        "Tom Verhoek",
        "Ada Marstrand",
    ]


def test_a_participle_after_upon_belongs_to_the_sentences_subject() -> None:
    found = quotes_of(
        "Ada Marstrand and Tom Verhoek spoke.",
        "Marstrand, herself a Verhoek voter in the last race, drew jeers upon saying, "
        '"The board listened to the fishing families after all."',
    )
    assert direct(found) == [("Ada Marstrand", "verb-before-quote")]


def test_a_verb_right_after_a_clause_ending_in_a_comma_is_the_main_verb() -> None:
    found = quotes_of(
        "Hilde Brekke and Bo Sand ran.",
        "Brekke, who called Sand shortly after the count was announced, told her crews, "
        '"I still love this harbour, and I always will."',
    )
    assert direct(found) == [("Hilde Brekke", "verb-before-quote")]


def test_a_quote_after_another_speakers_verb_is_no_second_part_of_the_first() -> None:
    found = quotes_of(
        "Hilde Brekke and Bo Sand ran.",
        '"She got the tide tables wrong twice," Sand wrote after Brekke argued at the meeting '
        'that "if every skipper had waited, the catch would have rotted on the quay."',
    )
    assert direct(found) == [
        ("Bo Sand", "verb-after-quote"),
        ("Hilde Brekke", "fragment-of-statement"),
    ]


def test_a_participle_after_the_attribution_joins_the_quote_parts() -> None:
    found = quotes_of(
        '"The crews are worried about the winter," Dara Okoye said, noting that skippers feel '
        '"the new berths come too late for this season."'
    )
    assert direct(found) == [("Dara Okoye", "verb-after-quote")]


def test_a_headline_in_capitals_before_a_colon_holds_no_verb() -> None:
    found = quotes_of(
        'FERRIES OUTRUN TRAINS FOR THE FIRST WINTER - Sigrun Vennor: "The count shows more '
        'trips by ferry than by rail in every week of the winter."'
    )
    assert [q.speaker for q in found.quotes] == ["Sigrun Vennor"]


def test_an_owner_opening_the_sentence_is_not_the_subject_of_its_participle() -> None:
    found = quotes_of(
        "Hilde Brekke and Bo Sand ran.",
        "Hilde Brekke's campaign manager Tom Rimstad said as much on the radio, arguing that "
        'Sand "never once visited the fish market."',
    )
    assert {q.speaker for q in found.quotes} == {"Tom Rimstad"}


def test_a_surname_that_is_also_a_word_names_the_person_known_by_it() -> None:
    found = quotes_of(
        "Gloria Charter runs the harbour fund.",
        '"We are ready for the next round of repairs," Charter said.',
    )
    assert direct(found) == [("Gloria Charter", "verb-after-quote")]


def test_thanked_estimated_and_advising_take_the_speakers_words() -> None:
    found = quotes_of(
        "Fenna Rask and Jorun Tarn spoke.",
        'Tarn thanked him for "opening the quay to the small boats at last."',
        'Hedda Fjell estimated that the harbour holds "forty or fifty boats without a berth."',
        'Rask has urged patience, advising new skippers in 2030 to "learn the shoals before '
        'the engines."',
    )
    assert [q.speaker for q in found.quotes if q.kind is QuoteKind.DIRECT] == [
        "Jorun Tarn",
        "Hedda Fjell",
        "Fenna Rask",
    ]


def test_estimated_without_that_reports_nothing() -> None:
    assert quotes_of("The agency estimated the cost of the new pier at five million.").quotes == ()


def test_a_participle_opening_its_sentence_goes_on_in_the_paragraphs_voice() -> None:
    found = quotes_of(
        "Jorun Tarn spoke.",
        'Later on the radio, Tarn stated that the survey "was not convincing." Adding, "Every '
        'survey of that pier has found the same cracks, and nobody acts."',
    )
    assert direct(found)[-1] == ("Jorun Tarn", "verb-before-quote")


def test_a_middle_initial_is_part_of_the_name() -> None:
    assert [n for _, _, n in find_names("Pilot Teodora Q. Nordvik, who told them")] == [
        "Teodora Q. Nordvik"
    ]
    found = quotes_of(
        "The decision would fall to the chief pilot, Teodora Q. Nordvik, who told the board: "
        '"That matter is for the pilots to settle."',
        'She added, "We will read every report and decide on our own."',
    )
    assert {q.speaker for q in found.quotes} == {"Teodora Q. Nordvik"}


def test_it_after_the_company_said_is_that_company() -> None:
    found = quotes_of(
        '"Nobody at our yard ever spoke to the buyer about the hull," the company wrote to '
        "the harbour board.",
        'It added, "Our yard stays out of the sale and the talk around it."',
    )
    assert [q.speaker for q in found.quotes] == ["The company", "The company"]


def test_her_remark_is_the_remark_of_the_woman_named_before_it_in_her_sentence() -> None:
    found = quotes_of(
        "Tormod Olund and Eskil Harwick came.",
        "Former envoy Mette Albro, a harbour board member, stirred the meeting this year with "
        'her remark that "no pier is worth the fishing grounds it buries."',
    )
    assert {q.speaker for q in found.quotes} == {"Mette Albro"}


def test_a_state_after_a_place_in_an_appositive_is_nobody() -> None:
    found = quotes_of(
        "Runa Pohl, who lost her boat during the storm in Marlow Creek, Ostland, in July "
        'last year, said that the board had "ignored every skipper on the quay."',
        '"We did write to them, and they answered after two months," she said.',
    )
    assert {q.speaker for q in found.quotes} == {"Runa Pohl"}
    brekke = quotes_of(
        "Hilde Brekke and Tormod Olund came.",
        'Of the pier, Brekke, who once rowed with Tormod Olund, said, "It is a folly."',
    )
    assert direct(brekke) == [("Hilde Brekke", "verb-before-quote")]


def test_as_for_someone_introduces_the_he_that_follows() -> None:
    found = quotes_of(
        "Aslak Birk and Tormod Olund spoke.",
        "Birk warned against a second vote.",
        'As for Olund, he said he is not worried. "I think I will have the votes by spring," '
        "he said.",
    )
    assert direct(found) == [("Tormod Olund", "verb-after-quote")]


def test_a_lone_surname_opening_the_sentence_before_he_said_is_a_person() -> None:
    found = quotes_of(
        "Aslak Birk spoke first.",
        "Rimstad dodged the question, and did not pick a side. "
        '"I will tell you the winner, it will be one of the two crews," he said.',
    )
    assert direct(found) == [("Rimstad", "verb-after-quote")]


def test_a_plural_opening_a_sentence_before_he_said_is_nobody() -> None:
    found = quotes_of(
        "Tom Zell listed the boat.",
        'Similar listings drew bids. "The boat is the one that won the regatta," he said.',
    )
    assert direct(found) == [("Tom Zell", "verb-after-quote")]


def test_a_capitalized_describing_word_before_a_title_is_no_speaker() -> None:
    found = quotes_of(
        'Local union chief Tom Verhoek left the meeting early, writing: "The pier vote was '
        'settled before we arrived."',
        'Independent council candidate Runa Vasse spoke after him, saying, "Nobody asked the '
        'skippers."',
    )
    assert direct(found) == [
        ("Tom Verhoek", "verb-before-quote"),
        ("Runa Vasse", "verb-before-quote"),
    ]


def test_a_name_after_an_office_title_is_the_she_that_follows() -> None:
    found = quotes_of(
        "Harbourmaster Ivo Lindqvist praised the new ferry fee. But the other member of the "
        "panel, Secretary of State Greta Solheim, drew a contrast, saying the fee hurt islanders.",
        '"I take the harbourmaster seriously. But the islanders pay twice," she said.',
    )
    assert direct(found) == [("Greta Solheim", "verb-after-quote")]
    assert find_names("Minister of Finance Ada Berg spoke.") == [(20, 28, "Ada Berg")]


def test_a_participle_alone_after_a_quote_goes_on_in_the_same_voice() -> None:
    found = quotes_of(
        "Greta Solheim spoke on Monday.",
        "On the harbour radio the night before, she stated, “The late ferry strands the "
        "night shift,” adding, “I think maybe forty nurses missed a shift last winter.”",
    )
    assert direct(found) == [
        ("Greta Solheim", "verb-before-quote"),
        ("Greta Solheim", "verb-before-quote"),
    ]


def test_a_given_name_owning_something_after_a_preposition_is_a_person() -> None:
    found = quotes_of(
        "The port office granted a pass to a clerk who worked on Anna Solheim's ferry account.",
        'Solheim has since apologized for the mix-up: "I should have kept two ferry passes. '
        'Not doing so was a mistake."',
    )
    assert direct(found) == [("Anna Solheim", "colon-before-quote")]
    assert find_names("The regatta started in Harbour Point's bay.") == []


def test_capitalized_describing_words_before_a_title_are_no_speaker() -> None:
    found = quotes_of(
        "Former Northland mayor Ivo Brekke (I), a ferry supporter, praised the crew for the "
        'rescue, calling it "fine seamanship" - and then he asked again for a longer pier.'
    )
    assert {quote.speaker for quote in found.quotes} == {"Ivo Brekke"}


def test_a_speech_or_interview_after_a_name_is_no_part_of_it() -> None:
    found = quotes_of(
        "Mayor Ivo Brekke spoke to the ferry crews on Sunday.",
        "[Video: Mayor Brekke Speech at Harbour Hall (5/3/20)]",
        '"The late ferry stays, whatever the budget says," Brekke said.',
    )
    assert direct(found) == [("Ivo Brekke", "verb-after-quote")]
    assert find_names("Watch the Nordby Elections night.") == []


def test_a_relative_named_by_a_given_name_alone_is_the_she_that_follows() -> None:
    found = quotes_of(
        "Ivo Brekke wants an open harbour vote. On the radio Tuesday, his wife, Anna, called "
        'for an open vote too. "Shutting skippers out of the vote is not smart," she said.'
    )
    assert direct(found) == [("Anna", "verb-after-quote")]


def test_the_owner_of_a_response_before_was_is_the_speaker() -> None:
    found = quotes_of(
        "Ivo Brekke emailed the harbour chief Anna Solheim on Monday. Solheim's response was: "
        '"Is the night ferry full or half empty?"',
        "Anna Solheim ran the port office for years. Solheim's dictum to her clerks (repeated "
        'to me often) was, "It is not a good ferry if nobody complains."',
        'The plan is, "Build the pier first and ask the council later."',
    )
    assert direct(found) == [
        ("Anna Solheim", "response-was"),
        ("Anna Solheim", "response-was"),
        (None, ""),
    ]


def test_wanted_to_know_before_a_question_asks_it() -> None:
    found = quotes_of(
        "The host Ivo Brekke spoke to Anna Solheim about the regatta.",
        'But he wanted to know, "Will the new ferry sail before the first snow?"',
    )
    assert direct(found) == [("Ivo Brekke", "verb-before-quote")]


def test_a_paragraph_of_a_hyphen_and_a_name_signs_the_quote_before_it() -> None:
    found = quotes_of(
        "Ivo Brekke and Anna Solheim debated the ferry.",
        '"The night ferry costs more than the whole bus line, and nobody rides it after ten."',
        "- Ivo Brekke.",
        "That claim is wrong, our count shows.",
        '"I will look into the timetable. I do not know the status yet."',
        "- Solheim.",
        '"A ferry at midnight - Solheim calls it a luxury - is a lifeline for nurses."',
    )
    assert direct(found)[:2] == [("Ivo Brekke", "signed-quote"), ("Anna Solheim", "signed-quote")]


def test_a_generational_suffix_stays_part_of_the_name() -> None:
    found = quotes_of(
        '"The ferry will run every hour from May," Teodor Quarrington III, head of the '
        "harbour board, told the council.",
    )
    assert direct(found)[0][0] == "Teodor Quarrington III"
    assert [name for _, _, name in find_names("Her father, Teodor Quarrington, Jr. sailed.")] == [
        "Teodor Quarrington Jr."
    ]


def test_a_shared_surname_alone_names_the_one_already_quoted() -> None:
    found = quotes_of(
        '"We need a second pier," Lisbet Quarrington, the ferry operator, said.',
        "Quarrington grew up by the water. Her father, Teodor Quarrington, built the first "
        "pier in the harbour.",
        '"The old pier cannot take the new boats," Quarrington said.',
    )
    assert [speaker for speaker, _ in direct(found)] == ["Lisbet Quarrington"] * 2


def test_a_heading_before_a_colon_is_no_speaker() -> None:
    found = quotes_of(
        "Ferry fares: Lena Vossberg, whose ward sits by the harbour, said "
        '"the cheaper tickets are why the islanders came out to vote this year."',
    )
    assert direct(found) == [("Lena Vossberg", "verb-before-quote")]


def test_a_whole_sentence_quoted_after_a_comma_is_the_subjects() -> None:
    found = quotes_of(
        "On Friday, Ivo Brandvik walked the crew along the new pier, "
        '"Every plank here was laid by islanders, and we paid for it ourselves."',
    )
    assert direct(found) == [("Ivo Brandvik", "comma-before-quote")]
    # a quote the sentence goes on after is no lead-in's
    unfinished = quotes_of(
        'Ivo Brandvik met the crew at the pier, "Nobody told us the boat was late," and left.'
    )
    assert direct(unfinished) == [(None, "")]


def test_an_ordinary_word_surname_before_a_job_is_a_name() -> None:
    found = quotes_of(
        "Tova West, a harbour engineer who once drew the ferry timetables, backed the plan.",
        '"The new breakwater will keep the inner berths calm in any winter storm," West said.',
    )
    assert direct(found) == [("Tova West", "verb-after-quote")]
    assert find_names("Harbour West, a ferry company, agreed.") == []


def test_a_lead_in_sentence_may_say_where_the_words_were_given() -> None:
    found = quotes_of(
        "Nadia Orrin, the spokeswoman for the island ferry cooperative said in a statement. "
        '"The boats will sail again on Monday if the wind drops, and fares stay the same."',
    )
    assert direct(found) == [("Nadia Orrin", "lead-in-sentence")]


def test_a_report_of_an_organization_named_by_its_acronym_speaks_for_it() -> None:
    found = quotes_of(
        '"The storm season will cost the island ferries more than last year, and fares may '
        'rise," the HFA report stated.',
    )
    assert direct(found) == [("HFA", "verb-after-quote")]


def test_an_ordinary_word_surname_after_two_given_names() -> None:
    found = quotes_of(
        "Mary Ann King remembered the ferry as fun to ride.",
        '"We will miss the old boat every single day of the year," King said.',
    )
    assert direct(found) == [("Mary Ann King", "verb-after-quote")]


def test_to_demand_that_reports_the_subjects_words() -> None:
    found = quotes_of(
        "Nils Pelt used the hearing to demand that the ferry line "
        '"publish its winter timetable by October. Islanders cannot plan without it."',
    )
    assert direct(found) == [("Nils Pelt", "fragment-of-statement")]


def test_touted_announces_a_quote() -> None:
    found = quotes_of(
        '"Not one sailing was lost to a broken engine while I ran this port," Greta Holm '
        "touted at the dock.",
    )
    assert direct(found) == [("Greta Holm", "verb-after-quote")]
