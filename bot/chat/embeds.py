"""Answers, quotes and speakers as Discord embeds and messages, always within limits."""

from __future__ import annotations

from collections.abc import Sequence

import discord
from discord.utils import escape_markdown

from bot.chat import discord_limits
from bot.i18n import text
from bot.knowledge import Knowledge
from bot.quotes.models import Quote, QuoteKind, Speaker
from bot.search.answer import Answer, other_script_note
from bot.search.declines import Decline
from bot.search.examples import example_questions

NO_PINGS = discord.AllowedMentions.none()  # on every message, whatever the text holds
ANSWER_COLOUR = discord.Colour.blurple()
QUOTES_PER_PAGE = 5
_MAX_LINKED_URL = 512  # longer URLs are dropped rather than crowd out the title
_FOOTER_ID = 64  # the paragraph id in an answer's footer: a reference, not the content


def safe(text: str) -> str:
    """Corpus text shown as written: markdown characters in it must not format the reply."""
    return escape_markdown(text, as_needed=False)


def _citation(answer: Answer, locale: str) -> str:
    """Source, publisher and date, and paragraph; the title gives way, never the link's syntax
    or URL (a cut inside "[title](url)" would show broken markdown and lose the link)."""
    article = answer.article
    details = " · ".join(part for part in (article.publisher, article.date) if part)
    where = text(locale, "answer.paragraph", number=answer.paragraph.number)
    rest = "".join(f" — {part}" for part in (details, where) if part)
    rest = discord_limits.fit(rest, discord_limits.EMBED_FIELD_VALUE // 4)
    url = article.url if article.url and len(article.url) <= _MAX_LINKED_URL else None
    wrapper = len(f"[]({url})") if url else len("**")
    room = discord_limits.EMBED_FIELD_VALUE - len(rest) - wrapper
    title = discord_limits.fit(safe(article.title), room)
    source = f"[{title}]({url})" if url else f"*{title}*"
    return source + rest


def _speaker_line(answer: Answer) -> str | None:
    if answer.speaker is None:
        return None
    line = f"— **{safe(answer.speaker.name)}**"
    if answer.role:
        line += f", {safe(answer.role)}"
    return line


def answer_embed(answer: Answer, locale: str, position: int = 1, total: int = 1) -> discord.Embed:
    quote = answer.quote
    if quote is not None and quote.kind is QuoteKind.DIRECT:
        passage = f"“{answer.text}”"
    else:
        passage = answer.text
    speaker_line = _speaker_line(answer)
    room = discord_limits.EMBED_DESCRIPTION - (len(speaker_line) + 2 if speaker_line else 0)
    description = discord_limits.fit(safe(passage), room)
    if speaker_line:
        speaker_room = discord_limits.EMBED_DESCRIPTION // 4
        description = f"{description}\n{discord_limits.fit(speaker_line, speaker_room)}"
    embed = discord.Embed(
        description=description[: discord_limits.EMBED_DESCRIPTION], colour=ANSWER_COLOUR
    )
    embed.add_field(
        name=text(locale, "answer.source"), value=_citation(answer, locale), inline=False
    )
    notes = [text(locale, "answer.reported")] if quote and quote.kind is QuoteKind.REPORTED else []
    # A name or word typed differently from the articles: say how it was read.
    notes += [
        text(locale, "answer.read_as", typed=safe(typed), name=safe(name))
        for typed, name in answer.read_as
    ]
    if answer.namesakes is not None:
        notes.append(answer.namesakes.message(locale, escape=safe))
    if answer.other_script:
        notes.append(other_script_note(answer, locale, emphasis=_marked))
    if answer.who_spoke:
        people = "\n".join(
            f"**{safe(s.name)}**" + (f", {safe(s.role)}" if s.role else "")
            for s in answer.who_spoke
        )
        embed.add_field(
            name=text(locale, "answer.who_spoke"),
            value=discord_limits.fit(people, discord_limits.EMBED_FIELD_VALUE),
            inline=False,
        )
    if notes:
        embed.add_field(
            name=text(locale, "answer.note"),
            value=discord_limits.fit("\n".join(notes), discord_limits.EMBED_FIELD_VALUE),
            inline=False,
        )
    footer = text(
        locale,
        "answer.footer",
        position=position,
        total=total,
        paragraph_id=_short_id(answer.paragraph.id),
    )
    embed.set_footer(text=discord_limits.fit(footer, discord_limits.EMBED_FOOTER))
    return fit_embed(embed)


def _short_id(paragraph_id: str) -> str:
    """A paragraph id at most _FOOTER_ID long; the "-pN" end stays, as it says which one."""
    if len(paragraph_id) <= _FOOTER_ID:
        return paragraph_id
    slug, dash, number = paragraph_id.rpartition("-p")
    tail = f"{discord_limits.ELLIPSIS}{dash}{number}" if dash else discord_limits.ELLIPSIS
    return (slug if dash else paragraph_id)[: _FOOTER_ID - len(tail)] + tail


def embed_size(embed: discord.Embed) -> int:
    """Characters that count towards Discord's 6000 per message: title, description, field
    names and values, footer text and author name."""
    return len(embed)  # discord.py's Embed.__len__ sums exactly those


def fit_embed(embed: discord.Embed, total: int = discord_limits.EMBED_TOTAL) -> discord.Embed:
    """Shorten the description so that the whole embed stays within `total` characters."""
    excess = embed_size(embed) - total
    if excess > 0 and embed.description:
        keep = max(len(embed.description) - excess, 2)
        embed.description = discord_limits.fit(embed.description, keep)
    return embed


def paragraph_text(answer: Answer, locale: str) -> str:
    header = (
        text(
            locale,
            "answer.paragraph_header",
            number=answer.paragraph.number,
            title=safe(answer.article.title),
        )
        + "\n"
    )
    header = discord_limits.fit(header, discord_limits.MESSAGE_CONTENT // 4)
    return header + discord_limits.fit(
        safe(answer.paragraph.text), discord_limits.MESSAGE_CONTENT - len(header)
    )


def _with_examples(knowledge: Knowledge, locale: str, key: str) -> str:
    """The message `key`, with example questions from the articles when there are some
    (they stay in the articles' language)."""
    examples = text(locale, "question.examples_joiner").join(
        f"“{q}”" for q in example_questions(knowledge)
    )
    if examples:
        return discord_limits.fit(
            text(locale, f"{key}_examples", examples=examples), discord_limits.MESSAGE_CONTENT
        )
    return text(locale, key)


def empty_question_text(knowledge: Knowledge, locale: str) -> str:
    return _with_examples(knowledge, locale, "question.empty")


def common_words_text(knowledge: Knowledge, locale: str) -> str:
    return _with_examples(knowledge, locale, "question.common_words")


def _marked(words: str) -> str:
    """The user's own words in a reply, set apart and never read as markdown."""
    return f"*{safe(words)}*"


def decline_text(knowledge: Knowledge, locale: str, decline: Decline | None = None) -> str:
    """Why the articles have no answer (bot.search.declines), in the user's language, then
    what to try instead."""
    message = _with_examples(knowledge, locale, "decline")
    if decline is not None:
        why = decline.message(locale, emphasis=_marked, escape=safe)
        message = discord_limits.fit(f"{why} {message}", discord_limits.MESSAGE_CONTENT)
    return message


def quote_line(quote: Quote, locale: str) -> str:
    if quote.kind is QuoteKind.DIRECT:
        line = discord_limits.fit(safe(f"“{quote.text}”"), 900)
    else:
        line = f"*{text(locale, 'quote.reported')}* " + discord_limits.fit(safe(quote.text), 880)
    number = quote.paragraph_id.rsplit("-p", 1)[-1]
    return f"{line} — {text(locale, 'answer.paragraph', number=number)}"


def quotes_embed(speaker: Speaker, page: int, locale: str) -> discord.Embed:
    pages = quote_pages(speaker, locale)
    lines = pages[page] if pages else [text(locale, "quote.none")]
    title = discord_limits.fit(speaker.name, discord_limits.EMBED_TITLE)
    embed = discord.Embed(title=title, colour=ANSWER_COLOUR)
    if speaker.role:
        embed.description = discord_limits.fit(safe(speaker.role), discord_limits.EMBED_DESCRIPTION)
    for number, line in enumerate(lines, start=page * QUOTES_PER_PAGE + 1):
        embed.add_field(name=text(locale, "quote.number", number=number), value=line, inline=False)
    if len(pages) > 1:
        embed.set_footer(text=text(locale, "page", page=page + 1, pages=len(pages)))
    return embed


def quote_pages(speaker: Speaker, locale: str) -> list[list[str]]:
    lines = [quote_line(quote, locale) for quote in speaker.quotes]
    return [lines[i : i + QUOTES_PER_PAGE] for i in range(0, len(lines), QUOTES_PER_PAGE)]


SPEAKERS_PAGE_CHARS = 5500  # below the 6000 per message, leaving room for title and footer


def _speaker_field(speaker: Speaker, locale: str) -> tuple[str, str]:
    count = len(speaker.quotes)
    group = speaker.kind.value == "group"
    role = safe(speaker.role) if speaker.role else (text(locale, "speakers.group") if group else "")
    quotes = text(
        locale, "speakers.quotes_one" if count == 1 else "speakers.quotes_many", count=count
    )
    value = discord_limits.fit(role or "—", 300) + f"\n{quotes}"
    return discord_limits.fit(speaker.name, discord_limits.EMBED_FIELD_NAME), value


def speaker_pages(speakers: Sequence[Speaker], locale: str) -> list[list[tuple[str, str]]]:
    """Speakers as pages of (name, value) fields, each page one embed within every limit.

    Pages rather than several embeds in one message: Discord counts the 6000 characters
    across all the embeds of a message, and a message holds at most 10 of them.
    """
    pages: list[list[tuple[str, str]]] = [[]]
    size = 0
    for speaker in speakers:
        name, value = _speaker_field(speaker, locale)
        if pages[-1] and (
            len(pages[-1]) == 25 or size + len(name) + len(value) > SPEAKERS_PAGE_CHARS
        ):
            pages.append([])
            size = 0
        pages[-1].append((name, value))
        size += len(name) + len(value)
    return pages


def speakers_embed(speakers: Sequence[Speaker], page: int, locale: str) -> discord.Embed:
    pages = speaker_pages(speakers, locale)
    embed = discord.Embed(title=text(locale, "speakers.title"), colour=ANSWER_COLOUR)
    if not speakers:
        embed.description = text(locale, "speakers.nobody")
    for name, value in pages[page]:
        embed.add_field(name=name, value=value, inline=False)
    if len(pages) > 1:
        embed.set_footer(
            text=text(
                locale, "speakers.footer", page=page + 1, pages=len(pages), count=len(speakers)
            )
        )
    return fit_embed(embed)


def about_embed(knowledge: Knowledge, locale: str) -> discord.Embed:
    counts = knowledge.counts()
    embed = discord.Embed(
        title=text(locale, "about.title"),
        description=text(locale, "about.description"),
        colour=ANSWER_COLOUR,
    )
    articles = "\n".join(
        discord_limits.fit(
            f"• *{safe(a.title)}* — {' · '.join(p for p in (a.publisher, a.date) if p)}", 300
        )
        for a in knowledge.articles[:8]
    )
    if len(knowledge.articles) > 8:
        articles += "\n" + text(locale, "about.more_articles", count=len(knowledge.articles) - 8)
    embed.add_field(
        name=text(locale, "about.articles"), value=discord_limits.fit(articles, 1024), inline=False
    )
    embed.add_field(
        name=text(locale, "about.knowledge"),
        value=", ".join(text(locale, f"counts.{name}", count=n) for name, n in counts.items()),
        inline=False,
    )
    embed.add_field(
        name=text(locale, "about.how"), value=text(locale, "about.how_text"), inline=False
    )
    return embed
