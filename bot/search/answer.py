"""From a question to the best passage, its speaker and its citation, or a decline."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from bot.corpus.models import Article, Paragraph
from bot.corpus.sentences import sentence_spans
from bot.knowledge import Knowledge
from bot.quotes.models import Quote, QuoteKind, Speaker
from bot.search.question import QuestionError, clean_question
from bot.search.tokenize import tokenize

# Share of the question's weight (idf; words the corpus never uses weigh the most) that the
# best paragraph must contain. Calibrated on tests/unit/seed_questions.yaml: unrelated
# questions share a common word or two with the corpus and reach at most 0.33 ("the minister
# ... housing market"); answerable ones start at 0.46 ("Where in Seoul did the forum take
# place?", whose "take place" the article never says). 0.4 sits in that gap.
MIN_COVERAGE = 0.4
CANDIDATE_PARAGRAPHS = 20


@dataclass(frozen=True, slots=True)
class Answer:
    text: str  # the passage that answers: a quote, a statement or a sentence
    quote: Quote | None
    speaker: Speaker | None
    paragraph: Paragraph
    article: Article
    score: float
    coverage: float
    document: int = 0  # where the answer stands: see answer_at
    passage: int = 0
    alternatives: tuple[Answer, ...] = ()

    @property
    def role(self) -> str | None:
        if self.quote is not None and self.quote.role:
            return self.quote.role
        return self.speaker.role if self.speaker is not None else None


def _term_weights(knowledge: Knowledge, terms: list[str]) -> dict[str, float]:
    index = knowledge.index
    # A word the corpus never uses is the strongest sign the question is about something else.
    return {term: index.idf(term) or index.max_idf for term in dict.fromkeys(terms)}


@lru_cache(maxsize=16_384)
def _terms_in(text: str) -> frozenset[str]:
    # The passages weighed here are corpus text, asked about again and again.
    return frozenset(tokenize(text))


@lru_cache(maxsize=16_384)
def _sentences_of(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(sentence_spans(text))


def _overlap(weights: dict[str, float], text: str) -> float:
    present = _terms_in(text)
    return sum(weight for term, weight in weights.items() if term in present)


def _speaker_text(knowledge: Knowledge, quote: Quote) -> str:
    speaker = knowledge.attribution.speaker(quote.speaker)
    if speaker is None:
        return ""
    return " ".join((speaker.name, *speaker.aliases, *speaker.roles))


def _sentence_around(paragraph: Paragraph, offset: int) -> str:
    for start, end in _sentences_of(paragraph.text):
        if start <= offset < end:
            return paragraph.text[start:end]
    return ""


def _best_passage(knowledge: Knowledge, paragraph: Paragraph, weights: dict[str, float]) -> int:
    """The quote or statement that best matches, judged with its sentence and speaker;
    a verbatim quote wins a tie. A paragraph without any gives its best sentence.
    Returns the passage's locator (see `answer_at`)."""
    quotes = knowledge.attribution.quotes_in(paragraph.id)
    if quotes:

        def match(quote: Quote) -> tuple[float, bool]:
            # A verbatim quote is judged with its sentence (the attribution may carry what it
            # is about); a statement is already its whole clause.
            direct = quote.kind is QuoteKind.DIRECT
            context = _sentence_around(paragraph, quote.start) if direct else ""
            context = f"{context} {quote.text}"
            overlap = _overlap(weights, f"{context} {_speaker_text(knowledge, quote)}")
            return round(overlap, 9), direct

        return max(range(len(quotes)), key=lambda i: match(quotes[i]))
    sentences = _paragraph_sentences(paragraph)
    best = max(range(len(sentences)), key=lambda i: _overlap(weights, sentences[i]))
    return -best - 1


def _paragraph_sentences(paragraph: Paragraph) -> list[str]:
    spans = _sentences_of(paragraph.text)
    return [paragraph.text[s:e] for s, e in spans] or [paragraph.text]


def answer_at(
    knowledge: Knowledge, document: int, passage: int, score: float = 0.0, coverage: float = 0.0
) -> Answer:
    """The answer at a locator: paragraph `document` of the index, and in it quote number
    `passage` (0, 1, ...) or sentence number -passage-1. Small enough to ride in a button,
    so that the buttons under an answer work without memory of it, across restarts.

    Raises IndexError for a locator this snapshot does not have.
    """
    if document < 0:
        raise IndexError(document)
    paragraph = knowledge.paragraphs[document]
    if passage >= 0:
        quote: Quote | None = knowledge.attribution.quotes_in(paragraph.id)[passage]
        text = quote.text
    else:
        quote, text = None, _paragraph_sentences(paragraph)[-passage - 1]
    return Answer(
        text=text,
        quote=quote,
        speaker=knowledge.attribution.speaker(quote.speaker if quote else None),
        paragraph=paragraph,
        article=knowledge.article_of(paragraph),
        score=score,
        coverage=coverage,
        document=document,
        passage=passage,
    )


def answer(knowledge: Knowledge, question: str, top: int = 3) -> Answer | None:
    """The best answer with up to `top - 1` alternatives, or None when the corpus has none.

    Raises QuestionError when the input is not a usable question.
    """
    text = clean_question(question)
    terms = tokenize(text, question=True)
    if not terms:
        raise QuestionError(
            "The question has only common words in it: name a person, a topic or an event."
        )
    weights = _term_weights(knowledge, terms)
    total = sum(weights.values())
    answers: list[Answer] = []
    for document, score in knowledge.index.top(terms, CANDIDATE_PARAGRAPHS):
        paragraph = knowledge.paragraphs[document]
        index = knowledge.index
        coverage = sum(w for term, w in weights.items() if index.contains(document, term)) / total
        if coverage < MIN_COVERAGE:
            continue
        passage = _best_passage(knowledge, paragraph, weights)
        answers.append(answer_at(knowledge, document, passage, score, coverage))
        if len(answers) >= max(top, 1):
            break
    if not answers:
        return None
    best, *rest = answers
    return replace(best, alternatives=tuple(rest))
