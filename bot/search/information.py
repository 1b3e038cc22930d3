"""How much each word of a question tells, by its rarity in general English.

The index's idf says how rare a word is in the articles, and a small corpus makes most words
rare: "population" weighs as much as a city's name in articles that have neither. Asked
about another city's population, a paragraph with "population" would hold half of the
question. General English tells the two apart: a rare word (a name, a term of art) is what
a question is about, a common one how it asks. wordfreq's Zipf scale gives that rarity:
about 7.7 for "the", 5 for "science", 3.3 for "sculptor", 0 for a word it has never seen.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from functools import lru_cache

from wordfreq import zipf_frequency

from bot.index.tokenize import tokenize

# weight = max(FLOOR, CEILING - Zipf): a word seen once in a million (Zipf 3) tells 3.5 times
# what one seen once in a thousand (Zipf 6) does; no word tells nothing.
CEILING = 6.5
FLOOR = 0.2
# A lowercase word at least this common (Zipf) may be what a whole paragraph is about, not
# repeated by its sentence that answers ("festival" of "How many visitors attended the
# festival?" and "Roughly 12,000 visitors came"). 4.0 let 2 more off-topic SQuAD questions
# through; 5.0 no fewer than 4.5.
COMMON_ZIPF = 4.5
# What a lowercase word no paragraph has tells, as a share of its weight: 0.5 declines as
# many off-topic SQuAD questions and 1.5 points fewer answerable ones than 1 (and 0.25).
UNINDEXED_WORD_SHARE = 0.5
# ... unless it is rare in English (Zipf below this): "desalination" is what a question is
# about, not another way of saying "rebuild". On the SQuAD half 3.0 declines 9.2% of the
# unanswerable questions (8.0% when all are halved) and as many of the others as before;
# 3.5 and 4.0 decline 1 more answerable and 1 more off-topic question.
RARE_ZIPF = 3.0
# One token as the index splits words: letters and digits of any script.
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
# wordfreq reads its English list on first use (0.15-0.3 s): here, at import, before the bot
# serves, not in the first question's reply on the event loop.
zipf_frequency("the", "en")


@lru_cache(maxsize=65_536)
def _zipf(word: str) -> float:
    # wordfreq tokenizes and normalizes its input on every call (10-20 us), and questions
    # keep using the same words.
    return zipf_frequency(word.casefold(), "en")


def word_information(word: str) -> float:
    """How much a word tells: rare words the most, a word wordfreq never saw as much as any."""
    return max(FLOOR, CEILING - _zipf(word))


def is_rare(word: str) -> bool:
    """Whether the word is a rare one of general English: a term of art more often than
    another way of saying something common. Not a word wordfreq never saw: a typo, as often."""
    return 0 < _zipf(word) < RARE_ZIPF


def is_common(words: str) -> bool:
    """Whether each of the words is common in general English."""
    return all(_zipf(word) >= COMMON_ZIPF for word in words.split())


def question_information(
    text: str, as_indexed: Callable[[str], str], indexed: Callable[[str], bool]
) -> tuple[dict[str, float], frozenset[str]]:
    """The question's index terms -> how much each tells (the most of its words with that
    term), and the terms of its common words. `as_indexed` maps a term to the one the
    question is read as (a typo corrected); `indexed` tells whether some paragraph has it."""
    weights: dict[str, float] = {}
    common: set[str] = set()
    named: set[str] = set()
    for match in _TOKEN.finditer(text):
        word = match.group(0)
        for typed in tokenize(word, question=True):
            term = as_indexed(typed)
            # A typo ("festivla") is weighed as the word it was read as, not as unheard of.
            weight = word_information(word if term == typed else term)
            # A lowercase word the articles never use is more often another way of saying
            # what they say ("attended" for "came") than another subject; a name or a rare
            # word they lack is another subject. (The question's first word is capitalized
            # anyway.)
            if not indexed(term) and (match.start() == 0 or word.islower()) and not is_rare(word):
                weight *= UNINDEXED_WORD_SHARE
            weights[term] = max(weights.get(term, 0.0), weight)
            if match.start() > 0 and not word.islower():
                named.add(term)  # "Bay", "Harbour": what it is about, however common
            elif is_common(word):
                common.add(term)
    return weights, frozenset(common - named)


def share(weights: dict[str, float], present: Container[str]) -> float:
    """The share of the question's information held by the terms present."""
    total = sum(weights.values())
    if not total:
        return 0.0
    return sum(w for term, w in weights.items() if term in present) / total
