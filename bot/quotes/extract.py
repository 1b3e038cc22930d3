"""Reading one article for who said what: direct quotes, reported statements, speakers.

The article is read in order, as a person reads it, sentence by sentence in stages:
(1) introductions.py registers the people and organizations the sentence names, with the
roles written around them, in the article's People (people.py); (2) the quotation marks
(spans.py) give its direct quotes; (3) speaker_rules.py attributes each by its ordered
rules, and statements.py finds the reported speech, both resolving names, pronouns and
descriptions (4) through Subjects (subjects.py). So "he" and "Choi" resolve to the person
most recently introduced who fits.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from bot.corpus.models import Article, Paragraph
from bot.corpus.sentences import sentence_spans
from bot.quotes.extracted import Extracted
from bot.quotes.introductions import (
    TITLED_SURNAME,
    introduce,
    may_name_organization,
)
from bot.quotes.lexicon import DETERMINERS, SPEECH_VERBS, SURNAME_TITLES, TITLE_CUES, TOLD_VERBS
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
    SIGNATURE_LINE,
    TRANSCRIPT_LABEL,
    QuoteContext,
    attribute_quote,
    speaker_announcing,
)
from bot.quotes.statements import Statements
from bot.quotes.subjects import Subjects
from bot.quotes.wording import (
    is_speech_verb,
    looks_like_title,
    lower_words,
    names_a_work,
    own_speech_verb,
    word_count,
    words_of,
)

_ENDS_LIKE_SPEECH = re.compile(r"[.!?,]$")
MIN_UNCUED_QUOTE_WORDS = 5
# An uncued quote right after an attributed one of its paragraph: "This bill ends that."
MIN_FOLLOWING_QUOTE_WORDS = 2
# Several times the longest sentence of real news copy; a line of hostile or broken input
# runs on far longer, and the name and role searches grow with the square of a sentence.
MAX_SENTENCE_CHARS = 3_000
MIN_QUOTE_WORDS = 2
# `Okafor, the harbour chief, agreed strongly.`: the words of a sentence announcing a quote.
MAX_LEAD_IN_WORDS = 12
# Where or when a lead-in's words were given, after its verb: "said in a statement."
_LEAD_IN_SETTING = re.compile(r" (?:in|on) (?:an? |the )?[\w-]+\.$")
# `Rimstad dodged the question.` then `"…," he said.`: how much of the next paragraph is read.
MAX_LOOKAHEAD_CHARS = 400


def _reports_anew(masked: str, previous: QuoteSpan, quote: QuoteSpan) -> bool:
    """Whether a speech verb with a subject of its own stands between a statement's quote
    and the next quote of the sentence: `… "hiding the numbers" and Brandt says she is
    "…"`, not `…, adding: "…"` (the participle goes on in the same voice)."""
    between = words_of(masked[previous.end : quote.start])
    return any(own_speech_verb(between, i) for i in range(len(between)))


def _attributes_another(between: str) -> bool:
    """`"…," X tweeted after Y argued that "…"`: a second speech verb between two quotes
    reports the second of them, which is no second part of the first."""
    words = words_of(between)
    return sum(1 for i in range(len(words)) if own_speech_verb(words, i)) > 1


class ArticleReader:
    def __init__(self, article: Article) -> None:
        self.article = article
        self.people = People()
        self.subjects = Subjects(self.people)
        self.found: list[Extracted] = []
        self.statements = Statements(self.people, self.subjects, self.found)
        self._open_quote: Extracted | None = None
        self._previous_paragraph: Paragraph | None = None
        self._next_paragraph: Paragraph | None = None
        # Whose direct quote ended the previous paragraph, or who a lead-in ending it with
        # a colon named ("Okafor continued:"): news style opens the next one with their
        # words and no attribution. The rule and how they were found go with them.
        self._carried_speaker: Person | None = None
        self._carried_rule = ""
        self._carried_how = ""
        self._lead_in: tuple[Person, str] | None = None
        self._titles_in_paragraph = False  # "Mr", "Sen": a titled surname may be in it

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
        paragraphs = self.article.paragraphs
        for number, paragraph in enumerate(paragraphs):
            self._next_paragraph = paragraphs[number + 1] if number + 1 < len(paragraphs) else None
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
        self.statements.next_paragraph()
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
            self._introduce_people(
                masked, start, end, lambda n=number: self._words_after(masked, sentences, n)
            )
            if sentence_quotes:
                following = sentences[number + 1][1] if number + 1 < len(sentences) else end
                if not self._attribute_quotes(
                    paragraph,
                    masked,
                    start,
                    end,
                    sentence_quotes,
                    masked[end:following] or self._signature_after(),
                    previous_lead_in,
                ):
                    # Only scare quotes or titles: the sentence may still report speech.
                    self.statements.reported_statements(paragraph, masked, start, end)
            elif continued is None or not start <= continued.start < end:
                self.statements.reported_statements(paragraph, masked, start, end)
                lead_in = self._lead_in_sentence(masked[start:end], start)
                if number + 1 == len(sentences):
                    self._lead_in = self._lead_in_speaker(masked[start:end], start)

    def _signature_after(self) -> str:
        """`- Ana Ruiz.` alone in the paragraph after a quote: its signature, as the words
        after the paragraph's last sentence."""
        following = self._next_paragraph
        if following is None or not SIGNATURE_LINE.fullmatch(following.text):
            return ""
        return following.text

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
        if not stripped.endswith(".") or "_" in stripped:
            return None
        last = len(words) - 1
        if last > 0 and words[last].text.endswith("ly"):
            last -= 1  # "replied sharply."
        setting = _LEAD_IN_SETTING.search(stripped)
        if setting is not None:  # "said in a statement.", "wrote on Friday."
            last = len(words_of(stripped[: setting.start()])) - 1
        if last + 1 > MAX_LEAD_IN_WORDS:
            return None
        if last < 1 or not is_speech_verb(words, last) or words[last].text.lower() in TOLD_VERBS:
            return None
        how = self.subjects.how
        speaker = self.subjects.subject_in(
            stripped, words[last].start, allow_groups=False, at=start
        )
        found = (speaker, self.subjects.how) if speaker is not None else None
        self.subjects.how = how
        return found

    def _words_after(self, masked: str, sentences: list[tuple[int, int]], number: int) -> str:
        """The sentence after sentences[number], or the next paragraph's opening words,
        their quotations masked."""
        if number + 1 < len(sentences):
            start, end = sentences[number + 1]
            return masked[start:end]
        if self._next_paragraph is None:
            return ""
        opening = self._next_paragraph.text[:MAX_LOOKAHEAD_CHARS]
        return mask(opening, [(q.start, q.end) for q in double_quote_spans(opening)])

    def _introduce_people(
        self, masked: str, start: int, end: int, following: Callable[[], str]
    ) -> None:
        sentence = masked[start:end]
        introduced = introduce(
            self.people, sentence, titles=self._titles_in_paragraph, following=following
        )
        for person, roles in introduced.named:
            self.statements.named(person, roles)
        self.people.in_sentence = {}
        for mention_start, _, person in introduced.mentions:
            self.people.in_sentence.setdefault(person, start + mention_start)
        # A sentence's first person is most often its subject, the one "he" or "she"
        # refers back to next: "Ana Ruiz, who worked for Tom Hale, said ..." -> Ruiz.
        for _, _, person in reversed(introduced.mentions):
            self.people.mention(person)

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
        clause_floor = start  # a statement's clause begins after the quote before it
        while index < len(quotes):
            quote = quotes[index]
            pre_from = quotes[index - 1].end if index else start
            post_to = quotes[index + 1].start if index + 1 < len(quotes) else end
            pre, post = masked[pre_from : quote.start], masked[quote.end : post_to]
            clause_end = self.statements.partial_quote_statement(
                paragraph, masked, start, end, quote, clause_floor
            )
            if clause_end is not None:
                any_found = True
                statement = self.found[-1]
                first = index
                while index < len(quotes) and quotes[index].start < clause_end:
                    if index > first and _reports_anew(masked, quotes[index - 1], quotes[index]):
                        # `X accuses Y of "…" and Y says she is "…"`: Y's words, not X's
                        self.statements.end_statement(statement, quotes[index - 1].end)
                        clause_floor = quotes[index - 1].end
                        break
                    # The statement holds these quotes; each is its speaker's own words too.
                    self.statements.add_fragment(paragraph, masked, quotes[index], statement)
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
                if self.statements.quote_in_subjects_clause(
                    paragraph, masked[start:end], start, quote
                ):
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
                self.people.spoke(speaker)
            if not quote.closed:
                self._open_quote = extracted
        return any_found

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
