"""Unicode-aware tokenizer: case-folded, stop words out, Snowball-stemmed, acronyms kept."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

# Letters and digits of any script; hyphens and apostrophes split words so that
# "E-Sports" and "Canada's" match "sports" and "Canada".
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

# Words that frame a question rather than say what it is about ("What did X *say* about Y?",
# "What *exactly* did ..."); "official" fits anyone of an institution ("the
# ministry official") whatever their title.
QUESTION_WORDS = frozenset(
    """
    say says said tell tells told talk talked talks speak spoke mention mentioned think
    thinks thought ask asked please anything something know many much
    exactly actually really specifically official officials
    """.split()
)

_stemmer = Stemmer.Stemmer("english")
# word as written -> its index term, or None when it is not indexed. News vocabulary is
# small next to the number of words read, so most words are one dictionary lookup.
_document_terms: dict[str, str | None] = {}
_question_terms: dict[str, str | None] = {}
_CACHE_LIMIT = 500_000


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def _without_accents(word: str) -> str:
    """'Céloron' is typed 'Celoron': combining marks go, letters stay (Hangul recomposes)."""
    decomposed = unicodedata.normalize("NFD", word)
    return unicodedata.normalize(
        "NFC", "".join(char for char in decomposed if unicodedata.category(char) != "Mn")
    )


def _term(word: str, question: bool) -> str | None:
    folded = word.casefold()
    if folded[-1:] == "s" and folded[:-1].isdigit():
        folded = folded[:-1]  # "the 1980s" is about 1980 and after: asked "in 1980?", found
    if not _is_acronym(word) and (folded in STOP_WORDS or (question and folded in QUESTION_WORDS)):
        return None
    if len(folded) == 1 and not folded.isdigit():
        return None
    if not folded.isascii():
        folded = _without_accents(folded)
    return _stemmer.stemWord(folded)


def tokenize(text: str, *, question: bool = False) -> list[str]:
    """Index terms of `text`, in order, duplicates kept (BM25 counts them)."""
    if question:
        return list(_question_tokens(text))
    return _tokens(text, question=False)


@lru_cache(maxsize=16_384)
def _question_tokens(text: str) -> tuple[str, ...]:
    # Reading a question splits each of its words several times over (names, spelling,
    # what it lacks), and questions share most of their words: "what", "say", "about".
    return tuple(_tokens(text, question=True))


def _tokens(text: str, question: bool) -> list[str]:
    global _document_terms, _question_terms
    cache = _question_terms if question else _document_terms
    if len(cache) > _CACHE_LIMIT:  # hostile input must not grow it without bound
        # A new dict, never clear(): a reload thread and the event loop share the cache,
        # and a call midway through keeps the dict it holds intact.
        cache = {}
        if question:
            _question_terms = cache
        else:
            _document_terms = cache
    if not text.isascii():  # ASCII is already in NFKC form; most news text is
        text = unicodedata.normalize("NFKC", text)
    words = _TOKEN.findall(text)
    for word in set(words).difference(cache):
        cache[word] = _term(word, question)
    # One C-level pass over the cached terms: this runs over every word of a reload.
    return [term for term in map(cache.__getitem__, words) if term is not None]
