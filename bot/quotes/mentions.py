"""People named in a sentence, and the roles written around their names.

Works on text whose quotations are masked, so that words inside quotes are never taken for
names, roles or speech verbs of the narrative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.quotes.lexicon import (
    BUSINESS_WORDS,
    GIVEN_NAME_GENDER,
    INSTITUTION_NOUNS,
    NAME_DESCRIPTORS,
    NAME_HONORIFICS,
    NAME_PARTICLES,
    NOT_NAME_AFTER,
    NOT_NAME_WORDS,
    PARTY_WORDS,
    SPEECH_VERBS,
    TITLE_ABBREVIATIONS,
    TITLE_MODIFIERS,
    is_glued_title,
    is_role_word,
)

# A name word after its capital: "ohn", "cTavish" (McTavish, DeLuca), "'Keane" (O'Keane),
# "ark-Lee".
_NAME_WORD_REST = r"(?:[a-z]+(?:[A-Z][a-z]+)?|['’][A-Z][a-z]+)(?:[-'’][A-Za-z][a-z]+)*"
_NAME_WORD = rf"[A-Z]{_NAME_WORD_REST}"
_NAME_WORD_SHAPE = re.compile(_NAME_WORD)
# `\b` before the run is written as a lookbehind after its first capital: a pattern that
# starts with a letter class lets the regex engine skip ahead to capital letters.
_FIRST_NAME_WORD = rf"[A-Z](?<!\w[A-Z]){_NAME_WORD_REST}"
_PARTICLE = rf"(?:{'|'.join(sorted(NAME_PARTICLES))})"
# A middle initial inside a name: "Teodora Q. Nordvik", "Amos Q. Whitlock".
_INITIAL = r"[A-Z]\.[ ]"
_CAPITALIZED_RUN = re.compile(
    rf"{_FIRST_NAME_WORD}(?:[ ](?:{_PARTICLE}[ ])*(?:{_INITIAL})?{_NAME_WORD})*\b"
)
_WORD = re.compile(r"[\w'’&-]+")
# Lowercase words that may sit inside a role ("Director for Parks, Water,
# and Coastal Planning at the Department"): an appositive does not end before them.
_ROLE_CONNECTORS = frozenset(
    "and or the a an of for at in on with from to including & de du la von van".split()
)
_LIST_CONNECTORS = frozenset("and or &".split())
_TITLE_CONNECTORS = frozenset("of and for the & on".split())
_NAME_WORD_PART_BREAK = re.compile(r"[-'’]")
_RUN_WORD = re.compile(r"\S+")
_LAST_WORD = re.compile(r"([\w'’&-]+)[^\w]*$")
# "Another resident, Tyler Brooks,": the determiner is not part of the role.
_LEADING_ARTICLE = re.compile(r"^(?:a|an|the|another)\s+", re.IGNORECASE)
_OPENING_DETERMINERS = frozenset("a an another".split())
_TITLE_OPENERS = frozenset("the a an another".split())
MAX_TITLE_MODIFIERS = 2
_TRAILING_COURTESY = re.compile(r"(?<![\w'’])(?:Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Lord|Lady)\.?$")
# "Janet Okafor, 67, a retired teacher": news style puts an age between a name and its role.
_AGE_APPOSITIVE = re.compile(r"\d{1,3}, ")
# Photo captions place people, not roles: "Minister X, left, and envoy Y shake hands".
_CAPTION_POSITION = re.compile(
    r"(?:second |third )?(?:from )?(?:left|right|center|centre|front|rear|top|bottom|"
    r"foreground|background)\b",
    re.IGNORECASE,
)
_DESCRIPTOR_BREAK = re.compile(r"[,;:()—–]")
# Where an appositive role must end: a sentence or clause mark followed by a space or the
# end of the text (`\Z`, not `$`, which would also match before a final newline).
_APPOSITIVE_STOP = re.compile(r"[.;:!?](?= |\Z)")
_NEXT_WORD = re.compile(r"\s*([\w'’&-]*)")  # the word after a comma, spaces skipped
ORGANIZATION_ENDINGS = BUSINESS_WORDS | INSTITUTION_NOUNS | frozenset(("house",))
MAX_NAME_WORDS = 4
# A generational suffix belongs to the name: a father and son share the rest of it
# ("Alden Froom Jr." and "Alden Froom III" are two people).
_GENERATION_SUFFIX = re.compile(r",? (?:Jr\.|Sr\.|II|III|IV)(?![\w'’])")
MAX_ROLE_WORDS = 25


@dataclass(frozen=True, slots=True)
class NameMention:
    start: int
    end: int
    name: str
    roles: tuple[str, ...]  # as written around this mention: after the name, then before it


def _word_before(text: str, index: int) -> str:
    match = _LAST_WORD.search(text, 0, index)
    return match.group(1).lower() if match else ""


# A title naming its office: "Secretary of State", "Minister of Finance"; the capitalized
# run that follows starts with the office's word, then the name.
_OFFICE_TITLE_END = re.compile(r"(?<![\w'’])([A-Z][a-z]+) of $")


def _office_title_before(text: str, run_start: int) -> bool:
    title = _OFFICE_TITLE_END.search(text, max(0, run_start - 40), run_start)
    return title is not None and is_role_word(title.group(1))


@lru_cache(maxsize=65536)  # a corpus repeats its capitalized words over and over
def _is_name_word(word: str) -> bool:
    parts = [word.lower(), *_NAME_WORD_PART_BREAK.split(word.lower())]
    return not any(part in NOT_NAME_WORDS for part in parts)


def find_names(masked: str) -> list[tuple[int, int, str]]:
    """Full names (two to four capitalized words) that are not institutions or places.

    A capitalized run can hold a title and a name ("Environment Minister Park Jiwoo"): the
    name is a stretch of name words that starts the run, or that follows a job title in it.
    """
    names = []
    for match in _CAPITALIZED_RUN.finditer(masked):
        words = list(_RUN_WORD.finditer(match.group(0)))
        index = 0
        glued = (
            len(words) >= 3
            and is_glued_title(words[0].group(0))
            and all(_is_name_word(word.group(0)) for word in words[1:3])
        )
        if glued:  # "Councilman David Reyes": a title, then the name
            index = 1
        while index < len(words):
            if not _is_name_word(words[index].group(0)) or words[index].group(0).islower():
                index += 1  # a particle never opens a name
                continue
            end = index
            while end < len(words) and _is_name_word(words[end].group(0)):
                end += 1
            if end == index + 1 and (
                _is_surname_after_given_name(words, index)
                or _is_surname_before_a_job(masked, words, index, match.start())
            ):
                end += 1  # "Ruth Marsh", "Ilse Law": a surname that is also a word
            elif (
                end == index + 2 == len(words) - 1
                and words[index].group(0).lower() in GIVEN_NAME_GENDER
                and _may_be_last_name(words[end].group(0))
            ):
                end += 1  # "Ada Jean King": after two given names too
            start = match.start() + words[index].start()
            if index == 0:
                allowed = _word_before(masked, start) not in NOT_NAME_AFTER or (
                    _is_owner_with_given_name(masked, words, end, match.start())
                )
            else:
                previous = words[index - 1].group(0)
                allowed = (
                    is_role_word(previous)
                    or previous.lower() in NAME_HONORIFICS  # "Sir Lindsay Hoyle"
                    or previous.lower() in NAME_DESCRIPTORS  # "Texan Ana Ruiz"
                    or (glued and index == 1)
                    or (index == 1 and _office_title_before(masked, match.start()))
                )
            # "Halvorsen Foods", "Johns Hopkins University": a business or institution word
            # right after the name words makes them the organization's name, not a person's.
            if end < len(words) and words[end].group(0).lower() in ORGANIZATION_ENDINGS:
                allowed = False
            # "Harbor Watch President Ines Alvaro": name words before a job title that is
            # followed by a name are the employer's name, not a person's.
            if (
                end < len(words)
                and is_role_word(words[end].group(0))
                and _names_follow(words, end + 1)
            ):
                allowed = False
            capitalized = sum(1 for word in words[index:end] if not word.group(0).islower())
            stop = match.start() + words[end - 1].end()
            name = masked[start:stop]
            if end == len(words) and (suffix := _GENERATION_SUFFIX.match(masked, stop)):
                name = f"{name} {suffix.group(0).lstrip(', ')}"
                stop = suffix.end()
            if allowed and 2 <= capitalized <= MAX_NAME_WORDS and not _employs(masked, stop):
                names.append((start, stop, name))
            index = end
    return names


# "Harbor Watch president Ines Alvaro": lowercase job words, then a full name.
_LOWERCASE_JOB_THEN_NAME = re.compile(rf" ((?:[a-z-]+ ){{1,3}}){_NAME_WORD} {_NAME_WORD}")


def _employs(masked: str, name_end: int) -> bool:
    """Whether the capitalized words ending at `name_end` are the employer of the person
    named right after their job: "Harbor Watch president Ines Alvaro"."""
    job = _LOWERCASE_JOB_THEN_NAME.match(masked, name_end)
    return bool(job) and all(
        is_role_word(word) or word in TITLE_MODIFIERS for word in job.group(1).split()
    )


_POSSESSIVE = re.compile(r"['’]s\b")


def _is_owner_with_given_name(
    masked: str, words: list[re.Match[str]], end: int, run_start: int
) -> bool:
    """`worked on Ada Okafor's account`: after a preposition a capitalized run is mostly a
    place or an institution, but a common given name and a possessive make it a person."""
    return (
        end == len(words)
        and words[0].group(0).lower() in GIVEN_NAME_GENDER
        and _POSSESSIVE.match(masked, run_start + words[-1].end()) is not None
    )


def _is_surname_after_given_name(words: list[re.Match[str]], index: int) -> bool:
    """A common given name, then a last capitalized word that is also an ordinary word
    ("Charter", "Fields", "West"), a job too ("Provost", "Bishop"), but no business, institution
    or title abbreviation: a surname."""
    if index + 2 != len(words) or words[index].group(0).lower() not in GIVEN_NAME_GENDER:
        return False
    return _may_be_last_name(words[index + 1].group(0))


def _may_be_last_name(word: str) -> bool:
    return (
        _NAME_WORD_SHAPE.fullmatch(word) is not None
        and word.lower() not in ORGANIZATION_ENDINGS
        and word.lower() not in TITLE_ABBREVIATIONS
    )


# "Ivo West, an engineer": an appositive that opens with an article or an age.
_PERSON_APPOSITIVE = re.compile(r", (?:an? |the |\d{1,3}, )")


def _is_surname_before_a_job(
    masked: str, words: list[re.Match[str]], index: int, run_start: int
) -> bool:
    """A name word, then a last word that is also an ordinary word ("West", "Fields"), when
    a job follows as an appositive ("Ivo West, a harbour engineer,"): a surname, even after
    a given name no list knows."""
    if index != 0 or len(words) != 2:
        return False
    run_end = run_start + words[1].end()
    if not _PERSON_APPOSITIVE.match(masked, run_end) or not _may_be_last_name(words[1].group(0)):
        return False
    role = appositive_role(masked, run_end)
    return role is not None and any(is_role_word(word) for word in _WORD.findall(role))


def _names_follow(words: list[re.Match[str]], at: int) -> bool:
    """Whether two name words follow words[at:] of a capitalized run, after more title
    words ("President Ines Alvaro", "Chief Executive Dara Okafor")."""
    while at < len(words) and is_role_word(words[at].group(0)):
        at += 1
    return at + 1 < len(words) and all(_is_name_word(w.group(0)) for w in words[at : at + 2])


def _clean_role(role: str) -> str | None:
    role = role.strip(" ,;:")
    role = _LEADING_ARTICLE.sub("", role)
    words = _WORD.findall(role)
    if not words or len(words) > MAX_ROLE_WORDS or "_" in role:
        return None
    if all(word.lower() in NAME_HONORIFICS for word in words):
        return None  # "Dr. Lim": a courtesy title belongs to the name, it is no job
    # "a Democrat from Ohio" is a standing too: "the Democrat said" finds its holder
    if not any(is_role_word(word) or word.lower() in PARTY_WORDS for word in words):
        return None
    return role


def appositive_role(masked: str, name_end: int) -> str | None:
    """`Name, Role, said` / `Name, a professor at X.`: the role written after the name."""
    if not masked.startswith(", ", name_end):
        return None
    start = name_end + 2
    age = _AGE_APPOSITIVE.match(masked, start)
    if age:
        start = age.end()
    if _CAPTION_POSITION.match(masked, start):
        return None
    # The role runs to the first clause mark (searched for, not walked to: the rest of the
    # sentence may be a long masked quote) or to an earlier comma that ends it.
    stop_mark = _APPOSITIVE_STOP.search(masked, start)
    stop = stop_mark.start() if stop_mark else len(masked)
    comma = masked.find(",", start, stop)
    while comma != -1:
        word = _NEXT_WORD.match(masked, comma + 1).group(1)
        # After a comma a role goes on only with a capitalized word or a conjunction
        # ("for Parks, Water, and Coastal Planning"), not with ", in a statement".
        if not word or (word[0].islower() and word.lower() not in _LIST_CONNECTORS):
            stop = comma
            break
        if _starts_a_name(masked, comma + 1, stop):
            stop = comma  # "X, minister of A, and Y, director of B": Y's role is Y's
            break
        comma = masked.find(",", comma + 1, stop)
    role = masked[start:stop]
    first_word = _WORD.match(role.strip())
    if first_word and first_word.group(0).lower() in SPEECH_VERBS:
        return None
    return _clean_role(role)


_CONNECTOR_THEN_CAPITAL = re.compile(r"\s*(?:(?:and|or|&)\s+)?(?=[A-Z])")


def _starts_a_name(masked: str, at: int, stop: int) -> bool:
    """Whether a full name opens masked[at:stop], after an optional "and"."""
    lead = _CONNECTOR_THEN_CAPITAL.match(masked, at)
    if not lead:
        return False
    names = find_names(masked[lead.end() : stop])
    return bool(names) and names[0][0] == 0


def title_before(masked: str, name_start: int) -> str | None:
    """The title written before a name: `Environment Minister Park Jiwoo`, `U.S. District
    Judge Helen Marsh`, `former Dale County treasurer Gary Whitfield`, `head coach Maria
    Santos`, and in captions `Vice President of the Institute, Seojin Lee`."""
    before = masked[:name_start].rstrip()
    # "The Speaker, Sir Lindsay Hoyle": a courtesy title is no job; the title is before it.
    before = _TRAILING_COURTESY.sub("", before).rstrip()
    if before.endswith(","):
        before = before[:-1]
    words = list(_WORD.finditer(before))
    taken: list[re.Match[str]] = []
    # Lowercase words between a job word and what opens the title ("shadow housing" in
    # "The shadow housing secretary", "housing" in "Liberal Democrat housing spokesperson"):
    # part of the title only when a determiner or a title word comes before them, not a
    # verb ("would help housing secretary", "said keynote speaker") or punctuation.
    pending: list[re.Match[str]] = []
    title_end: int | None = None
    sandwiched = _sandwiched_words(words, before)
    opened = False  # a determiner opens the title before the pending modifiers
    for match in reversed(words):
        word = match.group(0)
        lowered = word.lower()
        nearest = pending[-1] if pending else taken[-1] if taken else None
        gap = before[match.end() : (nearest.start() if nearest else len(before))].strip()
        abbreviated = gap == "." and lowered in TITLE_ABBREVIATIONS  # "Gov."
        initial = gap == "." and taken and len(word) == 1 and word.isupper()  # "U.S."
        if gap and not (abbreviated or initial):  # other punctuation ends a title
            break
        if abbreviated and not taken:
            title_end = match.end() + 1
        # A title is capitalized words, or lowercase job words and what may lead them:
        # "Harbor City manager", "former Dale County treasurer", "head coach".
        if (
            word[0].isupper()
            or lowered in _TITLE_CONNECTORS
            or lowered in TITLE_MODIFIERS
            or is_role_word(word)
            or match.start() in sandwiched
        ):
            if pending and not _opens_modifiers(word):
                # "Minister of housing secretary", "It left head coach": not one title
                break
            taken.extend(pending)
            pending = []
            taken.append(match)
            continue
        if (
            word[0].islower()
            and len(pending) < MAX_TITLE_MODIFIERS
            and (pending or (taken and _is_lowercase_job(taken[-1].group(0))))
        ):
            pending.append(match)
            continue
        opened = lowered in _OPENING_DETERMINERS  # "a shadow housing secretary, X"
        break
    if opened:
        taken.extend(pending)
    while taken and taken[-1].group(0).lower() in _TITLE_CONNECTORS:
        taken.pop()
    if taken:
        title = before[taken[-1].start() : title_end or taken[0].end()]
        cleaned = _clean_role(title)
        if cleaned:
            return cleaned
    return _descriptor_before(before)


def _opens_modifiers(word: str) -> bool:
    """Whether a title word may come before lowercase modifiers of a job word: a
    determiner, a title modifier, a job, or a capitalized word that is not a sentence's
    function word ("Liberal Democrat housing spokesperson", not "It left head coach")."""
    lowered = word.lower()
    if lowered in _TITLE_OPENERS or lowered in TITLE_MODIFIERS or is_role_word(word):
        return True
    return word[0].isupper() and (lowered not in NOT_NAME_WORDS or lowered in PARTY_WORDS)


def _is_lowercase_job(word: str) -> bool:
    return word[0].islower() and is_role_word(word)


def _sandwiched_words(words: list[re.Match[str]], text: str) -> set[int]:
    """Starts of lowercase words between two job words: "chief *technology* officer"."""
    found = set()
    for previous, word, following in zip(words, words[1:], words[2:], strict=False):
        if (
            is_role_word(previous.group(0))
            and is_role_word(following.group(0))
            and not text[previous.end() : following.start()].replace(word.group(0), "").strip()
        ):
            found.add(word.start())
    return found


def _descriptor_before(before: str) -> str | None:
    """Lowercase job words right before a name: "by award-winning geologist Nam"."""
    tail = _DESCRIPTOR_BREAK.split(before)[-1]  # a descriptor does not cross punctuation
    words = _WORD.findall(tail)[-3:]
    descriptor: list[str] = []
    for word in reversed(words):
        if word[0].isupper() or word.lower() in NOT_NAME_AFTER or word.lower() in {"by", "and"}:
            break
        descriptor.insert(0, word)
    if descriptor and is_role_word(descriptor[-1]):
        return " ".join(descriptor)
    return None


_TWO_CAPITALIZED = re.compile(rf"{_NAME_WORD} (?:{_PARTICLE} )*(?:{_INITIAL})?{_NAME_WORD}")


def _case_shape(char: str) -> str:
    return "A" if char.isupper() else "a" if char.islower() else " " if char == " " else "."


# ASCII text written as its shape: capitals "A", lowercase letters "a", spaces " ", the rest
# ".". Two name words meet as "[a-z] [A-Z]", so an ASCII text whose shape lacks "a A"
# names nobody; translate() and a substring test beat the regex scan.
_CASE_SHAPE = str.maketrans({chr(code): _case_shape(chr(code)) for code in range(128)})


def may_name_someone(text: str) -> bool:
    """False when no full name can be in `text`: a cheap test before the real search."""
    if text.isascii() and "a A" not in text.translate(_CASE_SHAPE):
        return False  # ("Hendrik de Jong" keeps "e J", "Ann O'Hara" keeps "n O": "a A")
    return bool(_TWO_CAPITALIZED.search(text))


def names_in(masked: str) -> list[tuple[int, int, str]]:
    """The full names name_mentions() finds, without the cost of reading their roles."""
    if not may_name_someone(masked):  # most sentences name nobody
        return []
    return find_names(masked)


def name_mentions(masked: str) -> list[NameMention]:
    mentions = []
    for start, end, name in names_in(masked):
        roles = (appositive_role(masked, end), title_before(masked, start))
        mentions.append(NameMention(start, end, name, tuple(r for r in roles if r)))
    return mentions


_NAME_WORD_JOINERS = str.maketrans("", "", "-'’")


@lru_cache(maxsize=65536)
def name_word(word: str) -> str:
    """How a word of a name is compared: romanized Korean, Chinese and Japanese given names
    are written with or without a hyphen ("Jong-ho", "Jongho"), Irish ones with or without
    an apostrophe."""
    return word.lower().translate(_NAME_WORD_JOINERS)


@lru_cache(maxsize=65536)  # asked again for every mention of every person
def name_key(name: str) -> frozenset[str]:
    """Korean names are written in both orders (Lee Seojin / Seojin Lee): compare as a set."""
    return frozenset(name_word(word) for word in name.split())
