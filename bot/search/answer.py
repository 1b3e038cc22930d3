"""From a question to the best passage, its speaker and its citation, or a decline."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.corpus.models import Article, Paragraph
from bot.corpus.sentences import sentence_spans
from bot.index.tokenize import tokenize
from bot.knowledge import Knowledge
from bot.quotes.lexicon import ROLE_INITIALS, ROLE_INITIALS_PATTERN, is_role_word
from bot.quotes.models import Quote, QuoteKind, Speaker, SpeakerKind
from bot.search.question import QuestionError, clean_question

# Share of the question's weight (idf; words the corpus never uses weigh the most) that the
# best paragraph must contain. Calibrated on tests/unit/seed_questions.yaml: unrelated
# questions share a common word or two with the corpus and reach at most 0.33 ("the minister
# ... housing market"); answerable ones start at 0.46 ("Where in Seoul did the forum take
# place?", whose "take place" the article never says). 0.4 sits in that gap.
MIN_COVERAGE = 0.4
CANDIDATE_PARAGRAPHS = 20
# How close to the best paragraph's score a quote must come to lead a "what did ... say"
# question over narrative.
SAID_SCORE_SHARE = 0.6
_ASKS_WHAT_WAS_SAID = re.compile(
    r"\b(?:say|says|said|saying|think|thinks|speak|spoke|comment(?:ed)?|"
    r"stress(?:ed)?|argue[ds]?|claim(?:ed)?|warn(?:ed)?|quote[ds]?|mention(?:ed)?)\b",
    re.IGNORECASE,
)


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


# A name the corpus never mentions ("What did *Taylor Swift* say about the bike lanes?")
# asks about someone else: it outweighs the topic words the question shares with the corpus.
UNKNOWN_NAME_WEIGHT = 2.0
_CAPITALIZED = re.compile(r"(?<![\w'’])[A-Z][\w'’-]*")
_WORD_IN_QUESTION = re.compile(r"(?<![\w'’])[^\W\d_][\w'’-]*")


def _spell_out_initials(knowledge: Knowledge, text: str) -> str:
    """ "What did the CEO say?" asks for the chief executive, unless the articles say CEO."""

    def spelled(match: re.Match[str]) -> str:
        initials = match.group(0)
        if any(knowledge.index.idf(term) is not None for term in tokenize(initials)):
            return initials
        return ROLE_INITIALS[initials.lower()]

    return ROLE_INITIALS_PATTERN.sub(spelled, text)


def _unknown_names(knowledge: Knowledge, text: str) -> set[str]:
    """Terms that no paragraph has of capitalized words past the first (names of others)
    and of job titles ("the *mayor*" of an article that has none). Acronyms are left out:
    initials name things in many ways an article may not."""
    terms: set[str] = set()
    for match in _WORD_IN_QUESTION.finditer(text):
        word = match.group(0)
        named = match.start() > 0 and word[0].isupper() and not word.isupper()
        if not named and not is_role_word(word):
            continue  # a question's first word is capitalized whatever it is
        for term in tokenize(word, question=True):
            if knowledge.index.idf(term) is None:
                terms.add(term)
    return terms


def _term_weights(knowledge: Knowledge, text: str, terms: list[str]) -> dict[str, float]:
    index = knowledge.index
    unknown_names = _unknown_names(knowledge, text)
    # A word the corpus never uses is the strongest sign the question is about something else.
    return {
        term: (index.idf(term) or index.max_idf)
        * (UNKNOWN_NAME_WEIGHT if term in unknown_names else 1.0)
        for term in dict.fromkeys(terms)
    }


@dataclass(frozen=True, slots=True)
class _Names:
    """Who is who by the words of their names, built once per snapshot."""

    speakers_by_term: dict[str, frozenset[str]]  # name term -> people with it
    terms_of: dict[str, frozenset[str]]  # person -> the terms of their name and aliases


_names_by_generation: dict[int, _Names] = {}


def _names(knowledge: Knowledge) -> _Names:
    cached = _names_by_generation.get(knowledge.generation)
    if cached is None:
        found: dict[str, set[str]] = {}
        terms_of: dict[str, frozenset[str]] = {}
        for speaker in knowledge.speakers:
            if speaker.kind is SpeakerKind.PERSON:
                terms = frozenset(
                    t for name in (speaker.name, *speaker.aliases) for t in _terms_in(name)
                )
                terms_of[speaker.name] = terms
                for term in terms:
                    found.setdefault(term, set()).add(speaker.name)
        cached = _Names({t: frozenset(people) for t, people in found.items()}, terms_of)
        _names_by_generation.clear()  # only the snapshot being served is asked about
        _names_by_generation[knowledge.generation] = cached
    return cached


def _named_speakers(knowledge: Knowledge, text: str) -> set[str]:
    """Speakers the question names ("What did *Nwosu* say ..."): those sharing the most
    name words with it, so "Jordan Webb" is Jordan and not his brother Marcus Webb.

    Names are the question's capitalized words ("the new park" names no Rose Park); a
    question typed all in lowercase names someone only with a full name ("helen marsh").
    """
    lowercase = text == text.lower()
    words = text.split() if lowercase else [m.group(0) for m in _CAPITALIZED.finditer(text)]
    by_term = _names(knowledge).speakers_by_term
    shared: dict[str, int] = {}
    for term in {t for word in words for t in tokenize(word, question=True)}:
        for name in by_term.get(term, ()):
            shared[name] = shared.get(name, 0) + 1
    most = max(shared.values(), default=0)
    if lowercase and most < 2:
        return set()
    return {name for name, count in shared.items() if count == most}


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
    spans = _sentences_of(paragraph.text)
    # Bisect: a paragraph's quotes are each looked up, and one may hold thousands.
    position = bisect_right(spans, (offset, len(paragraph.text) + 1)) - 1
    if position >= 0:
        start, end = spans[position]
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
    text = _spell_out_initials(knowledge, clean_question(question))
    terms = tokenize(text, question=True)
    if not terms:
        raise QuestionError(
            "The question has only common words in it: name a person, a topic or an event."
        )
    weights = _term_weights(knowledge, text, terms)
    total = sum(weights.values())
    named = _named_speakers(knowledge, text)
    wants_words = bool(_ASKS_WHAT_WAS_SAID.search(text))
    answers: list[Answer] = []
    # "What did Delgado say about the election?": the topic must be there, not just the name.
    names = {t for name in named for t in _names(knowledge).terms_of[name]}
    topic = {term: weight for term, weight in weights.items() if term not in names}
    topic_total = sum(topic.values())
    index = knowledge.index
    for document, score in index.top(terms, CANDIDATE_PARAGRAPHS):
        paragraph = knowledge.paragraphs[document]
        coverage = sum(w for term, w in weights.items() if index.contains(document, term)) / total
        if coverage < MIN_COVERAGE:
            continue
        if (
            named
            and topic
            and (
                sum(w for term, w in topic.items() if index.contains(document, term)) / topic_total
                < MIN_COVERAGE
            )
        ):
            continue
        passage = _best_passage(knowledge, paragraph, weights)
        answers.append(answer_at(knowledge, document, passage, score, coverage))
        if len(answers) >= max(top, 1) and not (named or wants_words):
            break
    if not answers:
        return None
    if named:
        # "What did Nwosu say about X?" is answered by Nwosu's words before anyone else's
        # on X; the sort is stable, so BM25's order holds within each group.
        # With nothing asked but who ("What did Jordan Webb say?"), their verbatim words lead.
        only_who = not topic

        def order(found: Answer) -> tuple[bool, bool]:
            theirs = found.speaker is not None and found.speaker.name in named
            verbatim = found.quote is not None and found.quote.kind is QuoteKind.DIRECT
            return not theirs, only_who and not verbatim

        answers.sort(key=order)
    elif wants_words:
        # "What did the foreign ministry official say about diplomacy?" wants someone's
        # words: a quote on the topic goes before narrative that merely mentions it, if it
        # scores near the best.
        floor = answers[0].score * SAID_SCORE_SHARE
        roles = {t for word in text.split() if is_role_word(word) for t in tokenize(word)}
        # "What did the governor say?", and nothing more: the governor's verbatim words.
        only_role = bool(roles) and set(terms) <= roles

        def by_words(found: Answer) -> tuple[bool, bool, bool]:
            quoted = found.speaker is not None and found.score >= floor
            holder = found.speaker is not None and bool(
                roles.intersection(t for role in found.speaker.roles for t in _terms_in(role))
            )
            verbatim = found.quote is not None and found.quote.kind is QuoteKind.DIRECT
            return not quoted, only_role and not holder, only_role and not verbatim

        answers.sort(key=by_words)
    best, *rest = answers[: max(top, 1)]
    return replace(best, alternatives=tuple(rest))
