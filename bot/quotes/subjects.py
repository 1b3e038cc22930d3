"""Stage four: who a phrase names, as the subject of a speech verb, the owner of a claim,
an organization or a group, resolved against the people the article has named.

Every look-up notes how it found its answer in `how` (what `forum-bot quotes --explain`
shows). What it changes in People is what the article just taught: a name it meets is
registered (an organization as the latest named), a surname found alone becomes an alias,
and "she said" gives the person it resolves to a gender. Recency it leaves to the reader.
"""

from __future__ import annotations

import re
from itertools import pairwise

from bot.quotes.lexicon import (
    ABBREVIATED_TITLES,
    CORPORATE_SUFFIXES,
    DETERMINERS,
    DOCUMENT_WORDS,
    GROUP_NOUNS,
    INSTITUTION_CONNECTORS,
    INSTITUTION_NOUNS,
    NOT_LONE_NAMES,
    NOT_NAME_AFTER,
    NOT_NAME_WORDS,
    ORGANIZATION_NOUNS,
    PARTY_WORDS,
    PRONOUNS,
    SENTENCE_OPENERS,
    is_role_word,
)
from bot.quotes.mentions import name_word, names_in
from bot.quotes.people import People, Person
from bot.quotes.wording import (
    LEADING_THE,
    POSSESSIVE,
    WORD,
    Word,
    capitalized_run,
    is_passive_voice,
    is_title_word,
    may_be_surname,
    without_verb_lead,
    word_count,
    words_of,
)

# A subordinate clause's conjunction before its subject: no part of a group's name.
_CLAUSE_OPENER = re.compile(
    r"\s*(?:as|while|when|after|before|because|since|although|though|whereas|until|once)\s",
    re.IGNORECASE,
)
# "the ", "the shipping ", "the state-run news ": what stands before an organization noun.
THE_AND_DESCRIPTION = re.compile(r"(?<![\w-])[Tt]he ((?:[a-z][a-z-]* ){0,2})$")
# "the HFA report": a document an organization, written by its acronym, issued speaks for it
# (a person's name before "report" may be its subject, not its author: not taken).
_ACRONYM_DOCUMENT = re.compile(r"(?<![\w'’])[Tt]he ([A-Z]{2,6}) [a-z]+\s*$")
_PARENTHETICAL_AT_END = re.compile(r"\([^()]{1,40}\)[\s,]*$")
# The topic line of a list entry, up to its colon, before the capitalized words that follow.
_HEADING = re.compile(r"^[^:]*:\s+(?=[A-Z])")
PHRASE_END = re.compile(r"[,.;:!?]")
_ABBREVIATED_WORD = re.compile(
    rf"(?<![\w.])(?:[A-Z]|{'|'.join(w.capitalize() for w in sorted(ABBREVIATED_TITLES))})$"
)
_CORPORATE_SUFFIX_WORDS = frozenset(suffix.lower() for suffix in CORPORATE_SUFFIXES)
# ", the company's chief executive said in a statement.": a trailing attribution is short.
MAX_TRAILING_SUBJECT_WORDS = 6
# "Sen. Ana Ruiz (D-Ore.), a strategist, said": the words a name with its title may take.
MAX_NAME_HEAD_WORDS = 6
MIN_STATEMENT_WORDS = 4
MAX_TITLE_ABBREVIATION_CHARS = 6  # "Supt" and the character before it
# `Ruiz's recent evidence-free claim`: how far before a speech noun its owner may stand.
MAX_OWNER_DISTANCE = 4
# After a name, words that make it no clause's subject alone: "Ruiz and Hale shared ...".
_NOT_SAYING = frozenset("and or".split())


# `"…," coastal engineers Ana Ruiz and ... wrote`: the describing words before such a name.
MAX_NAME_LEAD_WORDS = 3
# `Former Ohio state senator Ana Ruiz ...`: the title words before a sentence's subject.
MAX_TITLE_LEAD_WORDS = 5
# `In a Monday interview, Ruiz ...`: the opening phrase before a sentence's subject.
MAX_OPENING_PHRASE_WORDS = 6
_APPOSITIVE_DASH = re.compile(r"\s*(?:—|–|--|(?<=\s)-(?=\s))")


def dashes_as_commas(text: str) -> str:
    """`X -- who lost to Y -- said`: dashes around an appositive read as its commas (each
    character keeps its index)."""
    if "-" not in text and "—" not in text and "–" not in text:
        return text
    return _APPOSITIVE_DASH.sub(lambda m: "," + " " * (len(m.group(0)) - 1), text)


_BEFORE_A_PLACE = frozenset("in at from near outside across throughout".split())


def _is_place_after_place(segments: list[str], number: int) -> bool:
    """`… the storm in Marlow Creek, Ostland, in July, said`: one capitalized word after
    a segment ending in a place ("in Marlow Creek") is the place's region, no name."""
    words = words_of(segments[number])
    before = list(words_of(segments[number - 1])) if number > 0 else []
    if len(words) != 1 or not before or not before[-1].text[0].isupper():
        return False
    while before and before[-1].text[0].isupper():  # "in Marlow Creek": the place's words
        before.pop()
    return bool(before) and before[-1].text.lower() in _BEFORE_A_PLACE


def _phrase_end(text: str) -> int:
    """Where the phrase opening `text` ends: at its first comma or stop mark, but not at
    the period of a title or an initial ("said Navy spokesman Capt. Ana Ruiz.")."""
    for mark in PHRASE_END.finditer(text):
        window = max(0, mark.start() - MAX_TITLE_ABBREVIATION_CHARS)
        if mark.group(0) != "." or not _ABBREVIATED_WORD.search(text, window, mark.start()):
            return mark.start()
    return len(text)


class Subjects:
    """Finds speakers in phrases of one article; `how` says how the last one was found."""

    def __init__(self, people: People) -> None:
        self.people = people
        self.how = ""
        # "A federal judge ... calling it "a betrayal"": a statement whose speaker is named
        # only later ("U.S. District Judge Helen Marsh"), by the role word it was given.
        self.unnamed_role: str | None = None

    def found(self, person: Person | None, how: str, words: Word | str) -> Person | None:
        """Note how the speaker was found, for `forum-bot quotes --explain`."""
        written = words if isinstance(words, str) else words.text
        self.how = f"{how}: {written!r}"
        return person

    def subject_in(
        self,
        text: str,
        verb_at: int,
        *,
        allow_groups: bool = True,
        forward: bool = False,
        at: int | None = None,
    ) -> Person | None:
        """The speaker named in `text` nearest to the verb (before it, or after it); `at`:
        where `text` starts in the paragraph, when the caller knows."""
        region = text[:verb_at]
        if not forward and region.rstrip(" ,").endswith(")"):
            # "Rep. Ana Ruiz (D-Ore.) said", "Gov. Ana Ruiz (R-OH), said": the party is no subject
            region = _PARENTHETICAL_AT_END.sub(lambda m: " " * len(m.group(0)), region)
        names = names_in(region)  # only where the names are: their roles are not needed
        words = words_of(region)
        if forward and words:
            limit = _phrase_end(region)
            in_phrase = [name for start, _, name in names if start < limit]
            if in_phrase:  # "said Okafor constituent Len Marsh": the full name
                return self.found(self.people.person(in_phrase[0]), "full name", in_phrase[0])
            adjacent = self._capitalized_subject(region, words, forward=True)
            if adjacent is not None:
                return self.found(adjacent, "capitalized words after the verb", words[0])
        if not forward:
            head = self._appositive_head(region)
            if head is not None:
                return head
        ordered = words if forward else list(reversed(words))
        for position, word in enumerate(ordered):
            for start, end, name in names:
                if start <= word.start < end:
                    return self.found(self.people.person(name), "full name", name)
            lowered = word.text.lower()
            if position == 0 and not forward:  # right before the verb: maybe an organization
                organization = self._organization_subject(region, word)
                if organization is not None:
                    return self.found(organization, "organization", word)
                if lowered == "it" and self.people.organizations:  # "It added," after a company
                    return self.found(
                        self.people.organizations[-1], "organization named before", word
                    )
            if lowered in PRONOUNS:
                person = self.people.by_pronoun(lowered, None if at is None else at + word.start)
                if person is not None and person.gender is None:
                    person.gender = PRONOUNS[lowered]  # what "she said" taught about her
                return self.found(person, "pronoun", word)
            # "Marsh said" after "Ruth Marsh": a surname that is also a word
            known_word = name_word(word.text) in self.people.by_word
            if word.text[0].isupper() and (lowered not in NOT_NAME_WORDS or known_word):
                before = region[: word.start].rstrip().rsplit(" ", 1)[-1].lower()
                if before not in NOT_NAME_AFTER:
                    person = self.people.by_surname(word.text)
                    if person is not None:
                        self.people.known_as(person, word.text)
                        return self.found(person, "surname of a person named before", word)
            if region[: word.start].lower().endswith("the "):
                holder = self._role_holder(word)
                if holder is not None:
                    return holder
            if allow_groups and not forward and lowered in GROUP_NOUNS:
                phrase = self._group_phrase(region, word)
                if phrase:
                    return self.found(self.people.group(phrase), "group", phrase)
            if position == 0 and not forward and word.text[0].isupper():
                adjacent = self._capitalized_subject(region, words, forward=False)
                if adjacent is not None:
                    return self.found(adjacent, "capitalized words before the verb", word)
        return None

    def reporting_subject(
        self, sentence: str, verb: Word, clause_from: int, *, at: int
    ) -> Person | None:
        """Who a reporting verb belongs to (`sentence` starts at `at` in the paragraph). A
        participle after a comma ("Fletcher declined to comment, telling reporters ...")
        belongs to the subject that opens the sentence, not to the nearest name (which may
        be an object: "sentenced Gary Whitfield")."""
        if verb.text.lower().endswith("ing") and sentence[: verb.start].rstrip().endswith(","):
            opening = []
            for word in words_of(sentence[: verb.start]):
                lowered = word.text.lower()
                if word.text[0].islower() and lowered not in DETERMINERS:
                    break
                opening.append(word)
            if not opening or opening[0].text.lower() in NOT_NAME_AFTER:
                described = self._described_subject(sentence[: verb.start])
                if described is not None:
                    return described
                subject = self._subject_after_introduction(sentence[: verb.start], at)
                return subject or self.sentence_subject(sentence[: verb.start])
            region = sentence[: opening[-1].end]
            if POSSESSIVE.search(opening[-1].text):
                # "Ana Ruiz's campaign manager Tom Hale said ..., arguing": not the owner
                return self.sentence_subject(sentence[: verb.start])
            if all(name_word(word.text) not in self.people.by_word for word in opening):
                # "Local union chief Tom Hale left early, writing", "Former Lakeland mayor
                # Tom Hale": capitalized words no name has, before lowercase title words,
                # describe the name after them
                titled = self.name_opening(
                    sentence[: verb.start].split(",", 1)[0], MAX_TITLE_LEAD_WORDS
                )
                if titled is not None:
                    return titled
            subject = self.subject_in(region, len(region), forward=True)
            unnamed_role = None
            if subject is None and opening[-1].text.lower() in DETERMINERS:
                # "A federal judge ...": an unnamed subject known by its job
                following = words_of(sentence[opening[-1].end : verb.start])[:3]
                unnamed_role = next(
                    (w.text.lower() for w in following if is_role_word(w.text)), None
                )
                self.unnamed_role = unnamed_role
            if subject is None and unnamed_role is None:
                # "During a speech, Okafor attacked the plan, saying ..."
                subject = self._subject_after_introduction(sentence[: verb.start], at)
            if subject is None and unnamed_role is None:
                # "Former governor Ana Ruiz took to social media, writing ..."
                subject = self.sentence_subject(sentence[: verb.start])
            return subject
        return self.subject_in(
            sentence[clause_from:], verb.start - clause_from, at=at + clause_from
        )

    def clause_subject(self, head: str, *, passive: bool = False) -> Person | None:
        """The person `head` opens with, titles aside, when a lowercase word (the verb)
        follows: "Former aide Tom Hale urged", "He hailed", "Ruiz openly admires"; with
        `passive`, also when that verb is passive ("Ruiz was joined on stage")."""
        words = words_of(head)
        names = names_in(head)
        self.how = ""
        for word in words:
            lowered = word.text.lower()
            person: Person | None = None
            subject_end = word.end
            if lowered in {"he", "she"}:
                person = self.found(self.people.by_pronoun(lowered), "pronoun", word)
            elif (name := next((n for n in names if n[0] <= word.start < n[1]), None)) is not None:
                person = self.found(self.people.person(name[2]), "full name", name[2])
                subject_end = name[1]
            elif word.text[0].isupper() and lowered not in NOT_NAME_WORDS:
                person = self.people.by_surname(word.text)
                if person is not None:
                    self.found(person, "surname of a person named before", word)
            elif word.text[0].islower() and not is_title_word(word.text):
                return None
            if person is not None:
                return person if self._opens_clause(head, subject_end, passive=passive) else None
        return None

    def sentence_subject(self, head: str) -> Person | None:
        """The person opening the sentence `head` begins, past an opening phrase and a
        title: a verb after "and" shares that subject (`As the crowd cheered, Ruiz was
        joined on stage by Hale and joked, "…"`), and so does a colon ending the sentence
        (`Board Chair Ana Ruiz, of the east ward, had a message for Hale: "…"`), not the
        nearest name."""
        words = words_of(head)
        while words and words[0].text.lower() in SENTENCE_OPENERS:  # "And then Ruiz said"
            head = head[words[0].end :].lstrip(" ,")
            words = words_of(head)
        # "When Hale died, Ruiz released a statement:": not the subordinate clause's subject
        opener = _CLAUSE_OPENER.match(head)
        speaker = None if opener else self.clause_subject(head, passive=True)
        rest = head
        while speaker is None:  # "In June, after the storm, Ruiz ...": past each phrase
            comma = rest.find(", ")
            if comma < 0 or word_count(rest[:comma]) > MAX_OPENING_PHRASE_WORDS:
                break
            rest = rest[comma + 2 :]
            speaker = self.clause_subject(rest, passive=True)
        if speaker is None:
            speaker = self.name_opening(head.split(",", 1)[0], MAX_TITLE_LEAD_WORDS)
        return speaker

    def name_opening(self, text: str, most_lead: int = MAX_NAME_LEAD_WORDS) -> Person | None:
        """The full name `text` opens with, after describing words at most ("nuclear
        experts Ana Ruiz and ..."), when it is nobody's owner and follows no preposition
        ("a spokesperson for Ana Ruiz" is no Ruiz)."""
        named = names_in(text)
        # "Ana Ruiz's campaign manager Tom Hale": the owner is no subject, the next name is
        while named and POSSESSIVE.match(text[named[0][1] : named[0][1] + 2]):
            named = named[1:]
        if not named:
            return None
        name_start, _, name = named[0]
        lead = [word.text.lower() for word in words_of(text[:name_start])]
        if len(lead) > most_lead:
            return None
        if any(word in NOT_NAME_AFTER or word in {"by", "with", "and"} for word in lead):
            return None
        return self.found(self.people.person(name), "full name", name)

    def holder_of_owned_role(self, head: str, appositive: str) -> Person | None:
        """`Ana Ruiz's chief of staff, Tom Hale, said`: after a job its owner's name
        qualifies, the appositive that is a full name alone names the speaker."""
        if "'s " not in head and "’s " not in head:
            return None
        appositive = appositive.strip().removesuffix(",").strip()
        named = names_in(appositive)
        if len(named) != 1 or named[0][2] != appositive:
            return None
        return self.found(self.people.person(appositive), "full name after a job", appositive)

    def owner_before(
        self, sentence: str, words: tuple[Word, ...], noun: int, at: int
    ) -> Person | None:
        """Whose the noun at words[noun] is: `his`, `her`, `Ruiz's`, `Ana Ruiz's`, a few
        describing words between ("Ruiz's recent evidence-free claim"); `sentence` starts
        at `at` in its paragraph."""
        for word in reversed(words[max(0, noun - MAX_OWNER_DISTANCE) : noun]):
            lowered = word.text.lower()
            if lowered in {"his", "her"}:
                pronoun = "he" if lowered == "his" else "she"
                person = self.people.by_pronoun(pronoun, at + word.start)
                return self.found(person, "pronoun", word)
            if POSSESSIVE.search(word.text) and word.text[0].isupper():
                owner_end = word.end - 2
                full = next((n for n in names_in(sentence[:owner_end]) if n[1] == owner_end), None)
                if full is not None:
                    return self.found(self.people.person(full[2]), "full name", full[2])
                bare = word.text[:-2]
                person = self.people.by_surname(bare)
                return self.found(person, "surname of a person named before", bare)
            if not lowered.islower() or lowered in DETERMINERS:
                return None  # "the claim", "a Senate claim": nobody's own
        return None

    def trailing_attribution(self, clause: str, verb: Word, at: int) -> Person | None:
        """The speaker of `..., officials said.` / `..., the authors noted in the study.`:
        named between the last comma and the verb, with little after the verb and a
        statement of some length before the comma."""
        comma = clause.rfind(",", 0, verb.start)
        if comma < 0 or word_count(clause[:comma]) < MIN_STATEMENT_WORDS:
            return None
        if word_count(clause[comma + 1 : verb.start]) > MAX_TRAILING_SUBJECT_WORDS:
            return None
        if word_count(clause[verb.end :]) > MAX_TRAILING_SUBJECT_WORDS:
            return None
        tail = clause[comma + 1 :]
        return self.subject_in(tail, verb.start - comma - 1, at=at + comma + 1)

    def group_after(self, text: str) -> Person | None:
        """`"…," said protesters outside the building`: a group named after the verb."""
        phrase = PHRASE_END.split(text, maxsplit=1)[0].strip()
        leading = [w.lower() for w in WORD.findall(phrase)[:3]]
        if "_" in phrase or not any(w in GROUP_NOUNS for w in leading):
            return None
        return self.people.group(phrase)

    def _appositive_head(self, region: str) -> Person | None:
        """`Ana Ruiz, a strategist who worked for Tom Hale, wrote`: a verb right after an
        appositive's closing comma belongs to the name the appositive describes, not to a
        name inside it. Auxiliaries and adverbs may sit between that comma and the verb
        ("X, whom Y defeated, had pledged", "X, a Y aide, quickly added")."""
        stripped = dashes_as_commas(without_verb_lead(region)).rstrip()
        if not stripped.endswith(","):
            return None
        segments = stripped[:-1].split(",")
        for number in range(len(segments) - 2, -1, -1):
            # "Ferry fares: Ana Ruiz, who ..., said": a heading before a colon is no subject
            segment = _HEADING.sub("", segments[number])
            words = words_of(segment)
            if not words or "_" in segment:
                continue
            if _is_place_after_place(segments, number) and not self.people.names_known_person(
                segment, {word.text.lower() for word in words}
            ):
                continue
            owned = self.holder_of_owned_role(segment, segments[number + 1])
            if owned is not None:
                return owned
            if not words[0].text[0].isupper():
                # "81-year-old Ana Ruiz, a strategist, said": a name after an age or a job
                named = names_in(segment) if len(words) <= MAX_NAME_HEAD_WORDS else []
                if not named:
                    continue
                return self.found(self.people.person(named[-1][2]), "full name", named[-1][2])
            if len(words) > MAX_NAME_HEAD_WORDS:
                return None
            return self.subject_in(segment, len(segment), allow_groups=False, forward=True)
        return None

    def _capitalized_subject(
        self, region: str, words: tuple[Word, ...], *, forward: bool
    ) -> Person | None:
        """`"…," McTavish said`, `said Sen. Okafor`, `the White House said`: capitalized
        words right next to the verb name its speaker even when the article never gave a
        full name: one word is a surname, several that are no person's name an organization.
        """
        run = capitalized_run(region, words, forward=forward)
        while run and is_title_word(run[0].text):
            run = run[1:]  # "Sen. Okafor", "President Alvarez": the title is no name
        if not run:
            return None
        if len(run) == 1:
            return self.people.lone_name(run[0].text)
        name = region[run[0].start : run[-1].end]
        if "_" in name or run[0].text.lower() in NOT_LONE_NAMES:
            return None
        people = names_in(name)
        if people:  # "said Dr. Amara Quenby": the run holds a full name after its title
            return self.people.person(people[0][2])
        if any(word.text.lower() in DOCUMENT_WORDS for word in run):
            return None  # "the Harbor Charter says": a document, not a speaker
        if any(len(w.text) == 1 for w in run) and all(
            len(w.text) == 1 or may_be_surname(w.text) for w in run
        ):
            return self.people.person(name)  # "Amos Q. Whitlock wrote": a name with an initial
        titled = [i for i, word in enumerate(run[:-1]) if is_title_word(word.text)]
        if titled:  # "US Senator Ada Hedges": whatever follows the title is the name
            named = region[run[titled[-1] + 1].start : run[-1].end]
            return (
                self.people.person(named)
                if len(named.split()) > 1
                else self.people.lone_name(named)
            )
        return self.people.organization(name)

    def _organization_subject(self, region: str, word: Word) -> Person | None:
        lowered = word.text.lower()
        issuer = _ACRONYM_DOCUMENT.search(region)
        if issuer is not None and lowered in DOCUMENT_WORDS:
            return self.people.organization(issuer.group(1))  # "the HFA report stated"
        if word.text[0].isupper() and self.people.organizations:
            # "Samsung Electronics Co. said": an organization named earlier in the sentence
            # (its name holds a business word, so it is no person's name).
            tail = region[: word.start] if lowered in _CORPORATE_SUFFIX_WORDS else region
            tail = tail.rstrip(" .")
            for organization in reversed(self.people.organizations):
                if tail.endswith(organization.name):
                    return organization
        if word.text[0].isupper() and (
            lowered in INSTITUTION_NOUNS or self._ends_institution_name(region, word)
        ):
            return self._institution_before(region, word)
        described = THE_AND_DESCRIPTION.search(region[: word.start])
        if lowered in ORGANIZATION_NOUNS and described:
            # "the company", "the rights group"
            return self.people.organization_for(lowered, described.group(1) or "")
        return None

    def _institution_before(self, region: str, noun: Word) -> Person | None:
        """`The Alzheimer's Society said`: an institution named as the subject of its clause."""
        words = words_of(region[: noun.end])
        index = len(words) - 1
        while index > 0:
            previous = words[index - 1]
            gap = region[previous.end : words[index].start]
            if gap.strip() or not (
                previous.text[0].isupper() or previous.text.lower() in INSTITUTION_CONNECTORS
            ):
                break
            index -= 1
        while index < len(words) - 1 and words[index].text.lower() in INSTITUTION_CONNECTORS:
            index += 1
        lead = region[: words[index].start].rstrip()
        lead = LEADING_THE.sub("", lead).rstrip()
        if lead and not lead.endswith((",", ";", ":", "—")):  # "experts from the X said"
            return None
        name = region[words[index].start : noun.end]
        if "_" in name or len(name.split()) < 2:
            return None
        return self.people.organization(name)

    @staticmethod
    def _ends_institution_name(region: str, last: Word) -> bool:
        """`The Ministry of Fisheries said`: capitalized words before the verb that hold an
        institution noun followed by "of" or "for"."""
        words = words_of(region[: last.end])
        name: list[str] = []
        for word in reversed(words):
            if not (word.text[0].isupper() or word.text.lower() in INSTITUTION_CONNECTORS):
                break
            name.insert(0, word.text.lower())
        return any(
            noun in INSTITUTION_NOUNS and following in {"of", "for"}
            for noun, following in pairwise(name)
        )

    @staticmethod
    def _group_phrase(region: str, noun: Word) -> str | None:
        """`distinguished scholars from X and Y` up to the verb, when it opens its clause."""
        clause_start = max(region.rfind(",", 0, noun.start), region.rfind(";", 0, noun.start))
        opener = _CLAUSE_OPENER.match(region, clause_start + 1, noun.start)
        if opener:  # ", as officials said": the group is "officials"
            clause_start = opener.end() - 1
        lead = region[clause_start + 1 : noun.start]
        lead_words = [w.lower() for w in WORD.findall(lead)]
        if lead_words[:1] == ["the"]:
            lead_words = lead_words[1:]  # "the authors noted": "the" opens the group itself
        if any(w in NOT_NAME_AFTER or w in {"by", "with", "and"} for w in lead_words):
            return None
        if any(w[0].isupper() for w in WORD.findall(lead)[1:]):
            return None
        phrase = region[clause_start + 1 :].strip(" ,")
        return phrase if phrase and "_" not in phrase else None

    def _described_subject(self, before_verb: str) -> Person | None:
        """`The minister rejected the plan, saying ...`: a sentence opened by "the" and a
        role is the person given that role before."""
        opening = words_of(before_verb)[:2]
        if len(opening) < 2 or opening[0].text.lower() != "the":
            return None
        return self._role_holder(opening[1])

    def _role_holder(self, word: Word) -> Person | None:
        """ "the senator said", "the Republican added": the person given that role or
        standing before, when the word is one."""
        lowered = word.text.lower()
        if not (is_role_word(word.text) or lowered in PARTY_WORDS):
            return None
        person = self.people.by_role(lowered)
        return None if person is None else self.found(person, "role given before", word)

    def _subject_after_introduction(self, before_verb: str, at: int) -> Person | None:
        """`In a speech on Monday, Okafor attacked the plan, calling it ...`: the subject of
        the main clause, after the introductory phrases and their commas ("On Monday, after
        the vote, Okafor ...")."""
        comma = before_verb.find(", ")
        while comma >= 0:
            main = before_verb[comma + 2 :]
            words = words_of(main)
            if not words:
                return None
            if words[0].text.lower() in PRONOUNS:
                pronoun_at = at + comma + 2 + words[0].start
                person = self.people.by_pronoun(words[0].text.lower(), pronoun_at)
                return self.found(person, "pronoun", words[0])
            subject = self._capitalized_subject(main, words, forward=True)
            if subject is not None:
                return self.found(subject, "subject of the main clause", words[0])
            comma = before_verb.find(", ", comma + 2)
        return None

    @staticmethod
    def _opens_clause(head: str, subject_end: int, *, passive: bool = False) -> bool:
        """Whether the subject ending at `subject_end` goes on with its own verb: not "Ruiz's
        album", "Ruiz and Hale", nor (unless `passive`) "Ruiz was accused of"."""
        rest = words_of(head[subject_end:])
        if not rest or not rest[0].text[0].islower() or head[subject_end:].startswith(("'", "’")):
            return False
        return rest[0].text.lower() not in _NOT_SAYING and (passive or not is_passive_voice(rest))
