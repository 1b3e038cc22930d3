"""How news prose is worded: pure tests on words and phrases that attribution relies on.

Every function here looks at text only (no article, no people): which words a phrase is
made of, whether a word reports speech, looks like a surname or a title, whether quoted
words are a programme's name. The vocabulary itself lives in bot.quotes.lexicon.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from bot.quotes.lexicon import (
    ABBREVIATED_TITLES,
    DETERMINERS,
    GOING_ON_VERBS,
    GROUP_NOUNS,
    LISTENERS,
    NAME_HONORIFICS,
    NATIONALITY_WORDS,
    NOT_NAME_AFTER,
    NOT_NAME_WORDS,
    NOUN_MARKERS,
    PARTY_WORDS,
    PRONOUNS,
    PUT_VERBS,
    QUOTED_OBJECT_VERBS,
    RETORT_VERBS,
    SPEECH_VERBS,
    TITLE_ABBREVIATIONS,
    VERB_LEADS,
    is_role_word,
)

WORD = re.compile(r"[A-Za-z][\w'’-]*|\d[\w.,]*")
LOWER_WORD = re.compile(r"[a-z]+")
POSSESSIVE = re.compile(r"['’]s$")
LEADING_THE = re.compile(r"(?:^|\s)(?:the|The)$")


class Word(NamedTuple):
    text: str
    start: int
    end: int


# The text before a quote is split into words by several readers in turn (is it a partial
# quote, who is the speaker, is it a title): a small cache lets them share one split.
# Words are immutable and the result is a tuple, so sharing is safe.
@lru_cache(maxsize=256)
def words_of(text: str) -> tuple[Word, ...]:
    return tuple(Word(m.group(0), m.start(), m.end()) for m in WORD.finditer(text))


# What may stand right before a speech participle: "was saying", "by saying", "then adding",
# "quoted as saying".
_BEFORE_PARTICIPLE = frozenset(
    "is are was were be been am kept keeps began begins by while after before when in "
    "without then also and but even again as upon".split()
    # "issued a statement saying", "posted a tweet saying": what its sender says
    + "statement letter tweet post email message note release".split()
)


def is_speech_verb(words: tuple[Word, ...], index: int) -> bool:
    """Whether words[index] reports speech: a speech verb, not a noun ("his remarks"), or
    a verb that does with "back" or "on" ("fired back", "went on"), or "put it" ending
    the words (`As Ruiz put it, "…"`)."""
    if _is_verb_of(words, index, SPEECH_VERBS):
        return True
    following = words[index + 1].text.lower() if index + 1 < len(words) else ""
    if following == "on" and words[index].text.lower() in GOING_ON_VERBS:
        return True  # "Ruiz went on, ..."
    if following == "it" and index + 2 == len(words) and words[index].text.lower() in PUT_VERBS:
        return True  # "As Ruiz put it, "…"", "…," as Ruiz puts it.
    if following == "back":
        return words[index].text.lower() in RETORT_VERBS
    # `Ruiz wanted to know, "…?"`: asking, right before the question
    return (
        index + 1 == len(words)
        and index >= 2
        and words[index].text.lower() == "know"
        and words[index - 1].text.lower() == "to"
        and words[index - 2].text.lower() in _WANTING
    )


_WANTING = frozenset("wanted wants want".split())


def own_speech_verb(words: tuple[Word, ...], index: int) -> bool:
    """A speech verb with a subject of its own: not a participle going on in the voice
    before it ("…, adding"), unless a name stands right before it ("and Ruiz calling")."""
    if not (is_speech_verb(words, index) or takes_quoted_object(words, index)):
        return False
    if not words[index].text.endswith("ing") or index == 0:
        return not words[index].text.endswith("ing")
    previous = words[index - 1]
    return previous.text[0].isupper() and previous.end + 1 == words[index].start


_PASSIVE_AUXILIARIES = frozenset("is are was were be been being get gets got".split())


def takes_quoted_object(words: tuple[Word, ...], index: int) -> bool:
    """Whether words[index] gives its subject's words as a quoted object: `Ruiz accused him
    of "…"`. In the passive ("was accused of "…"") the quoted words are somebody else's."""
    if not _is_verb_of(words, index, QUOTED_OBJECT_VERBS):
        return False
    passive = words[index].text.endswith("ed") and index > 0
    return not (passive and words[index - 1].text.lower() in _PASSIVE_AUXILIARIES)


def _is_verb_of(words: tuple[Word, ...], index: int, verbs: frozenset[str]) -> bool:
    word = words[index].text.lower()
    if word not in verbs:
        return False
    if len(words[index].text) > 1 and words[index].text.isupper():
        return False  # "FERRIES OUTRUN TRAINS": a headline in capitals
    if index == 0:
        # "Estimates of turnout ...": a noun opening the words, not "Ruiz said of"
        following = words[1].text if len(words) > 1 else ""
        return not (words[0].text[0].isupper() and following == "of")
    previous = words[index - 1]
    if previous.text.lower() in NOUN_MARKERS and previous.end == words[index].start - 1:
        return False  # "his remarks"; not "praised her, citing"
    following = words[index + 1].text if index + 1 < len(words) else ""
    if words[index].text[0].isupper() and previous.text[0].isupper() and following.islower():
        # "the United States and": a name's word in prose; a headline capitalizes on
        # ("Vennor Says She Will Run")
        return False
    # "a resolution declaring May ...": a participle right after a noun describes it.
    return not (
        word.endswith("ing")
        and previous.text.islower()
        and previous.text not in _BEFORE_PARTICIPLE
        and not previous.text.endswith("ly")  # "with Vennor recently promising"
        and previous.end == words[index].start - 1
    )


# Small words a title leaves lowercase: "Growth Through Trade", "Yes to Clean Water".
_TITLE_SMALL_WORDS = frozenset("a an the and or of to for in on at by with from as vs".split())
MAX_TITLE_WORDS = 8


# A stop mark after a word, then a capitalized word: a sentence ends there, unless the word
# is an abbreviation ("Dr. Who", "St. Clair Shores"; an initial, "J. Doe", is no word here).
_SENTENCE_BREAK = re.compile(r"\b([A-Za-z][a-z]+)[.?]\s+[A-Z]")


def looks_like_title(inner: str) -> bool:
    """A programme, show, slogan or plan name in quotes ("Good Morning Harbor", the "Green
    Start 2030" plan): every word capitalized but the small ones, no stop mark or comma."""
    text = inner.strip().removesuffix(",")  # the comma of the sentence around it
    if not text or text[-1] in ".,!?;:…" or "," in text:
        return False
    words = [w.text for w in words_of(text)]
    if not words or len(words) > MAX_TITLE_WORDS or words[0].lower() in PRONOUNS:
        return False
    if words[0] == "I" or any(w in {"I", "I'm", "I’m"} for w in words):
        return False  # "I Will Not Go": a quote in capitals is still somebody's words
    if any(m.group(1).lower() not in ABBREVIATED_TITLES for m in _SENTENCE_BREAK.finditer(text)):
        return False  # "Take Harwick. Then Delmont,": two spoken sentences, not one name
    return all(w[0].isupper() or w[0].isdigit() or w in _TITLE_SMALL_WORDS for w in words)


_GOES_ON = re.compile(r"\s+[a-z]")


def clause_goes_on(inner: str, after: str) -> bool:
    """`boasted that "everyone" follows him`: the quoted words end no sentence or clause of
    their own (no stop mark or comma inside the closing mark) and lowercase words follow."""
    return not inner.rstrip().endswith((".", ",", "!", "?", ";", ":", "…")) and bool(
        _GOES_ON.match(after)
    )


def ends_mid_clause(before: str) -> bool:
    """`the plan may be "…"`: the words before a quote leave their clause open (a lowercase
    word last, no comma, colon or dash), so the quote goes on with it."""
    stripped = before.rstrip()
    words = words_of(stripped)
    return bool(words) and words[-1].end == len(stripped) and words[-1].text.islower()


# Words after which title-cased quoted words name a work: `appeared on "Meet the Day."`.
_BEFORE_A_WORK = frozenset("on in of at from including".split())


def names_a_work(inner: str, previous: str) -> bool:
    """`on CNN's "Morning Desk."`, `a role in "The Long Road."`: title-cased words after a
    preposition or a possessive name a show, book or song, even with the sentence's stop
    mark inside the closing quote (which looks_like_title alone reads as speech)."""
    if previous.lower() not in _BEFORE_A_WORK and not POSSESSIVE.search(previous):
        return False
    return looks_like_title(inner.strip().removesuffix("."))


def first_word(text: str) -> str:
    words = words_of(text)
    return words[0].text.lower() if words else ""


def word_count(text: str) -> int:
    return len(WORD.findall(text))


# ASCII text to its lowercase letters, everything else a space: split() then gives the
# words LOWER_WORD finds in the lowercased text, in one translate() pass.
_ASCII_LOWER_LETTERS = str.maketrans(
    {chr(code): chr(code).lower() if chr(code).isalpha() else " " for code in range(128)}
)


def lower_words(text: str) -> list[str]:
    """The [a-z] words of `text` lowercased (what LOWER_WORD finds in text.lower())."""
    if text.isascii():
        return text.translate(_ASCII_LOWER_LETTERS).split()
    return LOWER_WORD.findall(text.lower())


# Words that open a sentence, not a name: "Meanwhile Okafor said", "The Daily Ledger said".
_RUN_OPENERS = frozenset(
    "the a an meanwhile however but and so then also still yet even as when while after "
    "before from if though although since because once until unless whether with without "
    "for by during".split()
)
_SURNAME_SHAPE = re.compile(r"[A-Z](?:[a-z]+(?:[A-Z][a-z]+)?|['’][A-Z][a-z]+)(?:-[A-Z][a-z]+)*")
MAX_ORGANIZATION_RUN_WORDS = 5
MAX_INITIALS_LETTERS = 5


def capitalized_run(region: str, words: tuple[Word, ...], *, forward: bool) -> list[Word]:
    """The capitalized words written together at the verb's side of `region`: after a
    title abbreviation ("Sen.") or an initial ("J.", "T.J.") a period may sit between them."""
    ordered = list(words) if forward else list(reversed(words))
    run: list[Word] = []
    for word in ordered:
        if not word.text[0].isupper() or len(run) >= MAX_ORGANIZATION_RUN_WORDS:
            break
        if POSSESSIVE.search(word.text):
            if run and not forward:
                break  # "Harbor Weekly's Ana Ruiz said": the owner ends her name
            return []  # "said Lumora's chief executive, X": the owner is not the speaker
        if run:
            left, right = (run[-1], word) if forward else (word, run[-1])
            gap = region[left.end : right.start]
            abbreviated = gap == ". " and (
                left.text.lower() in TITLE_ABBREVIATIONS
                or left.text.lower() in NAME_HONORIFICS
                or len(left.text) == 1
            )
            # "T.J. Okafor": initials may be written together, without a space
            initials = gap == "." and len(left.text) == 1 and len(right.text) == 1
            if gap != " " and not abbreviated and not initials:
                break
        elif not forward and region[word.end :].strip():
            return []  # not right before the verb: "Okafor's aide said"
        run.append(word)
    if forward and run and run[0].text.lower() in NOT_NAME_AFTER:
        return []  # "In Washington, ...": a place after a preposition
    if not forward:
        run.reverse()
        if run and follows_preposition(region[: run[0].start]):
            return []  # "experts from the Maritime Agency said": the group speaks
    while run and run[0].text.lower() in _RUN_OPENERS:
        run = run[1:]
    return run


def follows_preposition(before: str) -> bool:
    """Whether capitalized words are the object of a preposition or a list ("from the X",
    "such as X and Y"), not the subject of their clause."""
    previous = LEADING_THE.sub("", before.rstrip()).rstrip().rsplit(" ", 1)[-1].lower()
    return previous in NOT_NAME_AFTER or previous in {"and", "or", "as", "by", "with"}


def is_title_word(word: str) -> bool:
    lowered = word.lower()
    return lowered in NAME_HONORIFICS or lowered in TITLE_ABBREVIATIONS or is_role_word(word)


def may_be_surname(word: str) -> bool:
    """A lone capitalized word that may be somebody's name: not a function word, a place
    or institution word, a nationality, a group, a job or a pronoun."""
    lowered = word.lower()
    return (
        len(word) > 1
        # A long word in capitals is a dateline or a shouted word; a short one may be
        # initials (CNN, AFP). Otherwise a name word's shape: "T-cell", "Internet2" are not.
        and (
            (len(word) <= MAX_INITIALS_LETTERS and word.isalpha() and word.isupper())
            or bool(_SURNAME_SHAPE.fullmatch(word))
        )
        and lowered not in NOT_NAME_WORDS
        and lowered not in NATIONALITY_WORDS
        and lowered not in GROUP_NOUNS
        and lowered not in PRONOUNS
        and not is_role_word(word)
    )


# "Ruiz has also long been accused": how far into a clause its passive verb may come.
MAX_PASSIVE_AT = 5
_PASSIVE_AUXILIARY = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+$", re.IGNORECASE)


def is_passive(before: str) -> bool:
    """ "He was told that ...": the subject heard it, and said nothing."""
    return bool(_PASSIVE_AUXILIARY.search(before[-20:]))


def is_passive_voice(words: tuple[Word, ...]) -> bool:
    """ "was accused of", "has been called", "is seen as": a form of "be" and a past
    participle among the first words of a clause after its subject."""
    lowered = [word.text.lower() for word in words[:MAX_PASSIVE_AT]]
    return any(
        word in _PASSIVE_AUXILIARIES and following.endswith(("ed", "en", "wn"))
        for word, following in pairwise(lowered)
    )


def tells_a_listener(after: str) -> bool:
    """`told reporters ...`, `told the court that ...`: "told" reporting a statement, not
    "told to leave"."""
    words = [w.lower() for w in WORD.findall(after)[:8]]
    if not words:
        return False
    listener = words[1] if words[0] in DETERMINERS and len(words) > 1 else words[0]
    return listener in LISTENERS or "that" in words[1:7]


MAX_VERB_LEAD_WORDS = 3


def without_verb_lead(before_verb: str) -> str:
    """The text before a verb without the auxiliaries and adverbs that lead it: "Ana Ruiz,
    a strategist, had" -> "Ana Ruiz, a strategist,"; "X also quickly" -> "X"."""
    cut = len(before_verb)
    for word in reversed(words_of(before_verb)[-MAX_VERB_LEAD_WORDS:]):
        text = word.text
        if before_verb[word.end : cut].strip() or not (
            text in VERB_LEADS or (text.islower() and text.endswith("ly"))
        ):
            break
        cut = word.start
    return before_verb[:cut]


# `said a senior official`, `another Ohio Democrat added`: an unnamed source, written as an
# indefinite description ending in a role or party word and nothing after it.
_ANONYMOUS_SOURCE = re.compile(
    r"(?:yet\s+)?(?:a|an|another|one)\s+((?:[\w.'’-]+\s+){0,4}?[A-Za-z][\w-]*)\s*(?:,|$)"
)


def anonymous_source(phrase: str) -> str | None:
    """The description of an unnamed source making up all of `phrase` ("a state
    Republican" gives "state Republican"), else None."""
    match = _ANONYMOUS_SOURCE.fullmatch(phrase.strip())
    if match is None:
        return None
    description = match.group(1)
    head = description.rsplit(None, 1)[-1]
    if head.lower() not in PARTY_WORDS and not (head[0].islower() and is_role_word(head)):
        return None
    return description
