"""Reading one article for who said what: direct quotes, reported statements, speakers.

The article is read in order, as a person reads it: each sentence first introduces the
people it names (with the roles written around them), then its quotes and statements are
attributed, so "he" and "Choi" resolve to the person most recently introduced who fits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.corpus.models import Article, Paragraph
from bot.corpus.sentences import sentence_spans
from bot.quotes.lexicon import (
    GROUP_NOUNS,
    NOT_NAME_AFTER,
    NOT_NAME_WORDS,
    PRONOUNS,
    REPORTING_VERBS,
    SPEECH_VERBS,
    TITLE_CUES,
    is_role_word,
)
from bot.quotes.mentions import may_name_someone, name_key, name_mentions
from bot.quotes.models import QuoteKind, SpeakerKind
from bot.quotes.spans import (
    QuoteSpan,
    double_quote_spans,
    has_quote_marks,
    mask,
    single_quoted_spans,
)

_WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\w.,]*")
_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:while|whereas|but|and)\s+(?=[A-Z])|\s+while\s+(?=[A-Z])")
_ACCORDING_TO = re.compile(r"\baccording to\b", re.IGNORECASE)
_LOWER_WORD = re.compile(r"[a-z]+")
MIN_UNCUED_QUOTE_WORDS = 5
MIN_QUOTE_WORDS = 3
MIN_STATEMENT_WORDS = 4


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
        return word.lower() in name_key(self.name)


@dataclass
class Extracted:
    paragraph: Paragraph
    text: str
    kind: QuoteKind
    speaker: Person | None
    start: int
    end: int
    continues_into: list[str] = field(default_factory=list)


@dataclass
class _Word:
    text: str
    start: int
    end: int


def _words(text: str, offset: int = 0) -> list[_Word]:
    return [_Word(m.group(0), m.start() + offset, m.end() + offset) for m in _WORD.finditer(text)]


def _word_count(text: str) -> int:
    return len(_WORD.findall(text))


def says_nothing(text: str) -> bool:
    """No quotation mark, speech verb or name: the cheap test that skips most narrative."""
    return (
        not has_quote_marks(text)
        and SPEECH_VERBS.isdisjoint(_LOWER_WORD.findall(text.lower()))
        and not may_name_someone(text)
    )


class ArticleReader:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.people: dict[frozenset[str], Person] = {}
        self.groups: dict[str, Person] = {}
        self.recent: list[Person] = []  # most recently mentioned last
        self.found: list[Extracted] = []
        self._open_quote: Extracted | None = None

    # People --------------------------------------------------------------------------

    def person(self, name: str) -> Person:
        key = name_key(name)
        known = self.people.get(key)
        if known is None:
            known = self.people[key] = Person(name)
        elif name != known.name and name not in known.aliases:
            known.aliases.append(name)
        return known

    def _mention(self, person: Person) -> None:
        if person in self.recent:
            self.recent.remove(person)
        self.recent.append(person)

    def _by_surname(self, word: str) -> Person | None:
        for person in reversed(self.recent):
            if person.kind is SpeakerKind.PERSON and person.matches_word(word):
                if word not in person.aliases:
                    person.aliases.append(word)
                return person
        return None

    def _by_pronoun(self, pronoun: str) -> Person | None:
        gender = PRONOUNS[pronoun.lower()]
        for person in reversed(self.recent):
            if person.kind is SpeakerKind.PERSON and person.gender in (None, gender):
                person.gender = gender
                return person
        return None

    def _by_role(self, role_word: str) -> Person | None:
        for person in reversed(self.recent):
            if any(role_word.lower() in role.lower() for role in person.roles):
                return person
        return None

    def _group(self, phrase: str) -> Person:
        phrase = phrase.strip(" ,")
        name = phrase[0].upper() + phrase[1:]
        return self.groups.setdefault(name.lower(), Person(name, kind=SpeakerKind.GROUP))

    # Reading -----------------------------------------------------------------------------

    def read(self) -> list[Extracted]:
        for paragraph in self.article.paragraphs:
            self._read_paragraph(paragraph)
        for caption in self.article.captions:
            masked = mask(caption, single_quoted_spans(caption))
            for mention in name_mentions(masked):
                for role in mention.roles:
                    self.person(mention.name).add_role(role)
        return self.found

    def _read_paragraph(self, paragraph: Paragraph) -> None:
        text = paragraph.text
        if says_nothing(text):
            self._open_quote = None  # a quote left open does not run on past this paragraph
            return
        quotes = double_quote_spans(text)
        titles = single_quoted_spans(text)
        masked = mask(text, [(q.start, q.end) for q in quotes] + titles)
        continued = self._continue_open_quote(paragraph, quotes)
        for start, end in sentence_spans(text):
            sentence_quotes = [q for q in quotes if start <= q.start < end and q is not continued]
            self._introduce_people(masked, start, end)
            if sentence_quotes:
                self._attribute_quotes(paragraph, masked, start, end, sentence_quotes)
            elif continued is None or not start <= continued.start < end:
                self._reported_statements(paragraph, masked, start, end)

    def _introduce_people(self, masked: str, start: int, end: int) -> None:
        for mention in name_mentions(masked[start:end]):
            person = self.person(mention.name)
            for role in mention.roles:
                person.add_role(role)
            if person.intro_role is None and mention.roles:
                person.intro_role = mention.roles[0]
            self._mention(person)

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
        open_quote.text = f"{open_quote.text} {inner}"
        open_quote.continues_into.append(paragraph.id)
        if not first.closed:
            self._open_quote = open_quote
        return first

    def _attribute_quotes(
        self, paragraph: Paragraph, masked: str, start: int, end: int, quotes: list[QuoteSpan]
    ) -> None:
        text = paragraph.text
        index = 0
        while index < len(quotes):
            quote = quotes[index]
            pre_from = quotes[index - 1].end if index else start
            post_to = quotes[index + 1].start if index + 1 < len(quotes) else end
            pre, post = masked[pre_from : quote.start], masked[quote.end : post_to]
            inner = text[quote.inner_start : quote.inner_end].strip()
            parts = [(quote.inner_start, quote.inner_end)]
            speaker, cued = self._speaker_before(pre, pre_from)
            if speaker is None:
                speaker, post_cued = self._speaker_after(post, quote.end)
                cued = cued or post_cued
                # "First part," she said, "second part.": one quote around its attribution.
                if post_cued and index + 1 < len(quotes) and inner.endswith(","):
                    following = quotes[index + 1]
                    inner = f"{inner} {text[following.inner_start : following.inner_end].strip()}"
                    parts.append((following.inner_start, following.inner_end))
                    index += 1
            index += 1
            if not self._is_quotation(inner, pre, cued):
                continue
            if speaker is None and not cued:
                speaker = self._last_speaker_in(paragraph)
            extracted = Extracted(
                paragraph=paragraph,
                # The comma before an attribution ("…next year," she said) is not the speaker's.
                text=inner.strip().rstrip(","),
                kind=QuoteKind.DIRECT,
                speaker=speaker,
                start=parts[0][0],
                end=parts[-1][1],
            )
            self.found.append(extracted)
            if speaker is not None:
                self._mention(speaker)
            if not quote.closed:
                self._open_quote = extracted

    def _is_quotation(self, inner: str, pre: str, cued: bool) -> bool:
        """Tell a quotation from a title or a scare-quoted word."""
        before = _words(pre)
        if before and before[-1].text.lower() in TITLE_CUES:
            return False
        words = _word_count(inner)
        if cued:
            return words >= MIN_QUOTE_WORDS
        return words >= MIN_UNCUED_QUOTE_WORDS and bool(re.search(r"[.!?,]$", inner))

    def _last_speaker_in(self, paragraph: Paragraph) -> Person | None:
        for extracted in reversed(self.found):
            if extracted.paragraph is paragraph and extracted.speaker is not None:
                return extracted.speaker
        return None

    def _speaker_before(self, pre: str, offset: int) -> tuple[Person | None, bool]:
        """`Name, Role, stated, "…"`, `According to Name, "…"`, `he said: "…"`."""
        according = list(_ACCORDING_TO.finditer(pre))
        if according:
            after = pre[according[-1].end() :]
            speaker = self._subject_in(after, len(after), allow_groups=False, forward=True)
            if speaker is not None:
                return speaker, True
        words = _words(pre)
        for word in words:
            if word.text.lower() in SPEECH_VERBS:
                speaker = self._subject_in(pre, word.start)
                if speaker is None:  # "said Choi, 'X'": the subject follows the verb
                    speaker = self._subject_in(pre[word.end :], len(pre) - word.end, forward=True)
                return speaker, True
        if pre.rstrip().endswith(":"):
            return self._subject_in(pre, len(pre.rstrip()) - 1), True
        return None, False

    def _speaker_after(self, post: str, offset: int) -> tuple[Person | None, bool]:
        """`"…," said Name, Role`, `"…," Name said`, `"…," she added`."""
        words = _words(post)[:8]
        for position, word in enumerate(words):
            if word.text.lower() not in SPEECH_VERBS:
                continue
            speaker = self._subject_in(post, word.start, allow_groups=False)
            if speaker is None:
                speaker = self._subject_in(post[word.end :], len(post) - word.end, forward=True)
            if speaker is None:
                speaker = self._group_after(post[word.end :])
            return speaker, position <= 6
        return None, False

    def _group_after(self, text: str) -> Person | None:
        """`"…," said protesters outside the building`: a group named after the verb."""
        phrase = re.split(r"[,.;:!?]", text, maxsplit=1)[0].strip()
        leading = [w.lower() for w in _WORD.findall(phrase)[:3]]
        if "_" in phrase or not any(w in GROUP_NOUNS for w in leading):
            return None
        return self._group(phrase)

    # Subjects ------------------------------------------------------------------------------

    def _subject_in(
        self, text: str, verb_at: int, *, allow_groups: bool = True, forward: bool = False
    ) -> Person | None:
        """The speaker named in `text` nearest to the verb (before it, or after it)."""
        region = text[:verb_at]
        names = [(m.start, m.end, m.name) for m in name_mentions(region)]
        words = _words(region)
        ordered = words if forward else list(reversed(words))
        for word in ordered:
            for start, end, name in names:
                if start <= word.start < end:
                    return self.person(name)
            lowered = word.text.lower()
            if lowered in PRONOUNS:
                return self._by_pronoun(lowered)
            if word.text[0].isupper() and lowered not in NOT_NAME_WORDS:
                before = region[: word.start].rstrip().rsplit(" ", 1)[-1].lower()
                if before not in NOT_NAME_AFTER:
                    person = self._by_surname(word.text)
                    if person is not None:
                        return person
            if is_role_word(word.text) and region[: word.start].lower().endswith("the "):
                person = self._by_role(lowered)
                if person is not None:
                    return person
            if allow_groups and not forward and lowered in GROUP_NOUNS:
                phrase = self._group_phrase(region, word)
                if phrase:
                    return self._group(phrase)
        return None

    @staticmethod
    def _group_phrase(region: str, noun: _Word) -> str | None:
        """`distinguished scholars from X and Y` up to the verb, when it opens its clause."""
        clause_start = max(region.rfind(",", 0, noun.start), region.rfind(";", 0, noun.start))
        lead = region[clause_start + 1 : noun.start]
        lead_words = [w.lower() for w in _WORD.findall(lead)]
        if any(w in NOT_NAME_AFTER or w in {"by", "with", "and"} for w in lead_words):
            return None
        if any(w[0].isupper() for w in _WORD.findall(lead)[1:]):
            return None
        phrase = region[clause_start + 1 :].strip(" ,")
        return phrase if phrase and "_" not in phrase else None

    # Reported speech -----------------------------------------------------------------------

    def _reported_statements(self, paragraph: Paragraph, masked: str, start: int, end: int) -> None:
        sentence = masked[start:end]
        if REPORTING_VERBS.isdisjoint(_LOWER_WORD.findall(sentence.lower())):
            return  # the cheap test first: most sentences report nothing
        clause_starts = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(sentence))]
        clause_ends = [*(m.start() for m in _CLAUSE_BREAK.finditer(sentence)), len(sentence)]
        for clause_from, clause_to in zip(clause_starts, clause_ends, strict=True):
            clause = sentence[clause_from:clause_to]
            for word in _words(clause):
                lowered = word.text.lower()
                if lowered not in REPORTING_VERBS:
                    continue
                if lowered in {"called", "calls"} and not clause[word.end :].startswith(" for"):
                    continue
                if lowered in {"pointed", "points"} and not clause[word.end :].startswith(" out"):
                    continue
                if _word_count(clause[word.end :]) < MIN_STATEMENT_WORDS:
                    break
                speaker = self._subject_in(clause, word.start)
                if speaker is None:
                    break
                body = paragraph.text[start + clause_from : start + clause_to].strip()
                body = body.rstrip(",;") if body.endswith((",", ";")) else body
                self.found.append(
                    Extracted(
                        paragraph=paragraph,
                        text=body,
                        kind=QuoteKind.REPORTED,
                        speaker=speaker,
                        start=start + clause_from,
                        end=start + clause_to,
                    )
                )
                self._mention(speaker)
                break
