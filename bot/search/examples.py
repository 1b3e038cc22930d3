"""Example questions made from a corpus's own speakers and what they talk about.

A fixed example ("What did the minister say about AI?") goes wrong as soon as the articles
change; these are built from the snapshot being served and checked to be answered.
"""

from __future__ import annotations

import re
from collections import Counter

from bot.index.tokenize import tokenize
from bot.knowledge import Knowledge, drop_older_snapshots
from bot.quotes.models import QuoteKind, Speaker
from bot.search.answer import answer
from bot.search.information import word_information

_NOT_TOPIC_ENDINGS = ("ed", "ing", "ly", "'s", "’s", "al", "ous", "ive", "ful", "able")
_NOUN_ENDINGS = ("tion", "sion", "ity", "ogy", "ment", "ence", "ance", "ics", "ism", "ship")
# Verbs too common or irregular for the endings to catch: "say about become" asks nothing.
_COMMON_VERBS = frozenset(
    "become became seen been made make take taken give given come came want need done "
    "keep kept seem seems look looks find found help left feel felt thank thanks".split()
)
_TOPIC_CANDIDATES = 5
_examples_by_generation: dict[tuple[int, int], list[str]] = {}
_WORD = re.compile(r"[^\W\d_]+")


def _topics(knowledge: Knowledge, speaker: Speaker) -> list[str]:
    """What this speaker's quotes talk about, most telling first: words their quotes use
    often, the articles rarely and English in general rarely too (count x idf x rarity:
    "say about laboratories", not "say about already"). Lowercase words and short acronyms
    ("AI") only: capitalized words are names, datelines or sentence starts, and words
    ending like verbs or adverbs make odd questions ("say about watched")."""
    weights: Counter[str] = Counter()
    verbatim = [q for q in speaker.quotes if q.kind is QuoteKind.DIRECT] or list(speaker.quotes)
    for quote in verbatim:
        for word in _WORD.findall(quote.text):
            acronym = 2 <= len(word) <= 5 and word.isupper()
            if not acronym and (not word.islower() or len(word) < 4):
                continue
            if word.endswith(_NOT_TOPIC_ENDINGS) or word in _COMMON_VERBS:
                continue
            noun = 1.5 if word.endswith(_NOUN_ENDINGS) else 1.0
            for term in tokenize(word, question=True):
                idf = knowledge.index.idf(term) or 0.0
                weights[word] += noun * idf * word_information(word)
    return [word for word, _ in weights.most_common(_TOPIC_CANDIDATES)]


def example_questions(knowledge: Knowledge, count: int = 2) -> list[str]:
    """Questions this corpus can answer, made from its own speakers and what they talk about
    (a fixed example would go wrong as soon as the articles change), each checked to be
    answered with that speaker's words."""
    key = (knowledge.generation, count)
    cached = _examples_by_generation.get(key)
    if cached is not None:  # also when the corpus had fewer: declines must stay cheap
        return cached
    people = [s for s in knowledge.speakers if s.kind.value == "person" and s.quotes]
    people.sort(key=lambda s: -len(s.quotes))  # stable: ties keep the corpus order
    questions: list[str] = []
    for speaker in people:
        for topic in _topics(knowledge, speaker):
            question = f"What did {speaker.name} say about {topic}?"
            found = answer(knowledge, question, top=1)
            if found is not None and found.speaker is speaker:
                questions.append(question)
                break
        if len(questions) >= count:
            break
    drop_older_snapshots(_examples_by_generation, lambda key: key[0])
    _examples_by_generation[key] = questions
    return questions
