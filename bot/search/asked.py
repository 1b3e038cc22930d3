"""What a question asks: its weighted terms, the people it names and the kind of answer it wants."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial

from rapidfuzz import fuzz, process

from bot.index.tokenize import tokenize
from bot.knowledge import Knowledge, drop_older_snapshots
from bot.quotes.lexicon import ROLE_INITIALS, ROLE_INITIALS_PATTERN, is_role_word
from bot.quotes.models import SpeakerKind
from bot.search.acronyms import acronyms
from bot.search.answer_types import AnswerType, expected_type
from bot.search.information import question_information
from bot.search.question import QuestionError, clean_question
from bot.search.romanize import romanized
from bot.search.scripts import without_other_scripts
from bot.search.spelling import Spelling, unswapped, written_form
from bot.search.who_spoke import articles_holding, asks_who_spoke

# A name the corpus never mentions ("What did *Marcel Quint* say about the bike lanes?")
# asks about someone else: it outweighs the topic words the question shares with the corpus.
UNKNOWN_NAME_WEIGHT = 2.0
# How alike a typed name and a speaker's name must be (rapidfuzz ratio, 0-100) for the one
# to stand for the other: "Jeon Ji-hun" is Jeon Ji-hoon, "Jeon Do-yun" is nobody here.
NAME_SPELLING_RATIO = 70
# Korean names are two to four syllables, and a particle after one ("-는", "-에게") one or two.
MIN_NAME_SYLLABLES = 2
PARTICLE_SYLLABLES = 2
_SCRIPT_WORD = re.compile(r"[^\W_]+", re.UNICODE)  # a word as the index splits them
_CAPITALIZED = re.compile(r"(?<![\w'’])[A-Z][\w'’-]*")
_NAME_RUN = re.compile(r"(?<![\w'’])[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")
# "Hey bot, ...": the bot addressed, not what is asked.
_GREETING = re.compile(
    r"^(?:hey|hi|hello|ok|okay)\b(?:\s+(?:bot|there|forum-bot))?\s*[,!:]?\s+", re.IGNORECASE
)
_WORD_IN_QUESTION = re.compile(r"(?<![\w'’])[^\W\d_][\w'’-]*")
_SPEECH_VERBS = (
    r"say|says|said|saying|think|thinks|speak|spoke|comment(?:ed)?|"
    r"stress(?:ed)?|argue[ds]?|claim(?:ed)?|warn(?:ed)?|quote[ds]?|mention(?:ed)?"
)
_ASKS_WHAT_WAS_SAID = re.compile(rf"\b(?:{_SPEECH_VERBS})\b", re.IGNORECASE)
# Where someone spoke, after the verb ("What did Kim say *at the forum in Busan*?"), when
# nothing else follows: the setting, not what they spoke about.
_SETTING = re.compile(
    rf"\b(?:{_SPEECH_VERBS})\s+(?P<where>(?:at|in|during)\s+(?:(?!about\b)[^?!.])+?)\s*[?!.]*$",
    re.IGNORECASE,
)
# Whom "what did ... say" asks about: the words between its auxiliary and its verb of speech.
_SPEAKER_ASKED = re.compile(
    rf"\b(?:did|does|do|has|have|had|will|would|can|could)\s+(?P<who>[^?!.,]+?)\s+"
    rf"(?:{_SPEECH_VERBS})\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Asked:
    """A question read against one snapshot; every stage of answering works from this."""

    text: str  # cleaned, role initials spelled out where the corpus lacks them
    terms: tuple[str, ...]  # index terms, in order (BM25 counts repeats)
    weights: dict[str, float]  # term -> how much it tells (idf; unknown names weigh double)
    named: frozenset[str]  # speakers the question names ("What did *Kim* say")
    topic: dict[str, float]  # the weights without the named speakers' names
    wants_words: bool  # "what did ... say / think / stress"
    answer_type: AnswerType
    unknown: tuple[str, ...]  # words as typed that no paragraph has: what a decline names
    respelled: dict[str, str]  # as typed -> the speaker's name or articles' word read instead
    total: float  # the weights' sum
    # term -> how much it tells by its rarity in general English (bot.search.information)
    information: dict[str, float]
    common: frozenset[str]  # terms of its common lowercase words: how it asks, mostly
    lacking: frozenset[str]  # terms of `information` that no paragraph has
    lowercase: frozenset[str]  # terms of its lowercase words: no name among them
    acronyms: dict[str, str]  # its acronyms as typed ("EU") -> their terms
    # Its words in a script the articles do not use, as typed: left out of the search.
    other_script: tuple[str, ...] = ()
    # One of them is whom it asks about ("What did 박서윤 say?"): the rest cannot answer it.
    other_script_speaker: bool = False


def read_question(knowledge: Knowledge, question: str) -> Asked:
    """Raises QuestionError when the input is not a usable question."""
    text = _spell_out_initials(knowledge, _unshouted(_without_greeting(clean_question(question))))
    speech = speech_verb_at(text)
    written = text
    text, respelled_in_script = _read_names_in_other_scripts(knowledge, text)
    text, other_script = without_other_scripts(knowledge, text, partial(_is_known, knowledge))
    text, respelled = _respell_names(knowledge, text)
    respelled |= respelled_in_script
    text, respelled_words = _respell_words(knowledge, text)
    respelled |= respelled_words
    terms = [_spelled(knowledge, term) for term in tokenize(text, question=True)]
    if not terms and not other_script and not asks_who_spoke(text):
        raise QuestionError(
            "The question has only common words in it: name a person, a topic or an event."
        )
    unknown_names = _unknown_names(knowledge, text)
    index = knowledge.index
    weights = {
        term: index.idf(term)
        or index.max_idf * (UNKNOWN_NAME_WEIGHT if term in unknown_names else 1.0)
        for term in dict.fromkeys(terms)
    }
    wants_words = bool(_ASKS_WHAT_WAS_SAID.search(text))
    information, common = question_information(
        text,
        lambda term: _spelled(knowledge, term),
        lambda term: knowledge.index.idf(term) is not None,
    )
    named = _asked_about(knowledge, named_speakers(knowledge, text), weights, wants_words)
    name_terms = {t for name in named for t in _names(knowledge).terms_of[name]}
    name_terms |= _setting_of(knowledge, text, named)
    return Asked(
        text=text,
        terms=tuple(terms),
        weights=weights,
        named=frozenset(named),
        topic={t: w for t, w in weights.items() if t not in name_terms},
        wants_words=wants_words,
        answer_type=expected_type(text),
        unknown=_unknown_words(knowledge, text),
        respelled=respelled,
        total=sum(weights.values()),
        information=information,
        common=common,
        lacking=frozenset(t for t in information if knowledge.index.idf(t) is None),
        lowercase=frozenset(
            _spelled(knowledge, term)
            for match in _WORD_IN_QUESTION.finditer(text)
            if match.group(0).islower()
            for term in tokenize(match.group(0), question=True)
        ),
        acronyms=acronyms(text),
        other_script=other_script,
        other_script_speaker=any(0 <= written.find(word) < speech for word in other_script),
    )


def _setting_of(knowledge: Knowledge, text: str, named: set[str]) -> set[str]:
    """The terms of where the people asked about spoke ("at the forum in Busan"), when an
    article quoting them holds it: what they said there is asked, whatever its topic. A
    setting none of their articles holds is asked about like a topic (another event)."""
    match = _SETTING.search(text) if named else None
    if match is None:
        return set()
    where = tokenize(match.group("where"), question=True)
    spoke_in = {slug for name in named for slug in _names(knowledge).articles_of.get(name, ())}
    return set(where) if where and spoke_in & articles_holding(knowledge, where) else set()


def _without_greeting(text: str) -> str:
    return _GREETING.sub("", text, count=1) or text


def _unshouted(text: str) -> str:
    """A question typed in capitals ("WHAT DID KIM SAY?") is read as typed in lowercase:
    every word of it would otherwise look like a name. Not one in a script without capitals
    with an acronym in it ("AI에 대해 ...")."""
    if any(char.islower() for char in text):  # most questions: nothing to count
        return text
    capitals = sum(char.isupper() for char in text)
    letters = sum(char.isalpha() for char in text)
    if capitals < 2 or capitals * 2 < letters:
        return text
    return text.lower()


def speech_verb_at(text: str) -> int:
    """Where the question's verb of speech stands ("What did X *say* about Y"), or -1."""
    match = _ASKS_WHAT_WAS_SAID.search(text)
    return match.start() if match else -1


def _asked_about(
    knowledge: Knowledge, named: set[str], weights: dict[str, float], wants_words: bool
) -> set[str]:
    """The named speakers the question is about: it asks what was said, asks about nothing
    but them, or names someone in full. A lone capitalized word that is also part of a
    speaker's name ("the *Battle* of ...") names a thing, not a person asked about."""
    terms_of = _names(knowledge).terms_of
    if wants_words or all(any(t in terms_of[n] for n in named) for t in weights):
        return named
    return {n for n in named if len(n.split()) > 1 and terms_in(n) <= weights.keys()}


def _spell_out_initials(knowledge: Knowledge, text: str) -> str:
    """ "What did the CEO say?" asks for the chief executive, unless the articles say CEO."""

    def spelled(match: re.Match[str]) -> str:
        initials = match.group(0)
        if any(knowledge.index.idf(term) is not None for term in tokenize(initials)):
            return initials
        return ROLE_INITIALS[initials.lower()]

    return ROLE_INITIALS_PATTERN.sub(spelled, text)


def _spelled(knowledge: Knowledge, term: str) -> str:
    """The term, or the corpus's term one typo away when the corpus lacks it."""
    if knowledge.index.idf(term) is not None:
        return term
    return Spelling.of(knowledge).correct(term) or term


def _is_known(knowledge: Knowledge, word: str) -> bool:
    return all(
        knowledge.index.idf(_spelled(knowledge, term)) is not None
        for term in tokenize(word, question=True)
    )


def _respell_names(knowledge: Knowledge, text: str) -> tuple[str, dict[str, str]]:
    """A name typed close to a speaker's, with a word of it the corpus lacks ("Jeon Ji-hun"),
    is read as that speaker's name; the answer says which name it was read as."""
    names = _names(knowledge)
    respelled: dict[str, str] = {}
    for match in _NAME_RUN.finditer(text):
        typed = match.group(0)
        words = typed.split()
        if match.start() == 0 and len(words) > 1:
            words = words[1:]  # "Did ..." or "What ...": a question's first word is no name
        typed = " ".join(words)
        if all(knowledge.index.idf(t) is not None for w in words for t in tokenize(w)):
            continue
        best = max(names.terms_of, key=lambda name: name_likeness(typed, name), default=None)
        if best is not None and name_likeness(typed, best) >= NAME_SPELLING_RATIO:
            respelled[typed] = best
    for typed, name in respelled.items():
        text = text.replace(typed, name)
    return text, respelled


def _read_names_in_other_scripts(knowledge: Knowledge, text: str) -> tuple[str, dict[str, str]]:
    """A speaker's name typed in Hangul ("박서윤", or "박서윤은" with a particle) is read as the
    articles write it ("Park Seoyun") when its letters spell one speaker's name more closely
    than any other's; the answer says how it was read."""
    if text.isascii():
        return text, {}
    read: dict[str, str] = {}

    def respell(match: re.Match[str]) -> str:
        word = match.group(0)
        if word.isascii() or _is_known(knowledge, word):
            return word
        found = spelled_name(knowledge, word)
        if found is None:
            return word
        typed, name = found
        read[typed] = name
        return name

    return _SCRIPT_WORD.sub(respell, text), read


def spelled_name(knowledge: Knowledge, word: str) -> tuple[str, str] | None:
    """The speaker whose name a word in Hangul spells, and the part of the word that spells
    it (a particle may follow a name: "박서윤은"), or None when no name is close enough or
    two are as close."""
    table = _names(knowledge)
    names, keys = table.run_together_of, table.run_together
    best: tuple[float, str, str] | None = None
    for end in range(len(word), max(MIN_NAME_SYLLABLES, len(word) - PARTICLE_SYLLABLES) - 1, -1):
        spelled = romanized(word[:end])
        if spelled == word[:end]:
            return None  # not Hangul: nothing to read
        found = process.extract(spelled, keys, scorer=fuzz.ratio, limit=3)
        people = list(dict.fromkeys(names[index] for _, _, index in found))
        scores = [max(s for _, s, i in found if names[i] == person) for person in people]
        if not scores or scores[0] < NAME_SPELLING_RATIO:
            continue
        if len(scores) > 1 and scores[1] == scores[0]:
            continue
        if best is None or scores[0] > best[0]:
            best = (scores[0], word[:end], people[0])
    return (best[1], best[2]) if best is not None else None


def name_likeness(typed: str, name: str) -> float:
    """How alike two spellings of a name are (0-100), whatever their order and hyphens:
    English coverage writes "Min-jun Seo" for the "Seo Minjun" of another outlet."""
    typed, name = typed.casefold(), name.casefold()
    return max(
        fuzz.ratio(typed, name),
        fuzz.token_sort_ratio(typed.replace("-", ""), name.replace("-", "")),
    )


def _respell_words(knowledge: Knowledge, text: str) -> tuple[str, dict[str, str]]:
    """Words the corpus lacks, one typo from a word it has ("scultor", "paitned"), read as
    that word as the articles write it; the answer says how they were read. Weighed and
    shown as that word, not as a word never seen."""
    respelled: dict[str, str] = {}

    def known(word: str) -> bool:
        terms = tokenize(word, question=True)
        return bool(terms) and all(knowledge.index.idf(t) is not None for t in terms)

    def respell(match: re.Match[str]) -> str:
        word = match.group(0)
        if known(word) or not tokenize(word, question=True):
            return word
        found = unswapped(word, known) or _corrected(knowledge, word)
        if not found:
            return word
        respelled[word] = found
        return found

    return _WORD_IN_QUESTION.sub(respell, text), respelled


def _corrected(knowledge: Knowledge, word: str) -> str:
    """The articles' word whose term is one edit from the word's ("scultor": "sculptor")."""
    terms = tokenize(word, question=True)
    if len(terms) != 1:
        return ""
    spelling = Spelling.of(knowledge)
    corrected = spelling.correct(terms[0]) or spelling.correct(word.casefold())
    return written_form(knowledge, corrected) if corrected else ""


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
            if knowledge.index.idf(_spelled(knowledge, term)) is None:
                terms.add(term)
    return terms


def _unknown_words(knowledge: Knowledge, text: str) -> tuple[str, ...]:
    """The question's words, as typed, that no paragraph has; a name keeps its known parts
    ("*Jeon Do-yun*") and runs of unknown words stay together ("the *Eiffel Tower*"), so
    that a decline names the thing, not its pieces."""
    return phrases(text, lambda word: not _is_known(knowledge, word), whole_names=True)


def phrases(text: str, wanted: Callable[[str], bool], whole_names: bool = False) -> tuple[str, ...]:
    """Runs of the question's words, as typed, for which `wanted` holds. With `whole_names`
    a name (capitalized words in a row) counts as one word, wanted when any of its words
    is: "*Jeon Do-yun*", "the *Eiffel Tower*"."""
    found: list[str] = []
    run: list[str] = []
    for unit in _units(text, whole_names):
        words = [word for word in unit.split() if tokenize(word, question=True)]
        if words and any(wanted(word) for word in words):
            run.append(unit)
        elif run:
            found.append(" ".join(run))
            run = []
    if run:
        found.append(" ".join(run))
    return tuple(dict.fromkeys(found))


def _units(text: str, whole_names: bool) -> list[str]:
    """The question's words in order, a name as one when `whole_names` (the question's
    first word is capitalized whatever it is, so it starts no name)."""
    units: list[str] = []
    in_name, previous_end = False, 0
    for match in _WORD_IN_QUESTION.finditer(text):
        word = match.group(0)
        name = whole_names and match.start() > 0 and word[:1].isupper()
        if name and in_name and not text[previous_end : match.start()].strip():
            units[-1] = f"{units[-1]} {word}"
        else:
            units.append(word)
        in_name, previous_end = name, match.end()
    return units


@dataclass(frozen=True, slots=True)
class _Names:
    """Who is who by the words of their names, built once per snapshot."""

    speakers_by_term: dict[str, frozenset[str]]  # name term -> people with it
    terms_of: dict[str, frozenset[str]]  # person -> the terms of their name and aliases
    # Each person's name with its words run together in either order ("parkseoyun",
    # "seoyunpark"), as a romanized Hangul name is written, and whose each is.
    run_together: tuple[str, ...]
    run_together_of: tuple[str, ...]
    articles_of: dict[str, frozenset[str]]  # person -> the articles quoting them


_names_by_generation: dict[int, _Names] = {}


def _names(knowledge: Knowledge) -> _Names:
    cached = _names_by_generation.get(knowledge.generation)
    if cached is None:
        found: dict[str, set[str]] = {}
        terms_of: dict[str, frozenset[str]] = {}
        for speaker in knowledge.speakers:
            if speaker.kind is SpeakerKind.PERSON:
                terms = frozenset(
                    t for name in (speaker.name, *speaker.aliases) for t in terms_in(name)
                )
                terms_of[speaker.name] = terms
                for term in terms:
                    found.setdefault(term, set()).add(speaker.name)
        run_together: list[str] = []
        run_together_of: list[str] = []
        for name in terms_of:
            words = name.casefold().replace("-", "").split()
            for order in dict.fromkeys(("".join(words), "".join(reversed(words)))):
                run_together.append(order)
                run_together_of.append(name)
        articles: dict[str, set[str]] = {}
        for quote in knowledge.quotes:
            if quote.speaker in terms_of:
                slug = knowledge.paragraph(quote.paragraph_id).article_slug
                articles.setdefault(quote.speaker, set()).add(slug)
        cached = _Names(
            {t: frozenset(people) for t, people in found.items()},
            terms_of,
            tuple(run_together),
            tuple(run_together_of),
            {name: frozenset(slugs) for name, slugs in articles.items()},
        )
        drop_older_snapshots(_names_by_generation, lambda generation: generation)
        _names_by_generation[knowledge.generation] = cached
    return cached


def name_terms(knowledge: Knowledge, asked: Asked) -> dict[str, frozenset[str]]:
    """The speakers the question names -> the question's terms of their name ("kim")."""
    terms_of = _names(knowledge).terms_of
    return {name: terms_of[name].intersection(asked.terms) for name in asked.named}


def prepare_names(knowledge: Knowledge) -> None:
    """Build the snapshot's name tables now, not in its first question's reply."""
    _names(knowledge)


def named_speakers(knowledge: Knowledge, text: str) -> set[str]:
    """Speakers the question names ("What did *Nwosu* say ..."): those sharing the most
    name words with it, so "Jordan Webb" is Jordan and not his brother Marcus Webb; a
    surname two speakers share names both.

    Names are the question's capitalized words ("the new park" names no Rose Park); a
    question typed all in lowercase names someone only with a full name ("helen marsh").
    """
    lowercase = text == text.lower()
    words = text.split() if lowercase else [m.group(0) for m in _CAPITALIZED.finditer(text)]
    by_term = _names(knowledge).speakers_by_term
    found, most = _sharing_most(by_term, words)
    if lowercase and most < 2:
        return _sharing_most(by_term, _lowercase_speaker(by_term, text))[0]
    return found


def _sharing_most(by_term: dict[str, frozenset[str]], words: list[str]) -> tuple[set[str], int]:
    """The speakers sharing the most name words with `words`, and how many they share."""
    shared: dict[str, int] = {}
    for term in {t for word in words for t in tokenize(word, question=True)}:
        for name in by_term.get(term, ()):
            shared[name] = shared.get(name, 0) + 1
    most = max(shared.values(), default=0)
    return {name for name, count in shared.items() if count == most}, most


def _lowercase_speaker(by_term: dict[str, frozenset[str]], text: str) -> list[str]:
    """In a lowercase question, the words of whoever it asks what they said ("what did
    *kim* say", "what did minister *kim* say about ..."): its subject, when that is a
    speaker's name word, after a role at most ("what did the park ranger say" names no Park)."""
    match = _SPEAKER_ASKED.search(text)
    if match is None:
        return []
    words = [w for w in match.group("who").split() if tokenize(w, question=True)]
    if not words or not all(t in by_term for t in tokenize(words[-1], question=True)):
        return []
    names = [w for w in words if all(t in by_term for t in tokenize(w, question=True))]
    rest = [w for w in words if w not in names]
    return names if all(is_role_word(w) for w in rest) else []


@lru_cache(maxsize=16_384)
def terms_in(text: str) -> frozenset[str]:
    # The passages weighed here are corpus text, asked about again and again.
    return frozenset(tokenize(text))
