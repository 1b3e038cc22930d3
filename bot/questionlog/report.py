"""Stats as text, in the reader's language: the same report for /stats and `forum-bot stats`."""

from __future__ import annotations

import math
from collections.abc import Callable

from bot.i18n import text
from bot.questionlog.records import Outcome
from bot.questionlog.stats import Stats

_BARS = "▁▂▃▄▅▆▇█"
_SPARK_WIDTH = 60


def sparkline(values: list[int], width: int = _SPARK_WIDTH) -> str:
    """One bar per value (per group of values beyond `width`), scaled to the largest."""
    if not values:
        return ""
    size = math.ceil(len(values) / width)
    sums = [sum(values[i : i + size]) for i in range(0, len(values), size)]
    top = max(sums)
    if top == 0:
        return _BARS[0] * len(sums)
    return "".join(_BARS[round(value / top * (len(_BARS) - 1))] for value in sums)


def _percent(share: float) -> str:
    return f"{share * 100:.0f}%"


def stats_report(stats: Stats, locale: str | None, user_text: Callable[[str], str] = str) -> str:
    """`user_text` renders what users typed (questions, comments): the Discord layer escapes
    markdown there, the terminal shows it as it is."""
    lines = [
        text(
            locale,
            "stats.summary",
            days=stats.days,
            questions=stats.questions,
            answered=_percent(stats.share(Outcome.ANSWERED)),
            declined=_percent(stats.share(Outcome.DECLINED)),
        ),
        text(
            locale,
            "stats.per_day",
            spark=sparkline([n for _, n in stats.per_day]),
            first=stats.per_day[0][0] if stats.per_day else "",
            last=stats.per_day[-1][0] if stats.per_day else "",
        ),
        text(locale, "stats.feedback", up=stats.upvotes, down=stats.downvotes),
        "",
        text(locale, "stats.unanswered"),
    ]
    none = "  " + text(locale, "none")
    lines += [f"  {u.count}× {user_text(u.question)}" for u in stats.unanswered] or [none]
    lines += ["", text(locale, "stats.disliked")]
    for entry in stats.disliked:
        reasons = ", ".join(
            f"{text(locale, f'feedback.reason.{reason}')} {count}"
            for reason, count in sorted(entry.reasons.items(), key=lambda item: -item[1])
        )
        who = f" ({entry.speaker})" if entry.speaker else ""
        line = f"  {entry.downvotes}× {entry.paragraph_id}{who}"
        lines.append(line + (f": {reasons}" if reasons else ""))
        lines += [f"    “{user_text(comment)}”" for comment in entry.comments]
    if not stats.disliked:
        lines.append(none)
    lines += ["", text(locale, "stats.speakers")]
    lines += [f"  {count}× {name}" for name, count in stats.speakers] or [none]
    return "\n".join(lines)
