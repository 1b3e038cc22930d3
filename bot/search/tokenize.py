"""Unicode-aware tokenizer: case-folded, stop words out, Snowball-stemmed, acronyms kept."""

from __future__ import annotations

import re
import unicodedata

import Stemmer

# Letters and digits of any script; hyphens and apostrophes split words so that
# "K-Science" and "Korea's" match "science" and "Korea".
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)

STOP_WORDS = frozenset(
    """
    a about above after again against all am an and any are aren't as at be because been
    before being below between both but by can can't cannot could couldn't did didn't do does
    doesn't doing don't down during each few for from further had hadn't has hasn't have
    haven't having he he'd he'll he's her here here's hers herself him himself his how how's
    i i'd i'll i'm i've if in into is isn't it it's its itself let's me more most mustn't my
    myself no nor not of off on once only or other ought our ours ourselves out over own same
    shan't she she'd she'll she's should shouldn't so some such than that that's the their
    theirs them themselves then there there's these they they'd they'll they're they've this
    those through to too under until up very was wasn't we we'd we'll we're we've were weren't
    what what's when when's where where's which while who who's whom why why's will with won't
    would wouldn't you you'd you'll you're you've your yours yourself yourselves s t d ll m re
    ve us also just
    """.split()
)

# Words that frame a question rather than say what it is about ("What did X *say* about Y?").
QUESTION_WORDS = frozenset(
    """
    say says said tell tells told talk talked talks speak spoke mention mentioned think
    thinks thought ask asked please anything something know many much
    """.split()
)

_stemmer = Stemmer.Stemmer("english")
_stem_cache: dict[str, str] = {}


def _stem(word: str) -> str:
    stem = _stem_cache.get(word)
    if stem is None:
        stem = _stemmer.stemWord(word)
        _stem_cache[word] = stem
    return stem


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def tokenize(text: str, *, question: bool = False) -> list[str]:
    """Index terms of `text`, in order, duplicates kept (BM25 counts them)."""
    normalized = unicodedata.normalize("NFKC", text)
    terms: list[str] = []
    for word in _TOKEN.findall(normalized):
        folded = word.casefold()
        if not _is_acronym(word) and (
            folded in STOP_WORDS or (question and folded in QUESTION_WORDS)
        ):
            continue
        if len(folded) == 1 and not folded.isdigit():
            continue
        terms.append(_stem(folded))
    return terms
