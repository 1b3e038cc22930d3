"""Reading one article for who said what: direct quotes, reported statements, speakers.

The article is read in order, as a person reads it: each sentence first introduces the
people it names (with the roles written around them), then its quotes and statements are
attributed, so "he" and "Choi" resolve to the person most recently introduced who fits.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from bot.corpus.models import Article, Paragraph
from bot.corpus.sentences import sentence_spans
from bot.quotes.introductions import (
    SURNAME_TITLES,
    TITLED_SURNAME,
    introduce,
    may_name_organization,
)
from bot.quotes.lexicon import (
    CALL_VERBS,
    DETERMINERS,
    ORGANIZATION_NOUNS,
    REPORTING_VERBS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    TITLE_CUES,
    TOLD_VERBS,
)
from bot.quotes.mentions import may_name_someone, name_mentions
from bot.quotes.models import QuoteKind
from bot.quotes.people import People, Person
from bot.quotes.rules import Rule
from bot.quotes.spans import (
    QuoteSpan,
    double_quote_spans,
    has_quote_marks,
    mask,
    single_quoted_spans,
)
from bot.quotes.speaker_rules import (
    ACCORDING_TO,
    TRANSCRIPT_LABEL,
    QuoteContext,
    attribute_quote,
    speaker_announcing,
)
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

_CLAUSE_BREAK = re.compile(r";\s+|,\s+(?:while|whereas|but|and)\s+(?=[A-Z])|\s+while\s+(?=[A-Z])")
_LEADING_THAT = re.compile(r"^that\b")
_COMMA = re.compile(r",\s+")
_ENDS_LIKE_SPEECH = re.compile(r"[.!?,]$")
_REPORTED_THAT = frozenset("reported reports".split())
_STATEMENT_VERBS = REPORTING_VERBS | TOLD_VERBS | _REPORTED_THAT
MIN_UNCUED_QUOTE_WORDS = 5
# An uncued quote right after an attributed one of its paragraph: "This bill ends that."
MIN_FOLLOWING_QUOTE_WORDS = 2
# Several times the longest sentence of real news copy; a line of hostile or broken input
# runs on far longer, and the name and role searches grow with the square of a sentence.
MAX_SENTENCE_CHARS = 3_000
MIN_QUOTE_WORDS = 2
# A quoted fragment inside a reported statement: "called it a "personal insult"".
MIN_FRAGMENT_WORDS = 2
# `Okafor, the harbour chief, agreed strongly.`: the words of a sentence announcing a quote.
MAX_LEAD_IN_WORDS = 10
# `what the two largest unions have called a "…"`: the words between "what" and the verb.
MAX_LABEL_SUBJECT_WORDS = 6


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


def _statement_text(paragraph: Paragraph, start: int, end: int) -> str:
    body = paragraph.text[start:end].strip()
    return body.rstrip(",;") if body.endswith((",", ";")) else body


def _attributes_another(between: str) -> bool:
    """`"…," X tweeted after Y argued that "…"`: a second speech verb between two quotes
    reports the second of them, which is no second part of the first."""
    words = words_of(between)
    return sum(1 for i in range(len(words)) if _own_speech_verb(words, i)) > 1


def _own_speech_verb(words: tuple[Word, ...], index: int) -> bool:
    """A speech verb with a subject of its own: not a participle going on in the voice
    before it ("…, adding"), unless a name stands right before it ("and Ruiz calling")."""
    if not (is_speech_verb(words, index) or takes_quoted_object(words, index)):
        return False
    if not words[index].text.endswith("ing") or index == 0:
        return not words[index].text.endswith("ing")
    previous = words[index - 1]
    return previous.text[0].isupper() and previous.end + 1 == words[index].start


def _reports_anew(masked: str, previous: QuoteSpan, quote: QuoteSpan) -> bool:
    """Whether a speech verb with a subject of its own stands between a statement's quote
    and the next quote of the sentence: `… "hiding the numbers" and Brandt says she is
    "…"`, not `…, adding: "…"` (the participle goes on in the same voice)."""
    between = words_of(masked[previous.end : quote.start])
    return any(_own_speech_verb(between, i) for i in range(len(between)))


class ArticleReader:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.people = People()
        self.subjects = Subjects(self.people)
        self.found: list[Extracted] = []
        self._open_quote: Extracted | None = None
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
            and not self.people.names_known_person(text, words)
            and (SURNAME_TITLES.isdisjoint(words) or not TITLED_SURNAME.search(text))
            and not may_name_organization(text)  # it may name the company later "said"
        )

    # Reading -----------------------------------------------------------------------------

    def read(self) -> list[Extracted]:
        for paragraph in self.article.paragraphs:
            self._read_paragraph(paragraph)
        for caption in self.article.captions:
            masked = mask(caption, single_quoted_spans(caption))
            for mention in name_mentions(masked):
                for role in mention.roles:
                    self.people.person(mention.name).add_role(role)
        self.people.drop_shared_aliases()
        return self.found

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
        self._titles_in_paragraph = not SURNAME_TITLES.isdisjoint(lower_words(text))
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
        how = self.subjects.how
        self.subjects.how = ""
        found = speaker_announcing(sentence.rstrip(), start, self.people, self.subjects)
        self.subjects.how = how
        return None if found is None or found.speaker is None else (found.speaker, found.how)

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
        how = self.subjects.how
        speaker = self.subjects.subject_in(
            stripped, words[last].start, allow_groups=False, at=start
        )
        found = (speaker, self.subjects.how) if speaker is not None else None
        self.subjects.how = how
        return found

    def _introduce_people(self, masked: str, start: int, end: int) -> None:
        sentence = masked[start:end]
        introduced = introduce(self.people, sentence, titles=self._titles_in_paragraph)
        for person, roles in introduced.named:
            if self._awaiting_name and any(
                self._awaiting_name[1] in role.lower().split() for role in roles
            ):
                self._name_statement(self._awaiting_name[0], person)
                self._awaiting_name = None
        self.people.in_sentence = {}
        for mention_start, _, person in introduced.mentions:
            self.people.in_sentence.setdefault(person, start + mention_start)
        # A sentence's first person is most often its subject, the one "he" or "she"
        # refers back to next: "Ana Ruiz, who worked for Tom Hale, said ..." -> Ruiz.
        for _, _, person in reversed(introduced.mentions):
            self.people.mention(person)

    def _name_statement(self, statement: Extracted, person: Person) -> None:
        """The speaker of a statement is known at last: its quoted fragments are theirs."""
        statement.speaker, statement.rule = person, Rule.NAMED_LATER
        statement.mention = f"role word: {person.name!r}"
        for extracted in reversed(self.found):
            if extracted.within is statement:
                extracted.speaker, extracted.rule = person, Rule.FRAGMENT_OF_STATEMENT
                extracted.mention = statement.mention

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
        if TRANSCRIPT_LABEL.match(inner):
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
                    if index > first and _reports_anew(masked, quotes[index - 1], quotes[index]):
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
            self.subjects.how = ""
            last = index + 1 == len(quotes)
            context = QuoteContext(
                inner=inner,
                pre=pre,
                pre_from=pre_from,
                sentence_pre=masked[start : quote.start],
                sentence_from=start,
                post=post,
                post_from=quote.end,
                last_in_sentence=last,
                opens_sentence=not masked[start : quote.start].strip(),
                opens_paragraph=not text[: quote.start].strip(),
                next_sentence=next_sentence,
                next_sentence_from=end,
                lead_in=lead_in,
                carried=(self._carried_speaker, self._carried_rule, self._carried_how),
                paragraph_speaker=lambda: self._last_speaker_in(paragraph),
                people=self.people,
                subjects=self.subjects,
            )
            attributed = attribute_quote(context)
            found = attributed.found
            speaker = found.speaker if found else None
            # "First part," she said, "second part.": one quote around its attribution.
            if (
                attributed.announced_after
                and not last
                and inner.endswith(",")
                and not _attributes_another(post)
            ):
                following = quotes[index + 1]
                inner = f"{inner} {text[following.inner_start : following.inner_end].strip()}"
                parts.append((following.inner_start, following.inner_end))
                index += 1
            index += 1
            # `"…," Carter said. "This bill ends that."`: a quote opening its own sentence
            # after an attributed one goes on in the same voice, however short.
            follows_speaker = (
                found is not None and found.rule is Rule.SAME_PARAGRAPH_SPEAKER and not pre.strip()
            )
            if not self._is_quotation(inner, pre, attributed.cued, follows_speaker):
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
                rule=found.rule if found else "",
                mention=found.how if found else "",
            )
            self.found.append(extracted)
            any_found = True
            clause_floor = text.find(" ", parts[-1][1]) if parts[-1][1] < end else end
            if speaker is not None:
                self.people.mention(speaker)
            if not quote.closed:
                self._open_quote = extracted
        return any_found

    def _end_statement(self, statement: Extracted, end: int) -> None:
        statement.end = end
        statement.text = _statement_text(statement.paragraph, statement.start, end)

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
        breaks = list(_CLAUSE_BREAK.finditer(sentence))
        clause_start = max((m.end() for m in breaks if m.end() <= verb.start), default=0)
        clause_to = min(
            (m.start() for m in breaks if m.start() >= quote.end - start), default=len(sentence)
        )
        self.subjects.unnamed_role = None
        self.subjects.how = ""
        # After an earlier quote of the sentence, its clause begins past that quote (`"…," X
        # tweeted after Y argued that "…"`), unless nobody is named there (`"…," X says in
        # the ad titled "…" warning that …`: the subject stands before).
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
            self.subjects.how = ""
            speaker = self.subjects.owner_before(sentence, words, index)
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
            (m.start() for m in _CLAUSE_BREAK.finditer(sentence) if m.start() >= at),
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

    # Subjects ------------------------------------------------------------------------------

    # Reported speech -----------------------------------------------------------------------

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
            self.people.mention(speaker)
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
