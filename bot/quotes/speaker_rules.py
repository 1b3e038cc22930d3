"""Stage three for direct quotes: who said it, by an ordered list of small, named rules.

Each rule reads one quote in its sentence (a QuoteContext) and returns a Found, or None when
it does not apply. `DIRECT_QUOTE_RULES` is the order they are tried in; `attribute_quote`
walks it and the first rule that names a speaker wins. A rule may also find the quote
announced as speech ("…," she said) without knowing who "she" is: it then returns a Found
without a speaker, the quote counts as speech, and later rules still look for the speaker,
except those meant for quotes nothing announced (the speaker carried over from before).

A new rule is a function `(QuoteContext) -> Found | None`, a member of Rule (rules.py), an
entry in DIRECT_QUOTE_RULES, and its examples as tests in tests/unit/test_speaker_rules.py.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from bot.quotes.lexicon import SPEECH_NOUNS, SPEECH_VERBS, TOLD_VERBS, VERB_LEADS
from bot.quotes.people import People, Person
from bot.quotes.rules import Rule
from bot.quotes.subjects import PHRASE_END, Subjects, dashes_as_commas
from bot.quotes.wording import Word, anonymous_source, is_speech_verb, words_of

ACCORDING_TO = re.compile(r"\baccording to\b", re.IGNORECASE)
_LEADING_THE = re.compile(r"^\s*the\s+(?=[A-Z])")
_PHRASE_MARK = re.compile(r"[,;:—–]|\s-\s")
# A transcript's speaker label: "MBEKI-HALL:", "O'DWYER:".
TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z'’-]+):\s")
_SIGNATURE_DASH = re.compile(r"\s*[―—–]\s*(?=[A-Z])")
# A paragraph that only signs the quote before it: "- Ana Ruiz." or "― Ruiz".
SIGNATURE_LINE = re.compile(r"\s*[-―—–]{1,2} ?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\.?\s*")
_SIGNATURE_HYPHEN = re.compile(r"\s*-{1,2} ?")
# What may stand between a quotation's last word and a speaker named after it.
_QUOTE_AND_COMMA = " ,\"'“”‘’"
# `"…," Name, an appositive of some length, said`: how far the verb may follow the name.
MAX_APPOSITIVE_WORDS = 30
# `"…!" Sen. Okafor said.`: the verb among the next sentence's first words.
MAX_NEXT_SENTENCE_VERB_AT = 6
# `"…," said Ana Ruiz`: the verb among the first words after the quote; up to the 7th it
# announces the quote, after that it may belong to a clause of its own.
MAX_VERB_AFTER_AT = 8
MAX_ANNOUNCING_VERB_AT = 6
# Before a participle whose subject is the sentence's: "upon saying", "before adding".
_ADVERBIAL_LEADS = frozenset("upon by after before while when without".split())
# Before the object of a verb or a preposition: "a message to Ruiz:", "spoke with Ruiz:".
_BEFORE_AN_OBJECT = frozenset("to for with at from of by in on about against into".split())
# "sent a short warning to the local weekly Pier Post:": the words back to that word.
MAX_OBJECT_LEAD_WORDS = 4


@dataclass(frozen=True, slots=True)
class Found:
    speaker: Person | None  # None: the quote is announced as speech, its speaker unknown
    rule: Rule
    how: str = ""  # the words the speaker was found by (`forum-bot quotes --explain`)
    cued: bool = True  # announced as speech: by a verb, a colon, a label, a lead-in


@dataclass(frozen=True)  # not slots: the word look-ups below are cached on it
class QuoteContext:
    """One direct quote in its sentence: the masked text before it (from the sentence's or
    the previous quote's end) and after it (to the next quote or the sentence's end), with
    their offsets in the paragraph, and what the paragraphs read before left."""

    inner: str  # the quote's own words
    pre: str
    pre_from: int
    # From the sentence's start to the quote, earlier quotes masked: whom a participle or a
    # verb after "and" belongs to ("X shared a class called "…", writing "…"").
    sentence_pre: str
    sentence_from: int
    post: str
    post_from: int
    last_in_sentence: bool
    opens_sentence: bool
    opens_paragraph: bool
    next_sentence: str  # masked, or "" when none follows in the paragraph
    next_sentence_from: int
    # The speaker a short sentence right before announced ("Okafor agreed."), and how.
    lead_in: tuple[Person, str] | None
    # Whose quote ended the paragraph before, or whom a lead-in ending it named, the rule
    # that says which, and how they were found.
    carried: tuple[Person | None, str, str]
    # The speaker of the paragraph's last attributed quote: asked only when a rule needs it.
    paragraph_speaker: Callable[[], Person | None]
    people: People
    subjects: Subjects

    @cached_property
    def words_before(self) -> tuple[Word, ...]:
        return words_of(self.pre)

    @cached_property
    def verbs_before(self) -> list[int]:
        words = self.words_before
        return [index for index in range(len(words)) if is_speech_verb(words, index)]

    @cached_property
    def words_after(self) -> tuple[Word, ...]:
        return words_of(self.post)[:MAX_VERB_AFTER_AT]

    @cached_property
    def verb_after_at(self) -> int | None:
        words = self.words_after
        return next((i for i in range(len(words)) if is_speech_verb(words, i)), None)


def _found(context: QuoteContext, speaker: Person | None, rule: Rule) -> Found | None:
    return None if speaker is None else Found(speaker, rule, context.subjects.how)


# Words before the quote ------------------------------------------------------------------


def according_to(context: QuoteContext) -> Found | None:
    """`According to Name, "…"`, and right after the quote: `"…," according to Name.`"""
    according = list(ACCORDING_TO.finditer(context.pre))
    if according:
        after = context.pre[according[-1].end() :]
    else:
        trailing = ACCORDING_TO.match(context.post.lstrip(_QUOTE_AND_COMMA))
        if trailing is None:
            return None
        after = PHRASE_END.split(context.post.lstrip(_QUOTE_AND_COMMA)[trailing.end() :], 1)[0]
        after = _LEADING_THE.sub(" ", after)  # "according to the Harbor Gazette"
    speaker = context.subjects.subject_in(after, len(after), allow_groups=False, forward=True)
    return _found(context, speaker, Rule.ACCORDING_TO)


def verb_before_quote(context: QuoteContext) -> Found | None:
    """`Name, Role, stated, "…"`, `he said: "…"`, `said Name, "…"`."""
    pre, words, verbs = context.pre, context.words_before, context.verbs_before
    if not verbs:
        return None
    if len(words) == 1 and words[0].text.endswith("ing"):
        # `… Ruiz stated that … . Adding, "…"` and `she stated, "…," adding, "…"`: a
        # participle alone, opening its sentence or right after a quote, goes on in the
        # voice of the paragraph's last speaker
        speaker = context.paragraph_speaker()
        if speaker is not None:
            how = f"the speaker before the participle: {speaker.name!r}"
            return Found(speaker, Rule.VERB_BEFORE_QUOTE, how)
    # The verb nearest the quote introduces it ("Asked about Hale, Ruiz said "…""); an
    # earlier one names the speaker when it names nobody ("she spoke, stating, "…"").
    for index in reversed(verbs):
        if (
            index - 1 in verbs
            and pre[words[index - 1].end : words[index].start] == ", "
            and words[index].text.endswith("ing")
        ):
            continue  # "Okafor said, adding, "…"": the subject of "said" says it
        if _follows_and(words, index):
            if verbs[0] < index:
                continue  # "Okafor said she agreed and added, "…"": the subject of "said"
            _, verb = _in_sentence(context, words[index])
            speaker = context.subjects.sentence_subject(context.sentence_pre[: verb.start])
            if speaker is not None:
                return Found(speaker, Rule.VERB_BEFORE_QUOTE, context.subjects.how)
        speaker = _subject_of_verb_before(context, words[index])
        if speaker is not None:
            return Found(speaker, Rule.VERB_BEFORE_QUOTE, context.subjects.how)
    return Found(None, Rule.VERB_BEFORE_QUOTE)


def _follows_and(words: tuple[Word, ...], index: int) -> bool:
    """Whether words[index] comes right after "and", an adverb aside ("and then said",
    "and quickly added"): a verb sharing the subject of the clause before."""
    before = [word.text.lower() for word in words[max(0, index - 2) : index]]
    if before and (before[-1] in VERB_LEADS or before[-1].endswith("ly")):
        before = before[:-1]
    return bool(before) and before[-1] == "and"


def _in_sentence(context: QuoteContext, word: Word) -> tuple[str, Word]:
    """The text from the sentence's start to the quote, and `word` (of `pre`) in it."""
    shift = context.pre_from - context.sentence_from
    return context.sentence_pre, Word(word.text, word.start + shift, word.end + shift)


def _subject_of_verb_before(context: QuoteContext, verb: Word) -> Person | None:
    pre, offset, subjects = context.pre, context.pre_from, context.subjects
    if verb.text.lower().endswith("ing") and pre[: verb.start].rstrip().endswith(","):
        # "..., calling him "…"": the sentence's subject, not the nearest name
        sentence, in_sentence = _in_sentence(context, verb)
        return subjects.reporting_subject(sentence, in_sentence, 0, at=context.sentence_from)
    before = words_of(pre[: verb.start])
    if verb.text.lower().endswith("ing") and before and before[-1].text in _ADVERBIAL_LEADS:
        # "X drew jeers upon saying "…"": the sentence's subject says it
        sentence, in_sentence = _in_sentence(context, verb)
        speaker = subjects.sentence_subject(sentence[: in_sentence.start])
        if speaker is not None:
            return speaker
    speaker = subjects.subject_in(pre, verb.start, at=offset)
    # "said Choi, 'X'": the subject follows the verb; after "told", the listener does
    if speaker is None and verb.text.lower() not in TOLD_VERBS:
        speaker = subjects.subject_in(
            pre[verb.end :], len(pre) - verb.end, forward=True, at=offset + verb.end
        )
    return speaker


def colon_before_quote(context: QuoteContext) -> Found | None:
    """`Name: "…"`, `pollster Name: "…"` (no speech verb before the quote); after a
    longer lead-in the subject opening the sentence: `Name delivered a message to Hale: "…"`."""
    pre, subjects = context.pre, context.subjects
    if context.verbs_before or not pre.rstrip().endswith(":"):
        return None
    head = pre.rstrip()[:-1]
    speaker = None if _ends_with_its_speaker(head) else subjects.sentence_subject(head)
    if speaker is None:
        speaker = subjects.subject_in(pre, len(head), at=context.pre_from)
    return Found(speaker, Rule.COLON_BEFORE_QUOTE, subjects.how)


def comma_before_quote(context: QuoteContext) -> Found | None:
    """`Earlier, Ruiz shared her worry with the crowd at the pier, "I do not know …"`: a
    sentence quoted whole after a lead-in with no speech verb, ending the sentence, is the
    words of the person the sentence opens with."""
    pre = context.pre.rstrip()
    if context.verbs_before or not pre.endswith(",") or not context.last_in_sentence:
        return None
    if not context.inner.lstrip()[:1].isupper() or words_of(context.post):
        return None
    return _found(context, context.subjects.sentence_subject(pre[:-1]), Rule.COMMA_BEFORE_QUOTE)


# `Okafor's reply was: "…"`: the owner's words, named by the noun before the copula.
_ANSWER_NOUNS = SPEECH_NOUNS | frozenset("response responses reply answer message dictum".split())
_NOUN_WAS = re.compile(r"(?<![\w'’])([a-z]+)\b[^.!?\"“”]{0,60}?\b(?:was|is)[:,]?\s*$")


def response_was(context: QuoteContext) -> Found | None:
    """`Okafor's response was: "…"`, `Her answer is, "…"`: whose the speech noun is."""
    if context.verbs_before:
        return None
    noun = _NOUN_WAS.search(context.pre)
    if noun is None or noun.group(1) not in _ANSWER_NOUNS:
        return None
    sentence_pre = context.sentence_pre
    noun_at = context.pre_from - context.sentence_from + noun.start(1)
    words = words_of(sentence_pre)
    index = next((i for i, w in enumerate(words) if w.start == noun_at), None)
    if index is None:
        return None
    speaker = context.subjects.owner_before(sentence_pre, words, index, context.sentence_from)
    if speaker is None:
        return None
    return Found(speaker, Rule.RESPONSE_WAS, context.subjects.how)


def _ends_with_its_speaker(head: str) -> bool:
    """Whether a lead-in before a colon ends with a capitalized name that is no object
    of a preposition: "Polls surprised pollster Ana Ruiz:", "Notes - Ana Ruiz:" are hers;
    "Ruiz delivered a message to Hale:" is not Hale's."""
    words = words_of(head)
    if not words or not words[-1].text[0].isupper() or head[words[-1].end :].strip():
        return False
    lead = words[-MAX_OBJECT_LEAD_WORDS - 2 : -1]
    # "… IN OTHER STATES - Ana Ruiz:": the lead-in's own phrase starts after its mark
    lead = [w for w in lead if not _PHRASE_MARK.search(head, w.end, words[-1].start)]
    return _BEFORE_AN_OBJECT.isdisjoint(word.text.lower() for word in lead)


# Words after the quote -------------------------------------------------------------------


def verb_after_quote(context: QuoteContext) -> Found | None:
    """`"…," Name said`, `"…," said Name, Role`, `"…," she added`, `"…," said protesters`."""
    if context.verb_after_at is None:
        return None
    post, offset, subjects = context.post, context.post_from, context.subjects
    word = context.words_after[context.verb_after_at]
    speaker = subjects.subject_in(post, word.start, allow_groups=False, at=offset)
    if speaker is None and word.text.lower() not in TOLD_VERBS:  # "told CNN"
        speaker = subjects.subject_in(
            post[word.end :], len(post) - word.end, forward=True, at=offset + word.end
        )
    if speaker is None:
        speaker = subjects.found(subjects.group_after(post[word.end :]), "group", "")
    if speaker is None:
        return None
    return Found(speaker, Rule.VERB_AFTER_QUOTE, subjects.how, _announces(context))


def _announces(context: QuoteContext) -> bool:
    return context.verb_after_at is not None and context.verb_after_at <= MAX_ANNOUNCING_VERB_AT


def anonymous_source_after(context: QuoteContext) -> Found | None:
    """`"…," said a state Republican` / `"…," a senior official said`: an unnamed source
    speaks as one group per description, so several such quotes share one speaker. Tried
    when the verb after the quote names nobody else; the verb announces the quote anyway."""
    if context.verb_after_at is None:
        return None
    word = context.words_after[context.verb_after_at]
    before, after = context.post[: word.start], context.post[word.end :]
    description = anonymous_source(before.lstrip(_QUOTE_AND_COMMA)) or anonymous_source(
        PHRASE_END.split(after, maxsplit=1)[0]
    )
    if description is None:
        return Found(None, Rule.ANONYMOUS_SOURCE, cued=_announces(context))
    source = context.people.group(description)
    source.add_role("unnamed source")
    context.subjects.found(source, "unnamed source", description)
    return Found(source, Rule.ANONYMOUS_SOURCE, context.subjects.how, _announces(context))


def appositive_then_verb(context: QuoteContext) -> Found | None:
    """`"…," Dana Whitcombe, who chairs the zoning board and has for a decade, told
    reporters.`: a name, an appositive too long for the nearby-verb rule, then the verb
    right after the appositive's closing comma, or with no comma before it (`"…," Dana
    Whitcombe, the surveyor who drew up the harbour charts wrote`). After a job its owner
    qualifies, the name in the appositive speaks (`"…," Hale's chief of staff, Ana Ruiz,
    told reporters`)."""
    if context.verb_after_at is not None:
        return None
    post, subjects = dashes_as_commas(context.post), context.subjects
    words = words_of(post)[: MAX_APPOSITIVE_WORDS + 1]
    verbs = [word for word in words if word.text.lower() in SPEECH_VERBS]
    if not verbs or "_" in post[: verbs[0].start]:
        return None
    head_end = post.find(",")
    if head_end >= 0 and post[:head_end].strip():
        for verb in verbs:
            if not post[: verb.start].rstrip().endswith(","):
                continue
            if verb.start <= head_end + 1:
                return None
            head = post[:head_end]
            speaker = subjects.holder_of_owned_role(head, post[head_end + 1 : verb.start])
            if speaker is None:
                speaker = subjects.subject_in(head, len(head), allow_groups=False, forward=True)
            return _found(context, speaker, Rule.APPOSITIVE_THEN_VERB)
    speaker = subjects.name_opening(post[: verbs[0].start])
    return _found(context, speaker, Rule.APPOSITIVE_THEN_VERB)


def signed_quote(context: QuoteContext) -> Found | None:
    """`"…" ― Ana Ruiz`: a quote signed with its speaker's name."""
    if context.verb_after_at is not None:
        return None
    post = context.post
    if not post.strip() and context.last_in_sentence:
        post = context.next_sentence  # "- Ana Ruiz." signing the quote on a line of its own
    dash = _SIGNATURE_DASH.match(post)
    if dash is None and SIGNATURE_LINE.fullmatch(post):
        dash = _SIGNATURE_HYPHEN.match(post)  # a hyphen signs only a line of its own
    if not dash:
        return None
    signed = PHRASE_END.split(post[dash.end() :], maxsplit=1)[0]
    speaker = context.subjects.subject_in(signed, len(signed), allow_groups=False, forward=True)
    return _found(context, speaker, Rule.SIGNED_QUOTE)


def next_sentence(context: QuoteContext) -> Found | None:
    """`"…we won!" Okafor said.`: a quote ending its sentence with its own stop mark,
    attributed by the short sentence right after it."""
    if context.post.strip() or not context.last_in_sentence:
        return None
    following = context.next_sentence
    words = words_of(following)[:MAX_NEXT_SENTENCE_VERB_AT]
    if not following.strip() or "_" in following[: words[-1].end if words else 0]:
        return None
    there = dataclasses.replace(context, post=following, post_from=context.next_sentence_from)
    found = next((f for f in (rule(there) for rule in _AFTER_RULES) if f is not None), None)
    if not any(is_speech_verb(words, i) for i in range(len(words))):
        return None
    return None if found is None else _found(context, found.speaker, Rule.NEXT_SENTENCE)


_AFTER_RULES = (verb_after_quote, anonymous_source_after, appositive_then_verb, signed_quote)


# The quote's own words -------------------------------------------------------------------


def transcript_label(context: QuoteContext) -> Found | None:
    """`"O'DWYER: Let's start with the news."`: a transcript names its speaker in
    capitals before a colon."""
    label = TRANSCRIPT_LABEL.match(context.inner)
    if label is None:
        return None
    speaker = context.people.lone_name(label.group(1).title())
    if speaker is None:
        return None
    context.subjects.found(speaker, "transcript label", label.group(1))
    return Found(speaker, Rule.TRANSCRIPT_LABEL, context.subjects.how)


# Quotes nothing announced: the voice goes on -----------------------------------------------


def lead_in_sentence(context: QuoteContext) -> Found | None:
    """`Okafor agreed. "…"`: a quote opening the sentence after a short one announcing it."""
    if context.lead_in is None or not context.opens_sentence:
        return None
    speaker, how = context.lead_in
    return Found(speaker, Rule.LEAD_IN_SENTENCE, how)


def same_paragraph_speaker(context: QuoteContext) -> Found | None:
    """`"…," X said. "More."`: the speaker of the paragraph's last attributed quote."""
    speaker = context.paragraph_speaker()
    if speaker is None:
        return None
    how = f"the speaker of the quote before: {speaker.name!r}"
    return Found(speaker, Rule.SAME_PARAGRAPH_SPEAKER, how, cued=False)


def previous_paragraph_speaker(context: QuoteContext) -> Found | None:
    """A paragraph opening with a quote goes on in the voice that ended the one before, or
    that a lead-in ending it announced ("Okafor continued:")."""
    speaker, rule, how = context.carried
    if speaker is None or not context.opens_paragraph:
        return None
    how = how or f"the speaker of the quote before: {speaker.name!r}"
    return Found(speaker, Rule(rule), how, cued=False)


DIRECT_QUOTE_RULES: tuple[tuple[Rule, Callable[[QuoteContext], Found | None]], ...] = (
    (Rule.ACCORDING_TO, according_to),
    (Rule.VERB_BEFORE_QUOTE, verb_before_quote),
    (Rule.COLON_BEFORE_QUOTE, colon_before_quote),
    (Rule.RESPONSE_WAS, response_was),
    (Rule.VERB_AFTER_QUOTE, verb_after_quote),
    (Rule.ANONYMOUS_SOURCE, anonymous_source_after),
    (Rule.APPOSITIVE_THEN_VERB, appositive_then_verb),
    (Rule.SIGNED_QUOTE, signed_quote),
    (Rule.NEXT_SENTENCE, next_sentence),
    (Rule.TRANSCRIPT_LABEL, transcript_label),
    (Rule.COMMA_BEFORE_QUOTE, comma_before_quote),
    (Rule.LEAD_IN_SENTENCE, lead_in_sentence),
    (Rule.SAME_PARAGRAPH_SPEAKER, same_paragraph_speaker),
    (Rule.PREVIOUS_PARAGRAPH_SPEAKER, previous_paragraph_speaker),
)
# Tried only when no rule before them found the quote announced as speech.
FOR_UNANNOUNCED_QUOTES = frozenset(
    (Rule.LEAD_IN_SENTENCE, Rule.SAME_PARAGRAPH_SPEAKER, Rule.PREVIOUS_PARAGRAPH_SPEAKER)
)
# Rules reading the words after the quote: "First part," she said, "second part." is one
# quote when they announce it.
ANNOUNCED_AFTER = frozenset(
    (Rule.VERB_AFTER_QUOTE, Rule.ANONYMOUS_SOURCE, Rule.APPOSITIVE_THEN_VERB, Rule.SIGNED_QUOTE)
)


@dataclass(frozen=True, slots=True)
class QuoteAttribution:
    found: Found | None  # the rule that named the speaker, if one did
    cued: bool  # some rule found the quote announced as speech
    announced_after: bool  # by the words right after it


def attribute_quote(context: QuoteContext) -> QuoteAttribution:
    cued = announced_after = False
    for rule, find in DIRECT_QUOTE_RULES:
        if cued and rule in FOR_UNANNOUNCED_QUOTES:
            break
        found = find(context)
        if found is None:
            continue
        cued = cued or found.cued
        announced_after = announced_after or (found.cued and rule in ANNOUNCED_AFTER)
        if found.speaker is not None:
            return QuoteAttribution(found, cued, announced_after)
    return QuoteAttribution(None, cued, announced_after)


_BEFORE_RULES = (according_to, verb_before_quote, colon_before_quote)


def speaker_announcing(text: str, at: int, people: People, subjects: Subjects) -> Found | None:
    """`Okafor continued:` ending a paragraph: whom the rules reading the words before a
    quote find in `text` (which starts at `at` in its paragraph)."""
    context = QuoteContext(
        inner="",
        pre=text,
        pre_from=at,
        sentence_pre=text,
        sentence_from=at,
        post="",
        post_from=at + len(text),
        last_in_sentence=False,
        opens_sentence=False,
        opens_paragraph=False,
        next_sentence="",
        next_sentence_from=at + len(text),
        lead_in=None,
        carried=(None, "", ""),
        paragraph_speaker=lambda: None,
        people=people,
        subjects=subjects,
    )
    return next((f for f in (rule(context) for rule in _BEFORE_RULES) if f is not None), None)
