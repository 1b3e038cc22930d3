"""Which scripts the articles are written in, and a question's words in another one.

Asked in Hangul of English articles, a question's words match nothing, and a decline saying
"nothing about 과학기술" misleads: the articles may well cover it, in English. Words in a
script the articles use but lack stay the question's words like any other.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable

from bot.knowledge import Knowledge, drop_older_snapshots

# A script counts as the articles' when this share of their vocabulary is written in it: an
# English article quoting a name in Hangul does not make Hangul one of its scripts, a Korean
# article beside English ones does.
MIN_SCRIPT_SHARE = 0.01
_WORD = re.compile(r"[^\W_]+", re.UNICODE)  # a word as the index splits them

_by_generation: dict[int, frozenset[str]] = {}


def script_of(char: str) -> str:
    """A letter's script as Unicode names it: LATIN, HANGUL, CJK, CYRILLIC, ..."""
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else ""


def articles_scripts(knowledge: Knowledge) -> frozenset[str]:
    """The scripts of the articles' words, built once per snapshot."""
    cached = _by_generation.get(knowledge.generation)
    if cached is None:
        counts = Counter(
            script_of(term[0]) for term in knowledge.index.vocabulary() if term[:1].isalpha()
        )
        total = sum(counts.values())
        cached = frozenset(s for s, n in counts.items() if n >= total * MIN_SCRIPT_SHARE)
        drop_older_snapshots(_by_generation, lambda generation: generation)
        _by_generation[knowledge.generation] = cached
    return cached


def without_other_scripts(
    knowledge: Knowledge, text: str, known: Callable[[str], bool]
) -> tuple[str, tuple[str, ...]]:
    """The text without its words in a script the articles do not use and that no paragraph
    has (`known`), and those words as typed."""
    if text.isascii():
        return text, ()
    scripts = articles_scripts(knowledge)
    found: list[str] = []

    def left_out(match: re.Match[str]) -> str:
        word = match.group(0)
        other = [char.isalpha() and script_of(char) not in scripts for char in word]
        if not any(other) or known(word):
            return word
        # A particle glued to a word of the articles' script ("AI에") leaves that word.
        kept = "".join(" " if out else char for char, out in zip(word, other, strict=True))
        found.extend(
            "".join(" " if not out else char for char, out in zip(word, other, strict=True)).split()
        )
        return f" {kept} "

    kept = " ".join(_WORD.sub(left_out, text).split())
    return (kept, tuple(dict.fromkeys(found))) if found else (text, ())
