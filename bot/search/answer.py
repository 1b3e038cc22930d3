"""From a question to the best passage, its speaker and its citation, or a decline.

Answering is a short pipeline, each stage a function below, in this order:

1. read the question (bot.search.asked): its weighted terms, the people it names, the kind
   of answer it wants (bot.search.answer_types), its words in a script the articles do not
   use (bot.search.scripts), left out; "Who spoke at ...?" and nothing more is answered by
   the people quoted (bot.search.who_spoke);
2. candidates: the index's best paragraphs for its terms, with how much of it each holds
   (its article's headline and the acronyms it spells out count for what it is about);
3. passages: in the best few that may hold the question, the sentence, two sentences or
   quote that answers best (bot.search.passages);
4. checks: a paragraph must hold enough of the question (a passage with the kind of answer
   wanted counts), and of its topic when it names someone, or it is no answer;
5. ordering: the index's score with the passage's fit; a passage with the wanted date,
   number or place first; the named speaker's words first, or someone's words first when
   the question asks what was said; when the name asked means more than one of the
   speakers, the answer says so (bot.search.namesakes).

None means a decline; bot.search.declines says why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.corpus.models import Article, Paragraph
from bot.i18n import language_name, text
from bot.knowledge import Knowledge
from bot.quotes.lexicon import is_role_word
from bot.quotes.models import Quote, QuoteKind, Speaker
from bot.search.answer_types import DECISIVE_TYPES
from bot.search.asked import Asked, read_question, terms_in
from bot.search.information import share
from bot.search.namesakes import Namesakes, namesakes_of
from bot.search.passages import (
    TYPE_SHARE,
    Passage,
    best_passage,
    narrative_passages,
    paragraph_context,
)
from bot.search.who_spoke import document_of, first_quotes

# Share of the question's weight (idf; words the corpus never uses weigh the most) that a
# paragraph must hold to answer it. Calibrated on the seed's questions, the SQuAD half,
# generated "what did X say about Y" questions over the PolNeAR articles and the test
# articles, each against questions about other things. 0.45 already declines twice as many
# answerable SQuAD questions (5% against 2.5%) for 6 more points of off-topic ones declined.
MIN_COVERAGE = 0.4
# ... and its best passage this share: words scattered over a paragraph answer nothing.
# 0.25 declines 1.5 points more of SQuAD's off-topic questions and no answerable one on
# any of those corpora; 0.3 starts declining answerable SQuAD questions.
MIN_PASSAGE_SHARE = 0.25
# The share of the question's information (bot.search.information: words weighed by their
# rarity in general English) that the answer's paragraph must hold, and one passage of it.
# Calibrated as MIN_COVERAGE was: at 0.5 and 0.5 the SQuAD half declines 90.5% of its
# off-topic questions (75% without), 76% of its questions asked of the PolNeAR articles
# (64%) and 2 points more of its answerable ones (10 of the 12 had been answered with the
# wrong paragraph); the seed's and PolNeAR's own questions stay answered. 0.55 for the
# passage declines 93.5% of the off-topic questions and 6.5% of the answerable ones.
# Since the headline and spelled-out acronyms count (paragraph_context): 2.7% of SQuAD's
# answerable questions declined, 90.0% of its off-topic ones; either at 0.52 would decline
# 3.1% and 91.0%, both at 0.48 2.5% and 88.5%.
MIN_INFORMATION = 0.5
MIN_PASSAGE_INFORMATION = 0.5
# A paragraph holding less than SCANT_SHARE of the question's information holds too little
# of it when what it holds tells less than SCANT_INFORMATION in all (bot.search.information:
# about one word as rare in English as "sculptor", or two as common as "club" and
# "members"): a question about another subject shares such words with many paragraphs.
# Unless a passage of it carries the date, number or place asked for ("How many
# participants attended?" and "200 participants"). On the SQuAD half: 92.0% of the
# off-topic questions declined (90.0% without), answerable ones as many (2.7%), hit@1 the
# same. 0.6: 91.0% and 2.7%; 0.67: 92.0% and 2.9%; 0.65 and 4.0: 92.0% and 3.1%. Without
# the exemption 0.6 and 3.5 decline 92.0% and 2.7% too, but also the seed's "How many
# participants attended?" once another article has "attended".
SCANT_SHARE = 0.62
SCANT_INFORMATION = 3.5
# A paragraph holding this share of the question's information (its words the articles
# lack counted twice) needs neither idf coverage nor a passage with a quarter of it. On the
# SQuAD half: 0.6 declines 3.8% of answerable questions (4.5% without), 0.55 3.5%, 0.53
# 3.1%, each letting 1 more off-topic question through (90.0% declined); 0.5 declines
# 2.7% and lets 5 more through (88%). Most of the questions it answers are answered with
# the wrong paragraph (hit@1 79.8% -> 80.0%): it trades declines, not right answers.
SURE_INFORMATION = 0.55
CANDIDATE_PARAGRAPHS = 20
# Of those that may hold the question, the best few by BM25 get their passages weighed (the
# costly stage): on the SQuAD half, 8 and 20 give the same right paragraphs first.
PASSAGE_CANDIDATES = 8
# How much the best passage's fit (share of the question's weight in one sentence or quote,
# plus the wanted kind of answer) counts next to the paragraph's BM25 score, as a fraction
# of the best paragraph's score: a paragraph with one sentence that answers goes before one
# that spreads the same words over many.
PASSAGE_WEIGHT = 0.5
# How close to the best paragraph's score a quote must come to lead a "what did ... say"
# question over narrative.
SAID_SCORE_SHARE = 0.6
# A paragraph whose passage with the wanted kind of answer holds this share of the question
# goes first ("When was the forum held?": the sentence with the date, not "held a forum").
TYPED_LEADS = 0.4
# ... or this share of its information in general English (bot.search.information).
TYPED_INFORMATION_LEADS = 0.6
# ... and this share, with TYPE_SHARE added, counts towards the coverage a paragraph needs
# when the question has a word the articles lack ("How many participants attended?" is
# answered by "200 participants", without "attended").
TYPED_COUNTS = 0.3


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
    read_as: tuple[tuple[str, str], ...] = ()  # (as typed, the speaker or word read instead)
    namesakes: Namesakes | None = None  # the others the question's name could mean
    other_script: tuple[str, ...] = ()  # words left out: in a script the articles do not use
    who_spoke: tuple[Speaker, ...] = ()  # everyone quoted, when that is what was asked

    @property
    def role(self) -> str | None:
        if self.quote is not None and self.quote.role:
            return self.quote.role
        return self.speaker.role if self.speaker is not None else None


@dataclass(frozen=True, slots=True)
class Candidate:
    """A paragraph the index found, with what the answering stages learn about it."""

    document: int
    score: float  # BM25
    coverage: float = 0.0  # share of the question's weight the paragraph holds
    topic_coverage: float = 0.0  # the same, without the names of the people asked about
    passage: Passage | None = None
    typed: float = 0.0  # the most of the question a passage with the kind of answer asked holds
    information: float = 0.0  # share of the question's information (rarity in English) held
    passage_information: float = 0.0  # the most of the question's information one passage holds
    lacks_only_lowercase: bool = False  # what of the question it lacks are lowercase words
    context: frozenset[str] = frozenset()  # terms it holds besides its words (headline, ...)

    @property
    def passage_typed(self) -> bool:
        """Its passage carries the kind of answer asked for (a date, number or place)."""
        return self.passage is not None and self.passage.typed


def answer(knowledge: Knowledge, question: str, top: int = 3) -> Answer | None:
    """The best answer with up to `top - 1` alternatives, or None when the corpus has none
    (bot.search.declines says why).

    Raises QuestionError when the input is not a usable question.
    """
    asked = read_question(knowledge, question)
    if asked.other_script_speaker:  # asked in a script they do not use
        return None
    quotes = first_quotes(knowledge, asked)
    if quotes is not None:
        return _who_spoke(knowledge, asked, quotes, top)
    if not asked.terms:
        return None
    found = [c for c in candidates(knowledge, asked) if may_hold_the_question(asked, c)]
    found = [with_passage(knowledge, asked, c) for c in found[: max(PASSAGE_CANDIDATES, top)]]
    found = [c for c in found if holds_the_question(asked, c)]
    if not found:
        return None
    found = ordered(knowledge, asked, found)
    # The answer must be about what the question is about; the alternatives below it need
    # only hold its words (more of the right paragraphs among them).
    best = next((c for c in found if is_about_it(asked, c)), None)
    if best is None:
        return None
    found = [best, *(c for c in found if c is not best)]
    answering = (_speaker_answering(knowledge, asked, c) for c in found)
    namesakes = namesakes_of(knowledge, asked, answering)
    answers = [answer_at(knowledge, c.document, _locator(c), c.score, c.coverage) for c in found]
    best, *rest = answers[: max(top, 1)]
    return replace(
        best,
        alternatives=tuple(rest),
        read_as=tuple(asked.respelled.items()),
        namesakes=namesakes,
        other_script=asked.other_script,
    )


def _who_spoke(knowledge: Knowledge, asked: Asked, quotes: list[Quote], top: int) -> Answer | None:
    """ "Who spoke at the summit?": each person's first words, and the list of them all."""
    answers = [
        answer_at(
            knowledge,
            document_of(knowledge, quote.paragraph_id),
            knowledge.attribution.quotes_in(quote.paragraph_id).index(quote),
        )
        for quote in quotes[: max(top, 1)]
    ]
    if not answers:
        return None
    people = tuple(s for q in quotes if (s := knowledge.attribution.speaker(q.speaker)))
    return replace(
        answers[0],
        alternatives=tuple(answers[1:]),
        read_as=tuple(asked.respelled.items()),
        other_script=asked.other_script,
        who_spoke=people,
    )


def candidates(knowledge: Knowledge, asked: Asked) -> list[Candidate]:
    """The index's best paragraphs, with how much of the question each holds."""
    index = knowledge.index
    topic_total = sum(asked.topic.values())
    found = []
    best = index.top(list(asked.terms), CANDIDATE_PARAGRAPHS)
    holding = index.terms_held([document for document, _ in best], asked.weights)
    for (document, score), held in zip(best, holding, strict=True):
        context = paragraph_context(knowledge, asked, knowledge.paragraphs[document])
        coverage = sum(asked.weights[t] for t in held) / asked.total
        topic = sum(w for t, w in asked.topic.items() if t in held or t in context)
        found.append(
            Candidate(
                document,
                score,
                coverage,
                topic / topic_total if topic_total else 1.0,
                information=share(asked.information, held | context),
                lacks_only_lowercase=all(
                    t in asked.lowercase for t in asked.weights if t not in held
                ),
                context=context,
            )
        )
    return found


def with_passage(knowledge: Knowledge, asked: Asked, found: Candidate) -> Candidate:
    paragraph = knowledge.paragraphs[found.document]
    choice = best_passage(knowledge, asked, paragraph, found.context)
    return replace(
        found, passage=choice.passage, typed=choice.typed, passage_information=choice.information
    )


def may_hold_the_question(asked: Asked, found: Candidate) -> bool:
    """The check below before passages are weighed: enough coverage, or enough that a
    passage with the wanted kind of answer may make up for the rest."""
    credit = TYPE_SHARE if asked.answer_type in DECISIVE_TYPES else 0.0
    return _holds(asked, found, credit, _sure_information(asked, found))


def holds_the_question(asked: Asked, found: Candidate) -> bool:
    """Enough of the question's weight is there, some of it in one passage; when it names
    someone, enough of what it asks about them too ("What did Delgado say about the
    election?" needs the election)."""
    sure = _is_sure(asked, found)
    if not sure and found.passage is not None and found.passage.share < MIN_PASSAGE_SHARE:
        return False
    return _holds(asked, found, _type_credit(asked, found), sure)


def is_about_it(asked: Asked, found: Candidate) -> bool:
    """The paragraph, and one passage of it, hold enough of what the question is about: its
    words weighed by their rarity in general English (bot.search.information), so that a
    paragraph sharing only a question's common words ("population", "largest") with it
    does not answer a question about somewhere else; nor one sharing a little of it, unless
    its passage has the date, number or place asked for (SCANT_SHARE)."""
    held = found.information * sum(asked.information.values())
    typed = asked.answer_type in DECISIVE_TYPES and found.passage_typed
    scant = found.information < SCANT_SHARE and held < SCANT_INFORMATION and not typed
    return (
        found.information >= MIN_INFORMATION
        and found.passage_information >= MIN_PASSAGE_INFORMATION
        and not scant
    )


def _is_sure(asked: Asked, found: Candidate) -> bool:
    """Coverage weighs words by their rarity in the articles, where a small corpus makes the
    question's common words ("defend", "react") weigh as much as its subject: a paragraph
    with most of what the question is about in general English holds it all the same, if
    its passage carries the kind of answer asked for ("Where ...?": a place)."""
    typed = asked.answer_type not in DECISIVE_TYPES or found.passage_typed
    return typed and _sure_information(asked, found)


def _sure_information(asked: Asked, found: Candidate) -> bool:
    """The paragraph holds SURE_INFORMATION of the question, its words that no article uses
    counted twice: to be sure, one of them may be what it asks about (the weather, of a
    city the articles name), not another way of saying what they say. A role they lack is
    someone they do not quote (a mayor, where only a governor spoke)."""
    if any(is_role_word(word) for word in asked.unknown):
        return False
    lacking = sum(asked.information[t] for t in asked.lacking)
    total = sum(asked.information.values())
    return found.information * total >= SURE_INFORMATION * (total + lacking)


def _holds(asked: Asked, found: Candidate, credit: float, sure: bool) -> bool:
    if found.coverage + credit < MIN_COVERAGE and not sure:
        return False
    return not (asked.named and asked.topic and found.topic_coverage < MIN_COVERAGE)


def _type_credit(asked: Asked, found: Candidate) -> float:
    """A passage with the kind of answer asked for ("How many attended?" and a sentence
    with "200 participants") stands in for the lowercase words the question uses for it
    and the paragraph does not ("attended"), whether or not another article uses them.
    Not for a name the paragraph lacks: that is another subject (crediting any typed
    passage cost 1.5 points of off-topic SQuAD questions declined and 4 of SQuAD's
    questions asked of the PolNeAR articles)."""
    gap = found.lacks_only_lowercase
    typed = gap and asked.answer_type in DECISIVE_TYPES and found.typed >= TYPED_COUNTS
    return TYPE_SHARE if typed else 0.0


def ordered(knowledge: Knowledge, asked: Asked, found: list[Candidate]) -> list[Candidate]:
    """Best first: the index's score with the passage's fit, then whose words they are."""
    top_score = max(c.score for c in found)

    def fit(candidate: Candidate) -> float:
        passage = candidate.passage
        return candidate.score + PASSAGE_WEIGHT * top_score * (passage.fit if passage else 0.0)

    found = sorted(found, key=fit, reverse=True)
    if asked.answer_type in DECISIVE_TYPES:
        # "When ...?" is answered by a passage with a date, not by more of its words.
        found.sort(key=lambda c: not _typed_leads(c))
    # The sorts below are stable: within each group the order above holds.
    if asked.named:
        return sorted(found, key=lambda c: _their_words_last(knowledge, asked, c))
    if asked.wants_words:
        return sorted(found, key=lambda c: _narrative_last(knowledge, asked, c, top_score))
    return found


def _typed_leads(found: Candidate) -> bool:
    """Its passage carries the wanted date, number or place and holds enough of the
    question: by the index's weights, or by what the question is about in general English
    (a small corpus weighs "held" of "When was the forum held?" like its subject)."""
    return found.typed >= TYPED_LEADS or (
        found.passage_typed and found.passage_information >= TYPED_INFORMATION_LEADS
    )


def _their_words_last(knowledge: Knowledge, asked: Asked, found: Candidate) -> tuple[bool, bool]:
    """ "What did Nwosu say about X?" is answered by Nwosu's words on X before anyone else's
    (or Nwosu's on other things, where two are called Nwosu); with nothing asked but who
    ("What did Jordan Webb say?"), their verbatim words lead."""
    theirs = _speaker_answering(knowledge, asked, found) in asked.named
    quote = found.passage.quote if found.passage else None
    verbatim = quote is not None and quote.kind is QuoteKind.DIRECT
    return not theirs, not asked.topic and not verbatim


def _narrative_last(
    knowledge: Knowledge, asked: Asked, found: Candidate, top_score: float
) -> tuple[bool, bool, bool]:
    """ "What did the foreign ministry official say about diplomacy?" wants someone's words:
    a quote on the topic goes before narrative that merely mentions it, if it scores near
    the best. "What did the governor say?", and nothing more: the governor's verbatim words."""
    quote = found.passage.quote if found.passage else None
    speaker = knowledge.attribution.speaker(quote.speaker) if quote else None
    roles = {t for word in asked.text.split() if is_role_word(word) for t in terms_in(word)}
    only_role = bool(roles) and set(asked.terms) <= roles
    quoted = speaker is not None and found.score >= top_score * SAID_SCORE_SHARE
    holder = speaker is not None and bool(
        roles.intersection(t for role in speaker.roles for t in terms_in(role))
    )
    verbatim = quote is not None and quote.kind is QuoteKind.DIRECT
    return not quoted, only_role and not holder, only_role and not verbatim


def _speaker_answering(knowledge: Knowledge, asked: Asked, found: Candidate) -> str | None:
    """Whose words the candidate's passage is, if they are on what the question asks about
    them: "What did Marrowby say about the budget?" is not answered by a Marrowby on roads."""
    passage = found.passage
    quote = passage.quote if passage is not None and passage.topical else None
    speaker = knowledge.attribution.speaker(quote.speaker) if quote else None
    return speaker.name if speaker is not None else None


def _locator(found: Candidate) -> int:
    return found.passage.passage if found.passage is not None else -1


def other_script_note(
    found: Answer, locale: str | None = None, emphasis: Callable[[str], str] = "“{}”".format
) -> str:
    """What the answer left out of the search, and why, in the locale's language."""
    words = text(locale, "decline.and").join(emphasis(word) for word in found.other_script)
    language = language_name(locale, found.article.language)
    return text(locale, "answer.other_script", language=language, words=words)


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
        quote, text = None, narrative_passages(paragraph)[-passage - 1]
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
