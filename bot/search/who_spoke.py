"""Questions that ask which people spoke ("Who spoke at the summit?", "Who was quoted?"),
about no topic: the people quoted, not a sentence that happens to hold "summit"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.index.tokenize import tokenize
from bot.knowledge import Knowledge, drop_older_snapshots
from bot.quotes.models import Quote, SpeakerKind

if TYPE_CHECKING:  # bot.search.asked reads "Who spoke?" with asks_who_spoke below
    from bot.search.asked import Asked

# Who, then a verb of speaking or being quoted, or "the speakers"; then, at most, where
# ("at the summit", "in the articles"). Any other word ("about ...", "first") asks more.
_WHO_SPOKE = re.compile(
    r"^(?:who|which\s+(?:people|persons|speakers|officials|experts))\s+"
    r"(?:(?:spoke|speaks|talked|talks|(?:was|were|is|are|got|get)\s+quoted|"
    r"(?:was|were|are|is)\s+the\s+speakers|(?:gave|give)\s+(?:a\s+)?(?:speech|speeches|talk|talks))"
    r"|(?:was|were|is|are)\s+(?:speaking|interviewed))"
    r"(?P<where>(?:\s+(?:at|in|during)\s+[^?!.]+?)?)\s*[?!.]*$",
    re.IGNORECASE,
)
# Where they spoke, when it is the articles themselves, narrows nothing.
_THE_ARTICLES = frozenset(tokenize("the article articles story stories coverage news"))
# How many paragraphs, holding where they spoke, say which articles it was.
SETTING_PARAGRAPHS = 50
# How many people a reply lists, the first quoted first: more fit no message.
LISTED = 25

_documents_by_generation: dict[int, dict[str, int]] = {}


def asks_who_spoke(text: str) -> re.Match[str] | None:
    """Whether the question asks which people spoke; "Who spoke?" has no word to search,
    and is a question all the same."""
    return _WHO_SPOKE.match(text)


def first_quotes(knowledge: Knowledge, asked: Asked) -> list[Quote] | None:
    """When the question asks which people spoke: the first quote of each person quoted in
    the articles that hold where they spoke (all articles when it names no place), in the
    articles' order, up to LISTED of them; an empty list when no article holds it. None for
    any other question."""
    match = asks_who_spoke(asked.text)
    if match is None or asked.named:
        return None
    where = [t for t in tokenize(match.group("where"), question=True) if t not in _THE_ARTICLES]
    slugs = articles_holding(knowledge, where) if where else None
    first: dict[str, Quote] = {}
    for quote in knowledge.quotes:
        speaker = knowledge.attribution.speaker(quote.speaker)
        if speaker is None or speaker.kind is not SpeakerKind.PERSON or speaker.name in first:
            continue
        if slugs is None or knowledge.paragraph(quote.paragraph_id).article_slug in slugs:
            first[speaker.name] = quote
            if len(first) == LISTED:
                break
    return list(first.values())


def articles_holding(knowledge: Knowledge, terms: list[str]) -> set[str]:
    """The articles with a paragraph (or headline) holding all the terms."""
    slugs: set[str] = set()
    best = knowledge.index.top(terms, SETTING_PARAGRAPHS)
    documents = [document for document, _ in best]
    for document, held in zip(documents, knowledge.index.terms_held(documents, terms), strict=True):
        article = knowledge.article_of(knowledge.paragraphs[document])
        if set(terms) <= held | set(tokenize(article.title)):
            slugs.add(article.slug)
    return slugs


def document_of(knowledge: Knowledge, paragraph_id: str) -> int:
    """The index's document number of a paragraph."""
    documents = _documents_by_generation.get(knowledge.generation)
    if documents is None:
        documents = {paragraph.id: number for number, paragraph in enumerate(knowledge.paragraphs)}
        drop_older_snapshots(_documents_by_generation, lambda generation: generation)
        _documents_by_generation[knowledge.generation] = documents
    return documents[paragraph_id]
