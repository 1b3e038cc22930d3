"""Answers, quotes and speakers as Discord embeds and messages, always within limits."""

from __future__ import annotations

from collections.abc import Sequence

import discord
from discord.utils import escape_markdown

from bot.chat import limits
from bot.knowledge import Knowledge
from bot.quotes.models import Quote, QuoteKind, Speaker
from bot.search.answer import Answer

NO_PINGS = discord.AllowedMentions.none()  # on every message, whatever the text holds
ANSWER_COLOUR = discord.Colour.blurple()
DECLINE_COLOUR = discord.Colour.light_grey()
QUOTES_PER_PAGE = 5


def safe(text: str) -> str:
    """Corpus text shown as written: markdown characters in it must not format the reply."""
    return escape_markdown(text, as_needed=False)


def _citation(answer: Answer) -> str:
    article = answer.article
    title = safe(article.title)
    source = f"[{title}]({article.url})" if article.url else f"*{title}*"
    details = " · ".join(part for part in (article.publisher, article.date) if part)
    where = f"paragraph {answer.paragraph.number}"
    return limits.fit(" — ".join(part for part in (source, details, where) if part), 1024)


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
    footer = f"Answer {position} of {total} · {answer.paragraph.id}"
    embed.set_footer(text=limits.fit(footer, limits.EMBED_FOOTER))
    return embed


def paragraph_text(answer: Answer) -> str:
    header = f"**Paragraph {answer.paragraph.number}** of *{safe(answer.article.title)}*\n"
    header = limits.fit(header, limits.MESSAGE_CONTENT // 4)
    return header + limits.fit(safe(answer.paragraph.text), limits.MESSAGE_CONTENT - len(header))


def example_questions(knowledge: Knowledge, count: int = 2) -> list[str]:
    """Questions this corpus can answer, made from its own speakers."""
    people = [s for s in knowledge.speakers if s.kind.value == "person" and s.quotes]
    return [f"What did {speaker.name} say?" for speaker in people[:count]]


def decline_text(knowledge: Knowledge) -> str:
    examples = " or ".join(f"“{q}”" for q in example_questions(knowledge))
    text = (
        "I couldn't find that in the articles I know. Try `/speakers` to see who is quoted"
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


def speakers_embeds(speakers: Sequence[Speaker]) -> list[discord.Embed]:
    """Speakers with roles and quote counts; several embeds when one would overflow."""
    embeds: list[discord.Embed] = []
    current = discord.Embed(title="Speakers", colour=ANSWER_COLOUR)
    for speaker in speakers:
        count = len(speaker.quotes)
        role = speaker.role or ("group of speakers" if speaker.kind.value == "group" else "")
        value = limits.fit(safe(role) or "—", 300) + f"\n{count} quote{'s' if count != 1 else ''}"
        name = limits.fit(speaker.name, limits.EMBED_FIELD_NAME)
        if len(current.fields) == 25 or len(current) + len(name) + len(value) > 5500:
            embeds.append(current)
            current = discord.Embed(title="Speakers (continued)", colour=ANSWER_COLOUR)
        current.add_field(name=name, value=value, inline=False)
    embeds.append(current)
    return embeds[:10]  # a message carries at most 10 embeds


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
