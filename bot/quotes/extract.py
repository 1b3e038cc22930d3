"""Reading one article for who said what: direct quotes, reported statements, speakers.

The article is read in order, as a person reads it: each sentence first introduces the
people it names (with the roles written around them), then its quotes and statements are
attributed, so "he" and "Choi" resolve to the person most recently introduced who fits.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import pairwise

from bot.corpus.models import Article, Paragraph
from bot.corpus.sentences import sentence_spans
from bot.quotes.lexicon import (
    ABBREVIATED_TITLES,
    CALL_VERBS,
    COPULAS,
    DETERMINERS,
    DOCUMENT_WORDS,
    GENDER_CUES,
    GIVEN_NAME_GENDER,
    GROUP_NOUNS,
    HONORIFICS,
    INSTITUTION_NOUNS,
    NAME_HONORIFICS,
    NOT_LONE_NAMES,
    NOT_NAME_AFTER,
    NOT_NAME_WORDS,
    ORGANIZATION_NOUNS,
    OWN_GENDER_CUES,
    PARTY_WORDS,
    PRONOUNS,
    REPORTING_VERBS,
    SENTENCE_OPENERS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    TITLE_ABBREVIATIONS,
    TITLE_CUES,
    TOLD_VERBS,
    VERB_LEADS,
    is_role_word,
    role_gender,
)
from bot.quotes.mentions import may_name_someone, name_key, name_mentions, name_word, names_in
from bot.quotes.models import QuoteKind, SpeakerKind
from bot.quotes.rules import Rule
from bot.quotes.spans import (
    QuoteSpan,
    double_quote_spans,
    has_quote_marks,
    mask,
    single_quoted_spans,
)
from bot.quotes.wording import (
    LEADING_THE,
    LOWER_WORD,
    POSSESSIVE,
    WORD,
    Word,
    anonymous_source,
    capitalized_run,
    clause_goes_on,
    ends_mid_clause,
    first_word,
    is_passive,
    is_passive_voice,
    is_speech_verb,
    is_title_word,
    looks_like_title,
    lower_words,
    may_be_surname,
    names_a_work,
    takes_quoted_object,
    tells_a_listener,
    without_verb_lead,
    word_count,
    words_of,
)

# A subordinate clause's conjunction before its subject: no part of a group's name.
_CLAUSE_OPENER = re.compile(
    r"\s*(?:as|while|when|after|before|because|since|although|though|whereas|until|once)\s",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:while|whereas|but|and)\s+(?=[A-Z])|\s+while\s+(?=[A-Z])")
_ACCORDING_TO = re.compile(r"\baccording to\b", re.IGNORECASE)
# A capitalized word that may be a surname written alone, possessive included ("Nwosu's").
# The word boundary before it is written as a lookbehind after the first letter, so that
# the regex engine can skip ahead to capital letters instead of trying every position.
_CAPITALIZED_WORD = re.compile(
    r"[A-Z](?<!\w[A-Z])(?:[a-z]+(?:[A-Z][a-z]+)?|['’][A-Z][a-z]+)(?:-[A-Z][a-z]+)*(?=(?:['’]s)?\b)"
)
_LEADING_THAT = re.compile(r"^that\b")
# A title and a surname alone, not followed by more of a name: "Mr. Okafor", "Sen.
# Okafor", "President Okafor" (the title's period is optional; "Mr Okafor" in British copy).
_SURNAME_TITLES = frozenset(
    "mr mrs ms miss dr prof rev sen rep gov gen lt col capt sgt president senator governor "
    "judge justice mayor secretary speaker chancellor minister".split()
)
_TITLED_SURNAME = re.compile(
    rf"\b({'|'.join(t.capitalize() for t in sorted(_SURNAME_TITLES))})\.? "
    r"([A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)*)(?![\w'’-]| [A-Z])"
)
# A transcript's speaker label: "WALLACE:", "O'REILLY:".
_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z'’-]+):\s")
_OWN_GENDER_CUE = re.compile(rf"\b(?:{'|'.join(OWN_GENDER_CUES)})\b")
# Between a surname and a full name it qualifies: "Webb aide Ana Ruiz", "Webb's campaign
# manager Ana Ruiz" (the surname only says whose aide she is).
_MODIFIER_GAP = re.compile(r"(?:['’]s)?(?: [\w-]+){1,3} ")
_COMMA = re.compile(r",\s+")
# "the ", "the shipping ", "the state-run news ": what stands before an organization noun.
_THE_AND_DESCRIPTION = re.compile(r"(?<![\w-])[Tt]he ((?:[a-z][a-z-]* ){0,2})$")
_SIGNATURE_DASH = re.compile(r"\s*[―—–]\s*(?=[A-Z])")
_PARENTHETICAL_AT_END = re.compile(r"\([^()]{1,40}\)[\s,]*$")
_ENDS_LIKE_SPEECH = re.compile(r"[.!?,]$")
_PHRASE_END = re.compile(r"[,.;:!?]")
# What may stand between a quotation's last word and a speaker named after it.
_QUOTE_AND_COMMA = " ,\"'“”‘’"
_ABBREVIATED_WORD = re.compile(
    rf"(?<![\w.])(?:[A-Z]|{'|'.join(w.capitalize() for w in sorted(ABBREVIATED_TITLES))})$"
)
# How news copy introduces an organization: "Lumora, the augmented-reality start-up" or
# "Vantage Holdings Inc.".
_CAPITALIZED_PHRASE = r"[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*){0,3}"
_ORGANIZATION_APPOSITIVE = re.compile(
    rf"(?<![\w'’])({_CAPITALIZED_PHRASE}),\s+(?:the|a|an)\s+(?:[\w$-]+\s+){{0,3}}?"
    rf"({'|'.join(sorted(ORGANIZATION_NOUNS, key=len, reverse=True))})\b"
)
_CORPORATE_SUFFIXES = "Co|Inc|Corp|Ltd|LLC|plc|Holdings|Group"
_CORPORATE_SUFFIX_WORDS = frozenset(_CORPORATE_SUFFIXES.lower().split("|"))
_CORPORATE_SUFFIX = re.compile(rf"(?<![\w'’])({_CAPITALIZED_PHRASE}) (?:{_CORPORATE_SUFFIXES})\b")
# The cheap test before the two patterns above: most sentences name no organization. Two
# patterns that each start with a literal are searched much faster than their alternation.
_APPOSITIVE_HINT = re.compile(r", (?:the|an?) ")
_CORPORATE_HINT = re.compile(rf" (?:{_CORPORATE_SUFFIXES})\b")
_REPORTED_THAT = frozenset("reported reports".split())
_STATEMENT_VERBS = REPORTING_VERBS | TOLD_VERBS | _REPORTED_THAT
# "The ministry said" is a ministry the article named, not whichever organization came last.
_ORGANIZATION_KINDS = (ORGANIZATION_NOUNS & INSTITUTION_NOUNS) - frozenset(
    "company group organization organisation".split()
)
# Words that may sit inside an institution's name: "Ministry of Foreign Affairs".
_INSTITUTION_CONNECTORS = frozenset("of for and & the on".split())
MIN_UNCUED_QUOTE_WORDS = 5
# An uncued quote right after an attributed one of its paragraph: "This bill ends that."
MIN_FOLLOWING_QUOTE_WORDS = 2
# Several times the longest sentence of real news copy; a line of hostile or broken input
# runs on far longer, and the name and role searches grow with the square of a sentence.
MAX_SENTENCE_CHARS = 3_000
# ", the company's chief executive said in a statement.": a trailing attribution is short.
MAX_TRAILING_SUBJECT_WORDS = 6
MIN_QUOTE_WORDS = 2
# "Sen. Ana Ruiz (D-Ore.), a strategist, said": the words a name with its title may take.
MAX_NAME_HEAD_WORDS = 6
# A quoted fragment inside a reported statement: "called it a "personal insult"".
MIN_FRAGMENT_WORDS = 2
# `"…," Name, an appositive of some length, said`: how far the verb may follow the name.
MAX_APPOSITIVE_WORDS = 30
# `"…," nuclear experts Ana Ruiz and ... wrote`: the describing words before such a name.
MAX_NAME_LEAD_WORDS = 3
# `Former Ohio state senator Ana Ruiz ...`: the title words before a sentence's subject.
MAX_TITLE_LEAD_WORDS = 5
# `"…!" Sen. Okafor said.`: the verb among the next sentence's first words.
MAX_NEXT_SENTENCE_VERB_AT = 6
MIN_STATEMENT_WORDS = 4
MAX_TITLE_ABBREVIATION_CHARS = 6  # "Supt" and the character before it
# `Okafor, the harbour chief, agreed strongly.`: the words of a sentence announcing a quote.
MAX_LEAD_IN_WORDS = 10
# A sentence's subject and its verb stand among its first words.
MAX_SUBJECT_LOOKAHEAD_CHARS = 120
# `what the two largest unions have called a "…"`: the words between "what" and the verb.
MAX_LABEL_SUBJECT_WORDS = 6
# `Ruiz's recent evidence-free claim`: how far before a speech noun its owner may stand.
MAX_OWNER_DISTANCE = 4
# After a name, words that make it no clause's subject alone: "Ruiz and Hale shared ...".
_NOT_SAYING = frozenset("and or".split())
# `In a Monday interview, Ruiz hailed ...`: the opening phrase before a clause's subject.
MAX_OPENING_PHRASE_WORDS = 6


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


@dataclass
class Extracted:
    paragraph: Paragraph
    text: str
    kind: QuoteKind
    speaker: Person | None
    start: int
    end: int
    continues_into: list[str] = field(default_factory=list)
    within: Extracted | None = None  # the reported statement a quoted fragment belongs to
    rule: str = ""  # which attribution rule gave the speaker (see Rule)
    mention: str = ""  # the words the speaker was found by, and how they were read


def _qualifies_name(sentence: str, surname_end: int, name_start: int) -> bool:
    """Whether the surname ending at `surname_end` only says whose job the full name at
    `name_start` has: "Webb aide Ana Ruiz", not "Webb told Ana Ruiz"."""
    if not _MODIFIER_GAP.fullmatch(sentence, surname_end, name_start):
        return False
    job = words_of(sentence[surname_end:name_start])
    return bool(job) and is_role_word(job[-1].text)


def _phrase_end(text: str) -> int:
    """Where the phrase opening `text` ends: at its first comma or stop mark, but not at
    the period of a title or an initial ("said Navy spokesman Capt. Ana Ruiz.")."""
    for mark in _PHRASE_END.finditer(text):
        window = max(0, mark.start() - MAX_TITLE_ABBREVIATION_CHARS)
        if mark.group(0) != "." or not _ABBREVIATED_WORD.search(text, window, mark.start()):
            return mark.start()
    return len(text)


_APPOSITIVE_DASH = re.compile(r"\s*(?:—|–|--|(?<=\s)-(?=\s))")


def _dashes_as_commas(text: str) -> str:
    """`X -- who lost to Y -- said`: dashes around an appositive read as its commas (each
    character keeps its index)."""
    if "-" not in text and "—" not in text and "–" not in text:
        return text
    return _APPOSITIVE_DASH.sub(lambda m: "," + " " * (len(m.group(0)) - 1), text)


# Before the object of a verb or a preposition: "a message to Ruiz:", "spoke with Ruiz:".
_BEFORE_AN_OBJECT = frozenset("to for with at from of by in on about against into".split())
# "delivered a blunt message to the Dutch daily Harbor Post:": the words back to that word.
MAX_OBJECT_LEAD_WORDS = 4


def _ends_with_its_speaker(head: str) -> bool:
    """Whether a lead-in before a colon ends with a capitalized name that is no object
    of a preposition: "Polls surprised pollster Ana Ruiz:", "Notes - Ana Ruiz:" are hers;
    "Ruiz delivered a message to Hale:" is not Hale's."""
    words = words_of(head)
    if not words or not words[-1].text[0].isupper() or head[words[-1].end :].strip():
        return False
    lead = [word.text.lower() for word in words[-MAX_OBJECT_LEAD_WORDS - 2 : -1]]
    return _BEFORE_AN_OBJECT.isdisjoint(lead)


def _follows_and(words: tuple[Word, ...], index: int) -> bool:
    """Whether words[index] comes right after "and", an adverb aside ("and then said",
    "and quickly added"): a verb sharing the subject of the clause before."""
    before = [word.text.lower() for word in words[max(0, index - 2) : index]]
    if before and (before[-1] in VERB_LEADS or before[-1].endswith("ly")):
        before = before[:-1]
    return bool(before) and before[-1] == "and"


def _may_name_organization(text: str) -> bool:
    return bool(_APPOSITIVE_HINT.search(text) or _CORPORATE_HINT.search(text))


class ArticleReader:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.people: dict[frozenset[str], Person] = {}
        self.groups: dict[str, Person] = {}
        self.recent: list[Person] = []  # most recently mentioned last
        # The people the sentence being read names, and where in the paragraph first.
        self._in_sentence: dict[Person, int] = {}
        # How the last speaker was found, and by which rule: what --explain shows.
        self._how = ""
        self._rule = ""
        self.by_word: dict[str, list[Person]] = {}  # each word of each person's name
        self._letters_only_name_words = True  # every key of by_word is ASCII letters only
        self.organizations: list[Person] = []  # most recently named last
        self.found: list[Extracted] = []
        self._open_quote: Extracted | None = None
        # "A federal judge ... calling it "a betrayal"": a statement whose speaker is named
        # only later ("U.S. District Judge Helen Marsh"), by the role word it was given.
        self._unnamed_role: str | None = None
        self._awaiting_name: tuple[Extracted, str] | None = None
        self._awaiting_paragraphs = 0
        self._previous_paragraph: Paragraph | None = None
        # Whose direct quote ended the previous paragraph, or who a lead-in ending it with
        # a colon named ("Okafor continued:"): news style opens the next one with their
        # words and no attribution. The rule and how they were found go with them.
        self._carried_speaker: Person | None = None
        self._carried_rule = ""
        self._carried_how = ""
        self._lead_in: tuple[Person, str] | None = None
        self._titles_in_paragraph = False  # "Mr", "Sen": a titled surname may be in it

    # People --------------------------------------------------------------------------

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

    def _mention(self, person: Person) -> None:
        if person in self.recent:
            self.recent.remove(person)
        self.recent.append(person)

    def _by_surname(self, word: str) -> Person | None:
        """The person most recently mentioned who has `word` in their name."""
        for person in reversed(self.recent):
            if person.kind is SpeakerKind.PERSON and person.matches_word(word):
                return person
        return None

    @staticmethod
    def _known_as(person: Person, word: str) -> Person:
        """Record that the article writes `person` by this word alone (an alias)."""
        if word not in person.aliases:
            person.aliases.append(word)
        return person

    def _known_by_word(self, word: str) -> Person | None:
        """The person a capitalized word alone names: the latest mentioned who has it."""
        people = self.by_word.get(name_word(word))
        if not people:
            return None
        if len(people) == 1:
            return people[0]
        for person in reversed(self.recent):
            if person in people:
                return person
        return people[-1]

    def _names_known_person(self, text: str, words: set[str]) -> bool:
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
        return not self.by_word.keys().isdisjoint(map(name_word, _CAPITALIZED_WORD.findall(text)))

    def _has_nothing_to_read(self, text: str) -> bool:
        """No quotation mark, speech verb, name, known person or organization: the cheap
        tests that skip most narrative paragraphs."""
        if has_quote_marks(text):
            return False
        words = set(lower_words(text))  # hashed once for both word tests
        return (
            SPEECH_VERBS.isdisjoint(words)
            and "according" not in words  # "..., according to the agency."
            and not may_name_someone(text)
            and not self._names_known_person(text, words)
            and (_SURNAME_TITLES.isdisjoint(words) or not _TITLED_SURNAME.search(text))
            and not _may_name_organization(text)  # it may name the company later "said"
        )

    def _by_pronoun(self, pronoun: str, at: int | None = None) -> Person | None:
        """ "he said": the most salient person who may be "he". People named later in the
        sentence being read than the pronoun, which stands at `at` in the paragraph, come
        last ("He said Ortiz had lied": not Ortiz); all it names, when `at` is unknown."""
        gender = PRONOUNS[pronoun.lower()]
        latest_first = [p for p in reversed(self.recent) if p.kind is SpeakerKind.PERSON]
        later = {p for p, first in self._in_sentence.items() if at is None or first >= at}
        people = [p for p in latest_first if p not in later] + [
            p for p in latest_first if p in later
        ]
        return next((p for p in people if p.gender in (None, gender)), None)

    def _by_role(self, role_word: str) -> Person | None:
        for person in reversed(self.recent):
            if any(role_word.lower() in role.lower() for role in person.roles):
                return person
        return None

    def _group(self, phrase: str) -> Person:
        phrase = phrase.strip(" ,")
        name = phrase[0].upper() + phrase[1:]
        return self.groups.setdefault(name.lower(), Person(name, kind=SpeakerKind.GROUP))

    def _organization(self, name: str) -> Person:
        organization = self._group(name)
        if organization in self.organizations:
            self.organizations.remove(organization)
        self.organizations.append(organization)
        return organization

    def _introduce_organizations(self, sentence: str) -> None:
        for pattern in (_ORGANIZATION_APPOSITIVE, _CORPORATE_SUFFIX):
            for match in pattern.finditer(sentence):
                name = match.group(1)
                first = name.split()[0].lower()
                if "_" in name or first in NOT_NAME_WORDS or self.people.get(name_key(name)):
                    continue
                self._organization(name)

    @staticmethod
    def _ends_institution_name(region: str, last: Word) -> bool:
        """`The Ministry of Fisheries said`: capitalized words before the verb that hold an
        institution noun followed by "of" or "for"."""
        words = words_of(region[: last.end])
        name: list[str] = []
        for word in reversed(words):
            if not (word.text[0].isupper() or word.text.lower() in _INSTITUTION_CONNECTORS):
                break
            name.insert(0, word.text.lower())
        return any(
            noun in INSTITUTION_NOUNS and following in {"of", "for"}
            for noun, following in pairwise(name)
        )

    def _institution_before(self, region: str, noun: Word) -> Person | None:
        """`The Alzheimer's Society said`: an institution named as the subject of its clause."""
        words = words_of(region[: noun.end])
        index = len(words) - 1
        while index > 0:
            previous = words[index - 1]
            gap = region[previous.end : words[index].start]
            if gap.strip() or not (
                previous.text[0].isupper() or previous.text.lower() in _INSTITUTION_CONNECTORS
            ):
                break
            index -= 1
        while index < len(words) - 1 and words[index].text.lower() in _INSTITUTION_CONNECTORS:
            index += 1
        lead = region[: words[index].start].rstrip()
        lead = LEADING_THE.sub("", lead).rstrip()
        if lead and not lead.endswith((",", ";", ":", "—")):  # "experts from the X said"
            return None
        name = region[words[index].start : noun.end]
        if "_" in name or len(name.split()) < 2:
            return None
        return self._organization(name)

    def _organization_for(self, noun: str, description: str = "") -> Person:
        """`the company said`: the organization the article last named, else the phrase
        ("the rights group" when its description is "rights "). "The ministry" is the
        last one named a ministry, not a company named since."""
        kind_named = noun in _ORGANIZATION_KINDS
        for organization in reversed(self.organizations):
            if not kind_named or noun in organization.name.lower().split():
                return organization
        return self._group(f"the {description}{noun}")

    # Reading -----------------------------------------------------------------------------

    def read(self) -> list[Extracted]:
        for paragraph in self.article.paragraphs:
            self._read_paragraph(paragraph)
        for caption in self.article.captions:
            masked = mask(caption, single_quoted_spans(caption))
            for mention in name_mentions(masked):
                for role in mention.roles:
                    self.person(mention.name).add_role(role)
        self._drop_shared_aliases()
        return self.found

    def _drop_shared_aliases(self) -> None:
        """A surname two people share ("Whitfield") is an alias of neither of them."""
        for word, people in self.by_word.items():
            if len(people) < 2:
                continue
            for person in people:
                person.aliases = [a for a in person.aliases if name_word(a) != word]

    def _read_paragraph(self, paragraph: Paragraph) -> None:
        text = paragraph.text
        self._carried_speaker = self._speaker_ending(self._previous_paragraph)
        self._carried_rule = Rule.PREVIOUS_PARAGRAPH_SPEAKER
        self._carried_how = ""
        if self._carried_speaker is None and self._lead_in is not None:
            self._carried_speaker, self._carried_how = self._lead_in
            self._carried_rule = Rule.LEAD_IN_PARAGRAPH
        self._lead_in = None
        self._previous_paragraph = paragraph
        self._awaiting_paragraphs -= 1
        if self._awaiting_paragraphs < 0:  # the lede's speaker is named in the next one
            self._awaiting_name = None
        if self._has_nothing_to_read(text):
            self._open_quote = None  # a quote left open does not run on past this paragraph
            return
        self._titles_in_paragraph = not _SURNAME_TITLES.isdisjoint(lower_words(text))
        quotes = double_quote_spans(text)
        titles = single_quoted_spans(text)
        masked = mask(text, [(q.start, q.end) for q in quotes] + titles)
        continued = self._continue_open_quote(paragraph, quotes)
        quote_starts = [q.start for q in quotes]  # in text order
        sentences = sentence_spans(text)
        lead_in: tuple[Person, str] | None = None
        for number, (start, end) in enumerate(sentences):
            previous_lead_in, lead_in = lead_in, None
            if end - start > MAX_SENTENCE_CHARS:
                continue  # no news sentence is this long; reading it costs the square of it
            # Bisect, not a scan of every quote per sentence: a paragraph may hold thousands.
            within = quotes[bisect_left(quote_starts, start) : bisect_left(quote_starts, end)]
            sentence_quotes = [q for q in within if q is not continued]
            self._introduce_people(masked, start, end)
            if sentence_quotes:
                following = sentences[number + 1][1] if number + 1 < len(sentences) else end
                if not self._attribute_quotes(
                    paragraph,
                    masked,
                    start,
                    end,
                    sentence_quotes,
                    masked[end:following],
                    previous_lead_in,
                ):
                    # Only scare quotes or titles: the sentence may still report speech.
                    self._reported_statements(paragraph, masked, start, end)
            elif continued is None or not start <= continued.start < end:
                self._reported_statements(paragraph, masked, start, end)
                lead_in = self._lead_in_sentence(masked[start:end], start)
                if number + 1 == len(sentences):
                    self._lead_in = self._lead_in_speaker(masked[start:end], start)

    def _lead_in_speaker(self, sentence: str, start: int) -> tuple[Person, str] | None:
        """`Okafor continued:` / `As the mayor put it in a letter:` closing a paragraph: the
        speaker of the quote that opens the next one."""
        if not sentence.rstrip().endswith(":") or "_" in sentence:
            return None
        rule, how = self._rule, self._how
        self._how = ""
        speaker, _ = self._speaker_before(sentence.rstrip(), start)
        found = (speaker, self._how) if speaker is not None else None
        self._rule, self._how = rule, how
        return found

    def _lead_in_sentence(self, sentence: str, start: int) -> tuple[Person, str] | None:
        """`Okafor agreed.` / `Okafor replied sharply.`: a short sentence of a subject and
        its speech verb, the speaker of a quote opening the next sentence."""
        stripped = sentence.rstrip()
        words = words_of(stripped)
        if not stripped.endswith(".") or "_" in stripped or len(words) > MAX_LEAD_IN_WORDS:
            return None
        last = len(words) - 1
        if last > 0 and words[last].text.endswith("ly"):
            last -= 1  # "replied sharply."
        if last < 1 or not is_speech_verb(words, last) or words[last].text.lower() in TOLD_VERBS:
            return None
        rule, how = self._rule, self._how
        speaker = self._subject_in(stripped, words[last].start, allow_groups=False, at=start)
        found = (speaker, self._how) if speaker is not None else None
        self._rule, self._how = rule, how
        return found

    def _introduce_people(self, masked: str, start: int, end: int) -> None:
        sentence = masked[start:end]
        mentions: list[tuple[int, int, Person]] = []
        for mention in name_mentions(sentence):
            person = self.person(mention.name)
            for role in mention.roles:
                person.add_role(role)
            if person.intro_role is None and mention.roles:
                person.intro_role = mention.roles[0]
            if self._awaiting_name and any(
                self._awaiting_name[1] in role.lower().split() for role in mention.roles
            ):
                self._name_statement(self._awaiting_name[0], person)
                self._awaiting_name = None
            if person.gender is None:
                person.gender = (
                    self._honorific_gender(sentence, mention.start)
                    or next((g for g in map(role_gender, mention.roles) if g), None)
                    or GIVEN_NAME_GENDER.get(mention.name.split()[0].lower())
                )
            mentions.append((mention.start, mention.end, person))
        if self._titles_in_paragraph:
            mentions.extend(self._titled_surnames(sentence, mentions))
        mentions.extend(self._surname_mentions(sentence, mentions))
        if not mentions:
            subject = self._lone_subject(sentence)
            if subject is not None:
                mentions.append(subject)
        self._in_sentence = {}
        for mention_start, _, person in sorted(mentions, key=lambda item: item[0]):
            self._in_sentence.setdefault(person, start + mention_start)
        if mentions:  # most sentences name nobody: nothing to order or learn from
            mentions.sort(key=lambda item: item[0])
            # A sentence's first person is most often its subject, the one "he" or "she"
            # refers back to next: "Ana Ruiz, who worked for Tom Hale, said ..." -> Ruiz.
            for _, _, person in reversed(mentions):
                self._mention(person)
            self._learn_gender(sentence, mentions)
        if _may_name_organization(sentence):
            self._introduce_organizations(sentence)

    def _titled_surnames(
        self, sentence: str, full: list[tuple[int, int, Person]]
    ) -> list[tuple[int, int, Person]]:
        """`Mr. Okafor`, `Sen. Okafor`, `President Okafor`: a title before a surname alone
        introduces that person, with the gender or the job the title gives."""
        found = []
        for match in _TITLED_SURNAME.finditer(sentence):
            if any(s <= match.start(2) < e for s, e, _ in full):
                continue
            title = match.group(1).lower()
            surname = match.group(2)
            if title in HONORIFICS and is_role_word(surname):
                person = self.person(surname)  # "Mr. King", "Ms. Dean": a surname after all
            else:
                person = self._lone_name(surname)
            if person is None or person.kind is not SpeakerKind.PERSON:
                continue
            if person.gender is None:
                person.gender = HONORIFICS.get(title)
            # A courtesy title ("Dr.", "Rev.") is part of how the name is written, no job.
            if title in TITLE_ABBREVIATIONS or title not in NAME_HONORIFICS:
                person.add_role(TITLE_ABBREVIATIONS.get(title, match.group(1)))
            found.append((match.start(2), match.end(2), person))
        return found

    def _surname_mentions(
        self, sentence: str, full: list[tuple[int, int, Person]]
    ) -> list[tuple[int, int, Person]]:
        """`Whitfield addressed the court`, `Nwosu's team`: a known person's name alone."""
        if not self.by_word:
            return []
        found = []
        for match in _CAPITALIZED_WORD.finditer(sentence):
            word = match.group(0)
            if name_word(word) not in self.by_word or word.lower() in NOT_NAME_WORDS:
                continue
            if any(s <= match.start() < e for s, e, _ in full):
                continue
            if sentence[: match.start()].rstrip().rsplit(" ", 1)[-1].lower() in NOT_NAME_AFTER:
                continue  # "the Webb family", "in Lee County": not the person
            if any(_qualifies_name(sentence, match.end(), s) for s, _, _ in full):
                continue  # "Webb aide Dana Ortiz", "Webb's campaign manager Dana Ortiz"
            person = self._known_by_word(word)
            if person is not None:
                found.append((match.start(), match.end(), person))
        return found

    def _lone_subject(self, sentence: str) -> tuple[int, int, Person] | None:
        """`Carson waved his hand.`: a capitalized word opening a sentence that names
        nobody else, right before a word shaped like a verb ("waved", "says", "had",
        "openly"), with "he" or "she" (his, her) later in the sentence, is a person even
        when the article never gave the full name."""
        # "his" or "herself", not "he": in "Ohio was only doing its job, he said" he is
        # someone else. Searched first: most sentences have none.
        cue_word = _OWN_GENDER_CUE.search(sentence)
        if cue_word is None:  # "Michigan is at stake.", "Local officials said": no person
            return None
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
            or verb.text in _INSTITUTION_CONNECTORS
            or subject.text.lower() in NOT_LONE_NAMES
            or not may_be_surname(subject.text)
        ):
            return None
        cue_word = _OWN_GENDER_CUE.search(sentence, verb.end)
        if cue_word is None:
            return None
        person = self._lone_name(subject.text)
        if person is None or person.kind is not SpeakerKind.PERSON:
            return None
        if person.gender is None:
            person.gender = OWN_GENDER_CUES[cue_word.group(0)]
        return subject.start, subject.end, person

    def _name_statement(self, statement: Extracted, person: Person) -> None:
        """The speaker of a statement is known at last: its quoted fragments are theirs."""
        statement.speaker, statement.rule = person, Rule.NAMED_LATER
        statement.mention = f"role word: {person.name!r}"
        for extracted in reversed(self.found):
            if extracted.within is statement:
                extracted.speaker, extracted.rule = person, Rule.FRAGMENT_OF_STATEMENT
                extracted.mention = statement.mention

    @staticmethod
    def _honorific_gender(sentence: str, name_start: int) -> str | None:
        before = words_of(sentence[:name_start][-6:])
        return HONORIFICS.get(before[-1].text.lower()) if before else None

    def _learn_gender(self, sentence: str, mentions: list[tuple[int, int, Person]]) -> None:
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

    # Direct quotes -------------------------------------------------------------------------

    def _continue_open_quote(
        self, paragraph: Paragraph, quotes: list[QuoteSpan]
    ) -> QuoteSpan | None:
        """News style: a quote left open at a paragraph's end resumes with an opening mark."""
        open_quote, self._open_quote = self._open_quote, None
        if open_quote is None or not quotes or paragraph.text[: quotes[0].start].strip():
            return None
        first = quotes[0]
        inner = paragraph.text[first.inner_start : first.inner_end].strip()
        if _TRANSCRIPT_LABEL.match(inner):
            return None  # "OKAFOR: ...": the next speaker of a transcript, a quote of its own
        open_quote.text = f"{open_quote.text} {inner}"
        open_quote.continues_into.append(paragraph.id)
        if not first.closed:
            self._open_quote = open_quote
        return first

    def _attribute_quotes(
        self,
        paragraph: Paragraph,
        masked: str,
        start: int,
        end: int,
        quotes: list[QuoteSpan],
        next_sentence: str = "",
        lead_in: tuple[Person, str] | None = None,
    ) -> bool:
        """Attribute the sentence's quotes; False when none of them was speech. `lead_in`:
        the speaker a short sentence right before this one announced ("Okafor agreed.")."""
        text = paragraph.text
        index = 0
        any_found = False
        clause_floor = start  # a statement's clause begins after the one before it
        while index < len(quotes):
            quote = quotes[index]
            pre_from = quotes[index - 1].end if index else start
            post_to = quotes[index + 1].start if index + 1 < len(quotes) else end
            pre, post = masked[pre_from : quote.start], masked[quote.end : post_to]
            clause_end = self._partial_quote_statement(
                paragraph, masked, start, end, quote, clause_floor
            )
            if clause_end is not None:
                any_found = True
                statement = self.found[-1]
                first = index
                while index < len(quotes) and quotes[index].start < clause_end:
                    if index > first and self._reports_anew(
                        masked, quotes[index - 1], quotes[index]
                    ):
                        # `X accuses Y of "…" and Y says she is "…"`: Y's words, not X's
                        self._end_statement(statement, quotes[index - 1].end)
                        clause_floor = quotes[index - 1].end
                        break
                    # The statement holds these quotes; each is its speaker's own words too.
                    self._add_fragment(paragraph, masked, quotes[index], statement)
                    index += 1
                continue
            inner = text[quote.inner_start : quote.inner_end].strip()
            parts = [(quote.inner_start, quote.inner_end)]
            self._rule = self._how = ""
            speaker, cued = self._speaker_before(pre, pre_from)
            if speaker is None:
                speaker, post_cued = self._speaker_after(post, quote.end)
                if speaker is None and not post.strip() and index + 1 == len(quotes):
                    speaker = self._speaker_in_next_sentence(next_sentence, end)
                    post_cued = speaker is not None
                cued = cued or post_cued
                # "First part," she said, "second part.": one quote around its attribution.
                if post_cued and index + 1 < len(quotes) and inner.endswith(","):
                    following = quotes[index + 1]
                    inner = f"{inner} {text[following.inner_start : following.inner_end].strip()}"
                    parts.append((following.inner_start, following.inner_end))
                    index += 1
            index += 1
            follows_speaker = False
            if speaker is None:
                speaker = self._transcript_speaker(inner)
                cued = cued or speaker is not None
            if speaker is None and not cued and lead_in and not masked[start : quote.start].strip():
                speaker, self._how = lead_in
                self._rule, cued = Rule.LEAD_IN_SENTENCE, True
            if speaker is None and not cued:
                self._rule, self._how = Rule.SAME_PARAGRAPH_SPEAKER, ""
                speaker = self._last_speaker_in(paragraph)
                # `"…," Carter said. "This bill ends that."`: a quote opening its own
                # sentence after an attributed one goes on in the same voice, however short.
                follows_speaker = speaker is not None and not pre.strip()
                if speaker is not None:
                    self._how = f"the speaker of the quote before: {speaker.name!r}"
                elif not text[: quote.start].strip():  # a paragraph opening with a quote
                    speaker, self._rule = self._carried_speaker, self._carried_rule
                    self._how = self._carried_how or (
                        f"the speaker of the quote before: {speaker.name!r}" if speaker else ""
                    )
            if not self._is_quotation(inner, pre, cued, follows_speaker):
                # Not speech on its own: a fragment of its subject's clause, at most.
                if self._quote_in_subjects_clause(paragraph, masked[start:end], start, quote):
                    any_found = True
                continue
            extracted = Extracted(
                paragraph=paragraph,
                # The comma before an attribution ("…next year," she said) is not the speaker's.
                text=inner.strip().rstrip(","),
                kind=QuoteKind.DIRECT,
                speaker=speaker,
                start=parts[0][0],
                end=parts[-1][1],
                rule=self._rule if speaker is not None else "",
                mention=self._how if speaker is not None else "",
            )
            self.found.append(extracted)
            any_found = True
            if speaker is not None:
                self._mention(speaker)
            if not quote.closed:
                self._open_quote = extracted
        return any_found

    def _transcript_speaker(self, inner: str) -> Person | None:
        """`"WALLACE: Let's start with the news."`: a transcript names its speaker in
        capitals before a colon."""
        label = _TRANSCRIPT_LABEL.match(inner)
        if label is None:
            return None
        speaker = self._lone_name(label.group(1).title())
        if speaker is not None:
            self._rule = Rule.TRANSCRIPT_LABEL
            self._found(speaker, "transcript label", label.group(1))
        return speaker

    @staticmethod
    def _reports_anew(masked: str, previous: QuoteSpan, quote: QuoteSpan) -> bool:
        """Whether a speech verb with a subject of its own stands between a statement's
        quote and the next quote of the sentence: `… "hiding the numbers" and Brandt says
        she is "…"`, not `…, adding: "…"` (the participle goes on in the same voice)."""
        between = words_of(masked[previous.end : quote.start])
        return any(
            (is_speech_verb(between, i) or takes_quoted_object(between, i))
            and (not word.text.endswith("ing") or (i > 0 and between[i - 1].text[0].isupper()))
            for i, word in enumerate(between)
        )

    def _end_statement(self, statement: Extracted, end: int) -> None:
        statement.end = end
        statement.text = self._statement_text(statement.paragraph, statement.start, end)

    def _partial_quote_statement(
        self,
        paragraph: Paragraph,
        masked: str,
        start: int,
        end: int,
        quote: QuoteSpan,
        clause_floor: int = 0,
    ) -> int | None:
        """`Cole told the court that Whitfield "treated the treasury like ..."`: quoted words
        inside a reported clause. The whole clause is the statement, its quote marks kept;
        returns where the clause ends, or None when the quote is not inside one.

        A quote right after the verb (`said "`, `said: "`, `said that "`, `stated, "`, or
        after a parenthetical ending in a comma) is a direct quote instead."""
        sentence = masked[start:end]
        owned = self._speech_noun_statement(paragraph, sentence, start, quote)
        if owned is not None:
            return owned
        at = quote.start - start
        words = words_of(sentence[:at])
        verbs = [w for i, w in enumerate(words) if is_speech_verb(words, i)]
        rule = Rule.REPORTED_CLAUSE
        if not verbs:  # `Ruiz accused him of "…"`: no speech verb, one that quotes its subject
            verbs = [w for i, w in enumerate(words) if takes_quoted_object(words, i)]
            rule = Rule.QUOTED_OBJECT
        if not verbs:
            return self._quote_in_trailing_statement(paragraph, sentence, start, quote)
        if _ACCORDING_TO.search(sentence[verbs[-1].end : at]):
            return None
        verb = verbs[-1]
        between = sentence[verb.end : at].strip()
        after_that = _LEADING_THAT.sub("", between).strip()
        inner = paragraph.text[quote.inner_start : quote.inner_end]
        labelled = False
        lead = words_of(after_that)
        names_thing = verb.text.lower() in CALL_VERBS or verb.text.lower() in TITLE_CUES
        if between and not after_that and clause_goes_on(inner, sentence[quote.end - start :]):
            pass  # `boasted that "everyone" follows him`: the clause goes on past the quote
        elif not between and rule is Rule.QUOTED_OBJECT and not names_thing:
            pass  # `Hale derided "the professional left"`
        elif not after_that or after_that.endswith((",", ":")):
            return None
        elif "_" in after_that or not lead:
            return None  # another quote sits between: not one reported clause
        elif names_thing:
            rule = Rule.QUOTED_OBJECT  # `called Ruiz "a liar"`, `what Ruiz called a "…"`
            if all(word.text.lower() in DETERMINERS for word in lead):
                # `a plan called a "war on cars"` is a label; `what Ruiz called a "war on
                # cars"` is hers, when she is named.
                if not self._labels_by_subject(words, verb):
                    return None
                labelled = True
        breaks = list(_CLAUSE_BREAK.finditer(sentence))
        clause_from = max(
            [m.end() for m in breaks if m.end() <= verb.start] + [max(0, clause_floor - start)]
        )
        clause_to = min(
            (m.start() for m in breaks if m.start() >= quote.end - start), default=len(sentence)
        )
        self._unnamed_role = None
        self._how = ""
        speaker = self._reporting_subject(sentence[:clause_to], verb, clause_from, at=start)
        if speaker is None and labelled:
            return None
        extracted = self._add_statement(
            paragraph, start + clause_from, start + clause_to, speaker, rule
        )
        if speaker is None and self._unnamed_role:
            self._awaiting_name = (extracted, self._unnamed_role)
            self._awaiting_paragraphs = 1
        return start + clause_to

    def _speech_noun_statement(
        self, paragraph: Paragraph, sentence: str, start: int, quote: QuoteSpan
    ) -> int | None:
        """`Ruiz's recent claim that the port "never closed"`, `critics doubt her claim that
        she "never knew"`: quoted words after a speech noun and "that", "about" or "of"
        (and no speech verb between) are its owner's. The clause is the owner's statement;
        returns where it ends."""
        at = quote.start - start
        if SPEECH_NOUNS.isdisjoint(lower_words(sentence[:at])):
            return None  # the cheap test first: most quotes follow no speech noun
        breaks = list(_CLAUSE_BREAK.finditer(sentence))
        clause_from = max((m.end() for m in breaks if m.end() <= at), default=0)
        words = words_of(sentence[:at])
        for index in range(len(words) - 1, -1, -1):
            if words[index].start < clause_from:
                return None
            if is_speech_verb(words, index) or takes_quoted_object(words, index):
                return None  # `her claim that Ruiz said "…"`: the nearer verb's
            if words[index].text.lower() not in SPEECH_NOUNS or index + 1 == len(words):
                continue
            if words[index + 1].text.lower() not in {"that", "about", "of"}:
                return None
            self._how = ""
            speaker = self._owner_before(sentence, words, index)
            if speaker is None:
                return None
            clause_to = min((m.start() for m in breaks if m.start() >= at), default=len(sentence))
            self._add_statement(
                paragraph, start + clause_from, start + clause_to, speaker, Rule.SPEECH_NOUN
            )
            return start + clause_to
        return None

    def _owner_before(self, sentence: str, words: tuple[Word, ...], noun: int) -> Person | None:
        """Whose the noun at words[noun] is: `his`, `her`, `Ruiz's`, `Ana Ruiz's`, a few
        describing words between ("Ruiz's recent evidence-free claim")."""
        for word in reversed(words[max(0, noun - MAX_OWNER_DISTANCE) : noun]):
            lowered = word.text.lower()
            if lowered in {"his", "her"}:
                pronoun = "he" if lowered == "his" else "she"
                return self._found(self._by_pronoun(pronoun), "pronoun", word)
            if POSSESSIVE.search(word.text) and word.text[0].isupper():
                owner_end = word.end - 2
                full = next((n for n in names_in(sentence[:owner_end]) if n[1] == owner_end), None)
                if full is not None:
                    return self._found(self.person(full[2]), "full name", full[2])
                bare = word.text[:-2]
                person = self._by_surname(bare)
                return self._found(person, "surname of a person named before", bare)
            if not lowered.islower() or lowered in DETERMINERS:
                return None  # "the claim", "a Senate claim": nobody's own
        return None

    def _quote_in_trailing_statement(
        self, paragraph: Paragraph, sentence: str, start: int, quote: QuoteSpan
    ) -> int | None:
        """`"Troops on the border" would be wise, Dan Moss said.`, `the port was "nearly
        closed" for weeks, the agency said`: the clause goes on past the quote, or began
        before it, and is attributed at its end. The whole sentence is the statement;
        returns where it ends."""
        after_from = quote.end - start
        if after_from >= len(sentence):
            return None
        after = sentence[after_from:]
        inner = paragraph.text[quote.inner_start : quote.inner_end]
        if clause_goes_on(inner, after):
            tails = [after[comma.end() :] for comma in _COMMA.finditer(after)]
        elif inner.rstrip().endswith(",") and ends_mid_clause(sentence[: quote.start - start]):
            tails = [after]  # `the plan may be "strategic," said Jo Hale, a professor.`
        else:
            return None
        for tail in tails:
            words = words_of(tail)
            for index, word in enumerate(words[: MAX_TRAILING_SUBJECT_WORDS + 1]):
                if not (is_speech_verb(words, index) or takes_quoted_object(words, index)):
                    continue
                self._how = ""
                if index == 0:  # `…, says Ana Ruiz, an economist at the bank.`
                    phrase = _PHRASE_END.split(tail[word.end :], maxsplit=1)[0]
                    speaker = self._subject_in(
                        phrase, len(phrase), allow_groups=False, forward=True
                    )
                elif len(words) - index - 1 <= MAX_TRAILING_SUBJECT_WORDS:
                    speaker = self._subject_in(tail, word.start)
                else:
                    return None
                if speaker is None or "_" in tail[: word.start]:
                    return None
                self._add_statement(
                    paragraph, start, start + len(sentence), speaker, Rule.TRAILING_ATTRIBUTION
                )
                return start + len(sentence)
        return None

    def _quote_in_subjects_clause(
        self, paragraph: Paragraph, sentence: str, start: int, quote: QuoteSpan
    ) -> bool:
        """`Chancellor Ana Ruiz hailed the deal as a "breakthrough."`: no speech verb, but a
        quoted fragment in a clause whose subject is a person. The clause is their
        statement; the fragment is no quote of theirs (as often the writer's scare quotes)."""
        at = quote.start - start
        last = self.found[-1] if self.found else None
        if last is not None and last.paragraph is paragraph and last.end > quote.start:
            return False  # the clause's statement is made already
        if looks_like_title(paragraph.text[quote.inner_start : quote.inner_end]):
            return False  # `Ruiz stars in "Harbor Nights"`
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(sentence) if m.end() <= at]
        clause_from = max(breaks, default=0)
        head = sentence[clause_from:at]
        speaker = self._clause_subject(head)
        if speaker is None:
            comma = head.find(", ")  # `On Monday, Ruiz ...`: past an opening phrase
            if comma < 0 or word_count(head[:comma]) > MAX_OPENING_PHRASE_WORDS:
                return False
            clause_from += comma + 2
            speaker = self._clause_subject(head[comma + 2 :])
        if speaker is None:
            return False
        clause_to = min(
            (m.start() for m in _CLAUSE_BREAK.finditer(sentence) if m.start() >= at),
            default=len(sentence),
        )
        self._add_statement(
            paragraph, start + clause_from, start + clause_to, speaker, Rule.SUBJECTS_CLAUSE
        )
        return True

    def _clause_subject(self, head: str, *, passive: bool = False) -> Person | None:
        """The person `head` opens with, titles aside, when a lowercase word (the verb)
        follows: "Former aide Tom Hale urged", "He hailed", "Ruiz openly admires"; with
        `passive`, also when that verb is passive ("Ruiz was joined on stage")."""
        words = words_of(head)
        names = names_in(head)
        self._how = ""
        for word in words:
            lowered = word.text.lower()
            person: Person | None = None
            subject_end = word.end
            if lowered in {"he", "she"}:
                person = self._found(self._by_pronoun(lowered), "pronoun", word)
            elif (name := next((n for n in names if n[0] <= word.start < n[1]), None)) is not None:
                person = self._found(self.person(name[2]), "full name", name[2])
                subject_end = name[1]
            elif word.text[0].isupper() and lowered not in NOT_NAME_WORDS:
                person = self._by_surname(word.text)
                if person is not None:
                    self._found(person, "surname of a person named before", word)
            elif word.text[0].islower() and not is_title_word(word.text):
                return None
            if person is not None:
                return person if self._opens_clause(head, subject_end, passive=passive) else None
        return None

    def _sentence_subject(self, head: str) -> Person | None:
        """The person opening the sentence `head` begins, past an opening phrase and a
        title: a verb after "and" shares that subject (`As the crowd cheered, Ruiz was
        joined on stage by Hale and joked, "…"`), and so does a colon ending the sentence
        (`Sen. Ana Ruiz, R-Ore., had a blunt message for Hale: "…"`), not the nearest name."""
        # "When Hale died, Ruiz released a statement:": not the subordinate clause's subject
        opener = _CLAUSE_OPENER.match(head)
        speaker = None if opener else self._clause_subject(head, passive=True)
        comma = head.find(", ")
        if speaker is None and comma >= 0 and word_count(head[:comma]) <= MAX_OPENING_PHRASE_WORDS:
            speaker = self._clause_subject(head[comma + 2 :], passive=True)
        if speaker is None:
            speaker = self._name_opening(head.split(",", 1)[0], MAX_TITLE_LEAD_WORDS)
        return speaker

    @staticmethod
    def _opens_clause(head: str, subject_end: int, *, passive: bool = False) -> bool:
        """Whether the subject ending at `subject_end` goes on with its own verb: not "Ruiz's
        album", "Ruiz and Hale", nor (unless `passive`) "Ruiz was accused of"."""
        rest = words_of(head[subject_end:])
        if not rest or not rest[0].text[0].islower() or head[subject_end:].startswith(("'", "’")):
            return False
        return rest[0].text.lower() not in _NOT_SAYING and (passive or not is_passive_voice(rest))

    @staticmethod
    def _labels_by_subject(words: tuple[Word, ...], verb: Word) -> bool:
        """`what critics called`, `what the agency calls`: "what" and a subject before it."""
        index = words.index(verb)
        subject = words[max(0, index - MAX_LABEL_SUBJECT_WORDS - 1) : index - 1]
        return any(word.text.lower() == "what" for word in subject)

    def _add_fragment(
        self, paragraph: Paragraph, masked: str, quote: QuoteSpan, statement: Extracted
    ) -> None:
        """`called it a "personal insult"`: a quoted fragment inside a reported statement
        is a direct quote of the statement's speaker (the statement keeps the context)."""
        inner = paragraph.text[quote.inner_start : quote.inner_end].strip()
        if word_count(inner) < MIN_FRAGMENT_WORDS or first_word(inner) in TITLE_CUES:
            return  # a word or two, or "so-called ..." words the speaker cites, not says
        if looks_like_title(inner):
            return
        before = words_of(masked[max(0, quote.start - 40) : quote.start])
        if before and before[-1].text.lower() in DETERMINERS:
            before = before[:-1]
        if before and before[-1].text.lower() in TITLE_CUES:
            return  # "a plan dubbed "Green Start"": a name, not speech
        if before and names_a_work(inner, before[-1].text):
            return  # "she said on "Harbor Today."": a show, not speech
        self.found.append(
            Extracted(
                paragraph=paragraph,
                text=inner.rstrip(","),
                kind=QuoteKind.DIRECT,
                speaker=statement.speaker,
                start=quote.inner_start,
                end=quote.inner_end,
                within=statement,
                rule=Rule.FRAGMENT_OF_STATEMENT,
                mention=statement.mention,
            )
        )

    def _trailing_attribution(self, clause: str, verb: Word, at: int) -> Person | None:
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
        return self._subject_in(tail, verb.start - comma - 1, at=at + comma + 1)

    def _reporting_subject(
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
                return self._subject_after_introduction(sentence[: verb.start], at)
            region = sentence[: opening[-1].end]
            subject = self._subject_in(region, len(region), forward=True)
            unnamed_role = None
            if subject is None and opening[-1].text.lower() in DETERMINERS:
                # "A federal judge ...": an unnamed subject known by its job
                following = words_of(sentence[opening[-1].end : verb.start])[:3]
                unnamed_role = next(
                    (w.text.lower() for w in following if is_role_word(w.text)), None
                )
                self._unnamed_role = unnamed_role
            if subject is None and unnamed_role is None:
                # "During a speech, Okafor attacked the plan, saying ..."
                subject = self._subject_after_introduction(sentence[: verb.start], at)
            return subject
        return self._subject_in(
            sentence[clause_from:], verb.start - clause_from, at=at + clause_from
        )

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
        person = self._by_role(lowered)
        return None if person is None else self._found(person, "role given before", word)

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
                person = self._by_pronoun(words[0].text.lower(), pronoun_at)
                return self._found(person, "pronoun", words[0])
            subject = self._capitalized_subject(main, words, forward=True)
            if subject is not None:
                return self._found(subject, "subject of the main clause", words[0])
            comma = before_verb.find(", ", comma + 2)
        return None

    def _is_quotation(
        self, inner: str, pre: str, cued: bool, follows_speaker: bool = False
    ) -> bool:
        """Tell a quotation from a title or a scare-quoted word."""
        if pre.endswith("="):
            return False  # `<tweet date="May 2, 2031">`: markup left in the page
        before = words_of(pre)
        if before and before[-1].text.lower() in DETERMINERS:
            before = before[:-1]  # "called a "war on cars"" labels as "called" does
        if before and before[-1].text.lower() in TITLE_CUES:
            return False
        if looks_like_title(inner) or (before and names_a_work(inner, before[-1].text)):
            return False
        words = word_count(inner)
        if cued:
            return words >= MIN_QUOTE_WORDS
        least = MIN_FOLLOWING_QUOTE_WORDS if follows_speaker else MIN_UNCUED_QUOTE_WORDS
        return words >= least and bool(_ENDS_LIKE_SPEECH.search(inner))

    def _speaker_ending(self, paragraph: Paragraph | None) -> Person | None:
        """The speaker of a direct quote that is the last thing read in `paragraph`."""
        if paragraph is None or not self.found:
            return None
        last = self.found[-1]
        if last.kind is not QuoteKind.DIRECT:
            return None
        if last.paragraph is paragraph or paragraph.id in last.continues_into:
            return last.speaker
        return None

    def _last_speaker_in(self, paragraph: Paragraph) -> Person | None:
        """The speaker of the paragraph's last attributed quote, a quote that runs on into
        it from the paragraph before included."""
        for extracted in reversed(self.found):  # the paragraph's own items come last
            if extracted.paragraph is not paragraph:
                running_on = extracted.continues_into and paragraph.id in extracted.continues_into
                return extracted.speaker if running_on else None
            if extracted.speaker is not None:
                return extracted.speaker
        return None

    def _speaker_before(self, pre: str, offset: int) -> tuple[Person | None, bool]:
        """`Name, Role, stated, "…"`, `According to Name, "…"`, `he said: "…"`."""
        according = list(_ACCORDING_TO.finditer(pre))
        if according:
            after = pre[according[-1].end() :]
            speaker = self._subject_in(after, len(after), allow_groups=False, forward=True)
            if speaker is not None:
                self._rule = Rule.ACCORDING_TO
                return speaker, True
        words = words_of(pre)
        verbs = [index for index in range(len(words)) if is_speech_verb(words, index)]
        # The verb nearest the quote introduces it ("Asked about Hale, Ruiz said "…""); an
        # earlier one names the speaker when it names nobody ("she spoke, stating, "…"").
        for index in reversed(verbs):
            self._rule = Rule.VERB_BEFORE_QUOTE
            if index - 1 in verbs and pre[words[index - 1].end : words[index].start] == ", ":
                continue  # "Okafor said, adding, "…"": the subject of "said" says it
            if _follows_and(words, index):
                if verbs[0] < index:
                    continue  # "Okafor said she agreed and added, "…"": the subject of "said"
                speaker = self._sentence_subject(pre[: words[index].start])
                if speaker is not None:
                    return speaker, True
            speaker = self._subject_of_verb_before(pre, words[index], offset)
            if speaker is not None:
                return speaker, True
        if verbs:
            return None, True
        if pre.rstrip().endswith(":"):
            self._rule = Rule.COLON_BEFORE_QUOTE
            head = pre.rstrip()[:-1]
            speaker = None if _ends_with_its_speaker(head) else self._sentence_subject(head)
            if speaker is None:  # "Ruiz:", "… surprised the pollster Ana Ruiz:"
                speaker = self._subject_in(pre, len(head), at=offset)
            return speaker, True
        return None, False

    def _subject_of_verb_before(self, pre: str, verb: Word, offset: int) -> Person | None:
        if verb.text.lower().endswith("ing") and pre[: verb.start].rstrip().endswith(","):
            # "..., calling him "…"": the sentence's subject, not the nearest name
            return self._reporting_subject(pre, verb, 0, at=offset)
        speaker = self._subject_in(pre, verb.start, at=offset)
        # "said Choi, 'X'": the subject follows the verb; after "told", the listener does
        if speaker is None and verb.text.lower() not in TOLD_VERBS:
            speaker = self._subject_in(
                pre[verb.end :], len(pre) - verb.end, forward=True, at=offset + verb.end
            )
        return speaker

    def _speaker_after(self, post: str, offset: int) -> tuple[Person | None, bool]:
        """`"…," said Name, Role`, `"…," Name said`, `"…," she added`,
        `"…," Name, a long role, said`."""
        words = words_of(post)[:8]
        for position, word in enumerate(words):
            if not is_speech_verb(words, position):
                continue
            self._rule = Rule.VERB_AFTER_QUOTE
            speaker = self._subject_in(post, word.start, allow_groups=False, at=offset)
            if speaker is None and word.text.lower() not in TOLD_VERBS:  # "told CNN"
                speaker = self._subject_in(
                    post[word.end :], len(post) - word.end, forward=True, at=offset + word.end
                )
            if speaker is None:
                speaker = self._found(self._group_after(post[word.end :]), "group", "")
            if speaker is None:
                speaker = self._anonymous_speaker(post[: word.start], post[word.end :])
            return speaker, position <= 6
        speaker = self._appositive_subject(post)
        if speaker is not None:
            self._rule = Rule.APPOSITIVE_THEN_VERB
            return speaker, True
        dash = _SIGNATURE_DASH.match(post)
        if dash:  # `"…" ― Ana Ruiz`: a quote signed with its speaker's name
            signed = _PHRASE_END.split(post[dash.end() :], maxsplit=1)[0]
            speaker = self._subject_in(signed, len(signed), allow_groups=False, forward=True)
            if speaker is not None:
                self._rule = Rule.SIGNED_QUOTE
                return speaker, True
        return None, False

    def _anonymous_speaker(self, before: str, after: str) -> Person | None:
        """`"…," said a state Republican` / `"…," a senior official said`: an unnamed source
        speaks as one group per description, so several such quotes share one speaker."""
        description = anonymous_source(before.lstrip(_QUOTE_AND_COMMA)) or anonymous_source(
            _PHRASE_END.split(after, maxsplit=1)[0]
        )
        if description is None:
            return None
        self._rule = Rule.ANONYMOUS_SOURCE
        source = self._group(description)
        source.add_role("unnamed source")
        return self._found(source, "unnamed source", description)

    def _appositive_subject(self, post: str) -> Person | None:
        """`"…," Dana Whitcombe, who chairs the zoning board and has for a decade, told
        reporters.`: a name, an appositive too long for the nearby-verb rule, then the verb
        right after the appositive's closing comma, or with no comma before it
        (`"…," Dana Whitcombe, the analyst who founded a polling site tweeted`)."""
        post = _dashes_as_commas(post)
        head_end = post.find(",")
        words = words_of(post)[: MAX_APPOSITIVE_WORDS + 1]
        verbs = [word for word in words if word.text.lower() in SPEECH_VERBS]
        if not verbs or "_" in post[: verbs[0].start]:
            return None
        if head_end >= 0 and post[:head_end].strip():
            for verb in verbs:
                if not post[: verb.start].rstrip().endswith(","):
                    continue
                if verb.start <= head_end + 1:
                    return None
                head = post[:head_end]
                owned = self._holder_of_owned_role(head, post[head_end + 1 : verb.start])
                if owned is not None:
                    return owned
                return self._subject_in(head, len(head), allow_groups=False, forward=True)
        return self._name_opening(post[: verbs[0].start])

    def _name_opening(self, text: str, most_lead: int = MAX_NAME_LEAD_WORDS) -> Person | None:
        """The full name `text` opens with, after describing words at most ("nuclear
        experts Ana Ruiz and ..."), when it is nobody's owner and follows no preposition
        ("a spokesperson for Ana Ruiz" is no Ruiz)."""
        named = names_in(text)
        if not named:
            return None
        name_start, name_end, name = named[0]
        lead = [word.text.lower() for word in words_of(text[:name_start])]
        if len(lead) > most_lead or POSSESSIVE.match(text[name_end : name_end + 2]):
            return None
        if any(word in NOT_NAME_AFTER or word in {"by", "with", "and"} for word in lead):
            return None
        return self._found(self.person(name), "full name", name)

    def _holder_of_owned_role(self, head: str, appositive: str) -> Person | None:
        """`Ana Ruiz's chief of staff, Tom Hale, said`: after a job its owner's name
        qualifies, the appositive that is a full name alone names the speaker."""
        if "'s " not in head and "’s " not in head:
            return None
        appositive = appositive.strip().removesuffix(",").strip()
        named = names_in(appositive)
        if len(named) != 1 or named[0][2] != appositive:
            return None
        return self._found(self.person(appositive), "full name after a job", appositive)

    def _speaker_in_next_sentence(self, following: str, at: int) -> Person | None:
        """`"…we won!" Okafor said.`: a quote ending in its own stop mark, attributed by the
        short sentence right after it."""
        words = words_of(following)[:MAX_NEXT_SENTENCE_VERB_AT]
        if not following.strip() or "_" in following[: words[-1].end if words else 0]:
            return None
        speaker, _ = self._speaker_after(following, at)
        self._rule = Rule.NEXT_SENTENCE
        return speaker if any(is_speech_verb(words, i) for i in range(len(words))) else None

    def _group_after(self, text: str) -> Person | None:
        """`"…," said protesters outside the building`: a group named after the verb."""
        phrase = _PHRASE_END.split(text, maxsplit=1)[0].strip()
        leading = [w.lower() for w in WORD.findall(phrase)[:3]]
        if "_" in phrase or not any(w in GROUP_NOUNS for w in leading):
            return None
        return self._group(phrase)

    # Subjects ------------------------------------------------------------------------------

    def _subject_in(
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
                return self._found(self.person(in_phrase[0]), "full name", in_phrase[0])
            adjacent = self._capitalized_subject(region, words, forward=True)
            if adjacent is not None:
                return self._found(adjacent, "capitalized words after the verb", words[0])
        if not forward:
            head = self._appositive_head(region)
            if head is not None:
                return head
        ordered = words if forward else list(reversed(words))
        for position, word in enumerate(ordered):
            for start, end, name in names:
                if start <= word.start < end:
                    return self._found(self.person(name), "full name", name)
            lowered = word.text.lower()
            if position == 0 and not forward:  # right before the verb: maybe an organization
                organization = self._organization_subject(region, word)
                if organization is not None:
                    return self._found(organization, "organization", word)
                if lowered == "it" and self.organizations:  # "It added," after a company
                    return self._found(self.organizations[-1], "organization named before", word)
            if lowered in PRONOUNS:
                person = self._by_pronoun(lowered, None if at is None else at + word.start)
                if person is not None and person.gender is None:
                    person.gender = PRONOUNS[lowered]  # what "she said" taught about her
                return self._found(person, "pronoun", word)
            # "Sessions said" after "Jeff Sessions": a surname that is also a word
            known_word = name_word(word.text) in self.by_word
            if word.text[0].isupper() and (lowered not in NOT_NAME_WORDS or known_word):
                before = region[: word.start].rstrip().rsplit(" ", 1)[-1].lower()
                if before not in NOT_NAME_AFTER:
                    person = self._by_surname(word.text)
                    if person is not None:
                        self._known_as(person, word.text)
                        return self._found(person, "surname of a person named before", word)
            if region[: word.start].lower().endswith("the "):
                holder = self._role_holder(word)
                if holder is not None:
                    return holder
            if allow_groups and not forward and lowered in GROUP_NOUNS:
                phrase = self._group_phrase(region, word)
                if phrase:
                    return self._found(self._group(phrase), "group", phrase)
            if position == 0 and not forward and word.text[0].isupper():
                adjacent = self._capitalized_subject(region, words, forward=False)
                if adjacent is not None:
                    return self._found(adjacent, "capitalized words before the verb", word)
        return None

    def _lone_name(self, word: str) -> Person | None:
        """One capitalized word naming a speaker: the person of the article who has it as a
        name word, else a person known by that word alone."""
        known = self._known_by_word(word)
        # "Dean said" after "Howard Dean": a surname that is also a job names its holder
        if not may_be_surname(word) and not (known is not None and is_role_word(word)):
            return None
        return self.person(word) if known is None else self._known_as(known, word)

    def _appositive_head(self, region: str) -> Person | None:
        """`Ana Ruiz, a strategist who worked for Tom Hale, wrote`: a verb right after an
        appositive's closing comma belongs to the name the appositive describes, not to a
        name inside it. Auxiliaries and adverbs may sit between that comma and the verb
        ("X, whom Y defeated, had pledged", "X, a Y aide, quickly added")."""
        stripped = _dashes_as_commas(without_verb_lead(region)).rstrip()
        if not stripped.endswith(","):
            return None
        segments = stripped[:-1].split(",")
        for number in range(len(segments) - 2, -1, -1):
            segment = segments[number]
            words = words_of(segment)
            if not words or "_" in segment:
                continue
            owned = self._holder_of_owned_role(segment, segments[number + 1])
            if owned is not None:
                return owned
            if not words[0].text[0].isupper():
                # "81-year-old Ana Ruiz, a strategist, said": a name after an age or a job
                named = names_in(segment) if len(words) <= MAX_NAME_HEAD_WORDS else []
                if not named:
                    continue
                return self._found(self.person(named[-1][2]), "full name", named[-1][2])
            if len(words) > MAX_NAME_HEAD_WORDS:
                return None
            return self._subject_in(segment, len(segment), allow_groups=False, forward=True)
        return None

    def _found(self, person: Person | None, how: str, words: Word | str) -> Person | None:
        """Note how the speaker was found, for `forum-bot quotes --explain`."""
        written = words if isinstance(words, str) else words.text
        self._how = f"{how}: {written!r}"
        return person

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
            return self._lone_name(run[0].text)
        name = region[run[0].start : run[-1].end]
        if "_" in name or run[0].text.lower() in NOT_LONE_NAMES:
            return None
        people = names_in(name)
        if people:  # "said Dr. Amara Diallo": the run holds a full name after its title
            return self.person(people[0][2])
        if any(word.text.lower() in DOCUMENT_WORDS for word in run):
            return None  # "the Harbor Charter says": a document, not a speaker
        if any(len(w.text) == 1 for w in run) and all(
            len(w.text) == 1 or may_be_surname(w.text) for w in run
        ):
            return self.person(name)  # "Amos Q. Whitlock wrote": a name with an initial
        titled = [i for i, word in enumerate(run[:-1]) if is_title_word(word.text)]
        if titled:  # "US Senator Ada Sessions": whatever follows the title is the name
            named = region[run[titled[-1] + 1].start : run[-1].end]
            return self.person(named) if len(named.split()) > 1 else self._lone_name(named)
        return self._organization(name)

    def _organization_subject(self, region: str, word: Word) -> Person | None:
        lowered = word.text.lower()
        if word.text[0].isupper() and self.organizations:
            # "Samsung Electronics Co. said": an organization named earlier in the sentence
            # (its name holds a business word, so it is no person's name).
            tail = region[: word.start] if lowered in _CORPORATE_SUFFIX_WORDS else region
            tail = tail.rstrip(" .")
            for organization in reversed(self.organizations):
                if tail.endswith(organization.name):
                    return organization
        if word.text[0].isupper() and (
            lowered in INSTITUTION_NOUNS or self._ends_institution_name(region, word)
        ):
            return self._institution_before(region, word)
        described = _THE_AND_DESCRIPTION.search(region[: word.start])
        if lowered in ORGANIZATION_NOUNS and described:
            # "the company", "the rights group"
            return self._organization_for(lowered, described.group(1) or "")
        return None

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

    # Reported speech -----------------------------------------------------------------------

    @staticmethod
    def _statement_text(paragraph: Paragraph, start: int, end: int) -> str:
        body = paragraph.text[start:end].strip()
        return body.rstrip(",;") if body.endswith((",", ";")) else body

    def _add_statement(
        self, paragraph: Paragraph, start: int, end: int, speaker: Person | None, rule: str
    ) -> Extracted:
        """A reported clause, paragraph.text[start:end], without the comma that ends it."""
        extracted = Extracted(
            paragraph=paragraph,
            text=self._statement_text(paragraph, start, end),
            kind=QuoteKind.REPORTED,
            speaker=speaker,
            start=start,
            end=end,
            rule=rule if speaker is not None else "",
            mention=self._how if speaker is not None else "",
        )
        self.found.append(extracted)
        if speaker is not None:
            self._mention(speaker)
        return extracted

    def _according_to_statement(self, paragraph: Paragraph, sentence: str, start: int) -> bool:
        """`According to the agency, the port reopens in May.` / `..., according to X.`: the
        sentence is a statement of X (a person, an organization or a group, not a study)."""
        match = _ACCORDING_TO.search(sentence)
        if match is None:
            return False
        phrase = _PHRASE_END.split(sentence[match.end() :], maxsplit=1)[0]
        if "_" in phrase:
            return False
        self._how = ""
        speaker = self._subject_in(phrase, len(phrase), allow_groups=False, forward=True)
        if speaker is None:  # "according to the shipping agency"
            words = words_of(phrase)
            noun = words[-1].text.lower() if words else ""
            described = _THE_AND_DESCRIPTION.search(phrase[: words[-1].start]) if words else None
            if noun in ORGANIZATION_NOUNS and described and not phrase[: described.start()].strip():
                organization = self._organization_for(noun, described.group(1) or "")
                speaker = self._found(organization, "organization", phrase)
        if speaker is None:
            return False
        self._add_statement(paragraph, start, start + len(sentence), speaker, Rule.ACCORDING_TO)
        return True

    def _reported_statements(self, paragraph: Paragraph, masked: str, start: int, end: int) -> None:
        sentence = masked[start:end]
        lowered_words = lower_words(sentence)
        if "according" in lowered_words and self._according_to_statement(
            paragraph, sentence, start
        ):
            return
        if _STATEMENT_VERBS.isdisjoint(lowered_words):
            return  # the cheap test first: most sentences report nothing
        clause_starts = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(sentence))]
        clause_ends = [*(m.start() for m in _CLAUSE_BREAK.finditer(sentence)), len(sentence)]
        for clause_from, clause_to in zip(clause_starts, clause_ends, strict=True):
            clause = sentence[clause_from:clause_to]
            words = words_of(clause)
            for index, word in enumerate(words):
                lowered = word.text.lower()
                if lowered in _STATEMENT_VERBS and not is_speech_verb(words, index):
                    continue  # "the answers", "a motion declaring"
                if lowered in TOLD_VERBS:
                    if is_passive(clause[: word.start]) or not tells_a_listener(clause[word.end :]):
                        continue
                elif lowered not in REPORTING_VERBS and not (
                    lowered in _REPORTED_THAT and clause[word.end :].startswith(" that ")
                ):
                    continue  # "reported a loss" reports no speech; "reported that" does
                if lowered in {"called", "calls"} and not clause[word.end :].startswith(" for"):
                    continue
                if lowered in {"pointed", "points"} and not clause[word.end :].startswith(" out"):
                    continue
                self._how = ""
                if word_count(clause[word.end :]) < MIN_STATEMENT_WORDS:
                    # "The fire burned 18,400 acres, officials said.": the attribution
                    # trails the statement, which is all of the clause before it.
                    rule = Rule.TRAILING_ATTRIBUTION
                    speaker = self._trailing_attribution(clause, word, start + clause_from)
                else:
                    rule = Rule.REPORTING_VERB
                    speaker = self._reporting_subject(clause, word, 0, at=start + clause_from)
                if speaker is None:
                    break
                self._add_statement(
                    paragraph, start + clause_from, start + clause_to, speaker, rule
                )
                break
