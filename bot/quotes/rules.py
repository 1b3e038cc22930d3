"""The named attribution rules: which one gave a quote its speaker (`quotes --explain`).

For a direct quote the rules are functions in bot/quotes/speaker_rules.py, tried in the
order of its DIRECT_QUOTE_RULES (the first that finds a speaker wins); reported speech has
its own, the methods of bot/quotes/statements.py. Each rule's examples are unit tests in
tests/unit/test_speaker_rules.py and tests/unit/test_quotes.py.
"""

from __future__ import annotations

from enum import StrEnum


class Rule(StrEnum):
    """The attribution rules, in the order they are tried for a direct quote (the first
    that finds a speaker wins), then those of reported speech. `--explain` names them."""

    ACCORDING_TO = "according-to"  # According to Name, "..."
    VERB_BEFORE_QUOTE = "verb-before-quote"  # Name said: "..." / said Name, "..."
    COLON_BEFORE_QUOTE = "colon-before-quote"  # Name: "..."
    RESPONSE_WAS = "response-was"  # Name's response was: "..."
    VERB_AFTER_QUOTE = "verb-after-quote"  # "...," Name said / said Name / she added
    ANONYMOUS_SOURCE = "anonymous-source"  # "...," said a state Republican / an aide said
    APPOSITIVE_THEN_VERB = "appositive-then-verb"  # "...," Name, a long role, said
    SIGNED_QUOTE = "signed-quote"  # "..." ― Name
    NEXT_SENTENCE = "next-sentence"  # "...!" Name said.
    TRANSCRIPT_LABEL = "transcript-label"  # "NAME: ..." opening the quote
    COMMA_BEFORE_QUOTE = "comma-before-quote"  # Name met the crew at the pier, "..."
    LEAD_IN_SENTENCE = "lead-in-sentence"  # Name agreed. "..." (the sentence before)
    SAME_PARAGRAPH_SPEAKER = "same-paragraph-speaker"  # "...," X said. "More."
    PREVIOUS_PARAGRAPH_SPEAKER = "previous-paragraph-speaker"  # a paragraph opening a quote
    LEAD_IN_PARAGRAPH = "lead-in-paragraph"  # Name continued:  / new paragraph: "..."
    REPORTED_CLAUSE = "reported-clause"  # Name said the plan was "a mistake"
    QUOTED_OBJECT = "quoted-object"  # Name called it "a disgrace" / accused X of "lying"
    SPEECH_NOUN = "speech-noun"  # Name's claim that the port "never closed"
    SUBJECTS_CLAUSE = "subjects-clause"  # Name openly admired the deal as "a strong start"
    FRAGMENT_OF_STATEMENT = "fragment-of-statement"  # the "a mistake" of that clause
    REPORTING_VERB = "reporting-verb"  # Name warned that ...
    TRAILING_ATTRIBUTION = "trailing-attribution"  # ..., officials said.
    NAMED_LATER = "named-later"  # A judge ... calling it "..."; Judge X in the next paragraph
