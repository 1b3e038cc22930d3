"""Answers, quotes and speakers as Discord embeds and messages, always within limits."""

from __future__ import annotations

from collections.abc import Sequence

import discord
from discord.utils import escape_markdown

from bot.chat import limits
from bot.knowledge import Knowledge
from bot.quotes.models import Quote, QuoteKind, Speaker
from bot.search.answer import Answer
from bot.search.examples import example_questions

NO_PINGS = discord.AllowedMentions.none()  # on every message, whatever the text holds
ANSWER_COLOUR = discord.Colour.blurple()
DECLINE_COLOUR = discord.Colour.light_grey()
QUOTES_PER_PAGE = 5
_MAX_LINKED_URL = 512  # longer URLs are dropped rather than crowd out the title
_FOOTER_ID = 64  # the paragraph id in an answer's footer: a reference, not the content


def safe(text: str) -> str:
    """Corpus text shown as written: markdown characters in it must not format the reply."""
    return escape_markdown(text, as_needed=False)


def _citation(answer: Answer) -> str:
    """Source, publisher and date, and paragraph; the title gives way, never the link's syntax
    or URL (a cut inside "[title](url)" would show broken markdown and lose the link)."""
    article = answer.article
    details = " · ".join(part for part in (article.publisher, article.date) if part)
    where = f"paragraph {answer.paragraph.number}"
    rest = "".join(f" — {part}" for part in (details, where) if part)
    rest = limits.fit(rest, limits.EMBED_FIELD_VALUE // 4)
    url = article.url if article.url and len(article.url) <= _MAX_LINKED_URL else None
    wrapper = len(f"[]({url})") if url else len("**")
    room = limits.EMBED_FIELD_VALUE - len(rest) - wrapper
    title = limits.fit(safe(article.title), room)
    source = f"[{title}]({url})" if url else f"*{title}*"
    return source + rest


def _speaker_line(answer: Answer) -> str | None:
    if answer.speaker is None:
        return None
    line = f"— **{safe(answer.speaker.name)}**"
    if answer.role:
        line += f", {safe(answer.role)}"
    return line


def answer_embed(answer: Answer, position: int = 1, total: int = 1) -> discord.Embed:
    quote = answer.quote
    if quote is not None and quote.kind is QuoteKind.DIRECT:
        passage = f"“{answer.text}”"
    else:
        passage = answer.text
    speaker_line = _speaker_line(answer)
    room = limits.EMBED_DESCRIPTION - (len(speaker_line) + 2 if speaker_line else 0)
    description = limits.fit(safe(passage), room)
    if speaker_line:
        description = f"{description}\n{limits.fit(speaker_line, limits.EMBED_DESCRIPTION // 4)}"
    embed = discord.Embed(description=description[: limits.EMBED_DESCRIPTION], colour=ANSWER_COLOUR)
    embed.add_field(name="Source", value=_citation(answer), inline=False)
    if quote is not None and quote.kind is QuoteKind.REPORTED:
        embed.add_field(name="Note", value="Reported speech, not a verbatim quote.", inline=False)
    footer = f"Answer {position} of {total} · {_short_id(answer.paragraph.id)}"
    embed.set_footer(text=limits.fit(footer, limits.EMBED_FOOTER))
    return fit_embed(embed)


def _short_id(paragraph_id: str) -> str:
    """A paragraph id at most _FOOTER_ID long; the "-pN" end stays, as it says which one."""
    if len(paragraph_id) <= _FOOTER_ID:
        return paragraph_id
    slug, dash, number = paragraph_id.rpartition("-p")
    tail = f"{limits.ELLIPSIS}{dash}{number}" if dash else limits.ELLIPSIS
    return (slug if dash else paragraph_id)[: _FOOTER_ID - len(tail)] + tail


def embed_size(embed: discord.Embed) -> int:
    """Characters that count towards Discord's 6000 per message: title, description, field
    names and values, footer text and author name."""
    return len(embed)  # discord.py's Embed.__len__ sums exactly those


def fit_embed(embed: discord.Embed, total: int = limits.EMBED_TOTAL) -> discord.Embed:
    """Shorten the description so that the whole embed stays within `total` characters."""
    excess = embed_size(embed) - total
    if excess > 0 and embed.description:
        keep = max(len(embed.description) - excess, 2)
        embed.description = limits.fit(embed.description, keep)
    return embed


def paragraph_text(answer: Answer) -> str:
    header = f"**Paragraph {answer.paragraph.number}** of *{safe(answer.article.title)}*\n"
    header = limits.fit(header, limits.MESSAGE_CONTENT // 4)
    return header + limits.fit(safe(answer.paragraph.text), limits.MESSAGE_CONTENT - len(header))


def _examples(knowledge: Knowledge) -> str:
    return " or ".join(f"“{q}”" for q in example_questions(knowledge))


def empty_question_text(knowledge: Knowledge) -> str:
    examples = _examples(knowledge)
    text = "The question is empty: ask who said what" + (
        f", e.g. {examples}." if examples else " in the articles."
    )
    return limits.fit(text, limits.MESSAGE_CONTENT)


def common_words_text(knowledge: Knowledge) -> str:
    examples = _examples(knowledge)
    text = "The question has only common words in it: name a person, a topic or an event" + (
        f", e.g. {examples}." if examples else "."
    )
    return limits.fit(text, limits.MESSAGE_CONTENT)


def decline_text(knowledge: Knowledge, why: str = "") -> str:
    """`why`: the reason, markdown ready (bot.search.declines: "nothing about *X*")."""
    examples = _examples(knowledge)
    text = (
        (f"{why} " if why else "I couldn't find that in the articles I know. ")
        + "Try `/speakers` to see who is quoted"
        + (f", or ask something like {examples}" if examples else "")
        + "."
    )
    return limits.fit(text, limits.MESSAGE_CONTENT)


def quote_line(quote: Quote) -> str:
    text = f"“{quote.text}”" if quote.kind is QuoteKind.DIRECT else f"*(reported)* {quote.text}"
    return limits.fit(safe(text), 900) + f" — paragraph {quote.paragraph_id.rsplit('-p', 1)[-1]}"


def quotes_embed(speaker: Speaker, page: int) -> discord.Embed:
    pages = quote_pages(speaker)
    lines = pages[page] if pages else ["No quotes."]
    title = limits.fit(speaker.name, limits.EMBED_TITLE)
    embed = discord.Embed(title=title, colour=ANSWER_COLOUR)
    if speaker.role:
        embed.description = limits.fit(safe(speaker.role), limits.EMBED_DESCRIPTION)
    for number, line in enumerate(lines, start=page * QUOTES_PER_PAGE + 1):
        embed.add_field(name=f"Quote {number}", value=line, inline=False)
    if len(pages) > 1:
        embed.set_footer(text=f"Page {page + 1} of {len(pages)}")
    return embed


def quote_pages(speaker: Speaker) -> list[list[str]]:
    lines = [quote_line(quote) for quote in speaker.quotes]
    return [lines[i : i + QUOTES_PER_PAGE] for i in range(0, len(lines), QUOTES_PER_PAGE)]


SPEAKERS_PAGE_CHARS = 5500  # below the 6000 per message, leaving room for title and footer


def _speaker_field(speaker: Speaker) -> tuple[str, str]:
    count = len(speaker.quotes)
    role = speaker.role or ("group of speakers" if speaker.kind.value == "group" else "")
    value = limits.fit(safe(role) or "—", 300) + f"\n{count} quote{'s' if count != 1 else ''}"
    return limits.fit(speaker.name, limits.EMBED_FIELD_NAME), value


def speaker_pages(speakers: Sequence[Speaker]) -> list[list[tuple[str, str]]]:
    """Speakers as pages of (name, value) fields, each page one embed within every limit.

    Pages rather than several embeds in one message: Discord counts the 6000 characters
    across all the embeds of a message, and a message holds at most 10 of them.
    """
    pages: list[list[tuple[str, str]]] = [[]]
    size = 0
    for speaker in speakers:
        name, value = _speaker_field(speaker)
        if pages[-1] and (
            len(pages[-1]) == 25 or size + len(name) + len(value) > SPEAKERS_PAGE_CHARS
        ):
            pages.append([])
            size = 0
        pages[-1].append((name, value))
        size += len(name) + len(value)
    return pages


def speakers_embed(speakers: Sequence[Speaker], page: int) -> discord.Embed:
    pages = speaker_pages(speakers)
    embed = discord.Embed(title="Speakers", colour=ANSWER_COLOUR)
    if not speakers:
        embed.description = "Nobody is quoted in the articles I know."
    for name, value in pages[page]:
        embed.add_field(name=name, value=value, inline=False)
    if len(pages) > 1:
        embed.set_footer(text=f"Page {page + 1} of {len(pages)} · {len(speakers)} speakers")
    return fit_embed(embed)


def about_embed(knowledge: Knowledge) -> discord.Embed:
    counts = knowledge.counts()
    embed = discord.Embed(
        title="About forum-bot",
        description=(
            "I answer questions about the news coverage I have been given, with the exact "
            "quote, who said it and where it stands in the article."
        ),
        colour=ANSWER_COLOUR,
    )
    articles = "\n".join(
        limits.fit(
            f"• *{safe(a.title)}* — {' · '.join(p for p in (a.publisher, a.date) if p)}", 300
        )
        for a in knowledge.articles[:8]
    )
    if len(knowledge.articles) > 8:
        articles += f"\n…and {len(knowledge.articles) - 8} more"
    embed.add_field(name="Articles", value=limits.fit(articles, 1024), inline=False)
    embed.add_field(
        name="Knowledge",
        value=", ".join(f"{value} {name}" for name, value in counts.items()),
        inline=False,
    )
    embed.add_field(
        name="How to use",
        value=(
            "`/ask` a question · `/quote` a speaker's quotes · `/speakers` who is quoted · "
            "or send me a direct message, or mention me in a server."
        ),
        inline=False,
    )
    return embed
