"""The passages of a paragraph (its sentences and its quotes) and the one that answers best.

A passage is addressed by a locator small enough to ride in a button: paragraph `document`
of the index and, in it, quote number `passage` (0, 1, ...) or sentence number -passage-1.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from bot.corpus.models import Paragraph
from bot.corpus.sentences import sentence_spans
from bot.knowledge import Knowledge
from bot.quotes.lexicon import expand_title_abbreviations, spell_out_role_initials
from bot.quotes.models import Quote, QuoteKind
from bot.search.acronyms import spelled_out
from bot.search.answer_types import DECISIVE_TYPES, carries
from bot.search.asked import Asked, terms_in
from bot.search.information import share

# What carrying the wanted kind of answer (a date for "when") is worth, as a share of the
# question's weight: a sentence with the date and most of the question's words beats one
# with a few more of its words and no date.
TYPE_SHARE = 0.25
# How much of the best passage's fit a quote needs to answer a question about what was said.
SAID_FIT_SHARE = 0.75


@dataclass(frozen=True, slots=True)
class Passage:
    passage: int  # the locator within its paragraph (see the module docstring)
    text: str  # what is shown
    share: float  # the share of the question's weight its text and context hold
    typed: bool  # it carries the kind of answer the question wants
    quote: Quote | None
    pair: bool = False  # two sentences in a row
    information: float = 0.0  # the share of the question's information its text holds
    topical: bool = True  # it holds some of what the question asks about the people it names

    @property
    def fit(self) -> float:
        return self.share + (TYPE_SHARE if self.typed else 0.0)


@dataclass(frozen=True, slots=True)
class Choice:
    """The passage that answers best, and what the paragraph's passages hold at most."""

    passage: Passage
    typed: float  # the most of the question's weight a passage with the wanted kind holds
    information: float  # the most of the question's information one passage holds


def best_passage(
    knowledge: Knowledge,
    asked: Asked,
    paragraph: Paragraph,
    context: frozenset[str],
) -> Choice:
    """Sentences and quotes compete on equal terms: the most of the question's weight, plus
    the wanted kind of answer; a quote wins a tie (it says who). `context`: the question's
    terms the paragraph holds besides its words (paragraph_context)."""
    found = passages(knowledge, asked, paragraph, context)
    typed = max((p.share for p in found if p.typed), default=0.0)
    information = max(p.information for p in found)
    best = max(found, key=lambda p: (round(p.fit, 9), p.quote is not None))
    if asked.wants_words or asked.named:
        # Asked what someone said: their words, if they hold nearly as much of the question.
        said = [p for p in found if p.quote is not None and p.fit >= best.fit * SAID_FIT_SHARE]
        best = max(said, key=lambda p: round(p.fit, 9), default=best)
    return Choice(best, typed, information)


def paragraph_context(knowledge: Knowledge, asked: Asked, paragraph: Paragraph) -> frozenset[str]:
    """The question's terms that a paragraph holds besides its words: those of its
    article's headline (every paragraph of it is about that) and the acronyms it spells out
    ("the Coastal Ferry Board" for CFB)."""
    title = knowledge.article_of(paragraph).title
    return (terms_in(title) & asked.information.keys()) | spelled_out(
        asked.acronyms, f"{title}\n{paragraph.text}"
    )


def passages(
    knowledge: Knowledge,
    asked: Asked,
    paragraph: Paragraph,
    context: frozenset[str],
) -> list[Passage]:
    narrative = narrative_passages(paragraph)
    count = max(len(_sentences_of(paragraph.text)), 1)  # the single sentences come first
    singles = [terms_in(text) for text in narrative[:count]]
    # What the paragraph is about, which a sentence of it need not repeat ("Roughly 12,000
    # visitors came" is about the festival): its terms among the question's common words.
    about = asked.common & frozenset().union(*singles)
    found = [
        _passage(asked, -number - 1, narrative[number], present, None, about, context)
        for number, present in enumerate(singles)
    ]
    for number, text in enumerate(narrative[count:]):
        present = singles[number] | singles[number + 1]
        found.append(
            _passage(asked, -count - number - 1, text, present, None, about, context, True)
        )
    for number, quote in enumerate(knowledge.attribution.quotes_in(paragraph.id)):
        # A quote is judged by its words and its speaker's name and roles; asked what
        # someone said, by its sentence too, whose attribution may say what it is about.
        # (A statement is its whole clause already.)
        said = f"{quote.text} {_speaker_text(knowledge, quote)}"
        if asked.wants_words and quote.kind is QuoteKind.DIRECT:
            said = f"{_sentence_around(paragraph, quote.start)} {said}"
        found.append(_passage(asked, number, quote.text, terms_in(said), quote, about, context))
    return found


def _passage(
    asked: Asked,
    number: int,
    text: str,
    present: frozenset[str],  # the terms of the text and what it is judged with
    quote: Quote | None,
    about: frozenset[str],  # the paragraph's terms among the question's common words
    context: frozenset[str],  # the question's terms the paragraph holds besides its words
    pair: bool = False,
) -> Passage:
    held = sum(w for term, w in asked.weights.items() if term in present) / asked.total
    typed = carries(asked.answer_type, text)
    # A passage with the date, number or place asked for is read with what its paragraph
    # is about; any other passage must hold the question's words itself.
    if typed and asked.answer_type in DECISIVE_TYPES:
        present = present | about
    # The headline and a spelled-out acronym say what the passage is about (the
    # information check), not that it holds the question's words (the index's weight).
    information = share(asked.information, present | context)
    topical = not asked.topic or not present.isdisjoint(asked.topic)
    return Passage(number, text, held, typed, quote, pair, information, topical)


def _speaker_text(knowledge: Knowledge, quote: Quote) -> str:
    speaker = knowledge.attribution.speaker(quote.speaker)
    if speaker is None:
        return ""
    return _spelled_out(" ".join((speaker.name, *speaker.aliases, *speaker.roles)))


@lru_cache(maxsize=4096)
def _spelled_out(about: str) -> str:
    # As the index has it: "CEO" is also "chief executive officer".
    return spell_out_role_initials(expand_title_abbreviations(about))


@lru_cache(maxsize=16_384)
def _sentences_of(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(sentence_spans(text))


def narrative_passages(paragraph: Paragraph) -> tuple[str, ...]:
    """Each sentence, then each two sentences in a row: an answer often follows the sentence
    with the question's words ("Who won the regatta? ... The race was called off at dusk.").
    A pair wins only when its second sentence adds to the first (the single one wins ties)."""
    return _narrative_passages(paragraph.text)


@lru_cache(maxsize=16_384)
def _narrative_passages(text: str) -> tuple[str, ...]:
    spans = _sentences_of(text)
    if not spans:
        return (text,)
    pairs = [text[spans[i][0] : spans[i + 1][1]] for i in range(len(spans) - 1)]
    return (*(text[s:e] for s, e in spans), *pairs)


def _sentence_around(paragraph: Paragraph, offset: int) -> str:
    spans = _sentences_of(paragraph.text)
    # Bisect: a paragraph's quotes are each looked up, and one may hold thousands.
    position = bisect_right(spans, (offset, len(paragraph.text) + 1)) - 1
    if position >= 0:
        start, end = spans[position]
        if start <= offset < end:
            return paragraph.text[start:end]
    return ""
