"""Reading articles from the corpus directory."""

from bot.corpus.loader import CorpusError, CorpusLoad, load_corpus
from bot.corpus.models import Article, Paragraph, Problem

__all__ = ["Article", "CorpusError", "CorpusLoad", "Paragraph", "Problem", "load_corpus"]
