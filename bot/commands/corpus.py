"""The commands that read the corpus: ask, quotes, speakers and check."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from bot.buildcache import CorpusCache
from bot.commands.output import (
    EXIT_DECLINED,
    EXIT_OK,
    EXIT_USAGE,
    CommandExit,
    counted,
    print_json,
    report_unloadable,
)
from bot.config import Settings
from bot.corpus import CorpusError
from bot.knowledge import Knowledge, build_knowledge
from bot.quotes.lookup import find_speaker
from bot.quotes.models import Quote, QuoteKind, Speaker
from bot.search.answer import Answer, answer, other_script_note
from bot.search.declines import Decline, why_declined
from bot.search.namesakes import Namesakes
from bot.search.question import QuestionError


def load(args: argparse.Namespace, settings: Settings) -> Knowledge:
    """The corpus's snapshot, through the build cache; a corpus that cannot load is
    reported with every problem and ends the command."""
    try:
        return build_knowledge(settings.corpus_dir, CorpusCache.in_data_dir(settings.data_dir))
    except CorpusError as exc:
        report_unloadable(args, settings, exc)
        raise CommandExit(EXIT_USAGE) from exc


def answer_to_dict(result: Answer) -> dict[str, Any]:
    article = result.article
    speaker = result.speaker
    return {
        "text": result.text,
        "quote": result.quote.text if result.quote is not None else None,
        "kind": result.quote.kind.value if result.quote is not None else "passage",
        "speaker": {"name": speaker.name, "role": result.role} if speaker is not None else None,
        "paragraph": {
            "id": result.paragraph.id,
            "number": result.paragraph.number,
            "text": result.paragraph.text,
        },
        "article": {
            "title": article.title,
            "publisher": article.publisher,
            "date": article.date,
            "url": article.url,
        },
        "score": round(result.score, 6),
        "namesakes": _namesakes_to_dict(result.namesakes) if result.namesakes else None,
        "left_out": list(result.other_script),
        "who_spoke": [{"name": s.name, "role": s.role} for s in result.who_spoke],
    }


def _namesakes_to_dict(namesakes: Namesakes) -> dict[str, Any]:
    return {
        "called": namesakes.called,
        "speakers": [{"name": s.name, "role": s.role} for s in namesakes.speakers],
        "message": namesakes.message(),
    }


def _decline_to_dict(decline: Decline) -> dict[str, Any]:
    return {
        "reason": decline.reason.value,
        "missing": list(decline.missing),
        "suggestions": list(decline.suggestions),
        "topics": list(decline.topics),
        "message": decline.message(),
    }


def citation_line(result: Answer) -> str:
    article = result.article
    parts = [article.title, article.publisher, article.date]
    parts.append(f"paragraph {result.paragraph.number} ({result.paragraph.id})")
    return " · ".join(part for part in parts if part)


def format_answer(result: Answer) -> str:
    quote = result.quote
    if quote is not None and quote.kind is QuoteKind.DIRECT:
        lines = [f"“{result.text}”"]
    elif quote is not None:
        lines = [f"(reported) {result.text}"]
    else:
        lines = [result.text]
    if result.speaker is not None:
        lines.append(f"  — {result.speaker.name}" + (f", {result.role}" if result.role else ""))
    lines.append(f"  {citation_line(result)}")
    for typed, name in result.read_as:
        lines.append(f"  (read “{typed}” as {name})")
    if result.namesakes is not None:
        lines.append(f"  {result.namesakes.message()}")
    if result.other_script:
        lines.append(f"  {other_script_note(result)}")
    if result.who_spoke:
        people = "; ".join(s.name + (f" ({s.role})" if s.role else "") for s in result.who_spoke)
        lines.append(f"  Quoted in the articles: {people}")
    if result.article.url:
        lines.append(f"  {result.article.url}")
    for number, alternative in enumerate(result.alternatives, start=2):
        who = f" ({alternative.speaker.name})" if alternative.speaker is not None else ""
        lines.append(f"{number}. {_shorten(alternative.text)}{who} [{alternative.paragraph.id}]")
    return "\n".join(lines)


def _shorten(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    knowledge = load(args, settings)
    try:
        result = answer(knowledge, args.question, top=args.top)
    except QuestionError as exc:
        if args.json:
            print_json({"question": args.question, "error": str(exc)})
        else:
            print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    decline = why_declined(knowledge, args.question) if result is None else None
    if args.json:
        print_json(
            {
                "question": args.question,
                "answer": answer_to_dict(result) if result is not None else None,
                "alternatives": [answer_to_dict(a) for a in result.alternatives] if result else [],
                "declined": _decline_to_dict(decline) if decline is not None else None,
            }
        )
    elif decline is not None:
        print(
            f"{decline.message()} Try `forum-bot speakers` to see who is quoted, or ask about "
            "a person, an event or a topic of the articles."
        )
    else:
        print(format_answer(result))
    return EXIT_OK if result is not None else EXIT_DECLINED


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    knowledge = load(args, settings)
    cache = CorpusCache.in_data_dir(settings.data_dir)
    counts = knowledge.counts()
    print(f"corpus: {settings.corpus_dir.resolve()}")
    print(", ".join(counted(value, name) for name, value in counts.items()))
    print(cache.summary())
    for article in knowledge.articles:
        paragraphs = counted(len(article.paragraphs), "paragraphs")
        print(f"  {article.path.name}: {article.title!r}, {paragraphs}")
    for warning in knowledge.warnings:
        print(f"warning: {warning}")
    return EXIT_OK


def quote_to_dict(knowledge: Knowledge, quote: Quote) -> dict[str, Any]:
    paragraph = knowledge.paragraph(quote.paragraph_id)
    article = knowledge.article_of(paragraph)
    return {
        "text": quote.text,
        "kind": quote.kind.value,
        "speaker": quote.speaker,
        "role": quote.role,
        "paragraph": {"id": paragraph.id, "number": paragraph.number},
        "article": {"title": article.title, "publisher": article.publisher, "date": article.date},
    }


def speaker_to_dict(speaker: Speaker) -> dict[str, Any]:
    return {
        "name": speaker.name,
        "kind": speaker.kind.value,
        "roles": list(speaker.roles),
        "aliases": list(speaker.aliases),
        "quotes": len(speaker.quotes),
    }


def format_quote(quote: Quote, explain: bool = False) -> str:
    text = f"“{quote.text}”" if quote.kind is QuoteKind.DIRECT else f"(reported) {quote.text}"
    who = quote.speaker or "unattributed"
    if quote.role:
        who = f"{who}, {quote.role}"
    shown = f"{text}\n  — {who} [{quote.paragraph_id}]"
    if explain:
        shown += f"\n  why: {explanation(quote)}"
    return shown


def explanation(quote: Quote) -> str:
    if not quote.rule:
        return "no rule found a speaker"
    return f"rule {quote.rule}" + (f", from {quote.mention}" if quote.mention else "")


def cmd_quotes(args: argparse.Namespace, settings: Settings) -> int:
    knowledge = load(args, settings)
    quotes = knowledge.quotes
    if args.speaker:
        found = find_speaker(knowledge.speakers, args.speaker)
        if found.speaker is None:
            names = ", ".join(candidate.name for candidate in found.candidates)
            if found.ambiguous:
                message = f"{args.speaker!r} matches several speakers: {names}."
            elif found.candidates:
                message = f"No speaker called {args.speaker!r}. Did you mean: {names}?"
            else:
                message = f"No speaker called {args.speaker!r}; `forum-bot speakers` lists them."
            print(message, file=sys.stderr)
            if args.json:
                candidates = [candidate.name for candidate in found.candidates]
                print_json({"speaker": args.speaker, "error": message, "candidates": candidates})
            return EXIT_DECLINED
        quotes = found.speaker.quotes
    if args.json:
        rows = [quote_to_dict(knowledge, quote) for quote in quotes]
        if args.explain:
            for row, quote in zip(rows, quotes, strict=True):
                row["rule"], row["mention"] = quote.rule or None, quote.mention or None
        print_json(rows)
    else:
        shown = (format_quote(quote, args.explain) for quote in quotes)
        print("\n".join(shown) or "No quotes in the corpus.")
    return EXIT_OK


def cmd_speakers(args: argparse.Namespace, settings: Settings) -> int:
    knowledge = load(args, settings)
    if args.json:
        print_json([speaker_to_dict(speaker) for speaker in knowledge.speakers])
        return EXIT_OK
    for speaker in knowledge.speakers:
        count = len(speaker.quotes)
        print(f"{speaker.name} ({count} quote{'s' if count != 1 else ''})")
        for role in speaker.roles:
            print(f"  role: {role}")
        if speaker.aliases:
            print(f"  also: {', '.join(speaker.aliases)}")
    return EXIT_OK
