"""The people and organizations one article names: the registry every speaker is found in.

Registering a name (`person`, `group`, `organization`) records it; the look-ups (`by_surname`,
`by_pronoun`, `by_role`, ...) only read. How recently each was mentioned, which pronouns and
surnames resolve by, changes only when the reader calls `mention`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.quotes.lexicon import INSTITUTION_NOUNS, ORGANIZATION_NOUNS, PRONOUNS
from bot.quotes.mentions import name_key, name_word
from bot.quotes.models import SpeakerKind
from bot.quotes.wording import may_be_surname

# A capitalized word that may be a surname written alone, possessive included ("Nwosu's").
# The word boundary before it is written as a lookbehind after the first letter, so that
# the regex engine can skip ahead to capital letters instead of trying every position.
CAPITALIZED_WORD = re.compile(
    r"[A-Z](?<!\w[A-Z])(?:[a-z]+(?:[A-Z][a-z]+)?|['’][A-Z][a-z]+)(?:-[A-Z][a-z]+)*(?=(?:['’]s)?\b)"
)
# "The ministry said" is a ministry the article named, not whichever organization came last.
_ORGANIZATION_KINDS = (ORGANIZATION_NOUNS & INSTITUTION_NOUNS) - frozenset(
    "company group organization organisation".split()
)


@dataclass(eq=False)  # a person is who they are, not what is known of them yet
class Person:
    name: str
    kind: SpeakerKind = SpeakerKind.PERSON
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    gender: str | None = None
    intro_role: str | None = None

    def add_role(self, role: str | None) -> None:
        if role and role.lower() not in (r.lower() for r in self.roles):
            self.roles.append(role)

    def matches_word(self, word: str) -> bool:
        return name_word(word) in name_key(self.name)


class People:
    """Everyone the article has named so far, and who was mentioned most recently."""

    def __init__(self) -> None:
        self.people: dict[frozenset[str], Person] = {}
        self.groups: dict[str, Person] = {}
        self.recent: list[Person] = []  # most recently mentioned last
        # The people the sentence being read names, and where in the paragraph first.
        self.in_sentence: dict[Person, int] = {}
        self.by_word: dict[str, list[Person]] = {}  # each word of each person's name
        self._letters_only_name_words = True  # every key of by_word is ASCII letters only
        self.organizations: list[Person] = []  # most recently named last
        self.speakers: set[Person] = set()  # who has been quoted or reported so far

    # Registering ---------------------------------------------------------------------------

    def person(self, name: str) -> Person:
        key = name_key(name)
        known = self.people.get(key)
        if known is None and len(key) > 1:
            known = self._full_name_of_lone_name(name, key)
        if known is None:
            known = self.people[key] = Person(name)
            for word in key:
                self.by_word.setdefault(word, []).append(known)
            if not all(word.isascii() and word.isalpha() for word in name.split()):
                self._letters_only_name_words = False  # "Park-Lee", "O'Brien"
        elif name != known.name and name not in known.aliases:
            known.aliases.append(name)
        return known

    def _full_name_of_lone_name(self, name: str, key: frozenset[str]) -> Person | None:
        """`"…," Okafor said.` and later `Ada Okafor`: one person, now known by the full
        name (when one person, not two, was known by a word of it alone)."""
        lone = [
            self.people[frozenset((word,))] for word in key if frozenset((word,)) in self.people
        ]
        if len(lone) != 1 or lone[0].kind is not SpeakerKind.PERSON:
            return None
        person = lone[0]
        del self.people[name_key(person.name)]
        person.aliases.append(person.name)
        person.name = name
        self.people[key] = person
        for word in key:
            holders = self.by_word.setdefault(word, [])
            if person not in holders:
                holders.append(person)
        if not all(word.isascii() and word.isalpha() for word in name.split()):
            self._letters_only_name_words = False
        return person

    def mention(self, person: Person) -> None:
        if person in self.recent:
            self.recent.remove(person)
        self.recent.append(person)

    def spoke(self, person: Person) -> None:
        """`person` was given a quotation or reported words: mentioned now, and a speaker."""
        self.mention(person)
        self.speakers.add(person)

    @staticmethod
    def known_as(person: Person, word: str) -> Person:
        """Record that the article writes `person` by this word alone (an alias)."""
        if word not in person.aliases:
            person.aliases.append(word)
        return person

    def lone_name(self, word: str) -> Person | None:
        """One capitalized word naming a speaker: the person of the article who has it as a
        name word, else a person known by that word alone."""
        known = self.known_by_word(word)
        if known is not None and word.lower() not in PRONOUNS:
            # "Provost said", "Charter said" after "Walter Provost", "Gloria Charter": a
            # surname that is also a word or a job names the person who has it
            return self.known_as(known, word)
        return self.person(word) if may_be_surname(word) else None

    def group(self, phrase: str) -> Person:
        phrase = phrase.strip(" ,")
        name = phrase[0].upper() + phrase[1:]
        return self.groups.setdefault(name.lower(), Person(name, kind=SpeakerKind.GROUP))

    def organization(self, name: str) -> Person:
        organization = self.group(name)
        if organization in self.organizations:
            self.organizations.remove(organization)
        self.organizations.append(organization)
        return organization

    def drop_shared_aliases(self) -> None:
        """A surname two people share ("Whitfield") is an alias of neither of them."""
        for word, people in self.by_word.items():
            if len(people) < 2:
                continue
            for person in people:
                person.aliases = [a for a in person.aliases if name_word(a) != word]

    # Look-ups ------------------------------------------------------------------------------

    def known(self, name: str) -> Person | None:
        return self.people.get(name_key(name))

    def by_surname(self, word: str) -> Person | None:
        """The person most recently mentioned who has `word` in their name; when two share
        it, one already quoted or reported first: a relative named in passing between a
        speaker's quotations does not take them over."""
        holders = [
            person
            for person in reversed(self.recent)
            if person.kind is SpeakerKind.PERSON and person.matches_word(word)
        ]
        return next((p for p in holders if p in self.speakers), holders[0] if holders else None)

    def known_by_word(self, word: str) -> Person | None:
        """The person a capitalized word alone names: the latest mentioned who has it."""
        people = self.by_word.get(name_word(word))
        if not people:
            return None
        if len(people) == 1:
            return people[0]
        recent = [person for person in reversed(self.recent) if person in people]
        return next((p for p in recent if p in self.speakers), recent[0] if recent else people[-1])

    def names_known_person(self, text: str, words: set[str]) -> bool:
        """Whether a capitalized word of `text` is a word of a known person's name.

        `words` are the lowercase words of `text` (lower_words). In ASCII text a capitalized
        word without a hyphen is one of them, so when the name words are all plain letters
        and none is among `words`, none is written capitalized either: no regex scan needed.
        """
        if not self.by_word:
            return False
        if (
            self._letters_only_name_words
            and text.isascii()
            and self.by_word.keys().isdisjoint(words)
        ):
            return False
        return not self.by_word.keys().isdisjoint(map(name_word, CAPITALIZED_WORD.findall(text)))

    def by_pronoun(self, pronoun: str, at: int | None = None) -> Person | None:
        """ "he said": the most salient person who may be "he". People named later in the
        sentence being read than the pronoun, which stands at `at` in the paragraph, come
        last ("He said Ortiz had lied": not Ortiz); all it names, when `at` is unknown."""
        gender = PRONOUNS[pronoun.lower()]
        latest_first = [p for p in reversed(self.recent) if p.kind is SpeakerKind.PERSON]
        later = {p for p, first in self.in_sentence.items() if at is None or first >= at}
        people = [p for p in latest_first if p not in later] + [
            p for p in latest_first if p in later
        ]
        return next((p for p in people if p.gender in (None, gender)), None)

    def by_role(self, role_word: str) -> Person | None:
        for person in reversed(self.recent):
            if any(role_word.lower() in role.lower() for role in person.roles):
                return person
        return None

    def organization_for(self, noun: str, description: str = "") -> Person:
        """`the company said`: the organization the article last named, else the phrase
        ("the rights group" when its description is "rights "), an organization from now
        on ("It added, …" after it). "The ministry" is the last one named a ministry, not a
        company named since."""
        kind_named = noun in _ORGANIZATION_KINDS
        phrase = f"the {description}{noun}"
        for organization in reversed(self.organizations):
            name = organization.name.lower()
            if name.startswith("the ") and description and name != phrase.lower():
                continue  # "the state-run news agency" is not "the shipping agency"
            if not kind_named or noun in name.split():
                return organization
        return self.organization(phrase)
