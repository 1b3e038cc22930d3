"""The attribution pipeline's parts on their own: the people registry, each direct-quote
rule on one quote in its sentence, and the order the rules are tried in. Invented text."""

from __future__ import annotations

import dataclasses
from typing import Any

from bot.quotes.models import SpeakerKind
from bot.quotes.people import People, Person
from bot.quotes.rules import Rule
from bot.quotes.speaker_rules import (
    DIRECT_QUOTE_RULES,
    QuoteContext,
    according_to,
    anonymous_source_after,
    appositive_then_verb,
    attribute_quote,
    colon_before_quote,
    lead_in_sentence,
    next_sentence,
    previous_paragraph_speaker,
    same_paragraph_speaker,
    signed_quote,
    transcript_label,
    verb_after_quote,
    verb_before_quote,
)
from bot.quotes.subjects import Subjects

# As written before an attribution: "…this winter," Quillon said.
WORDS = "We will dredge the channel this winter,"


def quote(
    pre: str = "", post: str = "", people: People | None = None, **fields: Any
) -> QuoteContext:
    """One quote of WORDS (or `inner`) between `pre` and `post` in its sentence."""
    people = people or People()
    inner = fields.pop("inner", WORDS)
    post_from = len(pre) + len(inner) + 2
    context = QuoteContext(
        inner=inner,
        pre=pre,
        pre_from=0,
        sentence_pre=pre,
        sentence_from=0,
        post=post,
        post_from=post_from,
        last_in_sentence=True,
        opens_sentence=not pre.strip(),
        opens_paragraph=not pre.strip(),
        next_sentence="",
        next_sentence_from=post_from + len(post),
        lead_in=None,
        carried=(None, "", ""),
        paragraph_speaker=lambda: None,
        people=people,
        subjects=Subjects(people),
    )
    return dataclasses.replace(context, **fields)


def speaker_of(found: Any) -> str | None:
    return found.speaker.name if found is not None and found.speaker is not None else None


def test_registry_look_ups_change_nothing() -> None:
    people = People()
    marta, tomas = people.person("Marta Quillon"), people.person("Tomas Brede")
    marta.gender, tomas.gender = "f", "m"
    marta.add_role("harbour master")
    people.mention(tomas)
    people.mention(marta)
    before = (list(people.recent), list(marta.aliases), list(tomas.aliases))
    assert people.by_surname("Brede") is tomas
    assert people.by_pronoun("he") is tomas
    assert people.by_role("master") is marta
    assert people.known_by_word("Quillon") is marta
    assert (list(people.recent), list(marta.aliases), list(tomas.aliases)) == before


def test_mention_makes_a_person_the_most_recent() -> None:
    people = People()
    marta, nadia = people.person("Marta Quillon"), people.person("Nadia Quillon")
    people.mention(marta)
    people.mention(nadia)
    assert people.by_surname("Quillon") is nadia
    people.mention(marta)
    assert people.by_surname("Quillon") is marta


def test_a_full_name_joins_the_surname_met_alone_before() -> None:
    people = People()
    alone = people.person("Quillon")
    assert people.person("Marta Quillon") is alone
    assert alone.name == "Marta Quillon" and "Quillon" in alone.aliases


def test_according_to() -> None:
    found = according_to(quote(pre="According to Marta Quillon, "))
    assert speaker_of(found) == "Marta Quillon" and found.rule is Rule.ACCORDING_TO


def test_verb_before_quote() -> None:
    found = verb_before_quote(quote(pre="Marta Quillon said: "))
    assert speaker_of(found) == "Marta Quillon" and found.rule is Rule.VERB_BEFORE_QUOTE


def test_a_verb_before_the_quote_announces_it_without_a_speaker() -> None:
    found = verb_before_quote(quote(pre="As was said at the meeting: "))
    assert found is not None and found.speaker is None and found.cued


def test_colon_before_quote() -> None:
    found = colon_before_quote(quote(pre="Marta Quillon: "))
    assert speaker_of(found) == "Marta Quillon" and found.rule is Rule.COLON_BEFORE_QUOTE


def test_colon_rule_leaves_a_quote_with_a_verb_before_it_to_the_verb() -> None:
    assert colon_before_quote(quote(pre="Marta Quillon said: ")) is None


def test_verb_after_quote() -> None:
    found = verb_after_quote(quote(post=" Marta Quillon said."))
    assert speaker_of(found) == "Marta Quillon" and found.rule is Rule.VERB_AFTER_QUOTE


def test_anonymous_source_speaks_as_a_group_named_by_its_description() -> None:
    found = anonymous_source_after(quote(post=" said a senior harbour official."))
    assert found is not None and found.speaker is not None
    assert found.speaker.kind is SpeakerKind.GROUP and "unnamed source" in found.speaker.roles
    assert found.rule is Rule.ANONYMOUS_SOURCE


def test_appositive_then_verb() -> None:
    post = (
        " Dana Whitcombe, who has chaired the zoning board for a decade and sat on the"
        " harbour trust before that, told reporters."
    )
    found = appositive_then_verb(quote(post=post))
    assert speaker_of(found) == "Dana Whitcombe" and found.rule is Rule.APPOSITIVE_THEN_VERB


def test_signed_quote() -> None:
    found = signed_quote(quote(post=" ― Marta Quillon"))
    assert speaker_of(found) == "Marta Quillon" and found.rule is Rule.SIGNED_QUOTE


def test_next_sentence() -> None:
    people = People()
    people.person("Marta Quillon")
    found = next_sentence(quote(people=people, next_sentence=" Quillon said."))
    assert speaker_of(found) == "Marta Quillon" and found.rule is Rule.NEXT_SENTENCE


def test_next_sentence_only_for_the_sentence_s_last_quote() -> None:
    context = quote(next_sentence=" Marta Quillon said.", last_in_sentence=False)
    assert next_sentence(context) is None


def test_transcript_label() -> None:
    found = transcript_label(quote(inner="QUILLON: We dredge this winter."))
    assert speaker_of(found) == "Quillon" and found.rule is Rule.TRANSCRIPT_LABEL


def test_lead_in_sentence() -> None:
    marta = Person("Marta Quillon")
    found = lead_in_sentence(quote(lead_in=(marta, "full name: 'Marta Quillon'")))
    assert found is not None and found.speaker is marta and found.rule is Rule.LEAD_IN_SENTENCE


def test_same_paragraph_speaker() -> None:
    marta = Person("Marta Quillon")
    found = same_paragraph_speaker(quote(paragraph_speaker=lambda: marta))
    assert found is not None and found.speaker is marta and not found.cued


def test_previous_paragraph_speaker_only_for_a_paragraph_opening_with_the_quote() -> None:
    marta = Person("Marta Quillon")
    carried = (marta, Rule.LEAD_IN_PARAGRAPH, "full name: 'Marta Quillon'")
    found = previous_paragraph_speaker(quote(carried=carried))
    assert found is not None and found.speaker is marta and found.rule is Rule.LEAD_IN_PARAGRAPH
    assert previous_paragraph_speaker(quote(pre="And then ", carried=carried)) is None


def test_rules_are_tried_in_the_order_rules_py_lists_them() -> None:
    assert [rule for rule, _ in DIRECT_QUOTE_RULES] == list(Rule)[: len(DIRECT_QUOTE_RULES)]


def test_the_first_rule_that_names_a_speaker_wins() -> None:
    # Both a verb before and a verb after name someone: the verb before is tried first.
    context = quote(pre="Marta Quillon said: ", post=" Tomas Brede said.")
    found = attribute_quote(context).found
    assert speaker_of(found) == "Marta Quillon" and found.rule is Rule.VERB_BEFORE_QUOTE


def test_an_announced_quote_is_not_given_the_speaker_before_it() -> None:
    marta = Person("Marta Quillon")
    context = quote(pre="As was said at the meeting: ", paragraph_speaker=lambda: marta)
    attributed = attribute_quote(context)
    assert attributed.found is None and attributed.cued


def test_an_unannounced_quote_goes_on_in_the_paragraph_s_voice() -> None:
    marta = Person("Marta Quillon")
    attributed = attribute_quote(quote(paragraph_speaker=lambda: marta))
    assert attributed.found is not None and attributed.found.speaker is marta
    assert attributed.found.rule is Rule.SAME_PARAGRAPH_SPEAKER and not attributed.cued


def test_words_after_the_quote_that_announce_it_are_told_apart() -> None:
    attributed = attribute_quote(quote(post=" Marta Quillon said, "))
    assert attributed.announced_after and attributed.cued
