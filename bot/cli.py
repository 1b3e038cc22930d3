"""Command line: the same engine the Discord bot uses, in a terminal."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

from bot.buildcache import CorpusCache
from bot.config import Settings, SettingsError, load_settings
from bot.corpus import CorpusError
from bot.knowledge import Knowledge, build_knowledge
from bot.ops.probe import HEALTHY, UNHEALTHY, probe
from bot.questionlog.report import stats_report
from bot.questionlog.stats import LogMissing, read_stats
from bot.quotes.lookup import find_speaker
from bot.quotes.models import Quote, QuoteKind, Speaker
from bot.search.answer import Answer, answer
from bot.search.declines import Decline, why_declined
from bot.search.namesakes import Namesakes
from bot.search.question import QuestionError

EXIT_OK = 0
EXIT_DECLINED = 1
EXIT_USAGE = 2


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
    if result.article.url:
        lines.append(f"  {result.article.url}")
    for number, alternative in enumerate(result.alternatives, start=2):
        who = f" ({alternative.speaker.name})" if alternative.speaker is not None else ""
        lines.append(f"{number}. {_shorten(alternative.text)}{who} [{alternative.paragraph.id}]")
    return "\n".join(lines)


def _shorten(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _load(settings: Settings) -> Knowledge:
    return build_knowledge(settings.corpus_dir, CorpusCache.in_data_dir(settings.data_dir))


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    knowledge = _load(settings)
    try:
        result = answer(knowledge, args.question, top=args.top)
    except QuestionError as exc:
        if args.json:
            _print_json({"question": args.question, "error": str(exc)})
        else:
            print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    decline = why_declined(knowledge, args.question) if result is None else None
    if args.json:
        _print_json(
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


def _counted(number: int, plural: str) -> str:
    return f"{number} {plural[:-1] if number == 1 else plural}"


def cmd_check(args: argparse.Namespace, settings: Settings) -> int:
    cache = CorpusCache.in_data_dir(settings.data_dir)
    knowledge = build_knowledge(settings.corpus_dir, cache)
    counts = knowledge.counts()
    print(f"corpus: {settings.corpus_dir.resolve()}")
    print(", ".join(_counted(value, name) for name, value in counts.items()))
    print(cache.summary())
    for article in knowledge.articles:
        paragraphs = _counted(len(article.paragraphs), "paragraphs")
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
    knowledge = _load(settings)
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
                _print_json({"speaker": args.speaker, "error": message, "candidates": candidates})
            return EXIT_DECLINED
        quotes = found.speaker.quotes
    if args.json:
        rows = [quote_to_dict(knowledge, quote) for quote in quotes]
        if args.explain:
            for row, quote in zip(rows, quotes, strict=True):
                row["rule"], row["mention"] = quote.rule or None, quote.mention or None
        _print_json(rows)
    else:
        shown = (format_quote(quote, args.explain) for quote in quotes)
        print("\n".join(shown) or "No quotes in the corpus.")
    return EXIT_OK


def cmd_speakers(args: argparse.Namespace, settings: Settings) -> int:
    knowledge = _load(settings)
    if args.json:
        _print_json([speaker_to_dict(speaker) for speaker in knowledge.speakers])
        return EXIT_OK
    for speaker in knowledge.speakers:
        count = len(speaker.quotes)
        print(f"{speaker.name} ({count} quote{'s' if count != 1 else ''})")
        for role in speaker.roles:
            print(f"  role: {role}")
        if speaker.aliases:
            print(f"  also: {', '.join(speaker.aliases)}")
    return EXIT_OK


def cmd_health(args: argparse.Namespace, settings: Settings) -> int:
    result = probe(settings, timeout=args.timeout)
    print(result.message, file=sys.stdout if result.code == HEALTHY else sys.stderr)
    return result.code


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    try:
        stats = read_stats(settings.data_dir, args.days)
    except LogMissing:
        return _failed(args, f"no question log in {settings.data_dir.resolve()}", EXIT_DECLINED)
    except sqlite3.Error as exc:
        return _failed(args, f"cannot read the question log: {exc}", EXIT_USAGE)
    if args.json:
        _print_json(stats.to_dict())
    else:
        print(stats_report(stats, "en"))
    return EXIT_OK


def _failed(args: argparse.Namespace, message: str, code: int) -> int:
    """A command that cannot do its job says why on stderr, and in JSON under --json."""
    print(f"forum-bot: {message}", file=sys.stderr)
    if getattr(args, "json", False):
        _print_json({"error": message})
    return code


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    from bot.chat.run import run  # the Discord layer loads only for the command that needs it

    return run(settings)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="forum-bot",
        description="Answer questions about the news coverage in the corpus, with cited quotes.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--corpus", type=Path, help="corpus directory (default: BOT_CORPUS_DIR)")
        return sub

    ask = add("ask", "answer a question with the best passage and its citation")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="print one JSON object")
    ask.add_argument("--top", type=answer_count, default=3, help="answers to show (default 3)")
    ask.set_defaults(handler=cmd_ask)

    quotes = add("quotes", "list quotes and statements, of one speaker or of everyone")
    quotes.add_argument("--speaker", help="a name, alias or unique prefix of a name")
    quotes.add_argument("--json", action="store_true", help="print a JSON list")
    quotes.add_argument(
        "--explain",
        action="store_true",
        help="show which attribution rule gave each speaker, and from which words",
    )
    quotes.set_defaults(handler=cmd_quotes)

    speakers = add("speakers", "list speakers with their roles, aliases and quote counts")
    speakers.add_argument("--json", action="store_true", help="print a JSON list")
    speakers.set_defaults(handler=cmd_speakers)

    run = add("run", "start the Discord bot (needs DISCORD_TOKEN)")
    run.set_defaults(handler=cmd_run)

    check = add("check", "validate the corpus and print its counts and warnings")
    check.set_defaults(handler=cmd_check)

    health = commands.add_parser(
        "health",
        help="check the running bot's /healthz (exit 0 healthy, 1 not)",
        description="Ask the running bot's /healthz at BOT_HTTP_HOST:BOT_HTTP_PORT; "
        "exit 0 when it answers 200, 1 otherwise (the container health check).",
    )
    health.add_argument("--timeout", type=float, default=4.0, help="seconds (default 4)")
    # Docker reserves exit code 2 of a health check: a bad setting is plain unhealthy.
    health.set_defaults(handler=cmd_health, settings_error=UNHEALTHY)

    stats = commands.add_parser(
        "stats",
        help="what people asked and how they voted, from the question log in BOT_DATA_DIR",
        description="What people asked and how they voted, from the question log in "
        "BOT_DATA_DIR: questions per day, unanswered questions, 👎 answers, speakers.",
    )
    stats.add_argument("--days", type=day_count, default=30, help="days back (default 30)")
    stats.add_argument("--json", action="store_true", help="print one JSON object")
    stats.set_defaults(handler=cmd_stats, corpus=None)
    return parser


def answer_count(value: str) -> int:
    """--top's type, with messages of its own: argparse's default names the function."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number") from None
    if not 1 <= number <= 25:
        raise argparse.ArgumentTypeError("must be between 1 and 25")
    return number


def day_count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number") from None
    if not 1 <= number <= 3650:
        raise argparse.ArgumentTypeError("must be between 1 and 3650")
    return number


class _Parser(argparse.ArgumentParser):
    """Under --json a script reads stdout: a usage error is one JSON object there too."""

    json_errors = False  # set for the command line being parsed; subcommands share it

    def error(self, message: str) -> NoReturn:
        if _Parser.json_errors:
            _print_json({"error": message})
        super().error(message)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _Parser.json_errors = "--json" in argv
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings(corpus_dir=getattr(args, "corpus", None))
    except SettingsError as exc:
        print(f"forum-bot: bad setting: {exc}", file=sys.stderr)
        if getattr(args, "json", False):
            _print_json({"error": f"bad setting: {exc}"})
        return int(getattr(args, "settings_error", EXIT_USAGE))
    try:
        return int(args.handler(args, settings))
    except BrokenPipeError:  # `forum-bot ask ... | head` closed the pipe: not an error
        sys.stderr.close()
        return EXIT_OK
    except CorpusError as exc:
        print(
            f"forum-bot: the corpus in {settings.corpus_dir.resolve()} cannot be loaded "
            f"({_counted(len(exc.problems), 'problems')}):",
            file=sys.stderr,
        )
        for problem in exc.problems:
            print(f"  {problem}", file=sys.stderr)
        if getattr(args, "json", False):  # a script reading stdout learns why, too
            _print_json(
                {
                    "error": "the corpus cannot be loaded",
                    "problems": [str(problem) for problem in exc.problems],
                }
            )
        return EXIT_USAGE
