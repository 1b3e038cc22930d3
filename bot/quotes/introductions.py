"""Stage one of reading a sentence: the people and organizations it names, and what it
says of them (roles, gender), registered in the article's People.

Full names with the roles written around them come first; then titled surnames ("Sen.
Okafor"), surnames of people already named, a lone capitalized subject ("Rimstad waved his
hand."), and organizations introduced by an appositive or a corporate suffix.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.quotes.lexicon import (
    COPULAS,
    CORPORATE_SUFFIXES,
    DETERMINERS,
    GENDER_CUES,
    GIVEN_NAME_GENDER,
    HONORIFICS,
    INSTITUTION_CONNECTORS,
    NAME_HONORIFICS,
    NOT_LONE_NAMES,
    NOT_NAME_AFTER,
    NOT_NAME_WORDS,
    ORGANIZATION_NOUNS,
    OWN_GENDER_CUES,
    PRONOUNS,
    SENTENCE_OPENERS,
    SPEECH_VERBS,
    SURNAME_TITLES,
    TITLE_ABBREVIATIONS,
    VERB_LEADS,
    is_role_word,
    role_gender,
)
from bot.quotes.mentions import name_mentions, name_word
from bot.quotes.models import SpeakerKind
from bot.quotes.people import CAPITALIZED_WORD, People, Person
from bot.quotes.wording import LOWER_WORD, may_be_surname, words_of

# A title and a surname alone, not followed by more of a name: "Sen. Okafor".
TITLED_SURNAME = re.compile(
    rf"\b({'|'.join(t.capitalize() for t in sorted(SURNAME_TITLES))})\.? "
    r"([A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)*)(?![\w'’-]| [A-Z])"
)
_OWN_GENDER_CUE = re.compile(rf"\b(?:{'|'.join(OWN_GENDER_CUES)})\b")
# Between a surname and a full name it qualifies: "Webb aide Ana Ruiz", "Webb's campaign
# manager Ana Ruiz" (the surname only says whose aide she is).
_MODIFIER_GAP = re.compile(r"(?:['’]s)?(?: [\w-]+){1,3} ")
# How news copy introduces an organization: "Lumora, the augmented-reality start-up" or
# "Vantage Holdings Inc.".
_CAPITALIZED_PHRASE = r"[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3}"
_ORGANIZATION_APPOSITIVE = re.compile(
    rf"(?<![\w'’])({_CAPITALIZED_PHRASE}),\s+(?:the|a|an)\s+(?:[\w$-]+\s+){{0,3}}?"
    rf"({'|'.join(sorted(ORGANIZATION_NOUNS, key=len, reverse=True))})\b"
)
_CORPORATE_SUFFIXES = "|".join(CORPORATE_SUFFIXES)
_CORPORATE_SUFFIX = re.compile(rf"(?<![\w'’])({_CAPITALIZED_PHRASE}) (?:{_CORPORATE_SUFFIXES})\b")
# The cheap test before the two patterns above: most sentences name no organization. Two
# patterns that each start with a literal are searched much faster than their alternation.
_APPOSITIVE_HINT = re.compile(r", (?:the|an?) ")
_CORPORATE_HINT = re.compile(rf" (?:{_CORPORATE_SUFFIXES})\b")
# A sentence's subject and its verb stand among its first words.
MAX_SUBJECT_LOOKAHEAD_CHARS = 120


@dataclass(frozen=True, slots=True)
class Introduced:
    """Who a sentence names: every mention (start, end in the sentence, person) in text
    order, and the full names with the roles written around them there."""

    mentions: list[tuple[int, int, Person]]
    named: list[tuple[Person, tuple[str, ...]]]


def may_name_organization(text: str) -> bool:
    return bool(_APPOSITIVE_HINT.search(text) or _CORPORATE_HINT.search(text))


def introduce(
    people: People, sentence: str, *, titles: bool, following: Callable[[], str] = str
) -> Introduced:
    """Register everyone `sentence` names; `titles`: whether its paragraph holds a title
    word at all ("Mr", "Sen"), so that a titled surname may be in it; `following`: the
    words read next (asked only of a sentence naming nobody known). Recency is left to
    the reader (People.mention)."""
    mentions: list[tuple[int, int, Person]] = []
    named: list[tuple[Person, tuple[str, ...]]] = []
    for mention in name_mentions(sentence):
        person = people.person(mention.name)
        for role in mention.roles:
            person.add_role(role)
        if person.intro_role is None and mention.roles:
            person.intro_role = mention.roles[0]
        named.append((person, mention.roles))
        if person.gender is None:
            person.gender = (
                _honorific_gender(sentence, mention.start)
                or next((g for g in map(role_gender, mention.roles) if g), None)
                or GIVEN_NAME_GENDER.get(mention.name.split()[0].lower())
            )
        mentions.append((mention.start, mention.end, person))
    if titles:
        mentions.extend(_titled_surnames(people, sentence, mentions))
    mentions.extend(_surname_mentions(people, sentence, mentions))
    if "," in sentence:
        mentions.extend(_relatives_by_given_name(people, sentence, mentions))
    if not mentions:
        subject = _lone_subject(people, sentence, following)
        if subject is not None:
            mentions.append(subject)
    if mentions:  # most sentences name nobody: nothing to order or learn from
        mentions.sort(key=lambda item: item[0])
        _learn_gender(sentence, mentions)
    if may_name_organization(sentence):
        _introduce_organizations(people, sentence)
    return Introduced(mentions, named)


def _qualifies_name(sentence: str, surname_end: int, name_start: int) -> bool:
    """Whether the surname ending at `surname_end` only says whose job the full name at
    `name_start` has: "Webb aide Ana Ruiz", not "Webb told Ana Ruiz"."""
    if not _MODIFIER_GAP.fullmatch(sentence, surname_end, name_start):
        return False
    job = words_of(sentence[surname_end:name_start])
    return bool(job) and is_role_word(job[-1].text)


def _introduce_organizations(people: People, sentence: str) -> None:
    for pattern in (_ORGANIZATION_APPOSITIVE, _CORPORATE_SUFFIX):
        for match in pattern.finditer(sentence):
            name = match.group(1)
            first = name.split()[0].lower()
            if "_" in name or first in NOT_NAME_WORDS or people.known(name):
                continue
            people.organization(name)


def _titled_surnames(
    people: People, sentence: str, full: list[tuple[int, int, Person]]
) -> list[tuple[int, int, Person]]:
    """`Mr. Okafor`, `Sen. Okafor`, `President Okafor`: a title before a surname alone
    introduces that person, with the gender or the job the title gives."""
    found = []
    for match in TITLED_SURNAME.finditer(sentence):
        if any(s <= match.start(2) < e for s, e, _ in full):
            continue
        title = match.group(1).lower()
        surname = match.group(2)
        if title in HONORIFICS and is_role_word(surname):
            person = people.person(surname)  # "Mr. Provost", "Ms. Bishop": a surname after all
        else:
            person = people.lone_name(surname)
        if person is None or person.kind is not SpeakerKind.PERSON:
            continue
        if person.gender is None:
            person.gender = HONORIFICS.get(title)
        # A courtesy title ("Dr.", "Rev.") is part of how the name is written, no job.
        if title in TITLE_ABBREVIATIONS or title not in NAME_HONORIFICS:
            person.add_role(TITLE_ABBREVIATIONS.get(title, match.group(1)))
        found.append((match.start(2), match.end(2), person))
    return found


# `"…," he said`, `He added, "…"`: the next words say what "he" or "she" said.
_SPEAKING_PRONOUN = re.compile(r"(?<![\w'’])([Hh]e|[Ss]he) ([a-z]+)")
_AS_FOR = re.compile(r"(?:^|\W)as for$")


def _surname_mentions(
    people: People, sentence: str, full: list[tuple[int, int, Person]]
) -> list[tuple[int, int, Person]]:
    """`Whitfield addressed the court`, `Nwosu's team`: a known person's name alone."""
    if not people.by_word:
        return []
    found = []
    for match in CAPITALIZED_WORD.finditer(sentence):
        word = match.group(0)
        if name_word(word) not in people.by_word or word.lower() in NOT_NAME_WORDS:
            continue
        if any(s <= match.start() < e for s, e, _ in full):
            continue
        before = sentence[: match.start()].rstrip().lower()
        if before.rsplit(" ", 1)[-1] in NOT_NAME_AFTER and not _AS_FOR.search(before):
            continue  # "the Webb family", "in Harlow County": not the person; "As for Webb," is
        if any(_qualifies_name(sentence, match.end(), s) for s, _, _ in full):
            continue  # "Webb aide Dana Ortiz", "Webb's campaign manager Dana Ortiz"
        person = people.known_by_word(word)
        if person is not None:
            found.append((match.start(), match.end(), person))
    return found


def _lone_subject(
    people: People, sentence: str, following: Callable[[], str]
) -> tuple[int, int, Person] | None:
    """`Rimstad waved his hand.`: a capitalized word opening a sentence that names
    nobody else, right before a word shaped like a verb ("waved", "says", "had",
    "openly"), with "he" or "she" (his, her) later in the sentence, is a person even
    when the article never gave the full name; so is one whose next sentence says what
    "he" or "she" said (`Rimstad dodged the question. "…," he said.`)."""
    # "his" or "herself", not "he": in "Ohio was only doing its job, he said" he is
    # someone else. Searched first: most sentences have none.
    cue_word = _OWN_GENDER_CUE.search(sentence)
    if cue_word is None and not _may_open_a_sentence(sentence):
        return None  # "Michigan is at stake.", "Local officials said": no person
    words = words_of(sentence[:MAX_SUBJECT_LOOKAHEAD_CHARS])
    while words and words[0].text.lower() in SENTENCE_OPENERS:
        words = words[1:]
    if len(words) < 2:
        return None
    subject, verb = words[0], words[1]
    if (
        sentence[subject.end : verb.start] != " "
        or not verb.text.islower()
        or not (verb.text.endswith(("ed", "s", "ly")) or verb.text in VERB_LEADS)
        or verb.text in COPULAS
        or verb.text in NOT_NAME_AFTER
        or verb.text in DETERMINERS
        or verb.text in INSTITUTION_CONNECTORS
        or subject.text.lower() in NOT_LONE_NAMES
        or not may_be_surname(subject.text)
    ):
        return None
    cue_word = _OWN_GENDER_CUE.search(sentence, verb.end)
    if cue_word is not None:
        gender = OWN_GENDER_CUES[cue_word.group(0)]
    else:
        # Weaker evidence than "his": the verb must be one ("Similar listings were" is no
        # subject and verb), in the past tense or led by an auxiliary or adverb
        if not (verb.text.endswith("ed") or verb.text in VERB_LEADS):
            return None
        speaking = _SPEAKING_PRONOUN.search(following())
        if speaking is None or speaking.group(2).lower() not in SPEECH_VERBS:
            return None
        gender = PRONOUNS[speaking.group(1).lower()]
    person = people.lone_name(subject.text)
    if person is None or person.kind is not SpeakerKind.PERSON:
        return None
    if person.gender is None:
        person.gender = gender
    return subject.start, subject.end, person


# "his wife, Anna,": a relative introduced by a given name alone, whose gender the
# relation gives.
_RELATIVE_GENDER = {
    "wife": "f",
    "mother": "f",
    "daughter": "f",
    "sister": "f",
    "husband": "m",
    "father": "m",
    "son": "m",
    "brother": "m",
}
_RELATIVE_BY_GIVEN_NAME = re.compile(
    rf"\b(?:his|her|their) ({'|'.join(_RELATIVE_GENDER)}), ([A-Z][a-z]+),"
)


def _relatives_by_given_name(
    people: People, sentence: str, mentions: list[tuple[int, int, Person]]
) -> list[tuple[int, int, Person]]:
    found = []
    for match in _RELATIVE_BY_GIVEN_NAME.finditer(sentence):
        start, end = match.span(2)
        if any(s <= start < e for s, e, _ in mentions) or not may_be_surname(match.group(2)):
            continue
        person = people.lone_name(match.group(2))
        if person is None or person.kind is not SpeakerKind.PERSON:
            continue
        if person.gender is None:
            person.gender = _RELATIVE_GENDER[match.group(1)]
        found.append((start, end, person))
    return found


def _may_open_a_sentence(sentence: str) -> bool:
    """The cheap test before the next words are read: a capitalized word first."""
    stripped = sentence.lstrip()
    return bool(stripped) and stripped[0].isupper()


def _honorific_gender(sentence: str, name_start: int) -> str | None:
    before = words_of(sentence[:name_start][-6:])
    return HONORIFICS.get(before[-1].text.lower()) if before else None


def _learn_gender(sentence: str, mentions: list[tuple[int, int, Person]]) -> None:
    """`Marsh said the fraud weighed heavily in her decision`: with one person in the
    sentence, a pronoun after their name refers back to them."""
    people = {id(person): person for _, _, person in mentions}
    if len(people) != 1:
        return
    _, end, person = mentions[0]
    if person.gender is not None or person.kind is not SpeakerKind.PERSON:
        return
    for word in LOWER_WORD.findall(sentence[end:]):
        if word in GENDER_CUES:
            person.gender = GENDER_CUES[word]
            return
