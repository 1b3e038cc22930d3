"""Incremental builds: each article's parse, attribution and term counts cached on disk."""

from bot.buildcache.corpus import CorpusCache

__all__ = ["CorpusCache"]
