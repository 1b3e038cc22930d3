"""Stage two and three for reported speech: statements, and the quoted fragments in them.

`Ruiz said the plan was "a mistake"`, `Ruiz's claim that the port "never closed"`, `the
ministry said in a statement that ...`, `according to the agency, ...`: the clause is the
speaker's statement, and a quoted fragment in it is a direct quote of theirs. Each kind is
one method, named after its Rule; the speakers are found by Subjects.
"""

from __future__ import annotations

import re

from bot.corpus.models import Paragraph
from bot.quotes.extracted import Extracted
from bot.quotes.lexicon import (
    CALL_VERBS,
    DETERMINERS,
    ORGANIZATION_NOUNS,
    REPORTING_VERBS,
    SPEECH_NOUNS,
    TITLE_CUES,
    TOLD_VERBS,
)
from bot.quotes.models import QuoteKind
from bot.quotes.people import People, Person
from bot.quotes.rules import Rule
from bot.quotes.spans import QuoteSpan
from bot.quotes.speaker_rules import ACCORDING_TO
from bot.quotes.subjects import (
    MAX_OPENING_PHRASE_WORDS,
    MAX_TRAILING_SUBJECT_WORDS,
    MIN_STATEMENT_WORDS,
    PHRASE_END,
    THE_AND_DESCRIPTION,
    Subjects,
)
from bot.quotes.wording import (
    Word,
    clause_goes_on,
    ends_mid_clause,
    first_word,
    is_passive,
    is_speech_verb,
    looks_like_title,
    lower_words,
    names_a_work,
    takes_quoted_object,
    tells_a_listener,
    word_count,
    words_of,
)

CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:while|whereas|but|and)\s+(?=[A-Z])|\s+while\s+(?=[A-Z])")
_LEADING_THAT = re.compile(r"^that\b")
_COMMA = re.compile(r",\s+")
# Reporting verbs whose object is a statement only with "that": "reported that", not
# "reported a loss"; "estimated that", not "estimated the cost".
_REPORTED_THAT = frozenset("reported reports estimated estimates advised advises".split())
_STATEMENT_VERBS = REPORTING_VERBS | TOLD_VERBS | _REPORTED_THAT
# A quoted fragment inside a reported statement: "called it a "personal insult"".
MIN_FRAGMENT_WORDS = 2
# `what the two largest unions have called a "…"`: the words between "what" and the verb.
MAX_LABEL_SUBJECT_WORDS = 6


def _statement_text(paragraph: Paragraph, start: int, end: int) -> str:
    body = paragraph.text[start:end].strip()
    return body.rstrip(",;") if body.endswith((",", ";")) else body


class Statements:
    """Finds the reported statements of one article and adds them to `found` (the
    reader's list, in reading order), with the quoted fragments they hold."""

    def __init__(self, people: People, subjects: Subjects, found: list[Extracted]) -> None:
        self.people = people
        self.subjects = subjects
        self.found = found
        # "A federal judge ... calling it "a betrayal"": a statement whose speaker is named
        # only later ("U.S. District Judge Helen Marsh"), by the role word it was given.
        self._awaiting_name: tuple[Extracted, str] | None = None
        self._awaiting_paragraphs = 0

    def next_paragraph(self) -> None:
        self._awaiting_paragraphs -= 1
        if self._awaiting_paragraphs < 0:  # the lede's speaker is named in the next one
            self._awaiting_name = None

    def named(self, person: Person, roles: tuple[str, ...]) -> None:
        """A full name just introduced, with the roles written around it: the speaker of
        the statement waiting for one, when a role holds the word it was given."""
        if self._awaiting_name and any(
            self._awaiting_name[1] in role.lower().split() for role in roles
        ):
            self._name_statement(self._awaiting_name[0], person)
            self._awaiting_name = None

    def _name_statement(self, statement: Extracted, person: Person) -> None:
        """The speaker of a statement is known at last: its quoted fragments are theirs."""
        statement.speaker, statement.rule = person, Rule.NAMED_LATER
        statement.mention = f"role word: {person.name!r}"
        for extracted in reversed(self.found):
            if extracted.within is statement:
                extracted.speaker, extracted.rule = person, Rule.FRAGMENT_OF_STATEMENT
                extracted.mention = statement.mention

    def partial_quote_statement(
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
        if ACCORDING_TO.search(sentence[verbs[-1].end : at]):
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
        breaks = list(CLAUSE_BREAK.finditer(sentence))
        clause_start = max((m.end() for m in breaks if m.end() <= verb.start), default=0)
        clause_to = min(
            (m.start() for m in breaks if m.start() >= quote.end - start), default=len(sentence)
        )
        self.subjects.unnamed_role = None
        self.subjects.how = ""
        # After an earlier quote of the sentence (`clause_floor`), its clause begins past
        # that quote (`"…," X tweeted after Y argued that "…"`), unless nobody is named
        # there (`"…," X says in the ad titled "…" warning that …`: the subject stands before).
        clause_from = max(clause_start, clause_floor - start)
        speaker = self.subjects.reporting_subject(sentence[:clause_to], verb, clause_from, at=start)
        if speaker is None and clause_from > clause_start:
            clause_from = clause_start
            speaker = self.subjects.reporting_subject(
                sentence[:clause_to], verb, clause_from, at=start
            )
        if speaker is None and labelled:
            return None
        extracted = self._add_statement(
            paragraph, start + clause_from, start + clause_to, speaker, rule
        )
        if speaker is None and self.subjects.unnamed_role:
            self._awaiting_name = (extracted, self.subjects.unnamed_role)
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
        breaks = list(CLAUSE_BREAK.finditer(sentence))
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
            self.subjects.how = ""
            speaker = self.subjects.owner_before(sentence, words, index, start)
            if speaker is None:
                return None
            clause_to = min((m.start() for m in breaks if m.start() >= at), default=len(sentence))
            self._add_statement(
                paragraph, start + clause_from, start + clause_to, speaker, Rule.SPEECH_NOUN
            )
            return start + clause_to
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
                self.subjects.how = ""
                if index == 0:  # `…, says Ana Ruiz, an economist at the bank.`
                    phrase = PHRASE_END.split(tail[word.end :], maxsplit=1)[0]
                    speaker = self.subjects.subject_in(
                        phrase, len(phrase), allow_groups=False, forward=True
                    )
                elif len(words) - index - 1 <= MAX_TRAILING_SUBJECT_WORDS:
                    speaker = self.subjects.subject_in(tail, word.start)
                else:
                    return None
                if speaker is None or "_" in tail[: word.start]:
                    return None
                self._add_statement(
                    paragraph, start, start + len(sentence), speaker, Rule.TRAILING_ATTRIBUTION
                )
                return start + len(sentence)
        return None

    def quote_in_subjects_clause(
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
        breaks = [m.end() for m in CLAUSE_BREAK.finditer(sentence) if m.end() <= at]
        clause_from = max(breaks, default=0)
        head = sentence[clause_from:at]
        speaker = self.subjects.clause_subject(head)
        if speaker is None:
            comma = head.find(", ")  # `On Monday, Ruiz ...`: past an opening phrase
            if comma < 0 or word_count(head[:comma]) > MAX_OPENING_PHRASE_WORDS:
                return False
            clause_from += comma + 2
            speaker = self.subjects.clause_subject(head[comma + 2 :])
        if speaker is None:
            return False
        clause_to = min(
            (m.start() for m in CLAUSE_BREAK.finditer(sentence) if m.start() >= at),
            default=len(sentence),
        )
        self._add_statement(
            paragraph, start + clause_from, start + clause_to, speaker, Rule.SUBJECTS_CLAUSE
        )
        return True

    @staticmethod
    def _labels_by_subject(words: tuple[Word, ...], verb: Word) -> bool:
        """`what critics called`, `what the agency calls`: "what" and a subject before it."""
        index = words.index(verb)
        subject = words[max(0, index - MAX_LABEL_SUBJECT_WORDS - 1) : index - 1]
        return any(word.text.lower() == "what" for word in subject)

    def add_fragment(
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

    @staticmethod
    def end_statement(statement: Extracted, end: int) -> None:
        """The statement ends earlier, at `end`: another speaker's clause follows."""
        statement.end = end
        statement.text = _statement_text(statement.paragraph, statement.start, end)

    def _add_statement(
        self, paragraph: Paragraph, start: int, end: int, speaker: Person | None, rule: str
    ) -> Extracted:
        """A reported clause, paragraph.text[start:end], without the comma that ends it."""
        extracted = Extracted(
            paragraph=paragraph,
            text=_statement_text(paragraph, start, end),
            kind=QuoteKind.REPORTED,
            speaker=speaker,
            start=start,
            end=end,
            rule=rule if speaker is not None else "",
            mention=self.subjects.how if speaker is not None else "",
        )
        self.found.append(extracted)
        if speaker is not None:
            self.people.spoke(speaker)
        return extracted

    def _according_to_statement(self, paragraph: Paragraph, sentence: str, start: int) -> bool:
        """`According to the agency, the port reopens in May.` / `..., according to X.`: the
        sentence is a statement of X (a person, an organization or a group, not a study)."""
        match = ACCORDING_TO.search(sentence)
        if match is None:
            return False
        phrase = PHRASE_END.split(sentence[match.end() :], maxsplit=1)[0]
        if "_" in phrase:
            return False
        self.subjects.how = ""
        speaker = self.subjects.subject_in(phrase, len(phrase), allow_groups=False, forward=True)
        if speaker is None:  # "according to the shipping agency"
            words = words_of(phrase)
            noun = words[-1].text.lower() if words else ""
            described = THE_AND_DESCRIPTION.search(phrase[: words[-1].start]) if words else None
            if noun in ORGANIZATION_NOUNS and described and not phrase[: described.start()].strip():
                organization = self.people.organization_for(noun, described.group(1) or "")
                speaker = self.subjects.found(organization, "organization", phrase)
        if speaker is None:
            return False
        self._add_statement(paragraph, start, start + len(sentence), speaker, Rule.ACCORDING_TO)
        return True

    def reported_statements(self, paragraph: Paragraph, masked: str, start: int, end: int) -> None:
        sentence = masked[start:end]
        lowered_words = lower_words(sentence)
        if "according" in lowered_words and self._according_to_statement(
            paragraph, sentence, start
        ):
            return
        if _STATEMENT_VERBS.isdisjoint(lowered_words):
            return  # the cheap test first: most sentences report nothing
        clause_starts = [0, *(m.end() for m in CLAUSE_BREAK.finditer(sentence))]
        clause_ends = [*(m.start() for m in CLAUSE_BREAK.finditer(sentence)), len(sentence)]
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
                self.subjects.how = ""
                if word_count(clause[word.end :]) < MIN_STATEMENT_WORDS:
                    # "The fire burned 18,400 acres, officials said.": the attribution
                    # trails the statement, which is all of the clause before it.
                    rule = Rule.TRAILING_ATTRIBUTION
                    speaker = self.subjects.trailing_attribution(clause, word, start + clause_from)
                else:
                    rule = Rule.REPORTING_VERB
                    speaker = self.subjects.reporting_subject(
                        clause, word, 0, at=start + clause_from
                    )
                if speaker is None:
                    break
                self._add_statement(
                    paragraph, start + clause_from, start + clause_to, speaker, rule
                )
                break
