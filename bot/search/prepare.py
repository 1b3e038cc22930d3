"""Tables that answering builds for a snapshot on first use, built ahead of that use.

The speaker-name, spelling and script tables and the example questions of declines are built once
per snapshot. Left to the first question after a reload, building them took 0.1-0.15 s of
the event loop at 100k paragraphs; a reload builds them in its worker thread instead.
"""

from __future__ import annotations

from bot.knowledge import Knowledge
from bot.search.asked import prepare_names
from bot.search.examples import example_questions
from bot.search.scripts import articles_scripts
from bot.search.spelling import Spelling


def prepare(knowledge: Knowledge) -> None:
    prepare_names(knowledge)
    Spelling.of(knowledge)
    articles_scripts(knowledge)
    example_questions(knowledge)
