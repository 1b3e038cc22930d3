"""What a reload changed: articles by file, speakers by name, and the number of quotes."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, fields

from bot.corpus import Article
from bot.knowledge import Knowledge


@dataclass(frozen=True, slots=True)
class KnowledgeChanges:
    articles_added: tuple[str, ...]  # file names, sorted
    articles_changed: tuple[str, ...]
    articles_removed: tuple[str, ...]
    speakers_added: tuple[str, ...]  # names, sorted
    speakers_removed: tuple[str, ...]
    quotes_before: int
    quotes_after: int


_CONTENT = tuple(f.name for f in fields(Article) if f.name != "path")


def _content(article: Article) -> tuple[object, ...]:
    """Everything an article says; not where it was read from."""
    return tuple(getattr(article, name) for name in _CONTENT)


def _by_file(knowledge: Knowledge) -> dict[str, tuple[tuple[object, ...], ...]]:
    files: dict[str, list[tuple[object, ...]]] = defaultdict(list)
    for article in knowledge.articles:
        files[article.path.name].append(_content(article))
    return {name: tuple(articles) for name, articles in files.items()}


def compare(before: Knowledge, after: Knowledge) -> KnowledgeChanges:
    old, new = _by_file(before), _by_file(after)
    # Equal when every field and paragraph (frozen dataclasses) is.
    changed = sorted(name for name in old.keys() & new.keys() if old[name] != new[name])
    old_speakers = {speaker.name for speaker in before.speakers}
    new_speakers = {speaker.name for speaker in after.speakers}
    return KnowledgeChanges(
        articles_added=tuple(sorted(new.keys() - old.keys())),
        articles_changed=tuple(changed),
        articles_removed=tuple(sorted(old.keys() - new.keys())),
        speakers_added=tuple(sorted(new_speakers - old_speakers)),
        speakers_removed=tuple(sorted(old_speakers - new_speakers)),
        quotes_before=len(before.quotes),
        quotes_after=len(after.quotes),
    )
