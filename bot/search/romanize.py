"""Hangul in Latin letters by the Revised Romanization's letter rules ("박서윤": "bakseoyun"),
close enough to how English articles write Korean names ("Park Seoyun") to tell which one a
question typed in Hangul means. Other scripts are left as they are."""

from __future__ import annotations

# Hangul syllables are composed arithmetically (Unicode, chapter 3.12): initial, medial and
# final jamo indexes from the code point.
_FIRST, _LAST = 0xAC00, 0xD7A3
_MEDIALS_TIMES_FINALS = 21 * 28
_INITIALS = "g kk n d tt r m b pp s ss - j jj ch k t p h".split()
_MEDIALS = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split()
_FINALS = "- k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split()


def romanized(text: str) -> str:
    """The text with each Hangul syllable in Latin letters."""
    return "".join(_syllable(char) for char in text)


def _syllable(char: str) -> str:
    code = ord(char)
    if not _FIRST <= code <= _LAST:
        return char
    index = code - _FIRST
    initial, rest = divmod(index, _MEDIALS_TIMES_FINALS)
    medial, final = divmod(rest, 28)
    letters = (_INITIALS[initial], _MEDIALS[medial], _FINALS[final])
    return "".join(part for part in letters if part != "-")
